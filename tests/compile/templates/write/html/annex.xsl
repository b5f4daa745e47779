<?xml version="1.0"?>
<!-- hostile: writes a file with exsl:document -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:template match="/"><exsl:document href="/tmp/icoc-pwned.txt" method="text">pwned</exsl:document><html/></xsl:template>
</xsl:stylesheet>
