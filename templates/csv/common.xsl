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
                xmlns:exsl="http://exslt.org/common"
                extension-element-prefixes="str exsl"
                exclude-result-prefixes="i str exsl">

  <xsl:import href="../html/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- strings, not result tree fragments: they are used in every cell -->
  <xsl:variable name="sep" select="substring(';,', 1 + number($lang != 'nl'), 1)"/>
  <xsl:variable name="nl" select="'&#10;'"/>

  <!-- the names of the kinds, looked up once (a message look-up per row
       is slow on large checklists) -->
  <xsl:variable name="kind-names">
    <k kind="knockout"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.knockout'"/></xsl:call-template></k>
    <k kind="award"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.award'"/></xsl:call-template></k>
  </xsl:variable>
  <xsl:variable name="kind-name" select="exsl:node-set($kind-names)/k"/>
  <xsl:variable name="bom" select="'&#xFEFF;'"/>

  <!-- one cell: white space collapsed, formula guarded, quoted when
       needed.  Only string expressions here: result tree fragments made
       per cell pile up in libxslt and make large checklists slow. -->
  <xsl:template name="cell">
    <xsl:param name="v"/>
    <xsl:param name="last" select="false()"/>
    <xsl:variable name="t" select="normalize-space(translate($v, '&#160;', ' '))"/>
    <xsl:variable name="f" select="concat(substring(&quot;'&quot;, 1,
        number(starts-with($t, '=') or starts-with($t, '+') or starts-with($t, '-') or starts-with($t, '@'))), $t)"/>
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
