<?xml version="1.0" encoding="UTF-8"?>
<!--
  checklist.html: one row per selected requirement, with empty answer
  columns (status, explanation, evidence supplied) for the tenderer. The
  tender reference and the checklist digest to quote sit at the top.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>

  <xsl:template match="/">
    <xsl:apply-templates select="i:resolved"/>
  </xsl:template>

  <xsl:template match="i:resolved">
    <xsl:call-template name="page">
      <xsl:with-param name="kind" select="'checklist'"/>
      <xsl:with-param name="wide" select="true()"/>
      <xsl:with-param name="nav">
        <h2 id="toc"><xsl:call-template name="msg"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></h2>
        <ol class="inline">
          <li><a href="#instructions"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.instructions'"/></xsl:call-template></a></li>
          <xsl:for-each select="i:requirements/i:group">
            <!-- the first tbody of the group: its own, or a nested group's -->
            <xsl:variable name="target" select="descendant-or-self::i:group[i:requirement][1]"/>
            <li>
              <span class="num"><xsl:value-of select="@number"/></span>
              <xsl:text> </xsl:text>
              <xsl:choose>
                <xsl:when test="$target">
                  <a href="#cg-{$target/@id}"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></a>
                </xsl:when>
                <xsl:otherwise><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- the contents of <main>, written straight into the page (a
       parameter would hold a second copy of the whole document) -->
  <xsl:template match="i:resolved" mode="main">
    <section id="instructions" aria-labelledby="instructions-h">
      <h2 id="instructions-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.instructions'"/></xsl:call-template></h2>
      <div class="quote-box">
        <dl class="facts">
          <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.reference.label'"/></xsl:call-template></dt>
          <dd><strong><xsl:value-of select="i:tender/i:reference"/></strong></dd>
          <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.digest'"/></xsl:call-template></dt>
          <dd>
            <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.quote'"/></xsl:call-template></p>
            <p><code class="digest big"><xsl:value-of select="@checklist-digest"/></code></p>
          </dd>
        </dl>
      </div>
      <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.intro'"/></xsl:call-template></p>
      <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.status'"/></xsl:call-template></p>
      <ul class="statuses">
        <li><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.comply'"/></xsl:call-template></li>
        <li><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template></li>
        <li><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.noncomply'"/></xsl:call-template></li>
        <li><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.not-applicable'"/></xsl:call-template></li>
      </ul>
      <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.na'"/></xsl:call-template></p>
    </section>
    <section id="requirements" aria-labelledby="requirements-h">
      <h2 id="requirements-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.table'"/></xsl:call-template></h2>
      <table class="checklist">
        <caption><xsl:call-template name="msg"><xsl:with-param name="key" select="'checklist.caption'"/></xsl:call-template></caption>
        <colgroup>
          <col class="c-num"/><col class="c-id"/><col class="c-req"/><col class="c-kind"/><col class="c-ev"/>
          <col class="c-status"/><col class="c-expl"/><col class="c-given"/>
        </colgroup>
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.number'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.kind'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.evidence-asked'"/></xsl:call-template></th>
            <th scope="col" class="answer"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.status'"/></xsl:call-template></th>
            <th scope="col" class="answer"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.explanation'"/></xsl:call-template></th>
            <th scope="col" class="answer"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.evidence-given'"/></xsl:call-template></th>
          </tr>
        </thead>
        <!-- one tbody per group (nested groups too), headed by the group;
             a group's own requirements come before its nested groups -->
        <xsl:for-each select="i:requirements//i:group[i:requirement]">
          <tbody id="cg-{@id}">
            <tr class="grp">
              <th colspan="8" scope="rowgroup">
                <span class="num"><xsl:value-of select="@number"/></span>
                <xsl:text> </xsl:text>
                <xsl:for-each select="ancestor::i:group">
                  <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                  <xsl:text> › </xsl:text>
                </xsl:for-each>
                <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
              </th>
            </tr>
            <xsl:apply-templates select="i:requirement"/>
          </tbody>
        </xsl:for-each>
      </table>
    </section>
  </xsl:template>

  <xsl:template match="i:requirement">
    <tr id="req-{@id}" class="kind-row-{@kind}">
      <th scope="row" class="num"><xsl:value-of select="@number"/></th>
      <td><code><xsl:value-of select="@id"/></code></td>
      <td>
        <p class="req-name"><strong><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></strong></p>
        <xsl:if test="@fallback = 'true'">
          <xsl:variable name="orig" select="string((i:title | i:statement | i:evidence)[@xml:lang][1]/@xml:lang)"/>
          <p class="notice small">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'req.fallback'"/>
              <xsl:with-param name="p1"><xsl:call-template name="msg-raw"><xsl:with-param name="key" select="concat('language.', $lang-base)"/><xsl:with-param name="default" select="$lang"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="p2">
                <xsl:call-template name="msg-raw">
                  <xsl:with-param name="key" select="concat('language.', substring-before(concat($orig, '-'), '-'))"/>
                  <xsl:with-param name="default" select="$orig"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </p>
        </xsl:if>
        <xsl:call-template name="block">
          <xsl:with-param name="node" select="i:statement"/>
          <xsl:with-param name="class" select="'stmt'"/>
        </xsl:call-template>
      </td>
      <td><xsl:call-template name="kind-badge"/></td>
      <td>
        <xsl:call-template name="block">
          <xsl:with-param name="node" select="i:evidence"/>
          <xsl:with-param name="class" select="'ev'"/>
        </xsl:call-template>
      </td>
      <td class="answer"></td>
      <td class="answer"></td>
      <td class="answer"></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
