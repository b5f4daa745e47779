<?xml version="1.0" encoding="UTF-8"?>
<!--
  checklist.fo: the supplier checklist in tender-FO, the printed twin of
  templates/html/checklist.xsl. A4 landscape: the tender reference and the
  checklist digest to quote at the top, how to fill in, then one table row
  per selected requirement (number, id, title and statement, kind and
  weight, evidence asked) with three empty columns for the tenderer
  (status, explanation, evidence supplied). The header row repeats on every
  page; a group's heading row stays with its first requirement; a row is
  never split over two pages.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="doc-title">
    <xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.title'"/></xsl:call-template>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:apply-templates select="i:resolved"/>
  </xsl:template>

  <xsl:template match="i:resolved">
    <fo:root xml:lang="{$fo-lang}" font-family="{$font}" font-size="9.5pt" line-height="1.4" color="{$ink}" hyphenate="true">
      <xsl:call-template name="page-masters"/>
      <xsl:call-template name="declarations"><xsl:with-param name="title" select="$doc-title"/></xsl:call-template>
      <fo:bookmark-tree>
        <fo:bookmark internal-destination="instructions">
          <fo:bookmark-title><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.instructions'"/></xsl:call-template></fo:bookmark-title>
        </fo:bookmark>
        <fo:bookmark internal-destination="requirements">
          <fo:bookmark-title><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.table'"/></xsl:call-template></fo:bookmark-title>
          <xsl:for-each select="i:requirements/i:group[descendant-or-self::i:group/i:requirement]">
            <!-- the group's first heading row: its own, or a nested group's -->
            <fo:bookmark internal-destination="cg-{descendant-or-self::i:group[i:requirement][1]/@id}">
              <fo:bookmark-title>
                <xsl:value-of select="@number"/>
                <xsl:text> </xsl:text>
                <xsl:value-of select="normalize-space(i:title)"/>
              </fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="A4-landscape" initial-page-number="1" format="1">
        <xsl:call-template name="static-content">
          <xsl:with-param name="title" select="$doc-title"/>
          <xsl:with-param name="last-id" select="'end'"/>
          <xsl:with-param name="footer-left">
            <xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.digest'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <fo:inline font-family="{$mono}"><xsl:value-of select="@checklist-digest"/></fo:inline>
          </xsl:with-param>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="title-block"><xsl:with-param name="title" select="$doc-title"/></xsl:call-template>
          <xsl:call-template name="instructions"/>
          <xsl:call-template name="table"/>
          <xsl:call-template name="colophon"><xsl:with-param name="id" select="'end'"/></xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- ==================================================== instructions -->

  <xsl:template name="instructions">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'instructions'"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.instructions'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <!-- what to quote: reference and digest, framed -->
      <fo:block margin-left="0pt" margin-right="0pt" border="1.5pt solid {$accent}" background-color="{$accent-soft}"
                padding="5pt 8pt" space-after="8pt" keep-together.within-page="always">
        <fo:list-block provisional-distance-between-starts="42mm" provisional-label-separation="4mm" hyphenate="false">
          <fo:list-item space-after="4pt">
            <xsl:call-template name="dt"><xsl:with-param name="key" select="'tender.reference.label'"/></xsl:call-template>
            <fo:list-item-body start-indent="body-start()">
              <fo:block font-weight="bold" font-size="11pt"><xsl:value-of select="i:tender/i:reference"/></fo:block>
            </fo:list-item-body>
          </fo:list-item>
          <fo:list-item>
            <xsl:call-template name="dt"><xsl:with-param name="key" select="'tender.digest'"/></xsl:call-template>
            <fo:list-item-body start-indent="body-start()">
              <fo:block space-after="2pt"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.quote'"/></xsl:call-template></fo:block>
              <fo:block font-family="{$mono}" font-weight="bold" font-size="10pt" color="#0b2a4c"><xsl:value-of select="@checklist-digest"/></fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:block>
      <fo:block space-after="5pt"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.intro'"/></xsl:call-template></fo:block>
      <fo:block space-after="2pt" keep-with-next.within-page="always"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.status'"/></xsl:call-template></fo:block>
      <fo:list-block provisional-distance-between-starts="4mm" provisional-label-separation="1mm" space-after="5pt" start-indent="3mm">
        <xsl:call-template name="status-item"><xsl:with-param name="key" select="'status.comply'"/></xsl:call-template>
        <xsl:call-template name="status-item"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template>
        <xsl:call-template name="status-item"><xsl:with-param name="key" select="'status.noncomply'"/></xsl:call-template>
        <xsl:call-template name="status-item"><xsl:with-param name="key" select="'status.not-applicable'"/></xsl:call-template>
      </fo:list-block>
      <fo:block space-after="5pt"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.na'"/></xsl:call-template></fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template name="status-item">
    <xsl:param name="key"/>
    <fo:list-item>
      <fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block font-weight="bold"><xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template></fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- =========================================================== table -->

  <xsl:template name="table">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'requirements'"/>
        <xsl:with-param name="break" select="true()"/>
        <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.table'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:block role="Caption" font-style="italic" color="{$muted}" space-after="4pt" keep-with-next.within-page="always">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.caption'"/></xsl:call-template>
      </fo:block>
      <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="8pt" line-height="1.32">
        <fo:table-column column-width="13mm"/>
        <fo:table-column column-width="19mm"/>
        <fo:table-column column-width="proportional-column-width(44)"/>
        <fo:table-column column-width="35mm"/>
        <fo:table-column column-width="proportional-column-width(22)"/>
        <fo:table-column column-width="20mm"/>
        <fo:table-column column-width="proportional-column-width(20)"/>
        <fo:table-column column-width="proportional-column-width(16)"/>
        <fo:table-header>
          <fo:table-row>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.number'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.kind'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.evidence-asked'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.status'"/><xsl:with-param name="answer" select="true()"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.explanation'"/><xsl:with-param name="answer" select="true()"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.evidence-given'"/><xsl:with-param name="answer" select="true()"/></xsl:call-template>
          </fo:table-row>
        </fo:table-header>
        <fo:table-body>
          <xsl:choose>
            <xsl:when test="i:requirements//i:group[i:requirement]">
              <!-- a group's own requirements come before its nested groups -->
              <xsl:for-each select="i:requirements//i:group[i:requirement]">
                <fo:table-row keep-with-next.within-page="always">
                  <fo:table-cell number-columns-spanned="8" padding="3pt 4pt" border="0.5pt solid {$line}" background-color="{$soft}">
                    <fo:block id="cg-{@id}" font-size="9pt" font-weight="bold" color="{$accent}" hyphenate="false">
                      <xsl:value-of select="@number"/>
                      <xsl:text>  </xsl:text>
                      <xsl:for-each select="ancestor::i:group">
                        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                        <xsl:text> › </xsl:text>
                      </xsl:for-each>
                      <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                    </fo:block>
                  </fo:table-cell>
                </fo:table-row>
                <xsl:apply-templates select="i:requirement"/>
              </xsl:for-each>
            </xsl:when>
            <xsl:otherwise>
              <!-- a table body needs a row -->
              <fo:table-row>
                <fo:table-cell number-columns-spanned="8" padding="3pt 4pt" border="0.5pt solid {$line}">
                  <fo:block>—</fo:block>
                </fo:table-cell>
              </fo:table-row>
            </xsl:otherwise>
          </xsl:choose>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <xsl:template match="i:requirement">
    <fo:table-row keep-together.within-page="always">
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <fo:block id="req-{@id}" font-weight="bold" hyphenate="false"><xsl:value-of select="@number"/></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <fo:block font-family="{$mono}" font-size="7.5pt" hyphenate="false"><xsl:value-of select="@id"/></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <fo:block font-weight="bold" space-after="2pt" hyphenate="false">
          <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
        </fo:block>
        <xsl:if test="@fallback = 'true'">
          <xsl:call-template name="notice">
            <xsl:with-param name="size" select="'7pt'"/>
            <xsl:with-param name="content"><xsl:call-template name="fallback-text"/></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="block"><xsl:with-param name="node" select="i:statement"/></xsl:call-template>
      </fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <fo:block font-weight="bold" hyphenate="false">
          <xsl:attribute name="color">
            <xsl:choose>
              <xsl:when test="@kind = 'award'"><xsl:value-of select="$award"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$knockout"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:call-template name="kind-label"/>
        </fo:block>
      </fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}">
        <xsl:choose>
          <xsl:when test="i:evidence">
            <xsl:call-template name="block"><xsl:with-param name="node" select="i:evidence"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><fo:block/></xsl:otherwise>
        </xsl:choose>
      </fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}"><fo:block/></fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}"><fo:block/></fo:table-cell>
      <fo:table-cell padding="3pt 4pt" border="0.5pt solid {$line}"><fo:block/></fo:table-cell>
    </fo:table-row>
  </xsl:template>

</xsl:stylesheet>
