<?xml version="1.0" encoding="UTF-8"?>
<!--
  Content check of a shipped requirement set (tests/content/run.sh).

  Input: a requirement set, a national base set or an overlay.
  Parameters (absolute paths or URIs):
    base   the set the input extends (required when the input has @extends)
    cra    the CRA catalogue (requirements/catalogues/cra.xml)
    bio2   the BIO2 catalogue (requirements/catalogues/bio2.xml)

  The checks run on the effective set: the base requirements minus those the
  overlay withdraws, with the overlay's amendments applied (an amended
  attribute or child element replaces the base one; any map replaces all
  maps), plus the overlay's own requirements.

  Output: one line per check, "ok SET: ..." or "FAIL SET: ... ids".
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:icoc:1"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="c exsl">
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="base" select="''"/>
  <xsl:param name="cra" select="''"/>
  <xsl:param name="bio2" select="''"/>

  <xsl:variable name="set" select="/c:requirement-set"/>
  <xsl:variable name="name" select="$set/@id"/>
  <xsl:variable name="basedoc" select="document($base)[$base != '']/c:requirement-set"/>
  <xsl:variable name="cradoc" select="document($cra)/c:catalogue"/>
  <xsl:variable name="bio2doc" select="document($bio2)/c:catalogue"/>

  <xsl:variable name="withdrawn" select="$set/c:withdraw/@ref"/>
  <xsl:variable name="amends" select="$set/c:amend"/>
  <!-- The base's levels and segments are inherited; the overlay may add segments. -->
  <xsl:variable name="lowest" select="($basedoc/c:levels/c:level | $set/c:levels/c:level)[1]/@id"/>
  <xsl:variable name="segments" select="$basedoc/c:segments/c:segment | $set/c:segments/c:segment"/>
  <xsl:variable name="parameters" select="$basedoc/c:parameters/c:parameter | $set/c:parameters/c:parameter"/>

  <!-- CRA points every set must cover (Annex I and the Art. 13/14 obligations
       a buyer can ask for); a map to a sub-clause counts for its parent. -->
  <xsl:variable name="points-rtf">
    <p>AI.P1.1</p>
    <p>AI.P1.2a</p><p>AI.P1.2b</p><p>AI.P1.2c</p><p>AI.P1.2d</p><p>AI.P1.2e</p>
    <p>AI.P1.2f</p><p>AI.P1.2g</p><p>AI.P1.2h</p><p>AI.P1.2i</p><p>AI.P1.2j</p>
    <p>AI.P1.2k</p><p>AI.P1.2l</p><p>AI.P1.2m</p>
    <p>AI.P2.1</p><p>AI.P2.2</p><p>AI.P2.3</p><p>AI.P2.4</p>
    <p>AI.P2.5</p><p>AI.P2.6</p><p>AI.P2.7</p><p>AI.P2.8</p>
    <p>Art13.8</p><p>Art13.17</p><p>Art13.19</p>
    <p>Art14.1</p><p>Art14.2</p><p>Art14.3</p><p>Art14.4</p>
  </xsl:variable>
  <xsl:variable name="points" select="exsl:node-set($points-rtf)/p"/>

  <!-- The effective requirements, flattened: <r> with the resolved
       attributes, the texts in force (<t lang sig/>, sig = normalised text
       with parameters as {ref}), the parameters used and the maps. -->
  <xsl:variable name="eff-rtf">
    <xsl:for-each select="$basedoc//c:requirement[not(@id = $withdrawn)] | $set//c:requirement">
      <xsl:variable name="a" select="$amends[@ref = current()/@id]"/>
      <r id="{@id}">
        <xsl:attribute name="applies-to">
          <xsl:choose>
            <xsl:when test="$a/@applies-to"><xsl:value-of select="$a/@applies-to"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@applies-to"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="level">
          <xsl:choose>
            <xsl:when test="$a/@level"><xsl:value-of select="$a/@level"/></xsl:when>
            <xsl:when test="@level"><xsl:value-of select="@level"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$lowest"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="segments">
          <xsl:choose>
            <xsl:when test="$a/@segments"><xsl:value-of select="$a/@segments"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@segments"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="all">
          <xsl:value-of select="not($a/@segments) and not(@segments)"/>
        </xsl:attribute>
        <xsl:for-each select="c:title | c:statement | c:guidance | c:evidence">
          <xsl:variable name="el" select="local-name()"/>
          <xsl:choose>
            <xsl:when test="$a/*[local-name() = $el]">
              <xsl:if test="not(preceding-sibling::*[local-name() = $el])">
                <xsl:apply-templates select="$a/*[local-name() = $el]" mode="text"/>
              </xsl:if>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates select="." mode="text"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="$a/c:map">
            <xsl:for-each select="$a/c:map"><m cat="{@catalogue}" clause="{@clause}"/></xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="c:map"><m cat="{@catalogue}" clause="{@clause}"/></xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </r>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="eff" select="exsl:node-set($eff-rtf)/r"/>

  <xsl:template match="*" mode="text">
    <xsl:variable name="flat"><xsl:apply-templates mode="flat"/></xsl:variable>
    <t kind="{local-name()}" lang="{ancestor-or-self::*[@xml:lang][1]/@xml:lang}" sig="{normalize-space($flat)}"/>
    <xsl:for-each select=".//c:param"><u ref="{@ref}"/></xsl:for-each>
  </xsl:template>
  <xsl:template match="c:param" mode="flat">{<xsl:value-of select="@ref"/>}</xsl:template>
  <xsl:template match="c:p | c:item" mode="flat">
    <xsl:text> </xsl:text><xsl:apply-templates mode="flat"/><xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="/">
    <xsl:if test="not($set)">
      <xsl:text>FAIL input: not a requirement set&#10;</xsl:text>
    </xsl:if>
    <xsl:if test="$set">
      <xsl:choose>
        <xsl:when test="$set/@extends and not($basedoc/@id = $set/@extends)">
          <xsl:value-of select="concat('FAIL ', $name, ': base set ', $set/@extends, ' not given or not found (', $base, ')&#10;')"/>
        </xsl:when>
        <xsl:when test="not($cradoc/@id = 'cra') or not($bio2doc/@id = 'bio2')">
          <xsl:value-of select="concat('FAIL ', $name, ': CRA or BIO2 catalogue not found&#10;')"/>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="checks"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="checks">
    <xsl:variable name="n" select="count($eff)"/>

    <!-- 1. Every requirement maps to at least one existing BIO2 clause. -->
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('every requirement maps to BIO2 (', $n, ' requirements)')"/>
      <xsl:with-param name="bad" select="$eff[not(m[@cat = 'bio2'])]/@id"/>
      <xsl:with-param name="fail" select="'requirements without a BIO2 map:'"/>
    </xsl:call-template>
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="'every map names an existing CRA or BIO2 clause'"/>
      <xsl:with-param name="bad" select="$eff[m[@cat = 'bio2'][not(@clause = $bio2doc//c:clause/@id)]
                                          or m[@cat = 'cra'][not(@clause = $cradoc//c:clause/@id)]]/@id"/>
      <xsl:with-param name="fail" select="'requirements with a map to an unknown clause:'"/>
    </xsl:call-template>

    <!-- 2. Every product requirement maps to the CRA. -->
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('every product requirement maps to the CRA (', count($eff[@applies-to = 'product']), ' requirements)')"/>
      <xsl:with-param name="bad" select="$eff[@applies-to = 'product'][not(m[@cat = 'cra'])]/@id"/>
      <xsl:with-param name="fail" select="'product requirements without a CRA map:'"/>
    </xsl:call-template>

    <!-- 3. Coverage of Annex I and Art. 13(8), 13(17), 13(19), 14(1)-(4). -->
    <xsl:variable name="uncovered-rtf">
      <xsl:for-each select="$points">
        <xsl:variable name="p" select="string(.)"/>
        <xsl:variable name="sub" select="$cradoc//c:clause[@id = $p]/descendant-or-self::c:clause/@id"/>
        <xsl:if test="not($eff/m[@cat = 'cra'][@clause = $p or @clause = $sub])">
          <x><xsl:value-of select="$p"/></x>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('covers CRA Annex I and Art. 13(8), 13(17), 13(19), 14(1)-(4) (', count($points), ' points)')"/>
      <xsl:with-param name="bad" select="exsl:node-set($uncovered-rtf)/x"/>
      <xsl:with-param name="fail" select="'CRA points not covered:'"/>
    </xsl:call-template>
    <xsl:variable name="missing-points" select="$points[not(. = $cradoc//c:clause/@id)]"/>
    <xsl:if test="$missing-points">
      <xsl:call-template name="report">
        <xsl:with-param name="what" select="'CRA catalogue has every point'"/>
        <xsl:with-param name="bad" select="$missing-points"/>
        <xsl:with-param name="fail" select="'points missing from the CRA catalogue:'"/>
      </xsl:call-template>
    </xsl:if>

    <!-- 4. No two requirements with the same statement (per language). -->
    <xsl:variable name="st" select="$eff/t[@kind = 'statement']"/>
    <xsl:variable name="dups-rtf">
      <xsl:for-each select="$st">
        <xsl:variable name="me" select="."/>
        <xsl:variable name="first" select="$st[@lang = $me/@lang][@sig = $me/@sig][1]"/>
        <xsl:if test="generate-id($first) != generate-id($me)">
          <x><xsl:value-of select="concat($me/../@id, '=', $first/../@id, '(', $me/@lang, ')')"/></x>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('no two requirements share a statement (', count($st), ' statements)')"/>
      <xsl:with-param name="bad" select="exsl:node-set($dups-rtf)/x"/>
      <xsl:with-param name="fail" select="'duplicate statements:'"/>
    </xsl:call-template>

    <!-- 5. Every parameter is used in some requirement text. -->
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('every parameter is used in a requirement text (', count($parameters), ' parameters)')"/>
      <xsl:with-param name="bad" select="$parameters[not(@id = $eff/u/@ref)]/@id"/>
      <xsl:with-param name="fail" select="'parameters used in no requirement text:'"/>
    </xsl:call-template>

    <!-- 6. Every segment has a requirement at the lowest level; a requirement
         without segments counts for all.  6b, stricter: a requirement that
         names the segment (6 holds for any segment while one requirement at
         the lowest level has no segments). -->
    <xsl:variable name="low" select="$eff[@level = $lowest]"/>
    <xsl:variable name="segs-rtf">
      <xsl:for-each select="$segments">
        <xsl:variable name="pad" select="concat(' ', @id, ' ')"/>
        <xsl:variable name="own" select="$low[contains(concat(' ', normalize-space(@segments), ' '), $pad)]"/>
        <xsl:if test="not($own) and not($low[@all = 'true'])"><x><xsl:value-of select="@id"/></x></xsl:if>
        <xsl:if test="not($own)"><y><xsl:value-of select="@id"/></y></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('every segment has a requirement at level ', $lowest, ' (', count($segments), ' segments)')"/>
      <xsl:with-param name="bad" select="exsl:node-set($segs-rtf)/x"/>
      <xsl:with-param name="fail" select="concat('segments without a requirement at level ', $lowest, ':')"/>
    </xsl:call-template>
    <xsl:call-template name="report">
      <xsl:with-param name="what" select="concat('every segment has a requirement of its own at level ', $lowest)"/>
      <xsl:with-param name="bad" select="exsl:node-set($segs-rtf)/y"/>
      <xsl:with-param name="fail" select="concat('segments without a requirement of their own at level ', $lowest, ':')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="report">
    <xsl:param name="what"/>
    <xsl:param name="bad"/>
    <xsl:param name="fail"/>
    <xsl:choose>
      <xsl:when test="$bad">
        <xsl:value-of select="concat('FAIL ', $name, ': ', $fail)"/>
        <xsl:for-each select="$bad"><xsl:value-of select="concat(' ', .)"/></xsl:for-each>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('ok ', $name, ': ', $what, '&#10;')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
