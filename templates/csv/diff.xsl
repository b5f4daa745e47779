<?xml version="1.0" encoding="UTF-8"?>
<!--
  diff.csv: one row per change of icoc diff, for filtering in a
  spreadsheet. A changed object gives one row per field that changed; an
  added, removed or withdrawn object one row (for requirements with the
  statement, else the title). Columns: type, id, title, change, field,
  old, new, items added, items removed, note (group, layer, reason).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                xmlns:exsl="http://exslt.org/common"
                extension-element-prefixes="exsl"
                exclude-result-prefixes="i exsl">

  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the report's language (common.xsl reads it from a resolved document) -->
  <xsl:variable name="lang" select="string(/i:diff/@xml:lang)"/>

  <xsl:variable name="names-rtf">
    <xsl:for-each select="/i:diff/i:summary/i:count">
      <n key="what.{@what}"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('diff.type.', @what)"/></xsl:call-template></n>
    </xsl:for-each>
    <xsl:for-each select="/i:diff/*/*/i:field[not(@name = preceding::i:field/@name)]">
      <n key="field.{@name}"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('diff.field.', @name)"/></xsl:call-template></n>
    </xsl:for-each>
    <n key="v.kind.knockout"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.knockout'"/></xsl:call-template></n>
    <n key="v.kind.award"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.award'"/></xsl:call-template></n>
    <n key="v.applies-to.product"><xsl:call-template name="msg"><xsl:with-param name="key" select="'applies.product'"/></xsl:call-template></n>
    <n key="v.applies-to.service"><xsl:call-template name="msg"><xsl:with-param name="key" select="'applies.service'"/></xsl:call-template></n>
    <n key="v.applies-to.supplier"><xsl:call-template name="msg"><xsl:with-param name="key" select="'applies.supplier'"/></xsl:call-template></n>
    <n key="v.additive.true"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.yes'"/></xsl:call-template></n>
    <n key="v.additive.false"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.no'"/></xsl:call-template></n>
    <n key="v.type.integer"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.ptype.integer'"/></xsl:call-template></n>
    <n key="v.type.string"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.ptype.string'"/></xsl:call-template></n>
    <n key="v.type.choice"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.ptype.choice'"/></xsl:call-template></n>
    <n key="change.added"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.change.added'"/></xsl:call-template></n>
    <n key="change.removed"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.change.removed'"/></xsl:call-template></n>
    <n key="change.withdrawn"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.change.withdrawn'"/></xsl:call-template></n>
    <n key="change.changed"><xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.change.changed'"/></xsl:call-template></n>
  </xsl:variable>
  <xsl:variable name="names" select="exsl:node-set($names-rtf)/n"/>

  <xsl:template match="/">
    <xsl:value-of select="$bom"/>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.what'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.id'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.title'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.change'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.field'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.old'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.new'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.added'"/></xsl:call-template>
    <xsl:call-template name="head"><xsl:with-param name="key" select="'diff.col.removed'"/></xsl:call-template>
    <xsl:call-template name="head">
      <xsl:with-param name="key" select="'diff.col.note'"/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    <xsl:apply-templates select="i:diff/i:requirements/* | i:diff/i:parameters/* | i:diff/i:segments/* | i:diff/i:levels/*"/>
  </xsl:template>

  <!-- an added, removed or withdrawn object: one row -->
  <xsl:template match="*">
    <xsl:variable name="f" select="(i:field[@name = 'statement'] | i:field[@name = 'options'])[1]"/>
    <row>
      <xsl:call-template name="lead"/>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="string($names[@key = concat('field.', $f/@name)])"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="string($f/i:old)"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="string($f/i:new)"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="''"/></xsl:call-template>
      <xsl:call-template name="cell">
        <xsl:with-param name="v">
          <xsl:value-of select="i:group-title"/>
          <xsl:if test="i:group-title and @layer"><xsl:text> — </xsl:text></xsl:if>
          <xsl:choose>
            <xsl:when test="@change = 'withdrawn'">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'diff.withdrawn-by'"/>
                <xsl:with-param name="p1" select="@layer"/>
                <xsl:with-param name="p2" select="@reason"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@layer">
              <xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.layer'"/><xsl:with-param name="p1" select="@layer"/></xsl:call-template>
            </xsl:when>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </row>
  </xsl:template>

  <!-- a changed object: one row per field -->
  <xsl:template match="*[@change = 'changed']">
    <xsl:for-each select="i:field">
      <row>
        <xsl:for-each select="..">
          <xsl:call-template name="lead"/>
        </xsl:for-each>
        <xsl:call-template name="cell"><xsl:with-param name="v" select="string($names[@key = concat('field.', current()/@name)])"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="v"><xsl:apply-templates select="i:old" mode="value"/></xsl:with-param></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="v"><xsl:apply-templates select="i:new" mode="value"/></xsl:with-param></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="v"><xsl:call-template name="items"><xsl:with-param name="i" select="i:added"/></xsl:call-template></xsl:with-param></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="v"><xsl:call-template name="items"><xsl:with-param name="i" select="i:removed"/></xsl:call-template></xsl:with-param></xsl:call-template>
        <xsl:call-template name="cell">
          <xsl:with-param name="v">
            <xsl:value-of select="../i:group-title"/>
            <xsl:if test="@langs">
              <xsl:if test="../i:group-title"><xsl:text> — </xsl:text></xsl:if>
              <xsl:call-template name="msg"><xsl:with-param name="key" select="'diff.langs'"/><xsl:with-param name="p1" select="@langs"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
          <xsl:with-param name="last" select="true()"/>
        </xsl:call-template>
      </row>
    </xsl:for-each>
  </xsl:template>

  <!-- a value, names of kinds and types in the report's language, and
       its note (a level's or group's title, the layer of a default) -->
  <xsl:template match="i:old | i:new" mode="value">
    <xsl:variable name="n" select="$names[@key = concat('v.', current()/../@name, '.', current())]"/>
    <xsl:choose>
      <xsl:when test="$n"><xsl:value-of select="$n"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@note">
      <xsl:text> (</xsl:text><xsl:value-of select="@note"/><xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- type, id, title, change -->
  <xsl:template name="lead">
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string($names[@key = concat('what.', local-name(current()))])"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(@id)"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string(i:title)"/></xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="string($names[@key = concat('change.', current()/@change)])"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="items">
    <xsl:param name="i"/>
    <xsl:for-each select="$i">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:if test="@catalogue"><xsl:value-of select="@catalogue"/><xsl:text> </xsl:text></xsl:if>
      <xsl:value-of select="@value"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
