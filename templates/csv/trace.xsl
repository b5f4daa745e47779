<?xml version="1.0" encoding="UTF-8"?>
<!--
  trace.csv: one row per requirement and clause it maps to (CRA, BIO2, …),
  for filtering and pivoting in a spreadsheet.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:value-of select="$bom"/>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.number'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.title'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.kind'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.catalogue'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.clause'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.cite'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.clause-title'"/></xsl:call-template>
    <xsl:call-template name="head">
      <xsl:with-param name="key" select="'col.applies-from'"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    <xsl:apply-templates select="i:resolved/i:requirements//i:requirement/i:ref"/>
  </xsl:template>

  <xsl:template match="i:ref">
    <!-- one element per row: libxslt appends text to the last text
         node with strlen(), so one long text node is quadratic -->
    <row>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(../@id)"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(../@number)"/></xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:apply-templates select="../i:title/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v" select="string($kind-name[@kind = current()/../@kind])"/>
    </xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(@catalogue)"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(@clause)"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(@cite)"/></xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:apply-templates select="i:title/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v" select="@applies-from"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    </row>
  </xsl:template>
</xsl:stylesheet>
