<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by the PDF templates (annex, checklist): they read the resolved
  document (urn:icoc:1, FORMATS.md section 5) and write tender-FO, the
  subset of XSL-FO 1.1 in TECH-NOTES.md section 2, which both `icoc fo2pdf`
  and Apache FOP render.

  Message look-up (msg), units, dates, names of layers and catalogues and
  $lang come from ../html/common.xsl, so the PDF says the same things in the
  same words as the HTML. Everything that writes markup is redefined here
  to write FO instead (this stylesheet's templates take precedence).

  XSLT 1.0 + EXSLT only; no clock, no numbering: every number comes from
  the document. Only elements and properties of the subset; role values
  only PDF structure types.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="../html/common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- ========================================================== palette -->

  <xsl:variable name="font">DejaVu Sans</xsl:variable>
  <xsl:variable name="mono">DejaVu Sans Mono</xsl:variable>
  <xsl:variable name="ink">#1b1b1b</xsl:variable>
  <xsl:variable name="muted">#4d4d4d</xsl:variable>
  <xsl:variable name="accent">#154273</xsl:variable>
  <xsl:variable name="accent-soft">#e8eef5</xsl:variable>
  <xsl:variable name="line">#b4bcc6</xsl:variable>
  <xsl:variable name="soft">#f4f6f8</xsl:variable>
  <xsl:variable name="knockout">#6b1010</xsl:variable>
  <xsl:variable name="award">#1e5e2f</xsl:variable>
  <xsl:variable name="warn">#b38600</xsl:variable>
  <xsl:variable name="warn-soft">#fff6dc</xsl:variable>

  <!-- the document language for xml:lang on fo:root: "nl", "en", "en-GB" -->
  <xsl:variable name="fo-lang">
    <xsl:choose>
      <xsl:when test="$lang != ''"><xsl:value-of select="$lang"/></xsl:when>
      <xsl:otherwise>nl</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ====================================================== page masters -->

  <!-- A4 portrait, and A4 landscape for wide tables. The body keeps clear
       of the running header and footer (region-before/after extents). -->
  <xsl:template name="page-masters">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm"
                             margin-top="12mm" margin-bottom="10mm" margin-left="22mm" margin-right="20mm">
        <fo:region-body margin-top="16mm" margin-bottom="14mm"/>
        <fo:region-before extent="12mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="A4-landscape" page-width="297mm" page-height="210mm"
                             margin-top="10mm" margin-bottom="8mm" margin-left="15mm" margin-right="15mm">
        <fo:region-body margin-top="14mm" margin-bottom="12mm"/>
        <fo:region-before extent="10mm"/>
        <fo:region-after extent="9mm"/>
      </fo:simple-page-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- The document title for the PDF metadata (FOP's PDF/UA mode needs it). -->
  <xsl:template name="declarations">
    <xsl:param name="title"/>
    <fo:declarations>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title>
              <xsl:value-of select="$title"/>
              <xsl:text> — </xsl:text>
              <xsl:value-of select="normalize-space(/i:resolved/i:tender/i:title)"/>
              <xsl:text> (</xsl:text>
              <xsl:value-of select="normalize-space(/i:resolved/i:tender/i:reference)"/>
              <xsl:text>)</xsl:text>
            </dc:title>
            <dc:language><xsl:value-of select="$fo-lang"/></dc:language>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- Running header (tender reference and title left, document title
       right) and footer (buyer left, "Pagina X van Y" right). "Y" is the
       page of the last area of the block with id $last-id, the flow's last
       block. Both are artifacts, not content. -->
  <xsl:template name="static-content">
    <xsl:param name="title"/>
    <xsl:param name="last-id" select="'end'"/>
    <!-- left of the footer: the buyer, unless given -->
    <xsl:param name="footer-left"/>
    <xsl:variable name="t" select="/i:resolved/i:tender"/>
    <fo:static-content flow-name="xsl-region-before" role="artifact">
      <fo:block font-size="7.5pt" line-height="1.3" color="{$muted}" text-align="start" text-align-last="justify"
                border-bottom="0.5pt solid {$line}" padding-bottom="2pt" hyphenate="false">
        <fo:inline font-weight="bold" color="{$accent}"><xsl:value-of select="normalize-space($t/i:reference)"/></fo:inline>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="normalize-space($t/i:title)"/>
        <fo:leader leader-pattern="space"/>
        <xsl:value-of select="$title"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after" role="artifact">
      <xsl:variable name="m">
        <xsl:call-template name="msg-raw"><xsl:with-param name="key" select="'page.number'"/></xsl:call-template>
      </xsl:variable>
      <fo:block font-size="7.5pt" line-height="1.3" color="{$muted}" text-align="start" text-align-last="justify"
                border-top="0.5pt solid {$line}" padding-top="2pt" hyphenate="false">
        <xsl:choose>
          <xsl:when test="string($footer-left) != ''"><xsl:copy-of select="$footer-left"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space($t/i:buyer)"/></xsl:otherwise>
        </xsl:choose>
        <fo:leader leader-pattern="space"/>
        <xsl:value-of select="substring-before($m, '{1}')"/>
        <fo:page-number/>
        <xsl:value-of select="substring-before(substring-after($m, '{1}'), '{2}')"/>
        <fo:page-number-citation-last ref-id="{$last-id}"/>
        <xsl:value-of select="substring-after($m, '{2}')"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- The title block at the top of the first page: buyer, document title
       (the one H1), tender title, reference and date. -->
  <xsl:template name="title-block">
    <xsl:param name="title"/>
    <xsl:variable name="t" select="/i:resolved/i:tender"/>
    <fo:block border-bottom="2pt solid {$accent}" padding-bottom="6pt" space-after="14pt"
              keep-together.within-page="always" hyphenate="false">
      <fo:block font-size="9pt" font-weight="bold" color="{$accent}" letter-spacing="0.5pt" space-after="4pt">
        <xsl:value-of select="normalize-space($t/i:buyer)"/>
      </fo:block>
      <fo:block role="H1" font-size="21pt" line-height="1.15" font-weight="bold" color="{$accent}" space-after="5pt">
        <xsl:value-of select="$title"/>
      </fo:block>
      <fo:block font-size="13pt" line-height="1.25" space-after="4pt">
        <xsl:call-template name="inline"><xsl:with-param name="node" select="$t/i:title"/></xsl:call-template>
      </fo:block>
      <fo:block font-size="9.5pt" color="{$muted}">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.reference.label'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <fo:inline font-weight="bold" color="{$ink}"><xsl:value-of select="normalize-space($t/i:reference)"/></fo:inline>
        <xsl:text>   ·   </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="d" select="$tender-date"/></xsl:call-template>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- The flow's last block: colophon with set, version and generator,
       and the checklist digest. Its id is what "van Y" cites. -->
  <xsl:template name="colophon">
    <xsl:param name="id" select="'end'"/>
    <xsl:variable name="r" select="/i:resolved"/>
    <fo:block id="{$id}" space-before="18pt" border-top="0.5pt solid {$line}" padding-top="4pt"
              font-size="7.5pt" line-height="1.35" color="{$muted}" keep-together.within-page="always">
      <fo:block>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'page.footer'"/>
          <xsl:with-param name="p1" select="$r/@set"/>
          <xsl:with-param name="p2" select="$r/@set-version"/>
          <xsl:with-param name="p3" select="$r/@generator"/>
        </xsl:call-template>
      </fo:block>
      <fo:block>
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.digest'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <fo:inline font-family="{$mono}"><xsl:value-of select="$r/@checklist-digest"/></fo:inline>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- ========================================================== headings -->

  <!-- role for a nesting depth: H2 … H6 -->
  <xsl:template name="h-role">
    <xsl:param name="level"/>
    <xsl:choose>
      <xsl:when test="$level &lt; 2">H2</xsl:when>
      <xsl:when test="$level &gt; 6">H6</xsl:when>
      <xsl:otherwise>H<xsl:value-of select="$level"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A section heading (H2): accent colour, rule below, kept with what
       follows. $content may hold inline FO. -->
  <xsl:template name="h2">
    <xsl:param name="id"/>
    <xsl:param name="number"/>
    <xsl:param name="content"/>
    <xsl:param name="break" select="false()"/>
    <fo:block role="H2" font-size="14pt" line-height="1.25" font-weight="bold" color="{$accent}"
              space-before="16pt" space-after="8pt" padding-bottom="2pt" border-bottom="1pt solid {$accent}"
              keep-with-next.within-page="always" hyphenate="false">
      <xsl:if test="string($id) != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <xsl:if test="$break"><xsl:attribute name="break-before">page</xsl:attribute></xsl:if>
      <xsl:if test="string($number) != ''">
        <xsl:value-of select="$number"/>
        <xsl:text>  </xsl:text>
      </xsl:if>
      <xsl:copy-of select="$content"/>
    </fo:block>
  </xsl:template>

  <!-- A subsection heading (H3 and deeper). -->
  <xsl:template name="h3">
    <xsl:param name="id"/>
    <xsl:param name="role" select="'H3'"/>
    <xsl:param name="content"/>
    <fo:block role="{$role}" font-size="11pt" line-height="1.3" font-weight="bold" color="{$accent}"
              space-before="12pt" space-after="5pt" keep-with-next.within-page="always" hyphenate="false">
      <xsl:if test="string($id) != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <xsl:copy-of select="$content"/>
    </fo:block>
  </xsl:template>

  <!-- ====================================================== small pieces -->

  <!-- the label of a label/body pair (a definition list in HTML) -->
  <xsl:template name="dt">
    <xsl:param name="key"/>
    <xsl:param name="content"/>
    <fo:list-item-label end-indent="label-end()">
      <fo:block font-weight="bold" color="{$muted}" hyphenate="false">
        <xsl:choose>
          <xsl:when test="string($key) != ''">
            <xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:copy-of select="$content"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:list-item-label>
  </xsl:template>

  <!-- a table cell of a header row -->
  <xsl:template name="th">
    <xsl:param name="key"/>
    <xsl:param name="answer" select="false()"/>
    <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}" background-color="{$accent-soft}" display-align="after">
      <xsl:if test="$answer"><xsl:attribute name="background-color">#fff4d6</xsl:attribute></xsl:if>
      <fo:block font-weight="bold" color="#0b2a4c" hyphenate="false">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- A notice (fallback language and the like): warning bar on the left,
       so it never rests on the colour of the background alone. -->
  <xsl:template name="notice">
    <xsl:param name="content"/>
    <xsl:param name="size" select="'8.5pt'"/>
    <fo:block font-size="{$size}" background-color="{$warn-soft}" border-left="2.5pt solid {$warn}"
              padding="2pt 4pt 2pt 5pt" space-before="3pt" space-after="4pt">
      <fo:inline font-weight="bold">ℹ </fo:inline>
      <xsl:copy-of select="$content"/>
    </fo:block>
  </xsl:template>

  <!-- "Deze eis is niet beschikbaar in het Nederlands; …" for a requirement
       shown in the original language. Context: the requirement. -->
  <xsl:template name="fallback-text">
    <xsl:variable name="orig" select="string((i:title | i:statement | i:guidance | i:evidence)[@xml:lang][1]/@xml:lang)"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'req.fallback'"/>
      <xsl:with-param name="p1">
        <xsl:call-template name="msg-raw"><xsl:with-param name="key" select="concat('language.', $lang-base)"/><xsl:with-param name="default" select="$lang"/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="p2">
        <xsl:choose>
          <xsl:when test="$orig != ''">
            <xsl:call-template name="msg-raw">
              <xsl:with-param name="key" select="concat('language.', substring-before(concat($orig, '-'), '-'))"/>
              <xsl:with-param name="default" select="$orig"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>?</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ values -->

  <!-- A parameter value. Set by the buyer: bold and underlined. Default of
       the set: italic. Both renderers draw these (icoc fo2pdf paints no
       borders or backgrounds on inlines), and the reading guide explains
       them, so the difference never rests on colour. -->
  <xsl:template name="value-span">
    <xsl:param name="source"/>
    <xsl:param name="unit"/>
    <xsl:param name="content"/>
    <xsl:param name="plain"/>
    <fo:inline>
      <xsl:choose>
        <xsl:when test="$source = 'buyer'">
          <xsl:attribute name="font-weight">bold</xsl:attribute>
          <xsl:attribute name="text-decoration">underline</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-style">italic</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:copy-of select="$content"/>
      <xsl:call-template name="unit-suffix">
        <xsl:with-param name="unit" select="$unit"/>
        <xsl:with-param name="value" select="$plain"/>
      </xsl:call-template>
    </fo:inline>
  </xsl:template>

  <!-- How the reading guide explains the marks of a value ($source: buyer
       or default).  The keys guide.value.buyer/default describe the
       HTML's solid and dashed frames; print marks values with bold,
       underline and italic, so it has keys of its own. -->
  <xsl:template name="legend-value">
    <xsl:param name="source"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="concat('guide.value.', $source, '.print')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ======================================================= inline text -->

  <!-- xml:lang where a text is a fallback in another language -->
  <xsl:template match="@xml:lang" mode="lang">
    <xsl:if test="string(.) != $lang">
      <xsl:attribute name="xml:lang"><xsl:value-of select="."/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="text">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- white space between paragraphs and lists is not text -->
  <xsl:template match="text()[not(normalize-space())][../i:p or ../i:list]" mode="text"/>
  <xsl:template match="i:list/text()" mode="text"/>

  <xsl:template match="i:value" mode="text">
    <xsl:call-template name="value-span">
      <xsl:with-param name="source" select="@source"/>
      <xsl:with-param name="unit" select="@unit"/>
      <xsl:with-param name="plain" select="string(.)"/>
      <xsl:with-param name="content"><xsl:apply-templates mode="text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="i:em" mode="text"><fo:inline font-style="italic"><xsl:apply-templates mode="text"/></fo:inline></xsl:template>
  <xsl:template match="i:strong" mode="text"><fo:inline font-weight="bold"><xsl:apply-templates mode="text"/></fo:inline></xsl:template>
  <xsl:template match="i:code" mode="text"><fo:inline font-family="{$mono}" hyphenate="false"><xsl:apply-templates mode="text"/></fo:inline></xsl:template>

  <!-- Links only to the web or mail, and only addresses that fit in
       url('…') unescaped; anything else is shown as text. The address is
       printed after the text, for readers of paper. -->
  <xsl:template match="i:link" mode="text">
    <xsl:variable name="h" select="normalize-space(@href)"/>
    <xsl:choose>
      <xsl:when test="(starts-with($h, 'https://') or starts-with($h, 'http://') or starts-with($h, 'mailto:'))
                      and translate($h, concat('&quot;', &quot;'()\&lt;&gt; &quot;), '') = $h">
        <fo:basic-link external-destination="url('{$h}')" fox:alt-text="{normalize-space(.)}" color="{$accent}" text-decoration="underline">
          <xsl:apply-templates mode="text"/>
        </fo:basic-link>
        <xsl:if test="not(starts-with($h, 'mailto:')) and normalize-space(.) != $h">
          <xsl:text> (</xsl:text>
          <fo:basic-link external-destination="url('{$h}')" fox:alt-text="{$h}" color="{$muted}" font-size="8pt" hyphenate="false">
            <xsl:value-of select="$h"/>
          </fo:basic-link>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="i:p" mode="text">
    <fo:block space-after="3pt"><xsl:apply-templates mode="text"/></fo:block>
  </xsl:template>

  <xsl:template match="i:list" mode="text">
    <fo:list-block provisional-distance-between-starts="3.5mm" provisional-label-separation="1mm"
                   space-before="1pt" space-after="3pt">
      <xsl:apply-templates select="i:item" mode="text"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="i:item" mode="text">
    <fo:list-item space-after="1pt">
      <fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>
      <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates mode="text"/></fo:block></fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- elements of other namespaces (extensions) are not rendered -->
  <xsl:template match="*" mode="text"/>

  <!-- An inline text (title, label, display) in an fo:inline that carries
       its language when it is a fallback. -->
  <xsl:template name="inline">
    <xsl:param name="node" select="."/>
    <xsl:for-each select="$node[1]">
      <xsl:choose>
        <xsl:when test="@xml:lang and string(@xml:lang) != $lang">
          <fo:inline><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates mode="text"/></fo:inline>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A block text (statement, guidance, evidence) in one fo:block with its
       language when it is a fallback; paragraphs and lists inside. $class
       is accepted for the HTML templates' sake and ignored. -->
  <xsl:template name="block">
    <xsl:param name="node" select="."/>
    <xsl:param name="class"/>
    <xsl:for-each select="$node[1]">
      <fo:block>
        <xsl:apply-templates select="@xml:lang" mode="lang"/>
        <xsl:apply-templates mode="text"/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- ============================================ references and kinds -->

  <!-- catalogue badge and citation ("[BIO2] 8.08.01"). Context: ref. -->
  <xsl:template name="cite">
    <xsl:param name="catalogue" select="@catalogue"/>
    <xsl:variable name="short">
      <xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="$catalogue"/></xsl:call-template>
    </xsl:variable>
    <fo:inline font-size="7pt" font-weight="bold" color="{$accent}" border="0.5pt solid {$accent}"
               padding-left="1.5pt" padding-right="1.5pt"><xsl:value-of select="$short"/></fo:inline>
    <xsl:text> </xsl:text>
    <fo:inline font-weight="bold">
      <xsl:choose>
        <xsl:when test="starts-with(@cite, concat($short, ' '))"><xsl:value-of select="substring-after(@cite, concat($short, ' '))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@cite"/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- "Knock-outeis" / "Gunningscriterium, weging 3" in a coloured frame;
       the words say the kind, the colour only repeats it. -->
  <xsl:template name="kind-badge">
    <xsl:param name="r" select="."/>
    <xsl:variable name="c">
      <xsl:choose>
        <xsl:when test="$r/@kind = 'award'"><xsl:value-of select="$award"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$knockout"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:inline font-weight="bold" color="{$c}" border="0.75pt solid {$c}" padding-left="2pt" padding-right="2pt">
      <xsl:call-template name="kind-label"><xsl:with-param name="r" select="$r"/></xsl:call-template>
    </fo:inline>
  </xsl:template>

</xsl:stylesheet>
