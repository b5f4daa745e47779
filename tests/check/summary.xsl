<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parts of a report that do not move when a requirement set is
  edited: the verdict, the counts of problems by type, completeness and
  the digest state. Golden for the example tenders, whose sets change
  often; the mini fixtures have full goldens.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/i:report">
    <xsl:text>verdict </xsl:text><xsl:value-of select="@verdict"/><xsl:text>&#10;</xsl:text>
    <xsl:text>complete </xsl:text><xsl:value-of select="i:summary/@complete"/><xsl:text>&#10;</xsl:text>
    <xsl:text>digest </xsl:text><xsl:value-of select="i:response/@digest"/><xsl:text>&#10;</xsl:text>
    <xsl:text>knockout-failed </xsl:text><xsl:value-of select="i:summary/@knockout-failed"/><xsl:text>&#10;</xsl:text>
    <xsl:text>unanswered </xsl:text><xsl:value-of select="i:summary/@unanswered"/><xsl:text>&#10;</xsl:text>
    <xsl:text>full-score </xsl:text><xsl:value-of select="i:summary/@score = i:summary/@score-max"/><xsl:text>&#10;</xsl:text>
    <xsl:for-each select="i:problems/i:problem">
      <xsl:variable name="t" select="@type"/>
      <xsl:if test="not(preceding-sibling::i:problem[@type = $t])">
        <xsl:text>problems </xsl:text><xsl:value-of select="$t"/><xsl:text> </xsl:text>
        <xsl:value-of select="count(../i:problem[@type = $t])"/><xsl:text>&#10;</xsl:text>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
