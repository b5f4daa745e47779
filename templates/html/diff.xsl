<?xml version="1.0" encoding="UTF-8"?>
<!--
  diff.html: what changed between two versions of a set (icoc diff),
  from the diff document (requirements/schema/diff.rng). Per kind of
  object (requirements, parameters, segments, levels) the added,
  withdrawn, removed and changed ones; per change the old and the new
  value in labelled blocks. In changed texts deleted words are struck
  through and set between [− −], inserted words underlined and set
  between [+ +], so the difference never rests on colour alone.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                xmlns:str="http://exslt.org/strings"
                extension-element-prefixes="str"
                exclude-result-prefixes="i str">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>

  <!-- the report's language (common.xsl reads it from a resolved document) -->
  <xsl:variable name="lang" select="string(/i:diff/@xml:lang)"/>

  <xsl:template match="/">
    <xsl:apply-templates select="i:diff"/>
  </xsl:template>

  <xsl:template name="m">
    <xsl:param name="key"/>
    <xsl:param name="p1"/>
    <xsl:param name="p2"/>
    <xsl:param name="p3"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="p1" select="$p1"/>
      <xsl:with-param name="p2" select="$p2"/>
      <xsl:with-param name="p3" select="$p3"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="i:diff">
    <xsl:variable name="title">
      <xsl:call-template name="m"><xsl:with-param name="key" select="'diff.title'"/></xsl:call-template>
    </xsl:variable>
    <!-- "ico-basis: versie 2026.1 → versie 2026.2"; two ids when they differ -->
    <xsl:variable name="subtitle">
      <xsl:choose>
        <xsl:when test="i:old/@id = i:new/@id">
          <xsl:call-template name="m">
            <xsl:with-param name="key" select="'diff.subtitle'"/>
            <xsl:with-param name="p1" select="i:new/@id"/>
            <xsl:with-param name="p2" select="i:old/@version"/>
            <xsl:with-param name="p3" select="i:new/@version"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat(i:old/@id, ' ', i:old/@version, ' → ', i:new/@id, ' ', i:new/@version)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{@generator}"/>
        <title><xsl:value-of select="concat($title, ' — ', $subtitle)"/></title>
        <style>
          <xsl:call-template name="css"/>
          <xsl:call-template name="css-diff"/>
        </style>
      </head>
      <body class="doc doc-diff">
        <a class="skip" href="#main"><xsl:call-template name="m"><xsl:with-param name="key" select="'page.skip'"/></xsl:call-template></a>
        <header class="masthead">
          <div class="bar">
            <p class="issuer"><xsl:value-of select="i:new/i:title"/></p>
            <h1><xsl:value-of select="$title"/></h1>
            <p class="subtitle"><xsl:value-of select="$subtitle"/></p>
          </div>
        </header>
        <nav class="toc">
          <xsl:attribute name="aria-label"><xsl:call-template name="m"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></xsl:attribute>
          <h2 id="toc"><xsl:call-template name="m"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></h2>
          <ol class="inline">
            <li><a href="#summary"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.summary'"/></xsl:call-template></a></li>
            <xsl:for-each select="i:requirements | i:parameters | i:segments | i:levels">
              <xsl:sort select="string-length(substring-before('requirements parameters segments levels', local-name()))" data-type="number"/>
              <xsl:if test="*">
                <li><a href="#{local-name()}"><xsl:call-template name="what-title"/></a></li>
              </xsl:if>
            </xsl:for-each>
            <li><a href="#versions"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.versions'"/></xsl:call-template></a></li>
          </ol>
        </nav>
        <main id="main">
          <p class="lead"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.intro'"/></xsl:call-template></p>
          <xsl:call-template name="summary"/>
          <xsl:if test="@changes != 0">
            <p class="diff-legend"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.legend'"/></xsl:call-template></p>
          </xsl:if>
          <xsl:apply-templates select="i:requirements[*]"/>
          <xsl:apply-templates select="i:parameters[*]"/>
          <xsl:apply-templates select="i:segments[*]"/>
          <xsl:apply-templates select="i:levels[*]"/>
          <xsl:call-template name="versions"/>
        </main>
        <footer class="colophon">
          <p><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.footer'"/><xsl:with-param name="p1" select="@generator"/></xsl:call-template></p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- "Eisen", "Parameters", … for a list element -->
  <xsl:template name="what-title">
    <xsl:param name="list" select="local-name()"/>
    <xsl:call-template name="m">
      <xsl:with-param name="key" select="concat('diff.what.', substring($list, 1, string-length($list) - 1))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ========================================================= summary -->

  <xsl:template name="summary">
    <section id="summary" aria-labelledby="summary-h">
      <h2 id="summary-h"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.summary'"/></xsl:call-template></h2>
      <p class="total">
        <xsl:choose>
          <xsl:when test="@changes = 0"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.none'"/></xsl:call-template></xsl:when>
          <xsl:when test="@changes = 1"><strong><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.total.one'"/></xsl:call-template></strong></xsl:when>
          <xsl:otherwise><strong><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.total'"/><xsl:with-param name="p1" select="@changes"/></xsl:call-template></strong></xsl:otherwise>
        </xsl:choose>
      </p>
      <table class="diff-summary">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.col.what'"/></xsl:call-template></th>
            <th scope="col" class="n"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.change.added'"/></xsl:call-template></th>
            <th scope="col" class="n"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.change.removed'"/></xsl:call-template></th>
            <th scope="col" class="n"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.change.withdrawn'"/></xsl:call-template></th>
            <th scope="col" class="n"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.change.changed'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="i:summary/i:count">
            <xsl:sort select="string-length(substring-before('requirement parameter segment level', @what))" data-type="number"/>
            <tr>
              <th scope="row">
                <xsl:call-template name="m"><xsl:with-param name="key" select="concat('diff.what.', @what)"/></xsl:call-template>
              </th>
              <td class="n"><xsl:value-of select="@added"/></td>
              <td class="n"><xsl:value-of select="@removed"/></td>
              <td class="n">
                <xsl:choose>
                  <xsl:when test="@withdrawn"><xsl:value-of select="@withdrawn"/></xsl:when>
                  <xsl:otherwise>—</xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="n"><xsl:value-of select="@changed"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- ========================================================= sections -->

  <xsl:template match="i:requirements | i:parameters | i:segments | i:levels">
    <xsl:variable name="name" select="local-name()"/>
    <xsl:variable name="what"><xsl:call-template name="what-title"/></xsl:variable>
    <section id="{$name}" aria-labelledby="{$name}-h">
      <h2 id="{$name}-h"><xsl:value-of select="$what"/></h2>
      <xsl:for-each select="*[@change = 'added'][1] | *[@change = 'withdrawn'][1] | *[@change = 'removed'][1] | *[@change = 'changed'][1]">
        <xsl:sort select="string-length(substring-before('added withdrawn removed changed', @change))" data-type="number"/>
        <xsl:variable name="change" select="@change"/>
        <h3 id="{$name}-{$change}">
          <xsl:call-template name="m">
            <xsl:with-param name="key" select="concat('diff.section.', $change)"/>
            <xsl:with-param name="p1" select="translate($what, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <span class="count">(<xsl:value-of select="count(../*[@change = $change])"/>)</span>
        </h3>
        <xsl:apply-templates select="../*[@change = $change]" mode="entry"/>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="*" mode="entry">
    <article class="entry entry-{@change}" id="{local-name()}-{@id}">
      <h4>
        <span class="badge badge-{@change}"><xsl:call-template name="m"><xsl:with-param name="key" select="concat('diff.change.', @change)"/></xsl:call-template></span>
        <xsl:text> </xsl:text>
        <code class="id"><xsl:value-of select="@id"/></code>
        <xsl:if test="i:title">
          <xsl:text> </xsl:text>
          <span class="etitle"><xsl:value-of select="i:title"/></span>
        </xsl:if>
      </h4>
      <xsl:if test="i:group-title or (@layer and @change != 'changed')">
        <p class="meta">
          <xsl:if test="i:group-title">
            <xsl:call-template name="m"><xsl:with-param name="key" select="'diff.group'"/><xsl:with-param name="p1" select="i:group-title"/></xsl:call-template>
          </xsl:if>
          <xsl:if test="i:group-title and @layer and @change != 'changed' and @change != 'withdrawn'"> · </xsl:if>
          <xsl:if test="@layer and @change != 'changed' and @change != 'withdrawn'">
            <xsl:call-template name="m"><xsl:with-param name="key" select="'diff.layer'"/><xsl:with-param name="p1" select="@layer"/></xsl:call-template>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="@change = 'withdrawn'">
        <p class="notice">
          <xsl:call-template name="m">
            <xsl:with-param name="key" select="'diff.withdrawn-by'"/>
            <xsl:with-param name="p1" select="@layer"/>
            <xsl:with-param name="p2" select="@reason"/>
          </xsl:call-template>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="@change = 'changed'">
          <dl class="fields">
            <xsl:apply-templates select="i:field" mode="changed"/>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <dl class="fields snapshot">
            <xsl:apply-templates select="i:field" mode="snapshot"/>
          </dl>
        </xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <!-- ========================================================= fields -->

  <xsl:template name="field-name">
    <xsl:call-template name="m"><xsl:with-param name="key" select="concat('diff.field.', @name)"/></xsl:call-template>
  </xsl:template>

  <!-- an added or removed object: its fields, one value each -->
  <xsl:template match="i:field" mode="snapshot">
    <dt><xsl:call-template name="field-name"/></dt>
    <dd>
      <xsl:choose>
        <xsl:when test="@name = 'statement' or @name = 'title' or @name = 'label'">
          <div class="text"><xsl:value-of select="i:old | i:new"/></div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="(i:old | i:new)[1]" mode="value"/>
        </xsl:otherwise>
      </xsl:choose>
    </dd>
  </xsl:template>

  <xsl:template match="i:field" mode="changed">
    <dt>
      <xsl:call-template name="field-name"/>
      <xsl:if test="@langs and contains(@langs, ' ') or (@langs and @langs != $lang)">
        <span class="langs">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="m"><xsl:with-param name="key" select="'diff.langs'"/><xsl:with-param name="p1" select="@langs"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
    </dt>
    <dd>
      <xsl:choose>
        <xsl:when test="i:words">
          <div class="side side-old">
            <span class="lbl"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.old'"/></xsl:call-template></span>
            <div class="text"><xsl:apply-templates select="i:words/i:same | i:words/i:del" mode="words"/></div>
          </div>
          <div class="side side-new">
            <span class="lbl"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.new'"/></xsl:call-template></span>
            <div class="text"><xsl:apply-templates select="i:words/i:same | i:words/i:ins" mode="words"/></div>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="pair">
            <span class="side side-old">
              <span class="lbl"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.old'"/></xsl:call-template></span>
              <xsl:text> </xsl:text>
              <xsl:call-template name="value-or-none"><xsl:with-param name="v" select="i:old"/></xsl:call-template>
            </span>
            <span class="arrow" aria-hidden="true"> → </span>
            <span class="side side-new">
              <span class="lbl"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.new'"/></xsl:call-template></span>
              <xsl:text> </xsl:text>
              <xsl:call-template name="value-or-none"><xsl:with-param name="v" select="i:new"/></xsl:call-template>
            </span>
          </div>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="i:added | i:removed">
        <ul class="items">
          <xsl:for-each select="i:added">
            <li class="item-added">
              <span class="lbl"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.items.added'"/></xsl:call-template></span>
              <xsl:text> </xsl:text>
              <span class="sign" aria-hidden="true">+</span>
              <xsl:text> </xsl:text>
              <xsl:call-template name="item"/>
            </li>
          </xsl:for-each>
          <xsl:for-each select="i:removed">
            <li class="item-removed">
              <span class="lbl"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.items.removed'"/></xsl:call-template></span>
              <xsl:text> </xsl:text>
              <span class="sign" aria-hidden="true">−</span>
              <xsl:text> </xsl:text>
              <xsl:call-template name="item"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </dd>
  </xsl:template>

  <xsl:template name="value-or-none">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$v"><xsl:apply-templates select="$v" mode="value"/></xsl:when>
      <xsl:otherwise><span class="none"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.absent'"/></xsl:call-template></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- one value of a field, shown the way a reader names it -->
  <xsl:template match="i:old | i:new" mode="value">
    <xsl:variable name="f" select="../@name"/>
    <xsl:choose>
      <xsl:when test="$f = 'segments' and . = ''">
        <span class="dv"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.all-segments'"/></xsl:call-template></span>
      </xsl:when>
      <xsl:when test=". = '' and $f != 'segments'">
        <span class="none"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.absent'"/></xsl:call-template></span>
      </xsl:when>
      <xsl:when test="$f = 'type'">
        <span class="dv"><xsl:call-template name="m"><xsl:with-param name="key" select="concat('diff.ptype.', .)"/></xsl:call-template></span>
      </xsl:when>
      <xsl:when test="$f = 'unit'">
        <span class="dv">
          <xsl:call-template name="unit-name"><xsl:with-param name="unit" select="string(.)"/><xsl:with-param name="value" select="2"/></xsl:call-template>
        </span>
      </xsl:when>
      <xsl:when test="$f = 'kind'">
        <span class="dv"><xsl:call-template name="m"><xsl:with-param name="key" select="concat('kind.', .)"/></xsl:call-template></span>
      </xsl:when>
      <xsl:when test="$f = 'applies-to'">
        <span class="dv"><xsl:call-template name="m"><xsl:with-param name="key" select="concat('applies.', .)"/></xsl:call-template></span>
      </xsl:when>
      <xsl:when test="$f = 'additive'">
        <span class="dv">
          <xsl:choose>
            <xsl:when test=". = 'true'"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.yes'"/></xsl:call-template></xsl:when>
            <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.no'"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </span>
      </xsl:when>
      <xsl:when test="$f = 'segments'">
        <xsl:for-each select="str:tokenize(string(.), ' ')">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <code class="dv"><xsl:value-of select="."/></code>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$f = 'pattern' or $f = 'maps'">
        <code class="dv"><xsl:value-of select="."/></code>
      </xsl:when>
      <xsl:when test="$f = 'description' or $f = 'guidance' or $f = 'evidence' or $f = 'statement'">
        <span class="dv text"><xsl:value-of select="."/></span>
      </xsl:when>
      <xsl:otherwise>
        <span class="dv"><xsl:value-of select="."/></span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@note">
      <xsl:text> </xsl:text>
      <span class="note">
        <xsl:text>(</xsl:text>
        <xsl:choose>
          <xsl:when test="$f = 'default'">
            <xsl:call-template name="m"><xsl:with-param name="key" select="'diff.default-layer'"/><xsl:with-param name="p1" select="@note"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="@note"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>)</xsl:text>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- an item of a set-valued field: a segment, option or clause -->
  <xsl:template name="item">
    <xsl:if test="@catalogue">
      <span class="cat"><xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="@catalogue"/></xsl:call-template></span>
      <xsl:text> </xsl:text>
    </xsl:if>
    <code><xsl:value-of select="@value"/></code>
    <xsl:if test="@title">
      <xsl:text> </xsl:text>
      <span class="muted"><xsl:value-of select="@title"/></span>
    </xsl:if>
  </xsl:template>

  <!-- word by word: deleted and inserted runs marked by more than colour -->
  <xsl:template match="i:same" mode="words"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="i:del" mode="words">
    <xsl:if test="starts-with(., ' ')"><xsl:text> </xsl:text></xsl:if>
    <xsl:if test="normalize-space(.) != ''">
      <del>
        <span class="mark" aria-hidden="true">[−</span>
        <span class="vh"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.del'"/></xsl:call-template>: </span>
        <xsl:value-of select="normalize-space(.)"/>
        <span class="mark" aria-hidden="true">−]</span>
      </del>
    </xsl:if>
    <xsl:if test="substring(., string-length(.)) = ' ' and string-length(.) &gt; 1"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="i:ins" mode="words">
    <xsl:if test="starts-with(., ' ')"><xsl:text> </xsl:text></xsl:if>
    <xsl:if test="normalize-space(.) != ''">
      <ins>
        <span class="mark" aria-hidden="true">[+</span>
        <span class="vh"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.ins'"/></xsl:call-template>: </span>
        <xsl:value-of select="normalize-space(.)"/>
        <span class="mark" aria-hidden="true">+]</span>
      </ins>
    </xsl:if>
    <xsl:if test="substring(., string-length(.)) = ' ' and string-length(.) &gt; 1"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- ========================================================= versions -->

  <xsl:template name="versions">
    <section id="versions" aria-labelledby="versions-h">
      <h2 id="versions-h"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.versions'"/></xsl:call-template></h2>
      <p class="muted"><xsl:call-template name="m"><xsl:with-param name="key" select="'diff.versions.intro'"/></xsl:call-template></p>
      <div class="versions">
        <xsl:for-each select="i:old | i:new">
          <div class="version version-{local-name()}">
            <h3>
              <xsl:call-template name="m">
                <xsl:with-param name="key" select="concat('diff.', local-name(), '.version')"/>
                <xsl:with-param name="p1" select="concat(@id, ' ', @version)"/>
              </xsl:call-template>
            </h3>
            <ol class="layers">
              <xsl:for-each select="i:layer">
                <li>
                  <code><xsl:value-of select="@id"/></code>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="m"><xsl:with-param name="key" select="'layer.version'"/><xsl:with-param name="p1" select="@version"/></xsl:call-template>
                  <xsl:if test="i:title">
                    <br/><span class="muted"><xsl:value-of select="i:title"/></span>
                  </xsl:if>
                  <xsl:if test="@extends">
                    <br/>
                    <span class="muted">
                      <xsl:call-template name="m">
                        <xsl:with-param name="key" select="'diff.extends'"/>
                        <xsl:with-param name="p1" select="@extends"/>
                        <xsl:with-param name="p2" select="@extends-version"/>
                      </xsl:call-template>
                    </span>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ol>
          </div>
        </xsl:for-each>
      </div>
    </section>
  </xsl:template>

  <!-- ========================================================= css -->

  <xsl:template name="css-diff">
<xsl:text>
.diff-legend { font-size: .95rem; color: var(--muted); border-left: .3rem solid var(--line); padding-left: .8rem; }
table.diff-summary { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 28rem; }
table.diff-summary th, table.diff-summary td { border: 1px solid var(--line); padding: .35rem .8rem; text-align: left; }
table.diff-summary thead th { background: var(--soft); }
table.diff-summary .n { text-align: right; font-variant-numeric: tabular-nums; }
h3 .count { font-weight: 400; color: var(--muted); }
.entry { border: 1px solid var(--line); border-left: .35rem solid var(--accent); padding: .2rem 1rem .6rem; margin: 0 0 1rem; break-inside: avoid; }
.entry-removed, .entry-withdrawn { border-left-style: double; border-left-width: .5rem; }
.entry h4 { margin: .6rem 0 .3rem; font-size: 1.05rem; line-height: 1.35; }
.entry .id { font-size: .95rem; }
.entry .meta { margin: 0 0 .4rem; color: var(--muted); font-size: .92rem; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border: 1px solid currentColor; border-radius: .2rem; vertical-align: .1em; }
.badge-added { color: var(--ok); background: var(--ok-soft); }
.badge-removed, .badge-withdrawn { color: var(--gap); background: var(--gap-soft); }
.badge-changed { color: var(--accent); background: var(--accent-soft); }
dl.fields { margin: .3rem 0 0; display: grid; grid-template-columns: 11rem 1fr; gap: .35rem 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; min-width: 0; }
dl.fields .langs { font-weight: 400; color: var(--muted); font-size: .88rem; }
.side { display: block; }
div.side { border: 1px solid var(--line); padding: .3rem .6rem; margin: 0 0 .35rem; }
div.side-old { background: #fafafa; border-style: dashed; }
div.side-new { background: #fff; }
.lbl { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); min-width: 3.2rem; }
div.side .lbl { display: block; }
.pair .side { display: inline; }
.pair .arrow { color: var(--muted); }
del { text-decoration: line-through; text-decoration-thickness: .12em; color: var(--gap); background: var(--gap-soft); }
ins { text-decoration: underline; text-decoration-thickness: .12em; text-underline-offset: .15em; color: var(--ok); background: var(--ok-soft); font-weight: 600; }
del .mark, ins .mark { font-weight: 700; text-decoration: none; display: inline-block; }
ul.items { list-style: none; padding-left: 0; margin: .3rem 0 0; }
ul.items li { margin: .1rem 0; }
ul.items .sign { display: inline-block; width: 1.1em; text-align: center; font-weight: 700; border: 1px solid currentColor; border-radius: .2rem; line-height: 1.1; }
li.item-added .sign { color: var(--ok); background: var(--ok-soft); }
li.item-removed .sign { color: var(--gap); background: var(--gap-soft); }
li.item-removed code { text-decoration: line-through; }
.note { color: var(--muted); font-size: .92rem; }
.none { color: var(--muted); font-style: italic; }
.cat { display: inline-block; font-size: .75rem; font-weight: 700; border: 1px solid var(--line); padding: 0 .3rem; border-radius: .2rem; }
.muted { color: var(--muted); }
.notice { background: var(--warn-soft); border-left: .3rem solid var(--warn-line); padding: .3rem .7rem; margin: .2rem 0 .5rem; }
.versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.version { border: 1px solid var(--line); padding: 0 1rem .6rem; }
ol.layers { padding-left: 1.4rem; margin: 0; }
ol.layers li { margin: .3rem 0; }
.colophon { margin-top: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) { dl.fields { grid-template-columns: 1fr; } }
@media print {
  .entry { break-inside: avoid; page-break-inside: avoid; }
  del, ins, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
