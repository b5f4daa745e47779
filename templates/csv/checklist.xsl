<?xml version="1.0" encoding="UTF-8"?>
<!--
  checklist.csv: one row per selected requirement, with the columns a
  supplier fills in (FORMATS.md section 6).  `icoc check` reads it back.
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
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.group'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.title'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.kind'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.evidence-asked'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.status'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'col.explanation'"/></xsl:call-template>
    <xsl:call-template name="head">
      <xsl:with-param name="key" select="'col.evidence-given'"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    <xsl:apply-templates select="i:resolved/i:requirements//i:requirement"/>
  </xsl:template>

  <xsl:template match="i:requirement">
    <!-- one element per row: libxslt appends text to the last text
         node with strlen(), so one long text node is quadratic -->
    <row>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(@id)"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(@number)"/></xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:apply-templates select="../i:title/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:apply-templates select="i:title/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v" select="string($kind-name[@kind = current()/@kind])"/>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:if test="@kind = 'award'"><xsl:value-of select="@weight"/></xsl:if></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:apply-templates select="i:statement/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:apply-templates select="i:evidence/node()" mode="plain"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="''"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="''"/></xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="v" select="''"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    </row>
  </xsl:template>
</xsl:stylesheet>
