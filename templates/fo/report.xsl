<?xml version="1.0" encoding="UTF-8"?>
<!--
  report.pdf: the conformity report of `icoc check` in tender-FO, the
  printed twin of templates/html/report.xsl. Reads the report document
  (requirements/schema/report.rng). A4 portrait: the verdict first, in a
  coloured frame with a symbol and a word; key figures; points to
  address; the response; the answers per requirement (header row
  repeated on every page); the tallies per CRA point and BIO2 control.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- the report, not a resolved document, sets the language -->
  <xsl:variable name="lang" select="string(/i:report/@lang)"/>
  <xsl:variable name="s" select="/i:report/i:summary"/>
  <xsl:variable name="ok">#1e5e2f</xsl:variable>
  <xsl:variable name="ok-soft">#e9f4ec</xsl:variable>
  <xsl:variable name="gap">#8b1a1a</xsl:variable>
  <xsl:variable name="gap-soft">#fbeeee</xsl:variable>

  <xsl:variable name="doc-title">
    <xsl:call-template name="msg"><xsl:with-param name="key" select="'report.title'"/></xsl:call-template>
  </xsl:variable>

  <xsl:template name="m">
    <xsl:param name="k"/>
    <xsl:param name="p1"/>
    <xsl:param name="p2"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="$k"/>
      <xsl:with-param name="p1" select="$p1"/>
      <xsl:with-param name="p2" select="$p2"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="points">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$lang-base = 'nl'"><xsl:value-of select="translate($v, '.', ',')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the tender reference, or the set and version when checked against a set -->
  <xsl:variable name="subject">
    <xsl:choose>
      <xsl:when test="/i:report/i:tender"><xsl:value-of select="normalize-space(/i:report/i:tender/i:reference)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat(/i:report/@set, ' ', /i:report/@set-version)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:apply-templates select="i:report"/>
  </xsl:template>

  <xsl:template match="i:report">
    <fo:root xml:lang="{$fo-lang}" font-family="{$font}" font-size="9.5pt" line-height="1.4" color="{$ink}" hyphenate="true">
      <xsl:call-template name="page-masters"/>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title><xsl:value-of select="concat($doc-title, ' — ', $subject)"/></dc:title>
              <dc:language><xsl:value-of select="$fo-lang"/></dc:language>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:bookmark-tree>
        <xsl:call-template name="bookmark"><xsl:with-param name="id" select="'verdict'"/><xsl:with-param name="key" select="'report.verdict'"/></xsl:call-template>
        <xsl:call-template name="bookmark"><xsl:with-param name="id" select="'problems'"/><xsl:with-param name="key" select="'report.problems'"/></xsl:call-template>
        <xsl:call-template name="bookmark"><xsl:with-param name="id" select="'response'"/><xsl:with-param name="key" select="'report.response'"/></xsl:call-template>
        <xsl:call-template name="bookmark"><xsl:with-param name="id" select="'answers'"/><xsl:with-param name="key" select="'report.answers'"/></xsl:call-template>
        <xsl:if test="i:outside/i:answer">
          <xsl:call-template name="bookmark"><xsl:with-param name="id" select="'outside'"/><xsl:with-param name="key" select="'report.outside'"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="bookmark"><xsl:with-param name="id" select="'clauses'"/><xsl:with-param name="key" select="'report.clauses'"/></xsl:call-template>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="A4" initial-page-number="1" format="1">
        <fo:static-content flow-name="xsl-region-before" role="artifact">
          <fo:block font-size="7.5pt" line-height="1.3" color="{$muted}" text-align="start" text-align-last="justify"
                    border-bottom="0.5pt solid {$line}" padding-bottom="2pt" hyphenate="false">
            <fo:inline font-weight="bold" color="{$accent}"><xsl:value-of select="$subject"/></fo:inline>
            <xsl:if test="i:response/i:supplier">
              <xsl:text> · </xsl:text>
              <xsl:value-of select="i:response/i:supplier"/>
            </xsl:if>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="$doc-title"/>
            <xsl:text>: </xsl:text>
            <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.verdict.', @verdict)"/></xsl:call-template>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after" role="artifact">
          <xsl:variable name="pm">
            <xsl:call-template name="msg-raw"><xsl:with-param name="key" select="'page.number'"/></xsl:call-template>
          </xsl:variable>
          <fo:block font-size="7.5pt" line-height="1.3" color="{$muted}" text-align="start" text-align-last="justify"
                    border-top="0.5pt solid {$line}" padding-top="2pt" hyphenate="false">
            <xsl:call-template name="m"><xsl:with-param name="k" select="'tender.digest'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <fo:inline font-family="{$mono}"><xsl:value-of select="@checklist-digest"/></fo:inline>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="substring-before($pm, '{1}')"/>
            <fo:page-number/>
            <xsl:value-of select="substring-before(substring-after($pm, '{1}'), '{2}')"/>
            <fo:page-number-citation-last ref-id="end"/>
            <xsl:value-of select="substring-after($pm, '{2}')"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="title"/>
          <xsl:call-template name="verdict"/>
          <xsl:call-template name="figures"/>
          <xsl:call-template name="problems"/>
          <xsl:call-template name="response"/>
          <xsl:call-template name="answers"/>
          <xsl:if test="i:outside/i:answer"><xsl:call-template name="outside"/></xsl:if>
          <xsl:call-template name="clauses"/>
          <fo:block id="end" space-before="18pt" border-top="0.5pt solid {$line}" padding-top="4pt"
                    font-size="7.5pt" line-height="1.35" color="{$muted}" keep-together.within-page="always">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'page.footer'"/>
              <xsl:with-param name="p1" select="@set"/>
              <xsl:with-param name="p2" select="@set-version"/>
              <xsl:with-param name="p3" select="@generator"/>
            </xsl:call-template>
          </fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="bookmark">
    <xsl:param name="id"/>
    <xsl:param name="key"/>
    <fo:bookmark internal-destination="{$id}">
      <fo:bookmark-title><xsl:call-template name="m"><xsl:with-param name="k" select="$key"/></xsl:call-template></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <!-- ==================================================== title, verdict -->

  <xsl:template name="title">
    <fo:block border-bottom="2pt solid {$accent}" padding-bottom="6pt" space-after="10pt"
              keep-together.within-page="always" hyphenate="false">
      <fo:block font-size="9pt" font-weight="bold" color="{$accent}" letter-spacing="0.5pt" space-after="4pt">
        <xsl:choose>
          <xsl:when test="i:tender"><xsl:value-of select="normalize-space(i:tender/i:buyer)"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="'report.issuer.set'"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <fo:block role="H1" font-size="21pt" line-height="1.15" font-weight="bold" color="{$accent}" space-after="5pt">
        <xsl:value-of select="$doc-title"/>
      </fo:block>
      <fo:block font-size="12pt" line-height="1.25">
        <xsl:choose>
          <xsl:when test="i:tender">
            <xsl:call-template name="inline"><xsl:with-param name="node" select="i:tender/i:title"/></xsl:call-template>
            <xsl:text> · </xsl:text>
            <xsl:value-of select="$subject"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="inline"><xsl:with-param name="node" select="i:layers/i:layer[last()]/i:title"/></xsl:call-template>
            <xsl:text> · </xsl:text>
            <xsl:value-of select="$subject"/>
          </xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template name="verdict">
    <xsl:variable name="fg">
      <xsl:choose>
        <xsl:when test="@verdict = 'pass'"><xsl:value-of select="$ok"/></xsl:when>
        <xsl:when test="@verdict = 'fail'"><xsl:value-of select="$gap"/></xsl:when>
        <xsl:otherwise>#5c4400</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="bg">
      <xsl:choose>
        <xsl:when test="@verdict = 'pass'"><xsl:value-of select="$ok-soft"/></xsl:when>
        <xsl:when test="@verdict = 'fail'"><xsl:value-of select="$gap-soft"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$warn-soft"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="bar">
      <xsl:choose>
        <xsl:when test="@verdict = 'incomplete'"><xsl:value-of select="$warn"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$fg"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:block id="verdict" role="Sect" color="{$fg}" background-color="{$bg}" border="2pt solid {$bar}"
              border-left="8pt solid {$bar}" padding="6pt 10pt 8pt 10pt" space-after="8pt"
              keep-together.within-page="always">
      <fo:block font-size="8pt" font-weight="bold" letter-spacing="1pt" hyphenate="false">
        <xsl:call-template name="m"><xsl:with-param name="k" select="'report.verdict'"/></xsl:call-template>
      </fo:block>
      <fo:block role="H2" font-size="22pt" line-height="1.2" font-weight="bold" hyphenate="false">
        <xsl:choose>
          <xsl:when test="@verdict = 'pass'">✓ </xsl:when>
          <xsl:when test="@verdict = 'fail'">✗ </xsl:when>
          <xsl:otherwise>! </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.verdict.', @verdict)"/></xsl:call-template>
      </fo:block>
      <fo:block font-size="10pt" space-before="2pt">
        <xsl:call-template name="m">
          <xsl:with-param name="k" select="concat('report.verdict.', @verdict, '.text')"/>
          <xsl:with-param name="p1">
            <xsl:choose>
              <xsl:when test="@verdict = 'fail'"><xsl:value-of select="$s/@knockout-failed"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$s/@unanswered"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="p2">
            <xsl:choose>
              <xsl:when test="@verdict = 'fail'"><xsl:value-of select="$s/@knockout"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$s/@not-applicable-unexplained"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </fo:block>
      <xsl:if test="@verdict = 'fail' and $s/@complete = 'false'">
        <fo:block font-size="10pt" space-before="2pt">
          <xsl:call-template name="m">
            <xsl:with-param name="k" select="'report.verdict.also-incomplete'"/>
            <xsl:with-param name="p1" select="$s/@unanswered"/>
            <xsl:with-param name="p2" select="$s/@not-applicable-unexplained"/>
          </xsl:call-template>
        </fo:block>
      </xsl:if>
    </fo:block>
    <xsl:if test="i:response/@digest = 'mismatch'">
      <fo:block color="{$gap}" border="2pt solid {$gap}" padding="5pt 8pt" space-after="8pt" keep-together.within-page="always">
        <fo:block font-weight="bold" font-size="10pt" space-after="3pt">
          <xsl:text>⚠ </xsl:text>
          <xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.mismatch'"/></xsl:call-template>
        </fo:block>
        <fo:block font-size="8pt" color="{$ink}" keep-with-next.within-page="always">
          <xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.expected'"/></xsl:call-template>
          <xsl:text>:</xsl:text>
        </fo:block>
        <fo:block font-family="{$mono}" font-size="7pt" color="{$ink}" space-after="2pt" hyphenate="false"><xsl:value-of select="@checklist-digest"/></fo:block>
        <fo:block font-size="8pt" color="{$ink}" keep-with-next.within-page="always">
          <xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.found'"/></xsl:call-template>
          <xsl:text>:</xsl:text>
        </fo:block>
        <fo:block font-family="{$mono}" font-size="7pt" color="{$ink}" hyphenate="false"><xsl:value-of select="i:response/@checklist-digest"/></fo:block>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- ========================================================= figures -->

  <xsl:template name="figures">
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-after="6pt">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row keep-together.within-page="always">
          <xsl:call-template name="figure">
            <xsl:with-param name="key" select="'report.knockout'"/>
            <xsl:with-param name="part" select="$s/@knockout-met"/>
            <xsl:with-param name="whole" select="$s/@knockout"/>
            <xsl:with-param name="good" select="$s/@knockout-failed = 0"/>
          </xsl:call-template>
          <xsl:call-template name="figure">
            <xsl:with-param name="key" select="'report.answered'"/>
            <xsl:with-param name="part" select="$s/@answered"/>
            <xsl:with-param name="whole" select="$s/@requirements"/>
            <xsl:with-param name="good" select="$s/@complete = 'true'"/>
          </xsl:call-template>
          <xsl:call-template name="figure">
            <xsl:with-param name="key" select="'report.score'"/>
            <xsl:with-param name="part" select="$s/@score"/>
            <xsl:with-param name="whole" select="$s/@score-max"/>
            <xsl:with-param name="good" select="true()"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <fo:block font-size="7.5pt" color="{$muted}" space-after="4pt">
      <xsl:call-template name="m"><xsl:with-param name="k" select="'report.score'"/></xsl:call-template>
      <xsl:text>: </xsl:text>
      <xsl:call-template name="m"><xsl:with-param name="k" select="'report.score.rule'"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template name="figure">
    <xsl:param name="key"/>
    <xsl:param name="part"/>
    <xsl:param name="whole"/>
    <xsl:param name="good"/>
    <xsl:variable name="c">
      <xsl:choose>
        <xsl:when test="$good"><xsl:value-of select="$accent"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$gap"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:table-cell padding="4pt 6pt" border="0.5pt solid {$line}" border-top="3pt solid {$c}">
      <fo:block font-weight="bold" color="{$accent}" font-size="9pt" hyphenate="false">
        <xsl:call-template name="m"><xsl:with-param name="k" select="$key"/></xsl:call-template>
      </fo:block>
      <fo:block font-weight="bold" color="{$c}" font-size="18pt" line-height="1.2">
        <xsl:call-template name="m">
          <xsl:with-param name="k" select="'report.of'"/>
          <xsl:with-param name="p1"><xsl:call-template name="points"><xsl:with-param name="v" select="$part"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="p2"><xsl:call-template name="points"><xsl:with-param name="v" select="$whole"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- ======================================================== problems -->

  <xsl:template name="status-word">
    <xsl:param name="st"/>
    <xsl:choose>
      <xsl:when test="string($st) = ''"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.status.none'"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="concat('status.', $st)"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="result">
    <xsl:param name="res"/>
    <fo:inline font-weight="bold">
      <xsl:attribute name="color">
        <xsl:choose>
          <xsl:when test="$res = 'met'"><xsl:value-of select="$ok"/></xsl:when>
          <xsl:when test="$res = 'not-met'"><xsl:value-of select="$gap"/></xsl:when>
          <xsl:when test="$res = 'not-applicable'"><xsl:value-of select="$muted"/></xsl:when>
          <xsl:otherwise>#5c4400</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$res = 'met'">✓ </xsl:when>
        <xsl:when test="$res = 'not-met'">✗ </xsl:when>
        <xsl:when test="$res = 'missing' or $res = 'unexplained'">? </xsl:when>
      </xsl:choose>
      <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.result.', $res)"/></xsl:call-template>
    </fo:inline>
  </xsl:template>

  <xsl:template name="problems">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'problems'"/>
        <xsl:with-param name="content"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.problems'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:variable name="p" select="i:problems/i:problem[@type != 'digest-mismatch']"/>
      <xsl:choose>
        <xsl:when test="$p">
          <xsl:for-each select="$p">
            <xsl:variable name="t" select="@type"/>
            <xsl:if test="not(preceding-sibling::i:problem[@type = $t])">
              <xsl:call-template name="h3">
                <xsl:with-param name="content">
                  <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.problem.', $t)"/></xsl:call-template>
                  <xsl:text> (</xsl:text><xsl:value-of select="count($p[@type = $t])"/><xsl:text>)</xsl:text>
                </xsl:with-param>
              </xsl:call-template>
              <xsl:for-each select="$p[@type = $t]">
                <fo:block start-indent="6pt" font-size="9pt" keep-together.within-page="always">
                  <xsl:if test="@number"><fo:inline color="{$muted}"><xsl:value-of select="@number"/></fo:inline><xsl:text> </xsl:text></xsl:if>
                  <fo:inline font-family="{$mono}" font-size="8pt"><xsl:value-of select="@ref"/></fo:inline>
                  <xsl:if test="i:title">
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                  </xsl:if>
                  <xsl:if test="@kind = 'knockout' and $t != 'knockout-not-met' and $t != 'knockout-not-applicable'">
                    <fo:inline font-weight="bold" color="{$knockout}">
                      <xsl:text> · </xsl:text>
                      <xsl:call-template name="m"><xsl:with-param name="k" select="'kind.knockout'"/></xsl:call-template>
                    </fo:inline>
                  </xsl:if>
                  <xsl:if test="$t = 'knockout-not-met'">
                    <xsl:text> — </xsl:text>
                    <xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template>
                  </xsl:if>
                </fo:block>
              </xsl:for-each>
            </xsl:if>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <fo:block font-style="italic" color="{$muted}"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.problems.none'"/></xsl:call-template></fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- ======================================================== response -->

  <xsl:template name="fact">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <fo:list-item space-after="2pt">
      <xsl:call-template name="dt"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      <fo:list-item-body start-indent="body-start()">
        <fo:block>
          <xsl:choose>
            <xsl:when test="normalize-space($value) != ''"><xsl:copy-of select="$value"/></xsl:when>
            <xsl:otherwise><fo:inline font-style="italic" color="{$muted}"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.none'"/></xsl:call-template></fo:inline></xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template name="response">
    <xsl:variable name="o" select="i:response"/>
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'response'"/>
        <xsl:with-param name="content"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.response'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:list-block provisional-distance-between-starts="42mm" provisional-label-separation="4mm">
        <xsl:call-template name="fact"><xsl:with-param name="key" select="'report.supplier'"/><xsl:with-param name="value" select="string($o/i:supplier)"/></xsl:call-template>
        <xsl:call-template name="fact"><xsl:with-param name="key" select="'report.product'"/><xsl:with-param name="value" select="string($o/i:product)"/></xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'report.file'"/>
          <xsl:with-param name="value">
            <fo:inline font-family="{$mono}" font-size="8pt"><xsl:value-of select="$o/@file"/></fo:inline>
            <xsl:text> (</xsl:text>
            <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.format.', $o/@format)"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'report.against'"/>
          <xsl:with-param name="value">
            <xsl:if test="@against = 'tender'">
              <xsl:call-template name="m">
                <xsl:with-param name="k" select="'report.against.tender'"/>
                <xsl:with-param name="p1" select="string(i:tender/i:reference)"/>
              </xsl:call-template>
              <xsl:text>; </xsl:text>
            </xsl:if>
            <xsl:call-template name="m">
              <xsl:with-param name="k" select="'report.against.set'"/>
              <xsl:with-param name="p1" select="string(@set)"/>
              <xsl:with-param name="p2" select="string(@set-version)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact"><xsl:with-param name="key" select="'report.tender.quoted'"/><xsl:with-param name="value" select="string($o/@tender)"/></xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'tender.digest'"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$o/@digest = 'mismatch'">
                <fo:inline font-weight="bold" color="{$gap}">✗ <xsl:call-template name="m"><xsl:with-param name="k" select="'report.problem.digest-mismatch'"/></xsl:call-template></fo:inline>
              </xsl:when>
              <xsl:when test="$o/@digest = 'match'">
                <fo:inline font-weight="bold" color="{$ok}">✓ <xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.match'"/></xsl:call-template></fo:inline>
              </xsl:when>
              <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.digest.', $o/@digest)"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </fo:list-block>
    </fo:block>
  </xsl:template>

  <!-- ========================================================= answers -->

  <xsl:template name="answers">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'answers'"/>
        <xsl:with-param name="content"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.answers'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:block role="Caption" font-style="italic" color="{$muted}" space-after="4pt" keep-with-next.within-page="always">
        <xsl:call-template name="m"><xsl:with-param name="k" select="'report.answers.caption'"/></xsl:call-template>
      </fo:block>
      <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="7.5pt" line-height="1.3">
        <fo:table-column column-width="10mm"/>
        <fo:table-column column-width="proportional-column-width(30)"/>
        <fo:table-column column-width="25mm"/>
        <fo:table-column column-width="24mm"/>
        <fo:table-column column-width="proportional-column-width(24)"/>
        <fo:table-column column-width="proportional-column-width(18)"/>
        <fo:table-column column-width="15mm"/>
        <fo:table-header>
          <fo:table-row>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.number'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.kind'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'report.col.result'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.explanation'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'col.evidence-given'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="key" select="'report.col.points'"/></xsl:call-template>
          </fo:table-row>
        </fo:table-header>
        <fo:table-body>
          <xsl:choose>
            <xsl:when test="i:requirements//i:group[i:requirement]">
              <xsl:for-each select="i:requirements//i:group[i:requirement]">
                <fo:table-row keep-with-next.within-page="always">
                  <fo:table-cell number-columns-spanned="7" padding="2.5pt 4pt" border="0.5pt solid {$line}" background-color="{$soft}">
                    <fo:block font-size="8.5pt" font-weight="bold" color="{$accent}" hyphenate="false">
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
              <fo:table-row>
                <fo:table-cell number-columns-spanned="7" padding="3pt 4pt" border="0.5pt solid {$line}"><fo:block>—</fo:block></fo:table-cell>
              </fo:table-row>
            </xsl:otherwise>
          </xsl:choose>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <xsl:template match="i:requirement">
    <fo:table-row keep-together.within-page="always">
      <xsl:if test="@result = 'not-met'"><xsl:attribute name="background-color"><xsl:value-of select="$gap-soft"/></xsl:attribute></xsl:if>
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
        <fo:block id="req-{@id}" font-weight="bold" hyphenate="false"><xsl:value-of select="@number"/></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
        <fo:block font-weight="bold"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></fo:block>
        <fo:block font-family="{$mono}" font-size="6.5pt" color="{$muted}" hyphenate="false"><xsl:value-of select="@id"/></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
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
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
        <fo:block hyphenate="false"><xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template></fo:block>
        <fo:block hyphenate="false"><xsl:call-template name="result"><xsl:with-param name="res" select="@result"/></xsl:call-template></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}"><fo:block><xsl:value-of select="i:explanation"/></fo:block></fo:table-cell>
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}"><fo:block><xsl:value-of select="i:evidence"/></fo:block></fo:table-cell>
      <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
        <fo:block text-align="end" hyphenate="false">
          <xsl:if test="@kind = 'award'">
            <xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template>
            <xsl:text>/</xsl:text>
            <xsl:value-of select="@weight"/>
          </xsl:if>
        </fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- ========================================================= outside -->

  <xsl:template name="outside">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'outside'"/>
        <xsl:with-param name="content"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:block space-after="4pt"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside.intro'"/></xsl:call-template></fo:block>
      <xsl:for-each select="i:outside/i:answer">
        <fo:block start-indent="6pt" font-size="9pt" space-after="2pt" keep-together.within-page="always">
          <fo:inline font-family="{$mono}" font-size="8pt"><xsl:value-of select="@ref"/></fo:inline>
          <xsl:if test="i:title">
            <xsl:text> </xsl:text>
            <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
          </xsl:if>
          <xsl:text> — </xsl:text>
          <xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template>
          <fo:inline color="{$muted}">
            <xsl:text> (</xsl:text>
            <xsl:choose>
              <xsl:when test="@unknown = 'true'"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside.unknown'"/></xsl:call-template></xsl:when>
              <xsl:when test="@reason">
                <xsl:call-template name="m">
                  <xsl:with-param name="k" select="'report.outside.excluded'"/>
                  <xsl:with-param name="p1" select="string(@reason)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside.not-selected'"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
            <xsl:text>)</xsl:text>
          </fo:inline>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- ========================================================= clauses -->

  <xsl:template name="clauses">
    <fo:block role="Sect">
      <xsl:call-template name="h2">
        <xsl:with-param name="id" select="'clauses'"/>
        <xsl:with-param name="content"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.clauses'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <fo:block space-after="4pt"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.clauses.intro'"/></xsl:call-template></fo:block>
      <xsl:if test="not(i:clauses/i:catalogue)">
        <fo:block font-style="italic" color="{$muted}"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.clauses.none'"/></xsl:call-template></fo:block>
      </xsl:if>
      <xsl:for-each select="i:clauses/i:catalogue">
        <xsl:variable name="short">
          <xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="@id"/></xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="h3">
          <xsl:with-param name="content">
            <xsl:call-template name="m">
              <xsl:with-param name="k" select="concat('report.clauses.', @kind)"/>
              <xsl:with-param name="p1" select="string($short)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="8pt" line-height="1.3" space-after="6pt">
          <fo:table-column column-width="proportional-column-width(45)"/>
          <fo:table-column column-width="20mm"/>
          <fo:table-column column-width="proportional-column-width(40)"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="th"><xsl:with-param name="key" select="'col.clause'"/></xsl:call-template>
              <xsl:call-template name="th"><xsl:with-param name="key" select="'report.col.met'"/></xsl:call-template>
              <xsl:call-template name="th"><xsl:with-param name="key" select="'report.col.mapped'"/></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="i:clause">
              <fo:table-row keep-together.within-page="always">
                <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
                  <fo:block>
                    <fo:inline font-weight="bold"><xsl:value-of select="@cite"/></fo:inline>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                  </fo:block>
                </fo:table-cell>
                <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
                  <fo:block font-weight="bold" hyphenate="false">
                    <xsl:if test="@met &lt; @mapped"><xsl:attribute name="color"><xsl:value-of select="$gap"/></xsl:attribute></xsl:if>
                    <xsl:call-template name="m">
                      <xsl:with-param name="k" select="'report.of'"/>
                      <xsl:with-param name="p1" select="string(@met)"/>
                      <xsl:with-param name="p2" select="string(@mapped)"/>
                    </xsl:call-template>
                  </fo:block>
                </fo:table-cell>
                <fo:table-cell padding="2.5pt 4pt" border="0.5pt solid {$line}">
                  <xsl:for-each select="i:req">
                    <fo:block hyphenate="false">
                      <xsl:value-of select="@number"/>
                      <xsl:text> </xsl:text>
                      <fo:inline font-family="{$mono}" font-size="7pt"><xsl:value-of select="@ref"/></fo:inline>
                      <xsl:text> </xsl:text>
                      <xsl:call-template name="result"><xsl:with-param name="res" select="@result"/></xsl:call-template>
                    </fo:block>
                  </xsl:for-each>
                </fo:table-cell>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
