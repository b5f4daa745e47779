<?xml version="1.0" encoding="UTF-8"?>
<!--
  annex.html: the tender annex (Bijlage: beveiligingseisen) from a resolved
  document. Tender data, reading guide, contents, requirements by group,
  parameters, and the excluded requirements with their reasons.
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
      <xsl:with-param name="kind" select="'annex'"/>
      <xsl:with-param name="nav">
        <h2 id="toc"><xsl:call-template name="msg"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></h2>
        <ol>
          <li><span class="num"></span><xsl:text> </xsl:text><a href="#tender"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.tender'"/></xsl:call-template></a></li>
          <li><span class="num"></span><xsl:text> </xsl:text><a href="#guide"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.guide'"/></xsl:call-template></a></li>
          <xsl:apply-templates select="i:requirements/i:group" mode="toc"/>
          <li><span class="num"></span><xsl:text> </xsl:text><a href="#parameters"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.params'"/></xsl:call-template></a></li>
          <li><span class="num"></span><xsl:text> </xsl:text><a href="#excluded"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.excluded'"/></xsl:call-template></a></li>
        </ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- the contents of <main>, written straight into the page (a
       parameter would hold a second copy of the whole document) -->
  <xsl:template match="i:resolved" mode="main">
    <xsl:call-template name="tender-data"/>
    <xsl:call-template name="guide"/>
    <xsl:apply-templates select="i:requirements/i:group"/>
    <xsl:call-template name="parameters"/>
    <xsl:call-template name="excluded"/>
  </xsl:template>

  <!-- ======================================================== contents -->

  <xsl:template match="i:group" mode="toc">
    <li>
      <span class="num"><xsl:value-of select="@number"/></span>
      <xsl:text> </xsl:text>
      <a href="#g-{@id}"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></a>
      <xsl:if test="i:group">
        <ol><xsl:apply-templates select="i:group" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ==================================================== tender data -->

  <xsl:template name="tender-data">
    <xsl:variable name="t" select="i:tender"/>
    <section id="tender" aria-labelledby="tender-h">
      <h2 id="tender-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.tender'"/></xsl:call-template></h2>
      <dl class="facts">
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.title'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="inline"><xsl:with-param name="node" select="$t/i:title"/></xsl:call-template></dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.reference.label'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="$t/i:reference"/></dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.buyer'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="$t/i:buyer"/></dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.date'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="date"><xsl:with-param name="d" select="$tender-date"/></xsl:call-template></dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.set'"/></xsl:call-template></dt>
        <dd>
          <ul>
            <xsl:for-each select="i:layers/i:layer">
              <li>
                <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                <xsl:text> </xsl:text>
                <span class="muted">
                  <xsl:text>(</xsl:text>
                  <code><xsl:value-of select="@set"/></code>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'layer.version'"/>
                    <xsl:with-param name="p1" select="@version"/>
                  </xsl:call-template>
                  <xsl:text>)</xsl:text>
                </span>
                <xsl:if test="i:publisher">
                  <xsl:text>, </xsl:text>
                  <xsl:call-template name="msg"><xsl:with-param name="key" select="'layer.publisher'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="inline"><xsl:with-param name="node" select="i:publisher"/></xsl:call-template>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.segments'"/></xsl:call-template></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="i:chosen/i:segment">
              <ul>
                <xsl:for-each select="i:chosen/i:segment">
                  <li>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                    <xsl:if test="@additive = 'true'">
                      <xsl:text> </xsl:text>
                      <span class="muted">
                        <xsl:text>(</xsl:text>
                        <xsl:call-template name="msg"><xsl:with-param name="key" select="'segment.additive'"/></xsl:call-template>
                        <xsl:text>)</xsl:text>
                      </span>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:when>
            <xsl:otherwise>—</xsl:otherwise>
          </xsl:choose>
        </dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.level'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="inline"><xsl:with-param name="node" select="i:chosen/i:level/i:title"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <span class="muted">
            <xsl:text>(</xsl:text>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'level.rank'"/>
              <xsl:with-param name="p1" select="i:chosen/i:level/@rank"/>
              <xsl:with-param name="p2" select="i:chosen/i:level/@of"/>
            </xsl:call-template>
            <xsl:text>)</xsl:text>
          </span>
        </dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.counts'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'counts.value'"/>
            <xsl:with-param name="p1" select="i:requirements/@count"/>
            <xsl:with-param name="p2" select="i:requirements/@knockout"/>
            <xsl:with-param name="p3" select="i:requirements/@award"/>
          </xsl:call-template>
        </dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'tender.digest'"/></xsl:call-template></dt>
        <dd><code class="digest"><xsl:value-of select="@checklist-digest"/></code></dd>
      </dl>
    </section>
  </xsl:template>

  <!-- ================================================== reading guide -->

  <xsl:template name="guide">
    <section id="guide" aria-labelledby="guide-h">
      <h2 id="guide-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.guide'"/></xsl:call-template></h2>
      <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.answer'"/></xsl:call-template></p>
      <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.digest'"/></xsl:call-template></p>

      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.kinds'"/></xsl:call-template></h3>
      <dl class="facts">
        <dt><span class="kind kind-knockout"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.knockout'"/></xsl:call-template></span></dt>
        <dd><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.knockout'"/></xsl:call-template></dd>
        <dt><span class="kind kind-award"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.award'"/></xsl:call-template></span></dt>
        <dd><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.award'"/></xsl:call-template></dd>
      </dl>

      <table class="score">
        <caption><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.caption'"/></xsl:call-template></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.answer'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.points'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.comply'"/></xsl:call-template></th>
            <td><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.full'"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template></th>
            <td><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.half'"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row"><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.other'"/></xsl:call-template></th>
            <td><xsl:call-template name="msg"><xsl:with-param name="key" select="'score.none'"/></xsl:call-template></td>
          </tr>
        </tbody>
      </table>
      <p>
        <strong>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'score.max'"/>
            <xsl:with-param name="p1" select="i:requirements/@weight-total"/>
            <xsl:with-param name="p2" select="i:requirements/@award"/>
          </xsl:call-template>
        </strong>
      </p>

      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.marks'"/></xsl:call-template></h3>
      <dl class="facts legend">
        <dt>
          <xsl:call-template name="value-span">
            <xsl:with-param name="source" select="'buyer'"/>
            <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.value.example'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </dt>
        <dd><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.value.buyer'"/></xsl:call-template></dd>
        <dt>
          <xsl:call-template name="value-span">
            <xsl:with-param name="source" select="'default'"/>
            <xsl:with-param name="content"><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.value.example'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </dt>
        <dd><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.value.default'"/></xsl:call-template></dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'req.refs'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.refs'"/></xsl:call-template></dd>
        <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.label'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="msg"><xsl:with-param name="key" select="'guide.prov'"/></xsl:call-template></dd>
      </dl>
    </section>
  </xsl:template>

  <!-- ==================================================== requirements -->

  <xsl:template match="i:group">
    <xsl:variable name="depth" select="count(ancestor::i:group)"/>
    <xsl:variable name="h">
      <xsl:call-template name="h"><xsl:with-param name="level" select="2 + $depth"/></xsl:call-template>
    </xsl:variable>
    <section aria-labelledby="g-{@id}">
      <xsl:attribute name="class">
        <xsl:text>group</xsl:text>
        <xsl:if test="$depth = 0"> group-top</xsl:if>
        <xsl:if test="@layer = 'buyer'"> group-buyer</xsl:if>
      </xsl:attribute>
      <xsl:element name="{$h}">
        <xsl:attribute name="id">g-<xsl:value-of select="@id"/></xsl:attribute>
        <span class="num"><xsl:value-of select="@number"/></span>
        <xsl:text> </xsl:text>
        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
      </xsl:element>
      <xsl:if test="@layer = 'buyer'">
        <p class="prov"><xsl:call-template name="msg"><xsl:with-param name="key" select="'group.buyer'"/></xsl:call-template></p>
      </xsl:if>
      <xsl:apply-templates select="i:requirement | i:group"/>
    </section>
  </xsl:template>

  <xsl:template match="i:requirement">
    <xsl:variable name="h">
      <xsl:call-template name="h"><xsl:with-param name="level" select="3 + count(ancestor::i:group) - 1"/></xsl:call-template>
    </xsl:variable>
    <!-- the id on the heading, not on the article as well: libxml2 keeps
         every id of an HTML result in a table whose strings go into a
         dictionary whose table stops growing at 4 608 slots -->
    <article class="req req-{@kind}" aria-labelledby="req-{@id}">
      <xsl:element name="{$h}">
        <xsl:attribute name="id">req-<xsl:value-of select="@id"/></xsl:attribute>
        <xsl:attribute name="class">req-title</xsl:attribute>
        <span class="num"><xsl:value-of select="@number"/></span>
        <xsl:text> </xsl:text>
        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
      </xsl:element>
      <p class="meta">
        <xsl:call-template name="kind-badge"/>
        <xsl:text> </xsl:text>
        <code class="rid"><xsl:value-of select="@id"/></code>
        <span>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'req.applies-to'"/>
            <xsl:with-param name="p1">
              <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('applies.', @applies-to)"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </span>
      </p>
      <xsl:if test="@fallback = 'true'">
        <xsl:call-template name="fallback-note"/>
      </xsl:if>
      <xsl:call-template name="block">
        <xsl:with-param name="node" select="i:statement"/>
        <xsl:with-param name="class" select="'statement'"/>
      </xsl:call-template>
      <xsl:if test="i:guidance | i:evidence | i:ref">
        <dl class="parts">
          <xsl:if test="i:guidance">
            <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'req.guidance'"/></xsl:call-template></dt>
            <dd><xsl:call-template name="flow"><xsl:with-param name="node" select="i:guidance"/></xsl:call-template></dd>
          </xsl:if>
          <xsl:if test="i:evidence">
            <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'req.evidence'"/></xsl:call-template></dt>
            <dd><xsl:call-template name="flow"><xsl:with-param name="node" select="i:evidence"/></xsl:call-template></dd>
          </xsl:if>
          <xsl:if test="i:ref">
            <dt><xsl:call-template name="msg"><xsl:with-param name="key" select="'req.refs'"/></xsl:call-template></dt>
            <dd>
              <ul class="refs">
                <xsl:apply-templates select="i:ref"/>
              </ul>
            </dd>
          </xsl:if>
        </dl>
      </xsl:if>
      <p class="prov">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.label'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@layer"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="i:amendment">
            <xsl:for-each select="i:amendment">
              <xsl:text>; </xsl:text>
              <xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.amended'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@layer"/></xsl:call-template>
              <xsl:if test="@reason">
                <xsl:text>: </xsl:text>
                <xsl:value-of select="@reason"/>
              </xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="@amended-by">
            <xsl:text>; </xsl:text>
            <xsl:call-template name="msg"><xsl:with-param name="key" select="'prov.amended'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@amended-by"/></xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </p>
    </article>
  </xsl:template>

  <xsl:template name="fallback-note">
    <xsl:variable name="orig" select="string((i:title | i:statement | i:guidance | i:evidence)[@xml:lang][1]/@xml:lang)"/>
    <p class="notice">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'req.fallback'"/>
        <xsl:with-param name="p1">
          <xsl:call-template name="msg-raw"><xsl:with-param name="key" select="concat('language.', $lang-base)"/><xsl:with-param name="default" select="$lang"/></xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="p2">
          <xsl:choose>
            <xsl:when test="$orig != ''">
              <xsl:call-template name="msg-raw">
                <xsl:with-param name="key" select="concat('language.', substring-before(concat($orig, '-'), '-'))"/>
                <xsl:with-param name="default" select="$orig"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>?</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </p>
  </xsl:template>

  <xsl:template match="i:ref">
    <li>
      <xsl:call-template name="cite"/>
      <xsl:text> — </xsl:text>
      <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
      <xsl:if test="@after-tender = 'true'">
        <xsl:text> </xsl:text>
        <span class="date-later">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'ref.applies-from'"/>
            <xsl:with-param name="p1">
              <xsl:call-template name="date"><xsl:with-param name="d" select="@applies-from"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ====================================================== parameters -->

  <xsl:template name="parameters">
    <section id="parameters" class="appendix" aria-labelledby="parameters-h">
      <h2 id="parameters-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.params'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="i:parameters/i:parameter">
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.intro'"/></xsl:call-template></p>
          <table class="params">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.label'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.value'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.source'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="i:parameters/i:parameter">
                <tr id="p-{@id}">
                  <th scope="row">
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:label"/></xsl:call-template>
                    <br/>
                    <code class="muted"><xsl:value-of select="@id"/></code>
                  </th>
                  <td>
                    <xsl:call-template name="value-span">
                      <xsl:with-param name="source" select="@source"/>
                      <xsl:with-param name="unit" select="@unit"/>
                      <xsl:with-param name="plain" select="string(i:display)"/>
                      <xsl:with-param name="content"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:display"/></xsl:call-template></xsl:with-param>
                    </xsl:call-template>
                  </td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@source = 'buyer'">
                        <xsl:call-template name="msg"><xsl:with-param name="key" select="'source.buyer'"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>
                        <xsl:call-template name="msg"><xsl:with-param name="key" select="'source.default'"/></xsl:call-template>
                        <xsl:text>: </xsl:text>
                        <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@layer"/></xsl:call-template>
                      </xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'params.none'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ================================================ excluded (appendix) -->

  <xsl:template name="excluded">
    <section id="excluded" class="appendix" aria-labelledby="excluded-h">
      <h2 id="excluded-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.excluded'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="i:excluded/i:requirement">
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.intro'"/></xsl:call-template></p>
          <table class="excluded">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.by'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.reason'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="i:excluded/i:requirement">
                <tr id="x-{@id}">
                  <th scope="row">
                    <code><xsl:value-of select="@id"/></code>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                  </th>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@by = 'buyer'">
                        <xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.by.buyer'"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>
                        <xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.by.layer'"/></xsl:call-template>
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="layer-name"><xsl:with-param name="id" select="@by"/></xsl:call-template>
                      </xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="@reason"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'excluded.none'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
