<?xml version="1.0" encoding="UTF-8"?>
<!--
  trace.html: requirement ↔ catalogue clause (CRA, BIO2, …) in both
  directions. Per requirement its references, one column per catalogue;
  per catalogue every clause that requirements are mapped to (`by`), with
  those requirements. How far a clause is covered through the clauses
  below it is the business of coverage.html.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:i="urn:icoc:1"
                exclude-result-prefixes="i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>

  <xsl:key name="req" match="i:requirements//i:requirement" use="@id"/>

  <xsl:template match="/">
    <xsl:apply-templates select="i:resolved"/>
  </xsl:template>

  <xsl:template match="i:resolved">
    <xsl:variable name="cats" select="i:catalogues/i:catalogue"/>
    <xsl:call-template name="page">
      <xsl:with-param name="kind" select="'trace'"/>
      <xsl:with-param name="wide" select="true()"/>
      <xsl:with-param name="nav">
        <h2 id="toc"><xsl:call-template name="msg"><xsl:with-param name="key" select="'page.toc'"/></xsl:call-template></h2>
        <ol class="inline">
          <li><a href="#by-req"><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.by-req'"/></xsl:call-template></a></li>
          <xsl:for-each select="$cats">
            <li>
              <a href="#by-{@id}">
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'trace.by-clause'"/>
                  <xsl:with-param name="p1"><xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="@id"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
              </a>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- the contents of <main>, written straight into the page (a
       parameter would hold a second copy of the whole document) -->
  <xsl:template match="i:resolved" mode="main">
    <xsl:variable name="cats" select="i:catalogues/i:catalogue"/>
    <p class="lead"><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.intro'"/></xsl:call-template></p>

    <section id="by-req" aria-labelledby="by-req-h">
      <h2 id="by-req-h"><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.by-req'"/></xsl:call-template></h2>
      <table class="trace">
        <thead>
          <tr>
            <th scope="col" class="c-num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.number'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.requirement'"/></xsl:call-template></th>
            <xsl:for-each select="$cats">
              <th scope="col">
                <xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="@id"/></xsl:call-template>
              </th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="i:requirements//i:requirement">
            <xsl:variable name="r" select="."/>
            <tr id="req-{@id}">
              <th scope="row" class="num"><xsl:value-of select="@number"/></th>
              <td>
                <code><xsl:value-of select="@id"/></code>
                <xsl:text> </xsl:text>
                <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                <br/>
                <xsl:call-template name="kind-badge"/>
              </td>
              <xsl:for-each select="$cats">
                <xsl:variable name="refs" select="$r/i:ref[@catalogue = current()/@id]"/>
                <td>
                  <xsl:choose>
                    <xsl:when test="$refs">
                      <ul class="plain">
                        <xsl:for-each select="$refs">
                          <li>
                            <a href="#cl-{@catalogue}-{@clause}"><cite><xsl:value-of select="@cite"/></cite></a>
                            <xsl:text> </xsl:text>
                            <span class="muted"><xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template></span>
                            <xsl:if test="@after-tender = 'true'">
                              <xsl:text> </xsl:text>
                              <span class="date-later">
                                <xsl:text>(</xsl:text>
                                <xsl:call-template name="msg">
                                  <xsl:with-param name="key" select="'ref.applies-from'"/>
                                  <xsl:with-param name="p1"><xsl:call-template name="date"><xsl:with-param name="d" select="@applies-from"/></xsl:call-template></xsl:with-param>
                                </xsl:call-template>
                                <xsl:text>)</xsl:text>
                              </span>
                            </xsl:if>
                          </li>
                        </xsl:for-each>
                      </ul>
                    </xsl:when>
                    <xsl:otherwise>
                      <span class="none"><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.none'"/></xsl:call-template></span>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>

    <xsl:apply-templates select="$cats"/>
  </xsl:template>

  <xsl:template match="i:catalogue">
    <xsl:variable name="cat" select="@id"/>
    <section id="by-{@id}" aria-labelledby="by-{@id}-h" class="appendix">
      <h2 id="by-{@id}-h">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'trace.by-clause'"/>
          <xsl:with-param name="p1"><xsl:call-template name="catalogue-short"><xsl:with-param name="id" select="@id"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </h2>
      <p>
        <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="muted">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="msg"><xsl:with-param name="key" select="'layer.version'"/><xsl:with-param name="p1" select="@version"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </span>
      </p>
      <xsl:choose>
        <xsl:when test="i:clause[i:by]">
          <p class="muted"><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.by-clause.intro'"/></xsl:call-template></p>
          <table class="trace by-clause">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.clause'"/></xsl:call-template></th>
                <th scope="col" class="c-title"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.title'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.direct'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="i:clause[i:by]">
                <tr id="cl-{$cat}-{@id}" class="depth-{@depth}">
                  <th scope="row" class="clause-cite"><cite><xsl:value-of select="@cite"/></cite></th>
                  <td>
                    <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
                    <xsl:variable name="later">
                      <xsl:call-template name="date-after"><xsl:with-param name="a" select="@applies-from"/><xsl:with-param name="b" select="$tender-date"/></xsl:call-template>
                    </xsl:variable>
                    <xsl:if test="$later = '1'">
                      <xsl:text> </xsl:text>
                      <span class="date-later">
                        <xsl:text>(</xsl:text>
                        <xsl:call-template name="msg">
                          <xsl:with-param name="key" select="'ref.applies-from'"/>
                          <xsl:with-param name="p1"><xsl:call-template name="date"><xsl:with-param name="d" select="@applies-from"/></xsl:call-template></xsl:with-param>
                        </xsl:call-template>
                        <xsl:text>)</xsl:text>
                      </span>
                    </xsl:if>
                  </td>
                  <td><xsl:call-template name="by-list"><xsl:with-param name="by" select="i:by"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="msg"><xsl:with-param name="key" select="'trace.no-clauses'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- requirements of a clause: number, id and title, linked to the row
       of the requirement. One key() per `by` (they are in requirement
       order, each once): key() of a node-set merges one result at a time
       into the last, comparing each node with all before it, which is
       quadratic in the number of requirements of a clause. -->
  <xsl:template name="by-list">
    <xsl:param name="by"/>
    <ul class="plain">
      <xsl:for-each select="$by">
        <xsl:for-each select="key('req', @ref)">
          <li>
            <a href="#req-{@id}" class="num"><xsl:value-of select="@number"/></a>
            <xsl:text> </xsl:text>
            <code><xsl:value-of select="@id"/></code>
            <xsl:text> </xsl:text>
            <xsl:call-template name="inline"><xsl:with-param name="node" select="i:title"/></xsl:call-template>
          </li>
        </xsl:for-each>
      </xsl:for-each>
    </ul>
  </xsl:template>

</xsl:stylesheet>
