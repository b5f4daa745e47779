<?xml version="1.0" encoding="UTF-8"?>
<!--
  response-template.xml: the skeleton a supplier fills in (FORMATS.md
  section 4): tender reference and checklist digest filled in, one empty
  answer per selected requirement, its number and title as a comment.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                xmlns="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/i:resolved">
    <xsl:comment> status: comply | partial | noncomply | not-applicable (explain why); leave empty while unanswered </xsl:comment>
    <response tender="{i:tender/i:reference}" checklist-digest="{@checklist-digest}"
              set="{@set}" set-version="{@set-version}" xml:lang="{@lang}">
      <supplier>
        <name/>
        <product/>
        <contact/>
      </supplier>
      <xsl:apply-templates select="i:requirements//i:requirement"/>
    </response>
  </xsl:template>

  <xsl:template match="i:requirement">
    <xsl:comment>
      <xsl:text> </xsl:text>
      <xsl:value-of select="@number"/>
      <xsl:text> </xsl:text>
      <xsl:value-of select="translate(normalize-space(i:title), '-', '&#8209;')"/>
      <xsl:text> (</xsl:text>
      <xsl:value-of select="@kind"/>
      <xsl:if test="@kind = 'award'">, weight <xsl:value-of select="@weight"/></xsl:if>
      <xsl:text>) </xsl:text>
    </xsl:comment>
    <answer ref="{@id}" status="">
      <explanation/>
      <evidence/>
    </answer>
  </xsl:template>
</xsl:stylesheet>
