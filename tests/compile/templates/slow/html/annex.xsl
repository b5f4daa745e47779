<?xml version="1.0"?>
<!-- hostile: cubic work that would run for minutes -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html><xsl:for-each select="//node()"><xsl:for-each select="//node()"><xsl:for-each select="//node()"><xsl:for-each select="//node()"><xsl:if test="false()">x</xsl:if></xsl:for-each></xsl:for-each></xsl:for-each></xsl:for-each></html>
  </xsl:template>
</xsl:stylesheet>
