#!/bin/sh
# Tests of the PDF templates (templates/fo/annex.xsl, checklist.xsl): both
# run under xsltproc on the hand-written resolved sample and on resolved
# documents that icoc makes (nl and en); the output is tender-FO: well-formed,
# no DOCTYPE, only fo: elements (foreign ones only in fo:declarations), PDF
# structure names as roles, every link and citation resolves, ids unique,
# "Pagina X van Y" cites the last block, links have alt text, each
# requirement kept together,
# the checklist's header row in a table-header, deterministic. It validates
# against templates/fo/tender-fo.rng once that schema exists.
#
# When Apache FOP is installed (`command -v fop`; a reference, never a
# dependency) every FO file is rendered with tests/fo-templates/fop.xconf
# and the PDF text must hold "Pagina 1 van N" (N = its page count) and every
# requirement title; FOP must not report overflowing lines, missing glyphs
# or unresolved ids. Dutch compounds fit the narrow table columns only
# hyphenated: Debian's fop package ships /usr/share/fop/fop-hyph.jar, so
# FOP hyphenates Dutch; a FOP without patterns reports overflows here.
# When `icoc fo2pdf` exists it renders the same files.
#
# usage: tests/fo-templates/run.sh   (from anywhere; needs xsltproc, xmllint
#        and a built ./icoc; pdftotext and pdfinfo for the PDF checks)
# prints "fo-templates: N passed, N failed"; exit status 1 on a failure.

set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
fo=$root/templates/fo
schema=$fo/tender-fo.rng
sample=$root/tests/fixtures/resolved-sample.xml
icoc=$root/icoc
xconf=$root/tests/fo-templates/fop.xconf
tmp=$(mktemp -d "${TMPDIR:-/tmp}/icoc-fo-templates.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
note() { printf 'note: %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...
	d=$1; shift
	if "$@" >"$tmp/out" 2>&1; then ok; else fail "$d"; sed 's/^/  | /' "$tmp/out" | head -20; fi
}

for tool in xmllint xsltproc; do
	command -v $tool >/dev/null 2>&1 || { echo "run.sh: $tool not found" >&2; exit 2; }
done

FO=http://www.w3.org/1999/XSL/Format

# ------------------------------------------------------ helper stylesheets
# structure.xsl prints one line per problem, nothing when all is well.
cat >"$tmp/structure.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions">
  <xsl:output method="text"/>
  <xsl:param name="kind"/>
  <xsl:param name="lang"/>
  <xsl:key name="id" match="*[@id]" use="@id"/>
  <xsl:variable name="roles"> Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Figure Formula Form artifact </xsl:variable>
  <xsl:template match="/">
    <xsl:if test="not(fo:root)">root is not fo:root&#10;</xsl:if>
    <xsl:if test="string(fo:root/@xml:lang) != $lang">fo:root xml:lang is '<xsl:value-of select="fo:root/@xml:lang"/>', expected '<xsl:value-of select="$lang"/>'&#10;</xsl:if>
    <xsl:for-each select="//*[namespace-uri() != 'http://www.w3.org/1999/XSL/Format'][not(ancestor::fo:declarations)]">
      <xsl:text>foreign element </xsl:text><xsl:value-of select="name()"/>&#10;
    </xsl:for-each>
    <xsl:for-each select="//@role[not(contains($roles, concat(' ', ., ' ')))]">
      <xsl:text>role '</xsl:text><xsl:value-of select="."/>' is not a PDF structure type&#10;
    </xsl:for-each>
    <xsl:for-each select="//@ref-id | //@internal-destination">
      <xsl:if test="not(key('id', .))">unresolved <xsl:value-of select="name()"/> '<xsl:value-of select="."/>'&#10;</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="//*[@id]">
      <xsl:if test="key('id', @id)[2] and generate-id(key('id', @id)[1]) = generate-id()">duplicate id '<xsl:value-of select="@id"/>'&#10;</xsl:if>
    </xsl:for-each>
    <xsl:if test="not(//fo:static-content[@flow-name = 'xsl-region-after']//fo:page-number)">no page number in the footer&#10;</xsl:if>
    <xsl:if test="not(//fo:static-content[@flow-name = 'xsl-region-after']//fo:page-number-citation-last)">no "of Y" (page-number-citation-last) in the footer&#10;</xsl:if>
    <xsl:if test="not(//fo:static-content[@flow-name = 'xsl-region-before']/fo:block[normalize-space()])">no running header&#10;</xsl:if>
    <xsl:for-each select="//fo:page-number-citation-last">
      <xsl:if test="generate-id(key('id', @ref-id)) != generate-id((//fo:flow//*[@id])[last()])">citation-last '<xsl:value-of select="@ref-id"/>' is not the flow's last block with an id&#10;</xsl:if>
    </xsl:for-each>
    <xsl:if test="//fo:basic-link[not(normalize-space(@fox:alt-text))]">link without fox:alt-text (FOP's PDF/UA mode needs it)&#10;</xsl:if>
    <xsl:if test="not(fo:root/fo:bookmark-tree/fo:bookmark)">no bookmarks&#10;</xsl:if>
    <xsl:if test="count(//*[@role = 'H1']) != 1">not exactly one H1&#10;</xsl:if>
    <xsl:if test="not(//fo:simple-page-master[@page-width = '210mm' and @page-height = '297mm'] | //fo:simple-page-master[@page-width = '297mm' and @page-height = '210mm'])">no A4 page master&#10;</xsl:if>
    <xsl:if test="not(fo:root/@hyphenate = 'true' or //fo:flow[@hyphenate = 'true'])">body text not hyphenated&#10;</xsl:if>
    <xsl:choose>
      <xsl:when test="$kind = 'annex'">
        <xsl:if test="not(//*[@role = 'TOC']/*[@role = 'TOCI']//fo:page-number-citation)">no contents with page numbers&#10;</xsl:if>
        <xsl:for-each select="//*[@role = 'TOCI']">
          <xsl:if test="not(fo:basic-link[@internal-destination]//fo:leader)">contents line without link or leader&#10;</xsl:if>
        </xsl:for-each>
        <xsl:for-each select="//fo:block[starts-with(@id, 'req-')][not(@keep-together.within-page = 'always')]">
          <xsl:value-of select="@id"/> not kept together&#10;
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="not(//fo:table/fo:table-header/fo:table-row)">checklist table without table-header&#10;</xsl:if>
        <xsl:if test="//fo:table[@table-omit-header-at-break = 'true']">table header not repeated&#10;</xsl:if>
        <xsl:for-each select="//fo:block[starts-with(@id, 'req-')][not(ancestor::fo:table-row[1]/@keep-together.within-page = 'always')]">
          <xsl:value-of select="@id"/> row not kept together&#10;
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
EOF

# reqs.xsl: "ID<TAB>title" of every selected requirement of a resolved document
cat >"$tmp/reqs.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:i="urn:icoc:1">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//i:requirements//i:requirement">
      <xsl:value-of select="@id"/><xsl:text>&#9;</xsl:text><xsl:value-of select="normalize-space(i:title)"/><xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF

# ------------------------------------------------------------- inputs
cp "$sample" "$tmp/sample.xml"
inputs="sample"
# nothing to list: no parameters, no requirements, nothing left out
sed -e '/<parameters>/,/<\/parameters>/c\
  <parameters/>' -e '/<requirements /,/<\/requirements>/c\
  <requirements count="0" knockout="0" award="0" weight-total="0"/>' \
    -e '/<excluded>/,/<\/excluded>/c\
  <excluded/>' "$sample" >"$tmp/empty.xml"
# long and hostile text: markup characters, a long title and buyer, links
# that must not become links (javascript:, a quote that would end url('…'))
sed -e 's#<title>Vervanging telemetriesysteem rioolgemalen</title>#<title>Vervanging en uitbreiding van het telemetriesysteem voor rioolgemalen, gemalen en overstortmeetpunten, inclusief \&lt;beheer\&gt; \&amp; onderhoud gedurende tien jaar</title>#' \
    -e 's#<buyer>Waterschap De Voorbeeldstroom</buyer>#<buyer>Hoogheemraadschap van de Voorbeeldige Polders en Boezemwateren</buyer>#' \
    -e "s#<guidance>Zie de <link href=\"#<guidance><link href=\"javascript:alert(1)\">js</link> <link href=\"https://example.org/a'b\">q</link> Zie de <link href=\"#" \
    "$sample" >"$tmp/hostile.xml"
for v in empty hostile; do
	if cmp -s "$sample" "$tmp/$v.xml"; then fail "variant '$v' did not change the sample"; continue; fi
	if xmllint --noout --relaxng "$root/requirements/schema/resolved.rng" "$tmp/$v.xml" >"$tmp/out" 2>&1; then
		ok; inputs="$inputs $v"
	else
		fail "variant '$v' does not validate against resolved.rng"; sed 's/^/  | /' "$tmp/out" | head -5
	fi
done
if [ -x "$icoc" ]; then
	for l in nl en; do
		if ICOC_PATH=$root/tests/fixtures/sets "$icoc" resolve --lang $l \
			"$root/tests/fixtures/selection-mini.xml" -o "$tmp/mini-$l.xml" >"$tmp/out" 2>&1; then
			ok; inputs="$inputs mini-$l"
		else
			fail "icoc resolve selection-mini.xml --lang $l"; sed 's/^/  | /' "$tmp/out" | head -10
		fi
	done
else
	fail "icoc is not built ($icoc): cannot make a real resolved document"
fi

[ -f "$schema" ] || note "templates/fo/tender-fo.rng not there yet: schema validation skipped"
have_fop=0
if command -v fop >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
	have_fop=1
else
	note "fop (or pdftotext/pdfinfo) not installed: FOP rendering skipped"
fi
have_fo2pdf=0
if [ -x "$icoc" ] && "$icoc" fo2pdf --help >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
	have_fo2pdf=1
else
	note "icoc fo2pdf not available: rendering with our formatter skipped"
fi

# pdf_text PDF: the text with white space collapsed to single spaces
pdf_text() { pdftotext -enc UTF-8 "$1" - 2>/dev/null | tr '\n\f\t' '   ' | tr -s ' '; }

# check_pdf LABEL PDF LANG RESOLVED: page "1 of N" and every requirement title
check_pdf() {
	pl=$1 pdf=$2 plang=$3 pres=$4
	pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
	pdf_text "$pdf" >"$tmp/text"
	case $plang in en*) want="Page 1 of $pages" ;; *) want="Pagina 1 van $pages" ;; esac
	if [ -n "$pages" ] && grep -qF "$want" "$tmp/text"; then ok; else fail "$pl: no '$want' in the PDF text"; fi
	pmissing=$(xsltproc "$tmp/reqs.xsl" "$pres" | while IFS='	' read -r id title; do
		grep -qF -- "$title" "$tmp/text" || printf '%s (%s); ' "$id" "$title"
	done)
	if [ -z "$pmissing" ]; then ok; else fail "$pl: requirement titles missing from the PDF text: $pmissing"; fi
}

# ---------------------------------------------------------- templates
for in in $inputs; do
	res=$tmp/$in.xml
	lang=$(xmllint --xpath 'string(/*/@lang)' "$res" 2>/dev/null)
	for kind in annex checklist; do
		label="$kind($in)"
		out=$tmp/$kind-$in.fo
		if xsltproc "$fo/$kind.xsl" "$res" >"$out" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then ok; else
			fail "$label: xsltproc"; sed 's/^/  | /' "$tmp/err" | head -10; continue
		fi
		check "$label: well-formed XML" xmllint --noout "$out"
		# FOP (disallow-doctype-decl) and icoc's loader refuse a DOCTYPE
		if grep -q '<!DOCTYPE' "$out"; then
			fail "$label: output has a DOCTYPE ($(grep -o '<!DOCTYPE[^>]*>' "$out")), which FOP and icoc fo2pdf refuse; it comes from the xsl:output of templates/html/common.xsl"
			sed 's/<!DOCTYPE[^>]*>//' "$out" >"$out.tmp" && mv "$out.tmp" "$out"
		else ok; fi
		if grep -q 'msg-missing' "$out"; then fail "$label: $(grep -o '\[msg-missing:[^]]*\]' "$out" | sort -u | tr '\n' ' ')"; else ok; fi
		xsltproc --stringparam kind "$kind" --stringparam lang "$lang" "$tmp/structure.xsl" "$out" >"$tmp/problems" 2>&1
		if [ -s "$tmp/problems" ]; then fail "$label: structure"; sed 's/^/  | /' "$tmp/problems" | head -20; else ok; fi
		# every requirement has its anchor (title, statement, …)
		missing=$(xsltproc "$tmp/reqs.xsl" "$res" | while IFS='	' read -r id title; do
			grep -q "id=\"req-$id\"" "$out" || printf '%s ' "$id"
		done)
		if [ -z "$missing" ]; then ok; else fail "$label: requirements missing: $missing"; fi
		if grep -q 'javascript:\|example.org/a' "$out"; then fail "$label: a javascript: or quoted address became a link"; else ok; fi
		# deterministic
		xsltproc "$fo/$kind.xsl" "$res" 2>/dev/null | sed 's/<!DOCTYPE[^>]*>//' >"$out.2"
		check "$label: deterministic" cmp -s "$out" "$out.2"
		if [ -f "$schema" ]; then
			check "$label: validates against tender-fo.rng" xmllint --noout --relaxng "$schema" "$out"
		fi
		if [ $have_fop = 1 ]; then
			if fop -c "$xconf" -fo "$out" -pdf "$out.fop.pdf" >"$tmp/fop.log" 2>&1 && [ -s "$out.fop.pdf" ]; then
				ok
				if grep -E 'exceed the available area|not available in font|Unresolved ID|SEVERE|\[ERROR\]' "$tmp/fop.log" >"$tmp/fopwarn"; then
					fail "$label: FOP warnings"; sed 's/^/  | /' "$tmp/fopwarn" | sort -u | head -10
				else ok; fi
				check_pdf "$label [FOP]" "$out.fop.pdf" "$lang" "$res"
			else
				fail "$label: FOP failed"; grep -v '^\s*at ' "$tmp/fop.log" | sed 's/^/  | /' | head -15
			fi
		fi
		if [ $have_fo2pdf = 1 ]; then
			if "$icoc" fo2pdf "$out" -o "$out.icoc.pdf" >"$tmp/out" 2>&1 && [ -s "$out.icoc.pdf" ]; then
				ok
				check_pdf "$label [icoc fo2pdf]" "$out.icoc.pdf" "$lang" "$res"
			else
				fail "$label: icoc fo2pdf failed"; sed 's/^/  | /' "$tmp/out" | head -10
			fi
		fi
	done
done

echo "fo-templates: $passed passed, $failed failed"
[ $failed -eq 0 ]
