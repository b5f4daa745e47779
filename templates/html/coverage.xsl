<?xml version="1.0" encoding="UTF-8"?>
<!--
  coverage.html: which CRA Annex I points (the clauses below `AI` that
  have no clauses below them) and which BIO2 controls (depth 1 of
  catalogue bio2, e.g. 5.01) the selected requirements address, directly
  (`by`) or through a clause below (`parent`), with the gaps marked in
  text and style. Counts and percentages on top.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="i exsl">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>

  <xsl:variable name="cra" select="/i:resolved/i:catalogues/i:catalogue[@id = 'cra']"/>
  <xsl:variable name="bio" select="/i:resolved/i:catalogues/i:catalogue[@id = 'bio2']"/>
  <xsl:variable name="cra-root" select="$cra/i:clause[@id = 'AI']"/>

  <!-- one <c> per CRA clause below AI, in document order -->
  <xsl:variable name="cra-marks-rtf">
    <xsl:apply-templates select="$cra-root" mode="collect"/>
  </xsl:variable>
  <xsl:variable name="cra-points" select="exsl:node-set($cra-marks-rtf)/c[@leaf = '1']"/>
  <xsl:variable name="bio-controls" select="$bio/i:clause[@depth = 1]"/>
  <!-- one <c> per BIO2 control, in document order -->
  <xsl:variable name="bio-marks-rtf">
    <xsl:for-each select="$bio-controls">
      <xsl:variable name="covered"><xsl:apply-templates select="." mode="covered"/></xsl:variable>
      <c id="{@id}" covered="{number(string($covered) != '')}"/>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="bio-marks" select="exsl:node-set($bio-marks-rtf)/c"/>

  <xsl:key name="req" match="i:requirements//i:requirement" use="@id"/>
  <xsl:key name="clause" match="i:catalogue/i:clause" use="concat(../@id, ' ', @id)"/>
  <xsl:key name="clause-id" match="i:catalogue/i:clause" use="@id"/>
  <xsl:key name="children" match="i:catalogue/i:clause[@parent]" use="concat(../@id, ' ', @parent)"/>

  <xsl:template match="i:clause" mode="collect">
    <xsl:variable name="kids" select="key('children', concat('cra ', @id))"/>
    <xsl:if test="@id != 'AI'">
      <xsl:variable name="covered"><xsl:apply-templates select="." mode="covered"/></xsl:variable>
      <c id="{@id}" cite="{@cite}" leaf="{number(not($kids))}" covered="{number(string($covered) != '')}"/>
    </xsl:if>
    <xsl:apply-templates select="$kids" mode="collect"/>
  </xsl:template>

  <!-- non-empty when a requirement is mapped to the clause or to a clause
       below it -->
  <xsl:template match="i:clause" mode="covered">
    <xsl:choose>
      <xsl:when test="i:by">1</xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="key('children', concat(../@id, ' ', @id))" mode="covered"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the ids of the clauses below a clause, as <id> elements -->
  <xsl:template match="i:clause" mode="below">
    <xsl:for-each select="key('children', concat(../@id, ' ', @id))">
      <id><xsl:value-of select="@id"/></id>
      <xsl:apply-templates select="." mode="below"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="/">
    <xsl:apply-templates select="i:resolved"/>
  </xsl:template>

  <xsl:template match="i:resolved">
    <xsl:call-template name="page">
      <xsl:with-param name="kind" select="'coverage'"/>
      <xsl:with-param name="wide" select="true()"/>
      <xsl:with-param name="landscape" select="false()"/>
      <xsl:with-param name="nav">
        <h2 id="toc"><xsl:call-template name="msg"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></h2>
        <ol class="inline">
          <li><a href="#summary"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.summary'"/></xsl:call-template></a></li>
          <li><a href="#cov-cra"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.cra'"/></xsl:call-template></a></li>
          <li><a href="#cov-bio2"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.bio'"/></xsl:call-template></a></li>
        </ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- the contents of <main>, written straight into the page (a
       parameter would hold a second copy of the whole document) -->
  <xsl:template match="i:resolved" mode="main">
    <p class="lead"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.intro'"/></xsl:call-template></p>
    <section id="summary" aria-labelledby="summary-h">
      <h2 id="summary-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.summary'"/></xsl:call-template></h2>
      <div class="stats">
        <xsl:call-template name="stat">
          <xsl:with-param name="id" select="'cra'"/>
          <xsl:with-param name="label-key" select="'coverage.cra'"/>
          <xsl:with-param name="count-key" select="'coverage.cra.count'"/>
          <xsl:with-param name="present" select="boolean($cra-root)"/>
          <xsl:with-param name="covered" select="count($cra-points[@covered = '1'])"/>
          <xsl:with-param name="total" select="count($cra-points)"/>
          <xsl:with-param name="gaps">
            <xsl:for-each select="$cra-points[@covered = '0']">
              <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
              <a href="#cv-cra-{@id}"><xsl:value-of select="@cite"/></a>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="id" select="'bio2'"/>
          <xsl:with-param name="label-key" select="'coverage.bio'"/>
          <xsl:with-param name="count-key" select="'coverage.bio.count'"/>
          <xsl:with-param name="present" select="boolean($bio-controls)"/>
          <xsl:with-param name="covered" select="count($bio-marks[@covered = '1'])"/>
          <xsl:with-param name="total" select="count($bio-marks)"/>
          <xsl:with-param name="gaps">
            <xsl:for-each select="$bio-marks[@covered = '0']">
              <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
              <a href="#cv-bio2-{@id}"><xsl:value-of select="@id"/></a>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </div>
    </section>

    <section id="cov-cra" aria-labelledby="cov-cra-h">
      <h2 id="cov-cra-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.cra.heading'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$cra-root">
          <xsl:variable name="later">
            <xsl:call-template name="date-after"><xsl:with-param name="a" select="$cra-root/@applies-from"/><xsl:with-param name="b" select="$tender-date"/></xsl:call-template>
          </xsl:variable>
          <xsl:if test="$later = '1'">
            <p class="notice">
              <xsl:value-of select="$cra-root/@cite"/>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'ref.applies-from'"/>
                <xsl:with-param name="p1"><xsl:call-template name="date"><xsl:with-param name="d" select="$cra-root/@applies-from"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </p>
          </xsl:if>
          <table class="coverage">
            <xsl:call-template name="thead"/>
            <tbody>
              <xsl:apply-templates select="key('children', 'cra AI')" mode="cra"/>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.missing'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section id="cov-bio2" aria-labelledby="cov-bio2-h">
      <h2 id="cov-bio2-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.bio.heading'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$bio-controls">
          <table class="coverage">
            <xsl:call-template name="thead"/>
            <xsl:for-each select="$bio/i:clause[@depth = 0]">
              <xsl:variable name="controls" select="key('children', concat('bio2 ', @id))[@depth = 1]"/>
              <xsl:if test="$controls">
                <tbody>
                  <tr class="grp">
                    <th colspan="4" scope="rowgroup">
                      <cite><xsl:value-of select="@cite"/></cite>
                      <xsl:text> </xsl:text>
                      <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                    </th>
                  </tr>
                  <xsl:apply-templates select="$controls" mode="row"/>
                </tbody>
              </xsl:if>
            </xsl:for-each>
            <!-- controls whose theme is not in the catalogue -->
            <xsl:if test="$bio-controls[not(key('clause', concat('bio2 ', @parent)))]">
              <tbody>
                <xsl:apply-templates select="$bio-controls[not(key('clause', concat('bio2 ', @parent)))]" mode="row"/>
              </tbody>
            </xsl:if>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.missing'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ========================================================= summary -->

  <xsl:template name="stat">
    <xsl:param name="id"/>
    <xsl:param name="label-key"/>
    <xsl:param name="count-key"/>
    <xsl:param name="present"/>
    <xsl:param name="covered"/>
    <xsl:param name="total"/>
    <xsl:param name="gaps"/>
    <div class="stat" id="stat-{$id}">
      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="$label-key"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="$present">
          <p class="big">
            <xsl:call-template name="percent">
              <xsl:with-param name="part" select="$covered"/>
              <xsl:with-param name="whole" select="$total"/>
            </xsl:call-template>
          </p>
          <xsl:if test="$total &gt; 0">
            <div class="meter" aria-hidden="true">
              <div style="width: {floor($covered * 100 div $total + 0.5)}%"></div>
            </div>
          </xsl:if>
          <p>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="$count-key"/>
              <xsl:with-param name="p1" select="$covered"/>
              <xsl:with-param name="p2" select="$total"/>
            </xsl:call-template>
          </p>
          <p class="gaps">
            <strong><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.gaps'"/></xsl:call-template></strong>
            <xsl:text> (</xsl:text>
            <xsl:value-of select="$total - $covered"/>
            <xsl:text>): </xsl:text>
            <xsl:choose>
              <xsl:when test="$total - $covered &gt; 0"><xsl:copy-of select="$gaps"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.no-gaps'"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.missing'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- ========================================================== tables -->

  <xsl:template name="thead">
    <thead>
      <tr>
        <th scope="col" class="c-cite"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.clause'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.title'"/></xsl:call-template></th>
        <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.requirements'"/></xsl:call-template></th>
        <th scope="col" class="c-status"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.coverage'"/></xsl:call-template></th>
      </tr>
    </thead>
  </xsl:template>

  <!-- CRA clauses below AI, depth first: a clause with clauses below it is
       a heading row, a clause without is a point that is covered or not -->
  <xsl:template match="i:clause" mode="cra">
    <xsl:variable name="kids" select="key('children', concat('cra ', @id))"/>
    <xsl:choose>
      <xsl:when test="$kids">
        <tr class="sub depth-{@depth}" id="cv-cra-{@id}">
          <th scope="row"><cite><xsl:value-of select="@cite"/></cite></th>
          <td colspan="3">
            <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
          </td>
        </tr>
        <xsl:apply-templates select="$kids" mode="cra"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="row"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a point or control: covered when a selected requirement maps to it
       or to a clause below it; the requirements in their order, each once,
       those mapped below with the clause they are mapped to -->
  <xsl:template match="i:clause" mode="row">
    <xsl:variable name="cat" select="string(../@id)"/>
    <xsl:variable name="id" select="string(@id)"/>
    <xsl:variable name="below-rtf"><xsl:apply-templates select="." mode="below"/></xsl:variable>
    <xsl:variable name="below" select="exsl:node-set($below-rtf)/id"/>
    <xsl:variable name="reqs" select="key('req', (i:by | key('clause-id', $below)[../@id = $cat]/i:by)/@ref)"/>
    <tr id="cv-{$cat}-{@id}" class="depth-{@depth}">
      <xsl:if test="not($reqs)"><xsl:attribute name="class">gap depth-<xsl:value-of select="@depth"/></xsl:attribute></xsl:if>
      <th scope="row"><cite><xsl:value-of select="@cite"/></cite></th>
      <td>
        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
        <xsl:variable name="later">
          <xsl:call-template name="date-after"><xsl:with-param name="a" select="@applies-from"/><xsl:with-param name="b" select="$tender-date"/></xsl:call-template>
        </xsl:variable>
        <xsl:if test="$later = '1' and string(@applies-from) != string($cra-root/@applies-from)">
          <br/>
          <span class="date-later">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'ref.applies-from'"/>
              <xsl:with-param name="p1"><xsl:call-template name="date"><xsl:with-param name="d" select="@applies-from"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="i:tag">
          <br/>
          <span class="tags">
            <xsl:call-template name="msg"><xsl:with-param name="key" select="'tag.label'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <xsl:for-each select="i:tag">
              <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
              <xsl:call-template name="msg-raw">
                <xsl:with-param name="key" select="concat('tag.', @name)"/>
                <xsl:with-param name="default" select="@name"/>
              </xsl:call-template>
            </xsl:for-each>
          </span>
        </xsl:if>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="$reqs">
            <ul class="plain">
              <xsl:for-each select="$reqs">
                <li>
                  <a href="annex.html#req-{@id}"><span class="num"><xsl:value-of select="@number"/></span></a>
                  <xsl:text> </xsl:text>
                  <code><xsl:value-of select="@id"/></code>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                  <xsl:if test="not(i:ref[@catalogue = $cat][@clause = $id])">
                    <xsl:text> </xsl:text>
                    <span class="muted">
                      <xsl:text>(</xsl:text>
                      <xsl:call-template name="msg">
                        <xsl:with-param name="key" select="'trace.via.item'"/>
                        <xsl:with-param name="p1" select="i:ref[@catalogue = $cat][@clause = $below][1]/@clause"/>
                      </xsl:call-template>
                      <xsl:text>)</xsl:text>
                    </span>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <span class="none"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.gap.cell'"/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="$reqs">
            <span class="badge badge-ok"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.covered'"/></xsl:call-template></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="badge badge-gap"><xsl:call-template name="msg"><xsl:with-param name="key" select="'coverage.gap'"/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
