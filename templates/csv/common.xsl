<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by the CSV templates: cells, separators and plain text of the
  resolved document's texts (values with their unit names).  Messages and
  units come from ../html/common.xsl, so every output names them alike.

  FORMATS.md section 6: UTF-8 with a byte order mark; ';' separates cells
  for nl (what a Dutch spreadsheet expects), ',' for en; a cell that a
  spreadsheet would take for a formula (= + - @) gets a leading apostrophe.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                xmlns:str="http://exslt.org/strings"
                extension-element-prefixes="str"
                exclude-result-prefixes="i str">

  <xsl:import href="../html/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="sep">
    <xsl:choose>
      <xsl:when test="$lang = 'nl'">;</xsl:when>
      <xsl:otherwise>,</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="bom" select="'&#xFEFF;'"/>

  <!-- one cell: white space collapsed, formula guarded, quoted when needed -->
  <xsl:template name="cell">
    <xsl:param name="v"/>
    <xsl:param name="last" select="false()"/>
    <xsl:variable name="t" select="normalize-space(translate($v, '&#160;', ' '))"/>
    <xsl:variable name="f">
      <xsl:if test="starts-with($t, '=') or starts-with($t, '+') or starts-with($t, '-') or starts-with($t, '@')">'</xsl:if>
      <xsl:value-of select="$t"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($f, $sep) or contains($f, '&quot;')">
        <xsl:text>"</xsl:text>
        <xsl:value-of select="str:replace($f, '&quot;', '&quot;&quot;')"/>
        <xsl:text>"</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$f"/></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$last"><xsl:text>&#13;&#10;</xsl:text></xsl:when>
      <xsl:otherwise><xsl:value-of select="$sep"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the header cell for a message key -->
  <xsl:template name="head">
    <xsl:param name="key"/>
    <xsl:param name="last" select="false()"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="v">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="last" select="$last"/>
    </xsl:call-template>
  </xsl:template>

  <!-- plain text: values with their unit, blocks separated by a space -->
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="i:value" mode="plain">
    <xsl:value-of select="."/>
    <xsl:call-template name="unit-suffix">
      <xsl:with-param name="unit" select="@unit"/>
      <xsl:with-param name="value" select="string(.)"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="i:p | i:item" mode="plain">
    <xsl:text> </xsl:text><xsl:apply-templates mode="plain"/><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="i:link" mode="plain">
    <xsl:apply-templates mode="plain"/>
    <xsl:if test="normalize-space(.) != normalize-space(@href)"> (<xsl:value-of select="@href"/>)</xsl:if>
  </xsl:template>
  <xsl:template match="i:em | i:strong | i:code | i:list" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>
  <xsl:template match="*" mode="plain"/>
</xsl:stylesheet>
