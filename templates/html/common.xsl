<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by the HTML templates (annex, checklist, trace, coverage).

  Reads the resolved document (urn:icoc:1, FORMATS.md section 5) and the
  interface strings in ../messages.xml. XSLT 1.0 + EXSLT only, so the
  templates run unchanged under xsltproc. No clock, no numbering in XSLT:
  every number comes from the document. Look-ups go through keys.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <!-- No xsl:output here: each top-level stylesheet declares its own, and
       the CSV and tender-FO templates import this file too (an HTML
       doctype would leak into their output). -->

  <!-- the output language; interface strings fall back to its base
       language, then nl, then en -->
  <xsl:variable name="lang" select="string(/i:resolved/@lang)"/>
  <!-- "en" for "en-GB": the messages are per language, not per region -->
  <xsl:variable name="lang-base" select="substring-before(concat($lang, '-'), '-')"/>
  <xsl:variable name="messages" select="document('../messages.xml')"/>
  <xsl:variable name="tender-date" select="string(/i:resolved/i:tender/i:date)"/>

  <!-- Only the keys every page uses: libxslt builds all keys of a
       stylesheet for a document as soon as one is used, so a key that
       one page needs is declared in that page. -->
  <xsl:key name="msg" match="msg" use="@key"/>
  <xsl:key name="layer" match="i:layers/i:layer" use="@set"/>

  <!-- ============================================================ messages -->

  <!-- The string for $key in $lang, with {1} {2} {3} replaced by $p1 $p2 $p3.
       A missing key shows as [msg-missing:KEY], which the tests look for. -->
  <xsl:template name="msg">
    <xsl:param name="key"/>
    <xsl:param name="p1"/>
    <xsl:param name="p2"/>
    <xsl:param name="p3"/>
    <xsl:variable name="raw">
      <xsl:call-template name="msg-raw">
        <xsl:with-param name="key" select="$key"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <!-- most messages have no placeholders: no substitution needed -->
      <xsl:when test="not(contains($raw, '{'))"><xsl:value-of select="$raw"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="subst">
          <xsl:with-param name="s">
            <xsl:call-template name="subst">
              <xsl:with-param name="s">
                <xsl:call-template name="subst">
                  <xsl:with-param name="s" select="string($raw)"/>
                  <xsl:with-param name="from" select="'{1}'"/>
                  <xsl:with-param name="to" select="$p1"/>
                </xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="from" select="'{2}'"/>
              <xsl:with-param name="to" select="$p2"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="from" select="'{3}'"/>
          <xsl:with-param name="to" select="$p3"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="msg-raw">
    <xsl:param name="key"/>
    <xsl:param name="default"/>
    <xsl:for-each select="$messages">
      <xsl:variable name="m" select="key('msg', $key)"/>
      <xsl:choose>
        <xsl:when test="$m/t[@lang = $lang]"><xsl:value-of select="$m/t[@lang = $lang]"/></xsl:when>
        <xsl:when test="$m/t[@lang = $lang-base]"><xsl:value-of select="$m/t[@lang = $lang-base]"/></xsl:when>
        <xsl:when test="$m/t[@lang = 'nl']"><xsl:value-of select="$m/t[@lang = 'nl']"/></xsl:when>
        <xsl:when test="$m/t[@lang = 'en']"><xsl:value-of select="$m/t[@lang = 'en']"/></xsl:when>
        <xsl:when test="string($default) != ''"><xsl:value-of select="$default"/></xsl:when>
        <xsl:otherwise>[msg-missing:<xsl:value-of select="$key"/>]</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- whether a message exists (for optional keys such as catalogue names) -->
  <xsl:template name="msg-exists">
    <xsl:param name="key"/>
    <xsl:for-each select="$messages">
      <xsl:if test="key('msg', $key)">1</xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="subst">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="substring-before($s, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="subst">
          <xsl:with-param name="s" select="substring-after($s, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================== values and units -->

  <!-- the unit name for $value: singular for exactly 1, plural otherwise -->
  <xsl:template name="unit-name">
    <xsl:param name="unit"/>
    <xsl:param name="value"/>
    <xsl:variable name="form">
      <xsl:choose>
        <xsl:when test="number(normalize-space($value)) = 1">one</xsl:when>
        <xsl:otherwise>other</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:for-each select="$messages">
      <xsl:variable name="m" select="key('msg', concat('unit.', $unit))"/>
      <xsl:choose>
        <xsl:when test="$m/t[@lang = $lang][@n = $form]"><xsl:value-of select="$m/t[@lang = $lang][@n = $form]"/></xsl:when>
        <xsl:when test="$m/t[@lang = $lang-base][@n = $form]"><xsl:value-of select="$m/t[@lang = $lang-base][@n = $form]"/></xsl:when>
        <xsl:when test="$m/t[@lang = 'nl'][@n = $form]"><xsl:value-of select="$m/t[@lang = 'nl'][@n = $form]"/></xsl:when>
        <xsl:when test="$m"/>
        <xsl:otherwise>[msg-missing:unit.<xsl:value-of select="$unit"/>]</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- the unit after a value: "5 dagen", "100%", nothing for count -->
  <xsl:template name="unit-suffix">
    <xsl:param name="unit"/>
    <xsl:param name="value"/>
    <xsl:if test="string($unit) != ''">
      <xsl:variable name="name">
        <xsl:call-template name="unit-name">
          <xsl:with-param name="unit" select="$unit"/>
          <xsl:with-param name="value" select="$value"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="attach">
        <xsl:for-each select="$messages">
          <xsl:value-of select="key('msg', concat('unit.', $unit))/@attach"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="string($name) != ''">
        <xsl:if test="$attach != 'true'"><xsl:text>&#160;</xsl:text></xsl:if>
        <xsl:value-of select="$name"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- A parameter value: marked by style (solid box for the buyer's value,
       dashed for a default), a tooltip and hidden text for screen readers,
       so the difference never rests on colour alone. -->
  <xsl:template name="value-span">
    <xsl:param name="source"/>
    <xsl:param name="unit"/>
    <xsl:param name="content"/>
    <xsl:param name="plain"/>
    <span class="val val-{$source}">
      <xsl:attribute name="title">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('value.', $source, '.title')"/></xsl:call-template>
      </xsl:attribute>
      <xsl:copy-of select="$content"/>
      <xsl:call-template name="unit-suffix">
        <xsl:with-param name="unit" select="$unit"/>
        <xsl:with-param name="value" select="$plain"/>
      </xsl:call-template>
      <span class="vh">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('value.', $source, '.short')"/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </span>
    </span>
  </xsl:template>

  <!-- ======================================================== inline text -->

  <!-- a lang attribute where a text is a fallback in another language -->
  <xsl:template match="@xml:lang" mode="lang">
    <xsl:if test="string(.) != $lang">
      <xsl:attribute name="lang"><xsl:value-of select="."/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="text">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="i:value" mode="text">
    <xsl:call-template name="value-span">
      <xsl:with-param name="source" select="@source"/>
      <xsl:with-param name="unit" select="@unit"/>
      <xsl:with-param name="plain" select="string(.)"/>
      <xsl:with-param name="content"><xsl:apply-templates mode="text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="i:em" mode="text"><em><xsl:apply-templates mode="text"/></em></xsl:template>
  <xsl:template match="i:strong" mode="text"><strong><xsl:apply-templates mode="text"/></strong></xsl:template>
  <xsl:template match="i:code" mode="text"><code><xsl:apply-templates mode="text"/></code></xsl:template>

  <!-- links only to the web or mail; anything else (javascript:, file:,
       relative) is shown as text -->
  <xsl:template match="i:link" mode="text">
    <xsl:variable name="h" select="normalize-space(@href)"/>
    <xsl:choose>
      <xsl:when test="starts-with($h, 'https://') or starts-with($h, 'http://') or starts-with($h, 'mailto:')">
        <a href="{$h}" class="ext"><xsl:apply-templates mode="text"/></a>
      </xsl:when>
      <xsl:otherwise><span class="link"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="i:p" mode="text"><p><xsl:apply-templates mode="text"/></p></xsl:template>
  <xsl:template match="i:list" mode="text"><ul><xsl:apply-templates select="i:item" mode="text"/></ul></xsl:template>
  <xsl:template match="i:item" mode="text"><li><xsl:apply-templates mode="text"/></li></xsl:template>

  <!-- elements of other namespaces (extensions) are not rendered -->
  <xsl:template match="*" mode="text"/>

  <!-- An inline text (title, label, display) inside a span that carries
       its language when it is a fallback. -->
  <xsl:template name="inline">
    <xsl:param name="node" select="."/>
    <xsl:for-each select="$node[1]">
      <xsl:choose>
        <xsl:when test="@xml:lang">
          <span><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates mode="text"/></span>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A block text (statement, guidance, evidence) in a div of $class:
       bare inline content is wrapped in one paragraph. -->
  <xsl:template name="block">
    <xsl:param name="node" select="."/>
    <xsl:param name="class"/>
    <xsl:for-each select="$node[1]">
      <div class="{$class}">
        <xsl:apply-templates select="@xml:lang" mode="lang"/>
        <xsl:choose>
          <xsl:when test="i:p | i:list"><xsl:apply-templates mode="text"/></xsl:when>
          <xsl:otherwise><p><xsl:apply-templates mode="text"/></p></xsl:otherwise>
        </xsl:choose>
      </div>
    </xsl:for-each>
  </xsl:template>

  <!-- A block text straight into the element being written (a dd), its
       language on that element when it is a fallback: bare inline content
       stays bare, paragraphs and lists stay as they are. No wrapper: a
       thousand requirements would make two thousand of them. -->
  <xsl:template name="flow">
    <xsl:param name="node" select="."/>
    <xsl:for-each select="$node[1]">
      <xsl:apply-templates select="@xml:lang" mode="lang"/>
      <xsl:apply-templates mode="text"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ================================================== dates and numbers -->

  <!-- 2027-12-11 as "11 december 2027" / "11 December 2027" -->
  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:choose>
      <xsl:when test="string-length($d) = 10 and substring($d, 5, 1) = '-' and substring($d, 8, 1) = '-'
                      and number(substring($d, 6, 2)) &gt;= 1 and number(substring($d, 6, 2)) &lt;= 12">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'date.format'"/>
          <xsl:with-param name="p1" select="number(substring($d, 9, 2))"/>
          <xsl:with-param name="p2">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="concat('month.', number(substring($d, 6, 2)))"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="p3" select="substring($d, 1, 4)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 1 if ISO date $a is after ISO date $b -->
  <xsl:template name="date-after">
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:if test="string($a) != '' and string($b) != ''
                  and number(translate($a, '-', '')) &gt; number(translate($b, '-', ''))">1</xsl:if>
  </xsl:template>

  <!-- "52%" (or "—" when there is nothing to count) -->
  <xsl:template name="percent">
    <xsl:param name="part"/>
    <xsl:param name="whole"/>
    <xsl:choose>
      <xsl:when test="number($whole) &gt; 0">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'number.percent'"/>
          <xsl:with-param name="p1" select="format-number(floor($part * 100 div $whole + 0.5), '0')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================== names of things -->

  <!-- the title of a layer (set), or "the buyer" -->
  <xsl:template name="layer-name">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="$id = 'buyer'">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'layer.buyer'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="l" select="key('layer', $id)"/>
        <xsl:choose>
          <xsl:when test="$l">
            <xsl:call-template name="inline"><xsl:with-param name="node" select="$l/i:title"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- short name of a catalogue ("CRA", "BIO2"), from the messages when
       known, else the id in capitals -->
  <xsl:template name="catalogue-short">
    <xsl:param name="id"/>
    <xsl:call-template name="msg-raw">
      <xsl:with-param name="key" select="concat('catalogue.', $id)"/>
      <xsl:with-param name="default" select="translate($id, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A reference or clause citation: catalogue badge and the citation,
       without the catalogue name when the citation repeats it
       ("BIO2 8.08.01" shows as [BIO2] 8.08.01). Context: ref or clause. -->
  <xsl:template name="cite">
    <xsl:param name="catalogue" select="(@catalogue | ../@id[current()/self::i:clause])[1]"/>
    <xsl:variable name="short">
      <xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="$catalogue"/></xsl:call-template>
    </xsl:variable>
    <span class="cat"><xsl:value-of select="$short"/></span>
    <xsl:text> </xsl:text>
    <cite>
      <xsl:choose>
        <xsl:when test="starts-with(@cite, concat($short, ' '))"><xsl:value-of select="substring-after(@cite, concat($short, ' '))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@cite"/></xsl:otherwise>
      </xsl:choose>
    </cite>
  </xsl:template>

  <!-- "Eis (knock-out)" or "Gunningscriterium, weging 3" -->
  <xsl:template name="kind-label">
    <xsl:param name="r" select="."/>
    <xsl:choose>
      <xsl:when test="$r/@kind = 'award'">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'kind.award.weight'"/>
          <xsl:with-param name="p1" select="$r/@weight"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.knockout'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="kind-badge">
    <xsl:param name="r" select="."/>
    <span class="kind kind-{$r/@kind}"><xsl:call-template name="kind-label"><xsl:with-param name="r" select="$r"/></xsl:call-template></span>
  </xsl:template>

  <!-- heading element name for a nesting depth (h2 … h6) -->
  <xsl:template name="h">
    <xsl:param name="level"/>
    <xsl:choose>
      <xsl:when test="$level &lt; 2">h2</xsl:when>
      <xsl:when test="$level &gt; 6">h6</xsl:when>
      <xsl:otherwise>h<xsl:value-of select="$level"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ page -->

  <!-- The page skeleton: header with the one h1, nav, main, footer.
       $kind names the document (annex, checklist, trace, coverage) and
       picks the message key KIND.title. $wide widens the page on screen,
       $landscape (default: $wide) prints on A4 landscape. The contents
       of <main> come from the calling stylesheet's template for the
       context node in mode "main", written straight into the page: as a
       parameter they would be built twice (the fragment and its copy),
       which doubles the memory the largest documents need. -->
  <xsl:template name="page">
    <xsl:param name="kind"/>
    <xsl:param name="nav"/>
    <xsl:param name="wide" select="false()"/>
    <xsl:param name="landscape" select="$wide"/>
    <xsl:variable name="r" select="/i:resolved"/>
    <xsl:variable name="title">
      <xsl:call-template name="msg"><xsl:with-param name="key" select="concat($kind, '.title')"/></xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$r/@generator}"/>
        <title>
          <xsl:value-of select="$title"/>
          <xsl:text> — </xsl:text>
          <xsl:value-of select="normalize-space($r/i:tender/i:title)"/>
          <xsl:text> (</xsl:text>
          <xsl:value-of select="normalize-space($r/i:tender/i:reference)"/>
          <xsl:text>)</xsl:text>
        </title>
        <style>
          <xsl:call-template name="css"/>
          <xsl:if test="$landscape">
            <xsl:text>@page { size: A4 landscape; }&#10;</xsl:text>
          </xsl:if>
          <xsl:call-template name="css-page-boxes">
            <xsl:with-param name="title" select="$title"/>
          </xsl:call-template>
        </style>
      </head>
      <body class="doc doc-{$kind}">
        <xsl:if test="$wide"><xsl:attribute name="class">doc doc-<xsl:value-of select="$kind"/> wide</xsl:attribute></xsl:if>
        <a class="skip" href="#main"><xsl:call-template name="msg"><xsl:with-param name="key" select="'page.skip'"/></xsl:call-template></a>
        <header class="masthead">
          <div class="bar">
            <p class="issuer"><xsl:value-of select="$r/i:tender/i:buyer"/></p>
            <h1><xsl:value-of select="$title"/></h1>
            <p class="subtitle">
              <span class="tender-title"><xsl:call-template name="inline"><xsl:with-param name="node" select="$r/i:tender/i:title"/></xsl:call-template></span>
              <span class="sep" aria-hidden="true"> · </span>
              <span class="nowrap">
                <xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.reference'"/></xsl:call-template>
                <xsl:text> </xsl:text>
                <xsl:value-of select="$r/i:tender/i:reference"/>
              </span>
              <span class="sep" aria-hidden="true"> · </span>
              <span class="nowrap"><xsl:call-template name="date"><xsl:with-param name="d" select="$tender-date"/></xsl:call-template></span>
            </p>
          </div>
        </header>
        <xsl:if test="string($nav) != ''">
          <nav class="toc">
            <xsl:attribute name="aria-label">
              <xsl:call-template name="msg"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template>
            </xsl:attribute>
            <xsl:copy-of select="$nav"/>
          </nav>
        </xsl:if>
        <main id="main">
          <xsl:apply-templates select="." mode="main"/>
        </main>
        <footer class="colophon">
          <p>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'page.footer'"/>
              <xsl:with-param name="p1" select="$r/@set"/>
              <xsl:with-param name="p2" select="$r/@set-version"/>
              <xsl:with-param name="p3" select="$r/@generator"/>
            </xsl:call-template>
          </p>
          <p>
            <xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.digest'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <code class="digest"><xsl:value-of select="$r/@checklist-digest"/></code>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- Running footer of printed pages (CSS page-margin boxes): reference
       and document title left, "page X of Y" right. Text that goes into the
       style element loses quotes, backslashes and angle brackets, so no
       document content can end the string or the element. -->
  <xsl:template name="css-page-boxes">
    <xsl:param name="title"/>
    <xsl:variable name="bad">"\&lt;&gt;&#10;&#13;&#9;</xsl:variable>
    <xsl:variable name="left" select="translate(concat(normalize-space(/i:resolved/i:tender/i:reference), ' · ', $title), $bad, '')"/>
    <xsl:variable name="m">
      <xsl:call-template name="msg-raw"><xsl:with-param name="key" select="'page.number'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="ms" select="translate($m, $bad, '')"/>
    <xsl:text>@page { @bottom-left { content: "</xsl:text>
    <xsl:value-of select="$left"/>
    <xsl:text>"; font-size: 8pt; color: #444; } @bottom-right { content: "</xsl:text>
    <xsl:value-of select="substring-before($ms, '{1}')"/>
    <xsl:text>" counter(page) "</xsl:text>
    <xsl:value-of select="substring-before(substring-after($ms, '{1}'), '{2}')"/>
    <xsl:text>" counter(pages) "</xsl:text>
    <xsl:value-of select="substring-after($ms, '{2}')"/>
    <xsl:text>"; font-size: 8pt; color: #444; } }&#10;</xsl:text>
  </xsl:template>

  <!-- ============================================================= css -->

  <xsl:template name="css">
<xsl:text>
:root { --ink: #1b1b1b; --muted: #4d4d4d; --accent: #154273; --accent-soft: #e8eef5; --line: #c5cbd3; --soft: #f4f6f8; --gap: #8b1a1a; --gap-soft: #fbeeee; --ok: #1e5e2f; --ok-soft: #e9f4ec; --warn-soft: #fff6dc; --warn-line: #b38600; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 100%; line-height: 1.55; color: var(--ink); background: #fff; -webkit-text-size-adjust: 100%; }
body { margin: 0; }
.skip { position: absolute; left: -999em; top: 0; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; color: var(--accent); padding: .5rem 1rem; z-index: 10; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.masthead { background: var(--accent); color: #fff; border-bottom: .35rem solid #0b2a4c; }
.masthead .bar, main, .toc, .colophon { max-width: 56rem; margin: 0 auto; padding-left: 2rem; padding-right: 2rem; }
.wide .masthead .bar, .wide main, .wide .toc, .wide .colophon { max-width: 100rem; }
.masthead .bar { padding-top: 1.4rem; padding-bottom: 1.3rem; }
.masthead h1 { font-size: 2rem; line-height: 1.2; margin: .15rem 0 .4rem; font-weight: 700; letter-spacing: -.01em; }
.masthead .issuer { margin: 0; font-size: .95rem; text-transform: uppercase; letter-spacing: .06em; opacity: .92; }
.masthead .subtitle { margin: 0; font-size: 1.1rem; }
.nowrap { white-space: nowrap; }
.toc { padding-top: 1.5rem; }
.toc h2 { margin-top: 0; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc ol ol { padding-left: 1.6rem; }
.toc li { margin: .15rem 0; }
.toc .num { display: inline-block; min-width: 2.6rem; font-variant-numeric: tabular-nums; color: var(--muted); }
.toc ol.inline { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; }
.toc ol.inline .num { min-width: 0; }
main { padding-bottom: 2rem; }
h2, h3, h4, h5, h6 { color: var(--accent); line-height: 1.25; margin: 2rem 0 .6rem; }
h2 { font-size: 1.5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.2rem; }
h4 { font-size: 1.05rem; }
h5, h6 { font-size: 1rem; }
p, li, dd { max-width: 72ch; }
p { margin: .5rem 0; }
a { color: var(--accent); text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .9em; background: var(--soft); padding: 0 .2em; border-radius: 2px; }
code.digest { word-break: break-all; background: none; padding: 0; }
.muted, .prov { color: var(--muted); }
.num { font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: .35rem 1.25rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
dl.facts ul { margin: 0; padding-left: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; color: var(--muted); }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border: 1px solid var(--line); }
thead th { background: var(--accent-soft); color: #0b2a4c; font-weight: 700; }
tbody th { font-weight: 600; }
tr.grp th { background: var(--soft); color: var(--accent); font-size: 1rem; padding-top: .6rem; }
td p:first-child, td ul:first-child { margin-top: 0; }
td p:last-child, td ul:last-child { margin-bottom: 0; }
td ul, td ol { padding-left: 1.1rem; }
.val { padding: 0 .25em; border-radius: 2px; white-space: nowrap; }
.val-buyer { border: 1.5px solid var(--accent); background: var(--accent-soft); font-weight: 600; }
.val-default { border: 1.5px dashed var(--muted); }
.val code { background: none; padding: 0; }
.kind { display: inline-block; font-size: .85rem; font-weight: 700; padding: .05rem .5rem; border-radius: 3px; border: 1.5px solid; white-space: nowrap; }
.kind-knockout { color: #6b1010; border-color: #6b1010; background: #fff; }
.kind-award { color: var(--ok); border-color: var(--ok); background: #fff; }
.notice { border-left: .35rem solid var(--warn-line); background: var(--warn-soft); padding: .5rem .8rem; margin: .6rem 0; max-width: 72ch; }
.notice::before { content: "\2139\FE0E\00A0"; font-weight: 700; }
.badge { display: inline-block; font-size: .85rem; font-weight: 700; padding: .05rem .45rem; border-radius: 3px; white-space: nowrap; }
.badge-gap { color: var(--gap); background: var(--gap-soft); border: 1.5px solid var(--gap); }
.badge-gap::before { content: "\2715\00A0"; }
.badge-ok { color: var(--ok); background: var(--ok-soft); border: 1.5px solid var(--ok); }
.badge-ok::before { content: "\2713\00A0"; }
tr.gap > * { background: var(--gap-soft); }
tr.gap > th:first-child { box-shadow: inset .35rem 0 0 var(--gap); }
.date-later { font-size: .88em; font-weight: 600; color: #5c4400; white-space: nowrap; }
.colophon { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; padding-bottom: 2rem; font-size: .85rem; color: var(--muted); }
.colophon p { margin: .2rem 0; max-width: none; }
.group-top { margin-top: 2.5rem; }
.req { margin: 1.25rem 0 1.75rem; padding: 0 0 1rem; border-bottom: 1px solid var(--line); }
.req-title { margin: 1.25rem 0 .35rem; color: var(--ink); }
.req-title .num, h2 .num, h3 .num, h4 .num { color: var(--accent); margin-right: .35rem; font-variant-numeric: tabular-nums; }
.meta { margin: .25rem 0 .6rem; font-size: .92rem; color: var(--muted); }
code.rid { background: none; padding: 0; color: var(--muted); }
code.rid + span::before { content: " \00B7  "; content: " \00B7  " / ""; }
.statement { font-size: 1.05rem; border-left: .25rem solid var(--accent); padding: .1rem 0 .1rem .9rem; margin: .6rem 0 .8rem; }
.statement p { margin: .35rem 0; }
dl.parts { display: grid; grid-template-columns: 9.5rem 1fr; gap: .35rem 1rem; margin: .6rem 0; font-size: .95rem; }
dl.parts dt { font-weight: 600; color: var(--muted); }
dl.parts dd { margin: 0; }
dl.parts dd p:first-child, dl.parts dd ul:first-child { margin-top: 0; }
dl.parts dd p:last-child, dl.parts dd ul:last-child { margin-bottom: 0; }
ul.refs { list-style: none; padding: 0; margin: 0; }
ul.refs li { margin: 0 0 .2rem; }
.cat { display: inline-block; min-width: 2.9rem; font-size: .78rem; font-weight: 700; letter-spacing: .03em; color: var(--accent); border: 1px solid var(--accent); border-radius: 2px; text-align: center; padding: 0 .25rem; margin-right: .2rem; }
cite { font-style: normal; font-weight: 600; }
.prov { font-size: .85rem; margin: .5rem 0 0; }
dl.legend dt .val-default { font-weight: 400; }
table.score { width: auto; min-width: 28rem; }
table.params th code { font-weight: 400; font-size: .8rem; }
.quote-box { border: 2px solid var(--accent); background: var(--accent-soft); padding: .4rem 1rem; margin: 1rem 0; max-width: 60rem; }
.quote-box dl.facts { margin: .4rem 0; }
code.big { font-size: 1rem; font-weight: 600; color: #0b2a4c; }
ul.statuses { margin: .3rem 0 .6rem; }
table.checklist { font-size: .88rem; table-layout: fixed; }
table.checklist col.c-num { width: 3.8rem; } table.checklist col.c-id { width: 6.2rem; }
table.checklist col.c-req { width: 26%; } table.checklist col.c-kind { width: 11rem; }
table.checklist col.c-ev { width: 15%; } table.checklist col.c-status { width: 7.5rem; }
table.checklist td, table.checklist th { overflow-wrap: anywhere; }
table.checklist .kind { white-space: normal; overflow-wrap: normal; }
table.checklist .req-name { margin: 0 0 .3rem; }
table.checklist .stmt p, table.checklist .ev p { margin: .2rem 0; }
th.answer { background: #fff8e1; }
td.answer { background: repeating-linear-gradient(180deg, transparent 0, transparent 1.45rem, #e2e5e9 1.45rem, #e2e5e9 1.5rem); min-height: 5rem; }
.notice.small { font-size: .85rem; padding: .3rem .5rem; }
ul.plain { list-style: none; padding: 0 !important; margin: 0; }
ul.plain li { margin: 0 0 .25rem; max-width: none; }
.none { color: var(--muted); font-style: italic; }
.lead { font-size: 1.08rem; margin-top: 1.5rem; }
table.trace { font-size: .9rem; }
table.trace th.c-num { width: 4rem; }
table.by-clause th.c-title { width: 38%; }
tr.depth-1 > th:first-child { padding-left: 1.2rem; } tr.depth-2 > th:first-child { padding-left: 1.8rem; }
tr.depth-3 > th:first-child { padding-left: 2.4rem; } tr.depth-4 > th:first-child { padding-left: 3rem; }
th.clause-cite { white-space: nowrap; }
p.compact { margin: 0; line-height: 1.7; }
p.compact a { white-space: nowrap; font-variant-numeric: tabular-nums; }
p.compact code { background: none; padding: 0; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 1rem 0; }
.stat { border: 1px solid var(--line); border-top: .3rem solid var(--accent); padding: .4rem 1rem .8rem; }
.stat h3 { margin: .4rem 0 .2rem; }
.stat .big { font-size: 2.4rem; font-weight: 700; line-height: 1.1; margin: .2rem 0; color: var(--accent); }
.meter { height: .6rem; background: var(--gap-soft); border: 1px solid var(--line); margin: .3rem 0 .5rem; }
.meter > div { height: 100%; background: var(--accent); }
.gaps { font-size: .9rem; }
table.coverage th.c-cite { width: 16rem; } table.coverage th.c-status { width: 8.5rem; }
tr.sub > * { background: var(--soft); }
tr.sub td { color: var(--accent); font-weight: 600; }
.tags { font-size: .85rem; color: var(--muted); }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10pt; line-height: 1.4; }
  .skip, nav.toc { display: none; }
  .masthead { background: none; color: #000; border-bottom: 2pt solid #000; }
  .masthead .bar, main, .colophon { max-width: none; padding-left: 0; padding-right: 0; }
  h2, h3, h4, h5, h6 { color: #000; break-after: avoid; page-break-after: avoid; }
  h2 { border-bottom-color: #000; }
  a { color: inherit; text-decoration: none; }
  a.ext[href]::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
  thead { display: table-header-group; }
  tr, .req { break-inside: avoid; page-break-inside: avoid; }
  thead th, tr.grp th { background: #eee !important; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .val-buyer, .badge, tr.gap > *, .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .colophon { border-top: 1pt solid #000; }
  .meter, .meter > div { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .stat, table.score, dl.facts, .quote-box { break-inside: avoid; page-break-inside: avoid; }
  caption { break-after: avoid; }
  tr.grp { break-after: avoid; page-break-after: avoid; }
  th.answer, td.answer { background: #fff !important; }
  .group-top, .appendix { break-before: page; page-break-before: always; }
  .statement { border-left-color: #000; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
