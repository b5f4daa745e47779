<?xml version="1.0" encoding="UTF-8"?>
<!--
  annex.fo: the tender annex (Bijlage: beveiligingseisen) in tender-FO,
  the printed twin of templates/html/annex.xsl. A4 portrait: title block
  and tender data, contents with page numbers, reading guide with the
  scoring table, the requirements by group (each kept on one page), the
  parameter values and the requirements left out, with their reasons.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="doc-title">
    <xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.title'"/></xsl:call-template>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:apply-templates select="i:resolved"/>
  </xsl:template>

  <xsl:template match="i:resolved">
    <fo:root xml:lang="{$fo-lang}" font-family="{$font}" font-size="9.5pt" line-height="1.4" color="{$ink}" hyphenate="true">
      <xsl:call-template name="page-masters"/>
      <xsl:call-template name="declarations"><xsl:with-param name="title" select="$doc-title"/></xsl:call-template>
      <xsl:call-template name="bookmarks"/>
      <fo:page-sequence master-reference="A4" initial-page-number="1" format="1">
        <xsl:call-template name="static-content">
          <xsl:with-param name="title" select="$doc-title"/>
          <xsl:with-param name="last-id" select="'end'"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="title-block"><xsl:with-param name="title" select="$doc-title"/></xsl:call-template>
          <xsl:call-template name="tender-data"/>
          <xsl:call-template name="toc"/>
          <xsl:call-template name="guide"/>
          <xsl:apply-templates select="i:requirements/i:group"/>
          <xsl:call-template name="parameters"/>
          <xsl:call-template name="excluded"/>
          <xsl:call-template name="colophon"><xsl:with-param name="id" select="'end'"/></xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- ======================================================= bookmarks -->

  <xsl:template name="bookmarks">
    <fo:bookmark-tree>
      <xsl:call-template name="bookmark"><xsl:with-param name="dest" select="'tender'"/><xsl:with-param name="key" select="'annex.tender'"/></xsl:call-template>
      <xsl:call-template name="bookmark"><xsl:with-param name="dest" select="'toc'"/><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template>
      <xsl:call-template name="bookmark"><xsl:with-param name="dest" select="'guide'"/><xsl:with-param name="key" select="'annex.guide'"/></xsl:call-template>
      <xsl:apply-templates select="i:requirements/i:group" mode="bookmark"/>
      <xsl:call-template name="bookmark"><xsl:with-param name="dest" select="'parameters'"/><xsl:with-param name="key" select="'annex.params'"/></xsl:call-template>
      <xsl:call-template name="bookmark"><xsl:with-param name="dest" select="'excluded'"/><xsl:with-param name="key" select="'annex.excluded'"/></xsl:call-template>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:template name="bookmark">
    <xsl:param name="dest"/>
    <xsl:param name="key"/>
    <fo:bookmark internal-destination="{$dest}">
      <fo:bookmark-title><xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="i:group" mode="bookmark">
    <fo:bookmark internal-destination="g-{@id}">
      <fo:bookmark-title>
        <xsl:value-of select="@number"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="normalize-space(i:title)"/>
      </fo:bookmark-title>
      <xsl:apply-templates select="i:group" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <!-- ==================================================== tender data -->

  <!-- one label/value row of a facts list -->
  <xsl:template name="fact">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <fo:list-item space-after="3pt">
      <xsl:call-template name="dt"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      <fo:list-item-body start-indent="body-start()">
        <fo:block><xsl:copy-of select="$value"/></fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template name="tender-data">
    <xsl:variable name="t" select="i:tender"/>
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'tender'"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.tender'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:list-block provisional-distance-between-starts="42mm" provisional-label-separation="4mm" hyphenate="false">
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.title'"/>
          <xsl:with-param name="value"><xsl:call-template name="inline"><xsl:with-param name="node" select="$t/i:title"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.reference.label'"/>
          <xsl:with-param name="value"><xsl:value-of select="$t/i:reference"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.buyer'"/>
          <xsl:with-param name="value"><xsl:value-of select="$t/i:buyer"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.date'"/>
          <xsl:with-param name="value"><xsl:call-template name="date"><xsl:with-param name="d" select="$tender-date"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.set'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="i:layers/i:layer">
              <fo:block space-after="2pt">
                <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                <xsl:text> </xsl:text>
                <fo:inline color="{$muted}">
                  <xsl:text>(</xsl:text>
                  <fo:inline font-family="{$mono}"><xsl:value-of select="@set"/></fo:inline>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'layer.version'"/>
                    <xsl:with-param name="p1" select="@version"/>
                  </xsl:call-template>
                  <xsl:text>)</xsl:text>
                  <xsl:if test="i:publisher">
                    <xsl:text>, </xsl:text>
                    <xsl:call-template name="msg"><xsl:with-param name="key" select="'layer.publisher'"/></xsl:call-template>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:publisher"/></xsl:call-template>
                  </xsl:if>
                </fo:inline>
              </fo:block>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.segments'"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="i:chosen/i:segment">
                <xsl:for-each select="i:chosen/i:segment">
                  <fo:block>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                    <xsl:if test="@additive = 'true'">
                      <xsl:text> </xsl:text>
                      <fo:inline color="{$muted}">
                        <xsl:text>(</xsl:text>
                        <xsl:call-template name="msg"><xsl:with-param name="key" select="'segment.additive'"/></xsl:call-template>
                        <xsl:text>)</xsl:text>
                      </fo:inline>
                    </xsl:if>
                  </fo:block>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>—</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.level'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="inline"><xsl:with-param name="node" select="i:chosen/i:level/i:title"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <fo:inline color="{$muted}">
              <xsl:text>(</xsl:text>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'level.rank'"/>
                <xsl:with-param name="p1" select="i:chosen/i:level/@rank"/>
                <xsl:with-param name="p2" select="i:chosen/i:level/@of"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </fo:inline>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.counts'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'counts.value'"/>
              <xsl:with-param name="p1" select="i:requirements/@count"/>
              <xsl:with-param name="p2" select="i:requirements/@knockout"/>
              <xsl:with-param name="p3" select="i:requirements/@award"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.digest'"/>
          <xsl:with-param name="value">
            <fo:inline font-family="{$mono}" font-size="7.5pt"><xsl:value-of select="@checklist-digest"/></fo:inline>
          </xsl:with-param>
        </xsl:call-template>
      </fo:list-block>
    </fo:block>
  </xsl:template>

  <!-- ======================================================== contents -->

  <!-- one line of the contents: number, title, dot leader, page number,
       all one link to the destination -->
  <xsl:template name="toc-line">
    <xsl:param name="dest"/>
    <xsl:param name="number"/>
    <xsl:param name="content"/>
    <xsl:param name="depth" select="0"/>
    <xsl:param name="strong" select="false()"/>
    <fo:block role="TOCI" text-align="start" text-align-last="justify" start-indent="{$depth * 7}mm"
              space-before="2pt" hyphenate="false">
      <xsl:if test="$strong">
        <xsl:attribute name="space-before">4pt</xsl:attribute>
      </xsl:if>
      <fo:basic-link internal-destination="{$dest}" fox:alt-text="{normalize-space(concat($number, ' ', $content))}">
        <xsl:if test="string($number) != ''">
          <fo:inline color="{$accent}" font-weight="bold"><xsl:value-of select="$number"/></fo:inline>
          <xsl:text>  </xsl:text>
        </xsl:if>
        <xsl:copy-of select="$content"/>
        <xsl:text> </xsl:text>
        <fo:leader leader-pattern="dots" color="{$muted}"/>
        <xsl:text> </xsl:text>
        <fo:page-number-citation ref-id="{$dest}"/>
      </fo:basic-link>
    </fo:block>
  </xsl:template>

  <xsl:template name="toc-msg">
    <xsl:param name="dest"/>
    <xsl:param name="key"/>
    <xsl:call-template name="toc-line">
      <xsl:with-param name="dest" select="$dest"/>
      <xsl:with-param name="strong" select="true()"/>
      <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="toc">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'toc'"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <!-- on one page with its heading where it fits -->
      <fo:block role="TOC" keep-together.within-page="always">
        <xsl:call-template name="toc-msg"><xsl:with-param name="dest" select="'tender'"/><xsl:with-param name="key" select="'annex.tender'"/></xsl:call-template>
        <xsl:call-template name="toc-msg"><xsl:with-param name="dest" select="'guide'"/><xsl:with-param name="key" select="'annex.guide'"/></xsl:call-template>
        <xsl:apply-templates select="i:requirements/i:group" mode="toc"/>
        <xsl:call-template name="toc-msg"><xsl:with-param name="dest" select="'parameters'"/><xsl:with-param name="key" select="'annex.params'"/></xsl:call-template>
        <xsl:call-template name="toc-msg"><xsl:with-param name="dest" select="'excluded'"/><xsl:with-param name="key" select="'annex.excluded'"/></xsl:call-template>
      </fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="i:group" mode="toc">
    <xsl:call-template name="toc-line">
      <xsl:with-param name="dest" select="concat('g-', @id)"/>
      <xsl:with-param name="number" select="@number"/>
      <xsl:with-param name="depth" select="count(ancestor::i:group)"/>
      <xsl:with-param name="strong" select="not(parent::i:group)"/>
      <xsl:with-param name="content"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:apply-templates select="i:group" mode="toc"/>
  </xsl:template>

  <!-- ================================================== reading guide -->

  <xsl:template name="guide">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'guide'"/>
        <xsl:with-param name="break" select="true()"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.guide'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:block text-align="justify" space-after="5pt"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.answer'"/></xsl:call-template></fo:block>
      <fo:block text-align="justify" space-after="5pt"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.digest'"/></xsl:call-template></fo:block>

      <xsl:call-template name="h3">
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.kinds'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:list-block provisional-distance-between-starts="50mm" provisional-label-separation="4mm">
        <fo:list-item space-after="5pt">
          <fo:list-item-label end-indent="label-end()">
            <fo:block hyphenate="false"><xsl:call-template name="kind-badge"><xsl:with-param name="r" select="/.."/></xsl:call-template></fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block text-align="justify"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.knockout'"/></xsl:call-template></fo:block>
          </fo:list-item-body>
        </fo:list-item>
        <fo:list-item space-after="5pt">
          <fo:list-item-label end-indent="label-end()">
            <fo:block hyphenate="false">
              <fo:inline font-weight="bold" color="{$award}" border="0.75pt solid {$award}" padding-left="2pt" padding-right="2pt">
                <xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.award'"/></xsl:call-template>
              </fo:inline>
            </fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block text-align="justify"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.award'"/></xsl:call-template></fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </fo:list-block>

      <fo:block role="Caption" font-weight="bold" color="{$muted}" space-before="6pt" space-after="3pt" keep-with-next.within-page="always">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'score.caption'"/></xsl:call-template>
      </fo:block>
      <fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-after="6pt">
        <fo:table-column column-width="proportional-column-width(3)"/>
        <fo:table-column column-width="proportional-column-width(2)"/>
        <fo:table-header>
          <fo:table-row>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'score.answer'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'score.points'"/></xsl:call-template>
          </fo:table-row>
        </fo:table-header>
        <fo:table-body>
          <xsl:call-template name="score-row"><xsl:with-param name="a" select="'status.comply'"/><xsl:with-param name="b" select="'score.full'"/></xsl:call-template>
          <xsl:call-template name="score-row"><xsl:with-param name="a" select="'status.partial'"/><xsl:with-param name="b" select="'score.half'"/></xsl:call-template>
          <xsl:call-template name="score-row"><xsl:with-param name="a" select="'score.other'"/><xsl:with-param name="b" select="'score.none'"/></xsl:call-template>
        </fo:table-body>
      </fo:table>
      <fo:block font-weight="bold" space-after="6pt">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'score.max'"/>
          <xsl:with-param name="p1" select="i:requirements/@weight-total"/>
          <xsl:with-param name="p2" select="i:requirements/@award"/>
        </xsl:call-template>
      </fo:block>

      <xsl:call-template name="h3">
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.marks'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:variable name="example">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.value.example'"/></xsl:call-template>
      </xsl:variable>
      <fo:list-block provisional-distance-between-starts="30mm" provisional-label-separation="4mm">
        <fo:list-item space-after="5pt">
          <fo:list-item-label end-indent="label-end()">
            <fo:block>
              <xsl:call-template name="value-span">
                <xsl:with-param name="source" select="'buyer'"/>
                <xsl:with-param name="content" select="string($example)"/>
              </xsl:call-template>
            </fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block><xsl:call-template name="legend-value"><xsl:with-param name="source" select="'buyer'"/></xsl:call-template></fo:block>
          </fo:list-item-body>
        </fo:list-item>
        <fo:list-item space-after="5pt">
          <fo:list-item-label end-indent="label-end()">
            <fo:block>
              <xsl:call-template name="value-span">
                <xsl:with-param name="source" select="'default'"/>
                <xsl:with-param name="content" select="string($example)"/>
              </xsl:call-template>
            </fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block><xsl:call-template name="legend-value"><xsl:with-param name="source" select="'default'"/></xsl:call-template></fo:block>
          </fo:list-item-body>
        </fo:list-item>
        <fo:list-item space-after="5pt">
          <xsl:call-template name="dt"><xsl:with-param name="key" select="'req.refs'"/></xsl:call-template>
          <fo:list-item-body start-indent="body-start()">
            <fo:block text-align="justify"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.refs'"/></xsl:call-template></fo:block>
          </fo:list-item-body>
        </fo:list-item>
        <fo:list-item space-after="5pt">
          <xsl:call-template name="dt"><xsl:with-param name="key" select="'prov.label'"/></xsl:call-template>
          <fo:list-item-body start-indent="body-start()">
            <fo:block text-align="justify"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.prov'"/></xsl:call-template></fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </fo:list-block>
    </fo:block>
  </xsl:template>

  <xsl:template name="score-row">
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <fo:table-row>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <fo:block font-weight="bold"><xsl:call-template name="msg"><xsl:with-param name="key" select="$a"/></xsl:call-template></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <fo:block><xsl:call-template name="msg"><xsl:with-param name="key" select="$b"/></xsl:call-template></fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- ==================================================== requirements -->

  <xsl:template match="i:group">
    <xsl:variable name="depth" select="count(ancestor::i:group)"/>
    <fo:block role="Sect">
      <xsl:choose>
        <xsl:when test="$depth = 0">
          <xsl:call-template name="h2">
            <xsl:with-param name="id" select="concat('g-', @id)"/>
            <xsl:with-param name="number" select="@number"/>
            <xsl:with-param name="break" select="not(preceding-sibling::i:group)"/>
            <xsl:with-param name="content"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="h3">
            <xsl:with-param name="id" select="concat('g-', @id)"/>
            <xsl:with-param name="role">
              <xsl:call-template name="h-role"><xsl:with-param name="level" select="2 + $depth"/></xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="content">
              <xsl:value-of select="@number"/>
              <xsl:text>  </xsl:text>
              <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@layer = 'buyer'">
        <fo:block font-style="italic" color="{$muted}" space-after="4pt" keep-with-next.within-page="always">
          <xsl:call-template name="msg"><xsl:with-param name="key" select="'group.buyer'"/></xsl:call-template>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates select="i:requirement | i:group"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="i:requirement">
    <xsl:variable name="role">
      <xsl:call-template name="h-role"><xsl:with-param name="level" select="2 + count(ancestor::i:group)"/></xsl:call-template>
    </xsl:variable>
    <fo:block id="req-{@id}" role="Div" keep-together.within-page="always"
              space-before="6pt" space-after="6pt" padding-bottom="7pt" border-bottom="0.5pt solid {$line}">
      <!-- number and title -->
      <fo:block role="{$role}" font-size="10.5pt" line-height="1.3" font-weight="bold" space-after="2pt"
                keep-with-next.within-page="always" hyphenate="false">
        <fo:inline color="{$accent}"><xsl:value-of select="@number"/></fo:inline>
        <xsl:text>  </xsl:text>
        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
      </fo:block>
      <!-- kind, id, what it concerns -->
      <fo:block font-size="8pt" color="{$muted}" space-after="4pt" hyphenate="false">
        <xsl:call-template name="kind-badge"/>
        <xsl:text>   </xsl:text>
        <fo:inline font-family="{$mono}"><xsl:value-of select="@id"/></fo:inline>
        <xsl:text>  ·  </xsl:text>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'req.applies-to'"/>
          <xsl:with-param name="p1">
            <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('applies.', @applies-to)"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </fo:block>
      <xsl:if test="@fallback = 'true'">
        <xsl:call-template name="notice">
          <xsl:with-param name="content"><xsl:call-template name="fallback-text"/></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <!-- the statement: what the tenderer answers -->
      <fo:block font-size="10pt" line-height="1.42" margin-left="0pt" border-left="2pt solid {$accent}" padding-left="7pt"
                space-after="5pt" text-align="justify">
        <xsl:call-template name="block"><xsl:with-param name="node" select="i:statement"/></xsl:call-template>
      </fo:block>
      <xsl:if test="i:guidance | i:evidence | i:ref">
        <fo:list-block provisional-distance-between-starts="30mm" provisional-label-separation="3mm" font-size="8.5pt" line-height="1.38">
          <xsl:if test="i:guidance">
            <xsl:call-template name="part">
              <xsl:with-param name="key" select="'req.guidance'"/>
              <xsl:with-param name="content"><xsl:call-template name="block"><xsl:with-param name="node" select="i:guidance"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="i:evidence">
            <xsl:call-template name="part">
              <xsl:with-param name="key" select="'req.evidence'"/>
              <xsl:with-param name="content"><xsl:call-template name="block"><xsl:with-param name="node" select="i:evidence"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="i:ref">
            <xsl:call-template name="part">
              <xsl:with-param name="key" select="'req.refs'"/>
              <xsl:with-param name="content"><xsl:apply-templates select="i:ref"/></xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </fo:list-block>
      </xsl:if>
      <!-- provenance -->
      <fo:block font-size="7.5pt" color="{$muted}" space-before="2pt">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.label'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@layer"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="i:amendment">
            <xsl:for-each select="i:amendment">
              <xsl:text>; </xsl:text>
              <xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.amended'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@layer"/></xsl:call-template>
              <xsl:if test="@reason">
                <xsl:text>: </xsl:text>
                <xsl:value-of select="@reason"/>
              </xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="@amended-by">
            <xsl:text>; </xsl:text>
            <xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.amended'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@amended-by"/></xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- one labelled part of a requirement (guidance, evidence, basis) -->
  <xsl:template name="part">
    <xsl:param name="key"/>
    <xsl:param name="content"/>
    <fo:list-item space-after="3pt">
      <xsl:call-template name="dt"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      <fo:list-item-body start-indent="body-start()">
        <xsl:copy-of select="$content"/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="i:ref">
    <fo:block space-after="1pt">
      <xsl:call-template name="cite"/>
      <xsl:text> — </xsl:text>
      <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
      <xsl:if test="@after-tender = 'true'">
        <xsl:text> </xsl:text>
        <fo:inline font-weight="bold" color="#5c4400">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'ref.applies-from'"/>
            <xsl:with-param name="p1">
              <xsl:call-template name="date"><xsl:with-param name="d" select="@applies-from"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </fo:inline>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- ====================================================== parameters -->

  <xsl:template name="cell">
    <xsl:param name="content"/>
    <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
      <fo:block><xsl:copy-of select="$content"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="parameters">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'parameters'"/>
        <xsl:with-param name="break" select="true()"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.params'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="i:parameters/i:parameter">
          <fo:block space-after="6pt"><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.intro'"/></xsl:call-template></fo:block>
          <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="8.5pt" line-height="1.35">
            <fo:table-column column-width="proportional-column-width(9)"/>
            <fo:table-column column-width="proportional-column-width(7)"/>
            <fo:table-column column-width="proportional-column-width(6)"/>
            <fo:table-header>
              <fo:table-row>
                <xsl:call-template name="th"><xsl:with-param name="key" select="'params.label'"/></xsl:call-template>
                <xsl:call-template name="th"><xsl:with-param name="key" select="'params.value'"/></xsl:call-template>
                <xsl:call-template name="th"><xsl:with-param name="key" select="'params.source'"/></xsl:call-template>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:for-each select="i:parameters/i:parameter">
                <fo:table-row keep-together.within-page="always">
                  <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
                    <fo:block id="p-{@id}" font-weight="bold"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:label"/></xsl:call-template></fo:block>
                    <fo:block font-family="{$mono}" font-size="7.5pt" color="{$muted}"><xsl:value-of select="@id"/></fo:block>
                  </fo:table-cell>
                  <xsl:call-template name="cell">
                    <xsl:with-param name="content">
                      <xsl:call-template name="value-span">
                        <xsl:with-param name="source" select="@source"/>
                        <xsl:with-param name="unit" select="@unit"/>
                        <xsl:with-param name="plain" select="string(i:display)"/>
                        <xsl:with-param name="content"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:display"/></xsl:call-template></xsl:with-param>
                      </xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                  <xsl:call-template name="cell">
                    <xsl:with-param name="content">
                      <xsl:choose>
                        <xsl:when test="@source = 'buyer'">
                          <xsl:call-template name="msg"><xsl:with-param name="key" select="'source.buyer'"/></xsl:call-template>
                        </xsl:when>
                        <xsl:otherwise>
                          <xsl:call-template name="msg"><xsl:with-param name="key" select="'source.default'"/></xsl:call-template>
                          <xsl:text>: </xsl:text>
                          <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@layer"/></xsl:call-template>
                        </xsl:otherwise>
                      </xsl:choose>
                    </xsl:with-param>
                  </xsl:call-template>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
        </xsl:when>
        <xsl:otherwise>
          <fo:block><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.none'"/></xsl:call-template></fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- ================================================ excluded (appendix) -->

  <xsl:template name="excluded">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'excluded'"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.excluded'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="i:excluded/i:requirement">
          <fo:block space-after="6pt" text-align="justify"><xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.intro'"/></xsl:call-template></fo:block>
          <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="8.5pt" line-height="1.35">
            <fo:table-column column-width="proportional-column-width(4)"/>
            <fo:table-column column-width="proportional-column-width(3)"/>
            <fo:table-column column-width="proportional-column-width(5)"/>
            <fo:table-header>
              <fo:table-row>
                <xsl:call-template name="th"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template>
                <xsl:call-template name="th"><xsl:with-param name="key" select="'excluded.by'"/></xsl:call-template>
                <xsl:call-template name="th"><xsl:with-param name="key" select="'excluded.reason'"/></xsl:call-template>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:for-each select="i:excluded/i:requirement">
                <fo:table-row keep-together.within-page="always">
                  <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
                    <fo:block id="x-{@id}" font-family="{$mono}" font-size="7.5pt" color="{$muted}"><xsl:value-of select="@id"/></fo:block>
                    <fo:block font-weight="bold"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></fo:block>
                  </fo:table-cell>
                  <xsl:call-template name="cell">
                    <xsl:with-param name="content">
                      <xsl:choose>
                        <xsl:when test="@by = 'buyer'">
                          <xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.by.buyer'"/></xsl:call-template>
                        </xsl:when>
                        <xsl:otherwise>
                          <xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.by.layer'"/></xsl:call-template>
                          <xsl:text> </xsl:text>
                          <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@by"/></xsl:call-template>
                        </xsl:otherwise>
                      </xsl:choose>
                    </xsl:with-param>
                  </xsl:call-template>
                  <xsl:call-template name="cell">
                    <xsl:with-param name="content"><xsl:value-of select="@reason"/></xsl:with-param>
                  </xsl:call-template>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
        </xsl:when>
        <xsl:otherwise>
          <fo:block><xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.none'"/></xsl:call-template></fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
