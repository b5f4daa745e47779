<?xml version="1.0" encoding="UTF-8"?>
<!--
  Fill in a response-template.xml the way a supplier would, for the
  tests: mode comply (every answer comply), fail (the first knock-out
  requirement noncomply, the rest comply) or incomplete (the first answer
  left empty, the rest comply). $resolved names the resolved.xml that
  `icoc compile` wrote beside the template: it says which requirements
  are knock-outs.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:param name="mode" select="'comply'"/>
  <xsl:param name="resolved"/>

  <xsl:variable name="first-ko"
      select="(document($resolved)/i:resolved/i:requirements//i:requirement[@kind = 'knockout'])[1]/@id"/>
  <xsl:variable name="first" select="(//i:answer)[1]/@ref"/>

  <xsl:template match="@* | node()">
    <xsl:copy><xsl:apply-templates select="@* | node()"/></xsl:copy>
  </xsl:template>

  <xsl:template match="i:supplier/i:name">
    <xsl:copy>Voorbeeld Leverancier B.V.</xsl:copy>
  </xsl:template>
  <xsl:template match="i:supplier/i:product">
    <xsl:copy>Voorbeeldproduct 1.0</xsl:copy>
  </xsl:template>
  <xsl:template match="i:supplier/i:contact">
    <xsl:copy>security@leverancier.example</xsl:copy>
  </xsl:template>

  <xsl:template match="i:answer/@status">
    <xsl:attribute name="status">
      <xsl:choose>
        <xsl:when test="$mode = 'fail' and ../@ref = $first-ko">noncomply</xsl:when>
        <xsl:when test="$mode = 'incomplete' and ../@ref = $first"></xsl:when>
        <xsl:otherwise>comply</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </xsl:template>

  <xsl:template match="i:answer/i:explanation">
    <xsl:copy>
      <xsl:if test="not($mode = 'incomplete' and ../@ref = $first)">
        <xsl:text>Toelichting bij </xsl:text><xsl:value-of select="../@ref"/><xsl:text>.</xsl:text>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="i:answer/i:evidence">
    <xsl:copy>
      <xsl:if test="$mode != 'incomplete' or ../@ref != $first">Bewijsdocument <xsl:value-of select="../@ref"/></xsl:if>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
