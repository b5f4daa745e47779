<?xml version="1.0" encoding="UTF-8"?>
<!--
  report.html: the conformity report of `icoc check` (issue 7). Reads the
  report document (requirements/schema/report.rng), which holds every
  count, result and text: this template only arranges them.

  The verdict comes first and cannot be missed: a full-width banner in
  colour, with an icon and a word, so it never rests on colour alone.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>

  <!-- the report, not a resolved document, sets the language -->
  <xsl:variable name="lang" select="string(/i:report/@lang)"/>
  <xsl:variable name="r" select="/i:report"/>
  <xsl:variable name="s" select="/i:report/i:summary"/>

  <xsl:template match="/">
    <xsl:apply-templates select="i:report"/>
  </xsl:template>

  <!-- a message by key, shorter to write -->
  <xsl:template name="m">
    <xsl:param name="k"/>
    <xsl:param name="p1"/>
    <xsl:param name="p2"/>
    <xsl:param name="p3"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="$k"/>
      <xsl:with-param name="p1" select="$p1"/>
      <xsl:with-param name="p2" select="$p2"/>
      <xsl:with-param name="p3" select="$p3"/>
    </xsl:call-template>
  </xsl:template>

  <!-- 2.5 as "2,5" in Dutch -->
  <xsl:template name="points">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$lang-base = 'nl'"><xsl:value-of select="translate($v, '.', ',')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="i:report">
    <xsl:variable name="title">
      <xsl:call-template name="m"><xsl:with-param name="k" select="'report.title'"/></xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{@generator}"/>
        <title>
          <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.verdict.', @verdict)"/></xsl:call-template>
          <xsl:text> — </xsl:text>
          <xsl:value-of select="$title"/>
          <xsl:if test="i:tender">
            <xsl:text> — </xsl:text>
            <xsl:value-of select="normalize-space(i:tender/i:reference)"/>
          </xsl:if>
        </title>
        <style>
          <xsl:call-template name="css"/>
          <xsl:call-template name="css-report"/>
        </style>
      </head>
      <body class="doc doc-report wide">
        <a class="skip" href="#main"><xsl:call-template name="m"><xsl:with-param name="k" select="'page.skip'"/></xsl:call-template></a>
        <header class="masthead">
          <div class="bar">
            <p class="issuer">
              <xsl:choose>
                <xsl:when test="@against = 'tender'"><xsl:value-of select="i:tender/i:buyer"/></xsl:when>
                <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="'report.issuer.set'"/></xsl:call-template></xsl:otherwise>
              </xsl:choose>
            </p>
            <h1><xsl:value-of select="$title"/></h1>
            <p class="subtitle">
              <xsl:choose>
                <xsl:when test="@against = 'tender'">
                  <span class="tender-title"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:tender/i:title"/></xsl:call-template></span>
                  <span class="sep" aria-hidden="true"> · </span>
                  <span class="nowrap">
                    <xsl:call-template name="m"><xsl:with-param name="k" select="'tender.reference'"/></xsl:call-template>
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="i:tender/i:reference"/>
                  </span>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="inline"><xsl:with-param name="node" select="i:layers/i:layer[last()]/i:title"/></xsl:call-template>
                  <span class="sep" aria-hidden="true"> · </span>
                  <span class="nowrap"><xsl:value-of select="@set"/><xsl:text> </xsl:text><xsl:value-of select="@set-version"/></span>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="i:response/i:supplier">
                <span class="sep" aria-hidden="true"> · </span>
                <span class="nowrap"><xsl:value-of select="i:response/i:supplier"/></span>
              </xsl:if>
            </p>
          </div>
        </header>
        <main id="main">
          <xsl:call-template name="verdict"/>
          <xsl:call-template name="figures"/>
          <xsl:call-template name="problems"/>
          <xsl:call-template name="response"/>
          <xsl:call-template name="answers"/>
          <xsl:if test="i:outside/i:answer">
            <xsl:call-template name="outside"/>
          </xsl:if>
          <xsl:call-template name="clauses"/>
        </main>
        <footer class="colophon">
          <p>
            <xsl:call-template name="m">
              <xsl:with-param name="k" select="'page.footer'"/>
              <xsl:with-param name="p1" select="@set"/>
              <xsl:with-param name="p2" select="@set-version"/>
              <xsl:with-param name="p3" select="@generator"/>
            </xsl:call-template>
          </p>
          <p>
            <xsl:call-template name="m"><xsl:with-param name="k" select="'tender.digest'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <code class="digest"><xsl:value-of select="@checklist-digest"/></code>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- ========================================================== verdict -->

  <xsl:template name="verdict">
    <section class="verdict verdict-{@verdict}" aria-labelledby="verdict-h">
      <p class="verdict-label"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.verdict'"/></xsl:call-template></p>
      <h2 id="verdict-h">
        <span class="verdict-icon" aria-hidden="true">
          <xsl:choose>
            <xsl:when test="@verdict = 'pass'">&#10003;</xsl:when>
            <xsl:when test="@verdict = 'fail'">&#10007;</xsl:when>
            <xsl:otherwise>!</xsl:otherwise>
          </xsl:choose>
        </span>
        <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.verdict.', @verdict)"/></xsl:call-template>
      </h2>
      <p class="verdict-text">
        <xsl:call-template name="m">
          <xsl:with-param name="k" select="concat('report.verdict.', @verdict, '.text')"/>
          <xsl:with-param name="p1">
            <xsl:choose>
              <xsl:when test="@verdict = 'fail'"><xsl:value-of select="$s/@knockout-failed"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$s/@unanswered"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="p2">
            <xsl:choose>
              <xsl:when test="@verdict = 'fail'"><xsl:value-of select="$s/@knockout"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$s/@not-applicable-unexplained"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </p>
      <xsl:if test="@verdict = 'fail' and $s/@complete = 'false'">
        <p class="verdict-text">
          <xsl:call-template name="m">
            <xsl:with-param name="k" select="'report.verdict.also-incomplete'"/>
            <xsl:with-param name="p1" select="$s/@unanswered"/>
            <xsl:with-param name="p2" select="$s/@not-applicable-unexplained"/>
          </xsl:call-template>
        </p>
      </xsl:if>
    </section>
    <xsl:if test="i:response/@digest = 'mismatch'">
      <section class="alert" role="alert">
        <p class="alert-head"><span aria-hidden="true">&#9888; </span><xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.mismatch'"/></xsl:call-template></p>
        <dl class="facts">
          <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.expected'"/></xsl:call-template></dt>
          <dd><code class="digest"><xsl:value-of select="@checklist-digest"/></code></dd>
          <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.found'"/></xsl:call-template></dt>
          <dd><code class="digest"><xsl:value-of select="i:response/@checklist-digest"/></code></dd>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ========================================================= figures -->

  <xsl:template name="figures">
    <section aria-labelledby="figures-h">
      <h2 id="figures-h" class="vh"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.figures'"/></xsl:call-template></h2>
      <div class="stats">
        <xsl:call-template name="stat">
          <xsl:with-param name="label-key" select="'report.knockout'"/>
          <xsl:with-param name="part" select="$s/@knockout-met"/>
          <xsl:with-param name="whole" select="$s/@knockout"/>
          <xsl:with-param name="good" select="$s/@knockout-failed = 0"/>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="label-key" select="'report.answered'"/>
          <xsl:with-param name="part" select="$s/@answered"/>
          <xsl:with-param name="whole" select="$s/@requirements"/>
          <xsl:with-param name="good" select="$s/@complete = 'true'"/>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="label-key" select="'report.score'"/>
          <xsl:with-param name="part" select="$s/@score"/>
          <xsl:with-param name="whole" select="$s/@score-max"/>
          <xsl:with-param name="good" select="true()"/>
          <xsl:with-param name="note-key" select="'report.score.rule'"/>
        </xsl:call-template>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="stat">
    <xsl:param name="label-key"/>
    <xsl:param name="part"/>
    <xsl:param name="whole"/>
    <xsl:param name="good"/>
    <xsl:param name="note-key"/>
    <div class="stat">
      <xsl:if test="not($good)"><xsl:attribute name="class">stat stat-bad</xsl:attribute></xsl:if>
      <h3><xsl:call-template name="m"><xsl:with-param name="k" select="$label-key"/></xsl:call-template></h3>
      <p class="big">
        <xsl:call-template name="m">
          <xsl:with-param name="k" select="'report.of'"/>
          <xsl:with-param name="p1"><xsl:call-template name="points"><xsl:with-param name="v" select="$part"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="p2"><xsl:call-template name="points"><xsl:with-param name="v" select="$whole"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </p>
      <div class="meter" aria-hidden="true">
        <div>
          <xsl:attribute name="style">
            <xsl:text>width: </xsl:text>
            <xsl:choose>
              <xsl:when test="number($whole) &gt; 0"><xsl:value-of select="format-number($part * 100 div $whole, '0.#')"/></xsl:when>
              <xsl:otherwise>0</xsl:otherwise>
            </xsl:choose>
            <xsl:text>%</xsl:text>
          </xsl:attribute>
        </div>
      </div>
      <xsl:if test="$note-key">
        <p class="muted small"><xsl:call-template name="m"><xsl:with-param name="k" select="$note-key"/></xsl:call-template></p>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- ======================================================== problems -->

  <xsl:template name="problems">
    <section id="problems" aria-labelledby="problems-h">
      <h2 id="problems-h"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.problems'"/></xsl:call-template></h2>
      <xsl:variable name="p" select="i:problems/i:problem[@type != 'digest-mismatch']"/>
      <xsl:choose>
        <xsl:when test="$p">
          <xsl:for-each select="$p">
            <xsl:variable name="t" select="@type"/>
            <xsl:if test="not(preceding-sibling::i:problem[@type = $t])">
              <div class="problem problem-{$t}">
                <h3>
                  <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.problem.', $t)"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <span class="count">(<xsl:value-of select="count($p[@type = $t])"/>)</span>
                </h3>
                <ul class="plain">
                  <xsl:for-each select="$p[@type = $t]">
                    <li>
                      <xsl:if test="@number"><span class="num"><xsl:value-of select="@number"/></span><xsl:text> </xsl:text></xsl:if>
                      <a href="#req-{@ref}"><code><xsl:value-of select="@ref"/></code></a>
                      <xsl:if test="i:title">
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                      </xsl:if>
                      <xsl:if test="@kind = 'knockout' and $t != 'knockout-not-met' and $t != 'knockout-not-applicable'">
                        <xsl:text> </xsl:text>
                        <span class="kind kind-knockout"><xsl:call-template name="m"><xsl:with-param name="k" select="'kind.knockout'"/></xsl:call-template></span>
                      </xsl:if>
                      <xsl:if test="$t = 'knockout-not-met'">
                        <xsl:text> — </xsl:text>
                        <xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </div>
            </xsl:if>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p class="none"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.problems.none'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="status-word">
    <xsl:param name="st"/>
    <xsl:choose>
      <xsl:when test="string($st) = ''"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.status.none'"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="concat('status.', $st)"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="result-badge">
    <xsl:param name="res"/>
    <span class="res res-{$res}">
      <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.result.', $res)"/></xsl:call-template>
    </span>
  </xsl:template>

  <!-- ======================================================== response -->

  <xsl:template name="response">
    <xsl:variable name="o" select="i:response"/>
    <section id="response" aria-labelledby="response-h">
      <h2 id="response-h"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.response'"/></xsl:call-template></h2>
      <dl class="facts">
        <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.supplier'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="given"><xsl:with-param name="v" select="$o/i:supplier"/></xsl:call-template></dd>
        <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.product'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="given"><xsl:with-param name="v" select="$o/i:product"/></xsl:call-template></dd>
        <xsl:if test="$o/i:contact">
          <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.contact'"/></xsl:call-template></dt>
          <dd><xsl:value-of select="$o/i:contact"/></dd>
        </xsl:if>
        <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.file'"/></xsl:call-template></dt>
        <dd>
          <code><xsl:value-of select="$o/@file"/></code>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.format.', $o/@format)"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </dd>
        <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.against'"/></xsl:call-template></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="@against = 'tender'">
              <xsl:call-template name="m">
                <xsl:with-param name="k" select="'report.against.tender'"/>
                <xsl:with-param name="p1" select="string(i:tender/i:reference)"/>
              </xsl:call-template>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="m">
                <xsl:with-param name="k" select="'report.against.set'"/>
                <xsl:with-param name="p1" select="string(@set)"/>
                <xsl:with-param name="p2" select="string(@set-version)"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="m">
                <xsl:with-param name="k" select="'report.against.set'"/>
                <xsl:with-param name="p1" select="string(@set)"/>
                <xsl:with-param name="p2" select="string(@set-version)"/>
              </xsl:call-template>
              <xsl:if test="i:chosen">
                <xsl:text>: </xsl:text>
                <xsl:for-each select="i:chosen/i:segment">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                </xsl:for-each>
                <xsl:text>; </xsl:text>
                <xsl:call-template name="inline"><xsl:with-param name="node" select="i:chosen/i:level/i:title"/></xsl:call-template>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
        <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'report.tender.quoted'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="given"><xsl:with-param name="v" select="$o/@tender"/></xsl:call-template></dd>
        <dt><xsl:call-template name="m"><xsl:with-param name="k" select="'tender.digest'"/></xsl:call-template></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$o/@digest = 'mismatch'">
              <span class="badge badge-gap"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.problem.digest-mismatch'"/></xsl:call-template></span>
            </xsl:when>
            <xsl:when test="$o/@digest = 'match'">
              <span class="badge badge-ok"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.digest.match'"/></xsl:call-template></span>
            </xsl:when>
            <xsl:otherwise>
              <span class="muted"><xsl:call-template name="m"><xsl:with-param name="k" select="concat('report.digest.', $o/@digest)"/></xsl:call-template></span>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
      </dl>
    </section>
  </xsl:template>

  <xsl:template name="given">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise><span class="none"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.none'"/></xsl:call-template></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ========================================================= answers -->

  <xsl:template name="answer-head">
    <thead>
      <tr>
        <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.number'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.requirement'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.kind'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.status'"/></xsl:call-template> / <xsl:call-template name="m"><xsl:with-param name="k" select="'report.col.result'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.explanation'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.evidence-given'"/></xsl:call-template></th>
        <th scope="col" class="c-pts"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.col.points'"/></xsl:call-template></th>
      </tr>
    </thead>
  </xsl:template>

  <xsl:template name="answers">
    <section id="answers" aria-labelledby="answers-h">
      <h2 id="answers-h"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.answers'"/></xsl:call-template></h2>
      <table class="answers">
        <caption><xsl:call-template name="m"><xsl:with-param name="k" select="'report.answers.caption'"/></xsl:call-template></caption>
        <colgroup>
          <col class="c-num"/><col class="c-req"/><col class="c-kind"/><col class="c-status"/>
          <col class="c-expl"/><col class="c-ev"/><col class="c-pts"/>
        </colgroup>
        <xsl:call-template name="answer-head"/>
        <xsl:for-each select="i:requirements//i:group[i:requirement]">
          <tbody>
            <tr class="grp">
              <th colspan="7" scope="rowgroup">
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
    <tr id="req-{@id}" class="row-{@result}">
      <th scope="row" class="num"><xsl:value-of select="@number"/></th>
      <td>
        <p class="req-name"><strong><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></strong></p>
        <p class="rid"><code><xsl:value-of select="@id"/></code></p>
      </td>
      <td>
        <xsl:call-template name="kind-badge"/>
      </td>
      <td>
        <p class="st"><xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template></p>
        <xsl:call-template name="result-badge"><xsl:with-param name="res" select="@result"/></xsl:call-template>
      </td>
      <td><xsl:value-of select="i:explanation"/></td>
      <td><xsl:value-of select="i:evidence"/></td>
      <td class="num c-pts">
        <xsl:if test="@kind = 'award'">
          <xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template>
          <span class="muted"> / <xsl:value-of select="@weight"/></span>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- ========================================================= outside -->

  <xsl:template name="outside">
    <section id="outside" aria-labelledby="outside-h">
      <h2 id="outside-h"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside'"/></xsl:call-template></h2>
      <p><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside.intro'"/></xsl:call-template></p>
      <table class="outside">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.id'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.requirement'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.status'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.explanation'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="i:outside/i:answer">
            <tr id="req-{@ref}">
              <th scope="row"><code><xsl:value-of select="@ref"/></code></th>
              <td>
                <xsl:if test="i:title"><p class="req-name"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></p></xsl:if>
                <p class="muted">
                  <xsl:choose>
                    <xsl:when test="@unknown = 'true'"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside.unknown'"/></xsl:call-template></xsl:when>
                    <xsl:when test="@reason">
                      <xsl:call-template name="m">
                        <xsl:with-param name="k" select="'report.outside.excluded'"/>
                        <xsl:with-param name="p1" select="string(@reason)"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise><xsl:call-template name="m"><xsl:with-param name="k" select="'report.outside.not-selected'"/></xsl:call-template></xsl:otherwise>
                  </xsl:choose>
                </p>
              </td>
              <td><xsl:call-template name="status-word"><xsl:with-param name="st" select="@status"/></xsl:call-template></td>
              <td><xsl:value-of select="i:explanation"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- ========================================================= clauses -->

  <xsl:template name="clauses">
    <section id="clauses" aria-labelledby="clauses-h">
      <h2 id="clauses-h"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.clauses'"/></xsl:call-template></h2>
      <p><xsl:call-template name="m"><xsl:with-param name="k" select="'report.clauses.intro'"/></xsl:call-template></p>
      <xsl:if test="not(i:clauses/i:catalogue)">
        <p class="none"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.clauses.none'"/></xsl:call-template></p>
      </xsl:if>
      <xsl:for-each select="i:clauses/i:catalogue">
        <xsl:variable name="short">
          <xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="@id"/></xsl:call-template>
        </xsl:variable>
        <table class="clauses">
          <caption>
            <xsl:call-template name="m">
              <xsl:with-param name="k" select="concat('report.clauses.', @kind)"/>
              <xsl:with-param name="p1" select="string($short)"/>
            </xsl:call-template>
          </caption>
          <thead>
            <tr>
              <th scope="col" class="c-cite"><xsl:call-template name="m"><xsl:with-param name="k" select="'col.clause'"/></xsl:call-template></th>
              <th scope="col" class="c-met"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.col.met'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="m"><xsl:with-param name="k" select="'report.col.mapped'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="i:clause">
              <tr>
                <xsl:if test="@met &lt; @mapped"><xsl:attribute name="class">short</xsl:attribute></xsl:if>
                <th scope="row">
                  <span class="clause-cite"><xsl:value-of select="@cite"/></span>
                  <xsl:text> </xsl:text>
                  <span class="clause-title"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></span>
                </th>
                <td class="num c-met">
                  <strong>
                    <xsl:call-template name="m">
                      <xsl:with-param name="k" select="'report.of'"/>
                      <xsl:with-param name="p1" select="string(@met)"/>
                      <xsl:with-param name="p2" select="string(@mapped)"/>
                    </xsl:call-template>
                  </strong>
                  <xsl:if test="@not-applicable &gt; 0">
                    <span class="muted"> (+<xsl:value-of select="@not-applicable"/><xsl:text> </xsl:text><xsl:call-template name="m"><xsl:with-param name="k" select="'report.result.not-applicable'"/></xsl:call-template>)</span>
                  </xsl:if>
                </td>
                <td>
                  <ul class="reqs">
                    <xsl:for-each select="i:req">
                      <li>
                        <a href="#req-{@ref}"><xsl:value-of select="@number"/><xsl:text> </xsl:text><code><xsl:value-of select="@ref"/></code></a>
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="result-badge"><xsl:with-param name="res" select="@result"/></xsl:call-template>
                      </li>
                    </xsl:for-each>
                  </ul>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- ============================================================= css -->

  <xsl:template name="css-report">
<xsl:text>
.verdict { margin: 1.5rem 0 1rem; padding: 1rem 1.5rem 1.1rem; border: 3px solid; border-left-width: 1.1rem; border-radius: 4px; }
.verdict h2 { border: 0; margin: 0 0 .3rem; padding: 0; font-size: 2.3rem; line-height: 1.15; color: inherit; }
.verdict .verdict-label { margin: 0; font-size: .85rem; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; }
.verdict .verdict-text { margin: .3rem 0 0; font-size: 1.1rem; max-width: none; }
.verdict-icon { display: inline-block; width: 2.6rem; height: 2.6rem; line-height: 2.6rem; text-align: center; border-radius: 50%; color: #fff; margin-right: .6rem; font-size: 1.8rem; vertical-align: .1rem; }
.verdict-pass { color: var(--ok); border-color: var(--ok); background: var(--ok-soft); }
.verdict-pass .verdict-icon { background: var(--ok); }
.verdict-fail { color: var(--gap); border-color: var(--gap); background: var(--gap-soft); }
.verdict-fail .verdict-icon { background: var(--gap); }
.verdict-incomplete { color: #5c4400; border-color: var(--warn-line); background: var(--warn-soft); }
.verdict-incomplete .verdict-icon { background: var(--warn-line); }
.alert { border: 3px solid var(--gap); background: #fff; padding: .6rem 1.2rem; margin: 0 0 1rem; border-radius: 4px; }
.alert-head { font-weight: 700; color: var(--gap); font-size: 1.1rem; margin: .2rem 0 .4rem; max-width: none; }
.stat-bad { border-top-color: var(--gap); }
.stat-bad .big { color: var(--gap); }
.stat .small { font-size: .85rem; margin: 0; }
.problem h3 { margin: 1rem 0 .3rem; color: var(--ink); }
.problem-knockout-not-met h3 { color: var(--gap); }
.problem .count { color: var(--muted); font-weight: 400; }
.problem ul.plain li { padding-left: 1rem; }
.problem .num { color: var(--muted); }
.res { display: inline-block; font-size: .82rem; font-weight: 700; padding: .02rem .45rem; border-radius: 3px; border: 1.5px solid; white-space: nowrap; }
.res-met { color: var(--ok); background: var(--ok-soft); }
.res-met::before { content: "\2713\00A0"; }
.res-not-applicable { color: var(--muted); background: var(--soft); }
.res-partial { color: #5c4400; background: var(--warn-soft); }
.res-not-met { color: var(--gap); background: var(--gap-soft); }
.res-not-met::before { content: "\2715\00A0"; }
.res-missing, .res-unexplained { color: #5c4400; background: #fff; border-style: dashed; }
.res-missing::before, .res-unexplained::before { content: "?\00A0"; }
table.answers { font-size: .9rem; table-layout: fixed; }
table.answers col.c-num { width: 3.4rem; } table.answers col.c-req { width: 24%; }
table.answers col.c-kind { width: 11.5rem; } table.answers col.c-status { width: 10rem; }
table.answers col.c-pts { width: 5rem; }
table.answers p.st { margin: 0 0 .25rem; }
table.answers td, table.answers th { overflow-wrap: anywhere; }
table.answers .kind { white-space: normal; overflow-wrap: normal; }
table.answers .req-name, table.answers .rid { margin: 0; }
tr.row-not-met > * { background: var(--gap-soft); }
tr.row-not-met > th:first-child { box-shadow: inset .35rem 0 0 var(--gap); }
tr.row-missing > th:first-child, tr.row-unexplained > th:first-child, tr.row-partial > th:first-child { box-shadow: inset .35rem 0 0 var(--warn-line); }
td.c-pts, th.c-pts { text-align: right; }
table.clauses { font-size: .92rem; }
table.clauses th.c-cite { width: 45%; } table.clauses .c-met { width: 11rem; white-space: nowrap; }
table.clauses .clause-cite { font-weight: 700; }
table.clauses .clause-title { font-weight: 400; }
tr.short > td.c-met strong { color: var(--gap); }
ul.reqs { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
ul.reqs li { margin: 0; }
@media print {
  .verdict, .alert, .res, tr.row-not-met > * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .verdict { break-inside: avoid; page-break-inside: avoid; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
