<?xml version="1.0"?>
<!-- hostile: reads a file outside the template directory -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><html><body><xsl:copy-of select="document('../../../../bad/secret.txt')"/><xsl:value-of select="document('/etc/passwd')"/></body></html></xsl:template>
</xsl:stylesheet>
