<?xml version="1.0" encoding="UTF-8"?>
<!--
  report.csv: the conformity report of `icoc check` for spreadsheets.
  Two summary rows (verdict; score and maximum), an empty row, then one
  row per selected requirement followed by the answers outside the
  tender (outcome "outside"). Cells as in checklist.csv (common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the report, not a resolved document, sets the language -->
  <xsl:variable name="lang" select="string(/i:report/@lang)"/>

  <xsl:template name="c">
    <xsl:param name="v"/>
    <xsl:param name="last" select="false()"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="v" select="$v"/>
      <xsl:with-param name="last" select="$last"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="status-word">
    <xsl:param name="st"/>
    <xsl:if test="string($st) != ''">
      <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('status.', $st)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="r" select="i:report"/>
    <xsl:variable name="s" select="i:report/i:summary"/>
    <xsl:value-of select="$bom"/>
    <!-- summary -->
    <xsl:call-template name="head"><xsl:with-param name="key" select="'report.verdict'"/></xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('report.verdict.', $r/@verdict)"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$r/@verdict"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'report.knockout'"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$s/@knockout-met"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$s/@knockout"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'report.answered'"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$s/@answered"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$s/@requirements"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'report.score'"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$s/@score"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="$s/@score-max"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    <xsl:if test="$r/i:response/@digest = 'mismatch'">
      <xsl:call-template name="head"><xsl:with-param name="key" select="'report.problem.digest-mismatch'"/></xsl:call-template>
      <xsl:call-template name="c"><xsl:with-param name="v" select="$r/@checklist-digest"/></xsl:call-template>
      <xsl:call-template name="c"><xsl:with-param name="v" select="$r/i:response/@checklist-digest"/><xsl:with-param name="last" select="true()"/></xsl:call-template>
    </xsl:if>
    <xsl:text>&#13;&#10;</xsl:text>
    <!-- the table -->
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.number'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.title'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.kind'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.status'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'report.col.result'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'report.col.points'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.explanation'"/></xsl:call-template>
    <xsl:call-template name="head">
      <xsl:with-param name="key" select="'col.evidence-given'"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    <xsl:apply-templates select="$r/i:requirements//i:requirement | $r/i:outside/i:answer"/>
  </xsl:template>

  <xsl:template match="i:requirement | i:answer">
    <xsl:variable name="res">
      <xsl:choose>
        <xsl:when test="self::i:answer">outside</xsl:when>
        <xsl:otherwise><xsl:value-of select="@result"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="c"><xsl:with-param name="v" select="(@id | @ref)[1]"/></xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="@number"/></xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v"><xsl:apply-templates select="i:title/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v">
        <xsl:if test="@kind">
          <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('kind.', @kind)"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v"><xsl:if test="@kind = 'award'"><xsl:value-of select="@weight"/></xsl:if></xsl:with-param></xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v"><xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('report.result.', $res)"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v">
        <xsl:if test="@points">
          <xsl:choose>
            <xsl:when test="$lang = 'nl'"><xsl:value-of select="translate(@points, '.', ',')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@points"/></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="c"><xsl:with-param name="v" select="string(i:explanation)"/></xsl:call-template>
    <xsl:call-template name="c">
      <xsl:with-param name="v" select="string(i:evidence)"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
