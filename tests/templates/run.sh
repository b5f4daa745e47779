#!/bin/sh
# Tests of the HTML templates against the hand-written resolved sample:
# the sample validates against resolved.rng (and broken copies do not),
# every template runs under xsltproc and gives a self-contained, parsable,
# accessible HTML page, output is deterministic, both languages work, and
# a set of 10 000 requirements stays fast.
#
# usage: tests/templates/run.sh        (from anywhere; needs xmllint, xsltproc)
# ICOC_TEST_LARGE=0 skips the large-set timing test.

set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
schema=$root/requirements/schema/resolved.rng
sample=$root/tests/fixtures/resolved-sample.xml
html=$root/templates/html
tmp=$(mktemp -d "${TMPDIR:-/tmp}/icoc-templates.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...
	d=$1; shift
	if "$@" >"$tmp/out" 2>&1; then ok; else fail "$d"; sed 's/^/  | /' "$tmp/out" | head -20; fi
}

for tool in xmllint xsltproc; do
	command -v $tool >/dev/null 2>&1 || { echo "run.sh: $tool not found" >&2; exit 2; }
done

# ------------------------------------------------------------- schema
check "schema is well-formed RELAX NG" xmllint --noout "$schema"
check "sample validates against resolved.rng" xmllint --noout --relaxng "$schema" "$sample"

# broken copies must be rejected: NAME SED-EXPRESSION
while IFS='|' read -r name expr; do
	[ -n "$name" ] || continue
	sed "$expr" "$sample" >"$tmp/bad-$name.xml"
	if cmp -s "$sample" "$tmp/bad-$name.xml"; then fail "bad case '$name' did not change the sample"; continue; fi
	if xmllint --noout --relaxng "$schema" "$tmp/bad-$name.xml" >/dev/null 2>&1; then
		fail "schema accepts a broken document ($name)"
	else ok; fi
done <<'EOF'
kind|s/kind="knockout"/kind="maybe"/
unit|s/unit="days"/unit="weeks"/
digest|s/checklist-digest="sha256:[0-9a-f]*"/checklist-digest="sha256:abc"/
excluded-reason|s/ reason="Vervangen door OT-01 voor procesautomatisering."//
default-layer|s/ source="default" layer="ico-basis"/ source="default"/
unknown-element|s#<guidance>#<remark>x</remark><guidance>#
date|s#<date>2026-12-01</date>#<date>1 dec 2026</date>#
inline-q|s#<strong>ISO/IEC 27001</strong>#<q>ISO/IEC 27001</q>#
id|s/id="KWB-01"/id="-KWB-01"/
fallback|s/fallback="false"/fallback="no"/
EOF

# ---------------------------------------------------------- templates
# ids_named FILE ATTR PREFIX: every value of ATTR in FILE, after PREFIX
# (a space-separated list for aria-labelledby), is an id of FILE
ids_named() {
	grep -o "$2=\"$3[^\"]*\"" "$1" | sed "s/^$2=\"$3//; s/\"\$//" | tr ' ' '\n' | sort -u |
		while read -r id; do
			[ -z "$id" ] || grep -q " id=\"$id\"" "$1" || { echo "no id '$id'"; exit 1; }
		done
}

# check_html NAME FILE LANG: the checks every page must pass
check_html() {
	name=$1 f=$2 lang=$3
	check "$name: starts with <!DOCTYPE html>" sh -c "head -c 15 '$f' | grep -q '^<!DOCTYPE html>'"
	check "$name: <html lang=\"$lang\">" grep -q "<html lang=\"$lang\">" "$f"
	check "$name: exactly one h1" sh -c "[ \$(grep -o '<h1[ >]' '$f' | wc -l) -eq 1 ]"
	check "$name: every th has a scope" sh -c "[ \$(grep -o '<th[ >]' '$f' | wc -l) -eq \$(grep -oE '<th [^>]*scope=\"(col|row|colgroup|rowgroup)\"' '$f' | wc -l) ]"
	check "$name: no script" sh -c "! grep -qi '<script' '$f'"
	check "$name: no external resources" sh -c "! grep -qiE '<(link|img|script|iframe|object|embed|source|video|audio|base)[ >]|@import|url\\(' '$f'"
	check "$name: landmarks header, nav, main, footer" sh -c "grep -q '<header' '$f' && grep -q '<nav' '$f' && grep -q '<main' '$f' && grep -q '<footer' '$f'"
	check "$name: inlined CSS with a print stylesheet" sh -c "grep -q '<style>' '$f' && grep -q '@media print' '$f'"
	check "$name: no missing message keys" sh -c "! grep -o 'msg-missing:[^]]*' '$f'"
	# xmllint's HTML parser knows HTML 4 only: the HTML5 elements are not errors
	check "$name: parses as HTML" sh -c "xmllint --html --noout '$f' 2>&1 | grep -vE 'Tag (header|nav|main|footer|section|article) invalid' | grep -E 'error|warning' -A2; [ \$(xmllint --html --noout '$f' 2>&1 | grep -E 'error|warning' | grep -cvE 'Tag (header|nav|main|footer|section|article) invalid') -eq 0 ]"
	check "$name: heading levels without skips" sh -c "grep -o '<h[1-6]' '$f' | tr -dc '0-9\n' | awk 'NR == 1 && \$1 != 1 { exit 1 } NR > 1 && \$1 > p + 1 { print \"h\" p \" then h\" \$1; exit 1 } { p = \$1 }'"
	check "$name: ids unique" sh -c "[ -z \"\$(grep -o ' id=\"[^\"]*\"' '$f' | sort | uniq -d)\" ]"
	check "$name: in-page links resolve" ids_named "$f" href '#'
	check "$name: aria-labelledby names an id" ids_named "$f" aria-labelledby ''
}

for t in annex checklist trace coverage; do
	out=$tmp/$t.html
	if xsltproc "$html/$t.xsl" "$sample" >"$out" 2>"$tmp/$t.err" && [ ! -s "$tmp/$t.err" ]; then
		ok
	else
		fail "$t: xsltproc failed"; sed 's/^/  | /' "$tmp/$t.err" | head -20; continue
	fi
	check_html "$t" "$out" nl
	xsltproc "$html/$t.xsl" "$sample" >"$tmp/$t.again.html" 2>/dev/null
	check "$t: deterministic" cmp "$out" "$tmp/$t.again.html"
done

# ------------------------------------------------------------ content
a=$tmp/annex.html
has() { # has FILE TEXT: TEXT occurs in FILE (fixed string, nbsp as space)
	sed 's/\xc2\xa0/ /g; s/&nbsp;/ /g; s/&#160;/ /g' "$1" | grep -qF -- "$2"
}
check "annex: Dutch title" has "$a" "Bijlage: beveiligingseisen"
check "annex: buyer value marked" has "$a" 'class="val val-buyer"'
check "annex: default value marked" has "$a" 'class="val val-default"'
check "annex: plural unit (5 dagen)" has "$a" "5 dagen"
check "annex: singular unit (1 jaar)" has "$a" "1 jaar"
check "annex: percent attached (100%)" has "$a" "100%"
check "annex: applies-from after the tender" has "$a" "van toepassing vanaf 11 december 2027"
check "annex: no applies-from when before the tender" sh -c "! grep -q '11 september 2026' '$a'"
check "annex: fallback note and lang" sh -c "grep -q 'class=\"notice\"' '$a' && grep -q 'lang=\"en\"' '$a'"
check "annex: maximum score" has "$a" "De maximale score is 20 punten"
check "annex: excluded by the buyer with reason" has "$a" "Het systeem heeft geen koppeling met internet"
check "annex: withdrawn by an overlay" has "$a" "Vervangen door OT-01"
check "annex: amendment reason" has "$a" "standaardwaarde verhoogd van 5 naar 10 jaar"
check "annex: digest shown" has "$a" "sha256:"
check "annex: toc links groups" has "$a" 'href="#g-kwetsbaarheden"'
check "annex: only web links" sh -c "! grep -qiE 'href=\"(javascript|data|file|vbscript):' '$a'"
c=$tmp/checklist.html
check "checklist: one row per requirement" sh -c "[ \$(grep -o '<tr id=\"req-' '$c' | wc -l) -eq \$(grep -o 'count=\"[0-9]*\"' '$sample' | head -1 | tr -dc 0-9) ]"
check "checklist: digest and reference" sh -c "grep -q \"\$(grep -o 'sha256:[0-9a-f]*' '$sample' | head -1)\" '$c' && grep -q 'WS-2026-014' '$c'"
check "checklist: empty answer columns" sh -c "grep -q '<td class=\"answer\"></td>' '$c'"
check "trace: both directions" sh -c "grep -q 'id=\"by-req\"' '$tmp/trace.html' && grep -q 'id=\"cl-cra-AI.P2.2\"' '$tmp/trace.html' && grep -q 'id=\"cl-bio2-8.08.01\"' '$tmp/trace.html'"
v=$tmp/coverage.html
check "coverage: counts" has "$v" "10 van 22 punten afgedekt"
check "coverage: BIO2 counts" has "$v" "8 van 13 beheersmaatregelen afgedekt"
check "coverage: gaps marked in text" sh -c "grep -q 'badge badge-gap\">Hiaat' '$v' && grep -q 'class=\"gap' '$v'"
# control 8.08 has nothing mapped to it, three requirements to its
# measures 8.08.01 and 8.08.06: listed once each, in order, with the measure
check "coverage: a control covered through its measures" sh -c "tr -d '\n' <'$v' | grep -o '<tr id=\"cv-bio2-8.08\".*' | sed 's,</tr>.*,,' | grep -o 'req-[A-Z0-9-]*\">.*(via [0-9.]*)' | grep -o 'req-[A-Z0-9-]*\|via [0-9.]*' | tr '\n' ' ' | grep -qx 'req-ONT-01 via 8.08.01 req-KWB-01 via 8.08.01 req-KWB-03 via 8.08.06 '"
check "trace: a clause lists only what is mapped to it" sh -c "! grep -q 'id=\"cl-bio2-8.08\"' '$tmp/trace.html'"

# ------------------------------------------------------------ English
sed 's/ lang="nl" set=/ lang="en" set=/' "$sample" >"$tmp/en.xml"
for t in annex checklist trace coverage; do
	if xsltproc "$html/$t.xsl" "$tmp/en.xml" >"$tmp/$t.en.html" 2>"$tmp/$t.en.err" && [ ! -s "$tmp/$t.en.err" ]; then ok; else fail "$t (en): xsltproc failed"; continue; fi
	check "$t (en): <html lang=\"en\">" grep -q '<html lang="en">' "$tmp/$t.en.html"
	check "$t (en): no missing message keys" sh -c "! grep -o 'msg-missing:[^]]*' '$tmp/$t.en.html'"
done
check "annex (en): title" has "$tmp/annex.en.html" "Annex: security requirements"
check "annex (en): units (5 days, 1 year, 24 hours)" sh -c "f='$tmp/annex.en.html'; sed 's/\xc2\xa0/ /g' \"\$f\" | grep -q '5 days' && sed 's/\xc2\xa0/ /g' \"\$f\" | grep -q '1 year' && sed 's/\xc2\xa0/ /g' \"\$f\" | grep -q '24 hours'"
check "annex (en): dates" has "$tmp/annex.en.html" "applies from 11 December 2027"

# ------------------------------------------ a minimal, hostile document
# no parameters, exclusions or catalogues; groups nested five deep; a
# javascript: link; markup in the tender data that ends up near <style>
cat >"$tmp/min.xml" <<'MIN'
<resolved xmlns="urn:icoc:1" format="2" lang="en" set="x" set-version="2026.1" checklist-digest="sha256:0000000000000000000000000000000000000000000000000000000000000000">
  <tender><title>T &lt;/style&gt;"</title><reference>R"&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</reference><buyer>B</buyer><date>2026-01-01</date></tender>
  <layers><layer set="x" version="2026.1"><title>X</title></layer></layers>
  <chosen><level id="basis" rank="1" of="1"><title>Basis</title></level></chosen>
  <parameters/>
  <requirements count="1" knockout="1" award="0" weight-total="0">
    <group id="g" number="1" layer="x"><title>G</title><group id="g2" number="1.1" layer="x"><title>G2</title>
    <group id="g3" number="1.1.1" layer="x"><title>G3</title><group id="g4" number="1.1.1.1" layer="x"><title>G4</title>
    <group id="g5" number="1.1.1.1.1" layer="x"><title>G5</title>
      <requirement id="A" number="1.1.1.1.1.1" kind="knockout" weight="1" level="basis" applies-to="service" layer="x" fallback="false">
        <title>A</title><statement>S <link href="javascript:alert(1)">x</link> <value param="c" source="default" unit="count">3</value> <value param="m" source="buyer" unit="minutes">1</value></statement>
      </requirement>
    </group></group></group></group></group>
  </requirements>
  <excluded/>
  <catalogues/>
</resolved>
MIN
check "minimal document validates" xmllint --noout --relaxng "$schema" "$tmp/min.xml"
for t in annex checklist trace coverage; do
	if xsltproc "$html/$t.xsl" "$tmp/min.xml" >"$tmp/min-$t.html" 2>"$tmp/min-$t.err" && [ ! -s "$tmp/min-$t.err" ]; then ok; else fail "$t (minimal): xsltproc failed"; continue; fi
	check_html "$t (minimal)" "$tmp/min-$t.html" en
	check "$t (minimal): nothing leaves the style element" sh -c "[ \$(grep -c '</style>' '$tmp/min-$t.html') -eq 1 ] && ! grep -qi '<script' '$tmp/min-$t.html'"
done
check "annex (minimal): javascript: link shown as text" sh -c "! grep -qi 'href=\"javascript' '$tmp/min-annex.html' && grep -q '<span class=\"link\">x</span>' '$tmp/min-annex.html'"
check "annex (minimal): count has no unit, 1 minute singular" sh -c "sed 's/\xc2\xa0/ /g' '$tmp/min-annex.html' | grep -q '>3<span class=\"vh\">' && sed 's/\xc2\xa0/ /g' '$tmp/min-annex.html' | grep -q '>1 minute<'"

# ---------------------------------------------------- 10 000 requirements
if [ "${ICOC_TEST_LARGE:-1}" != 0 ]; then
	big=$tmp/big.xml
	awk -v n=10000 -v per=50 '
	/<requirements / { print "  <requirements count=\"" n "\" knockout=\"" n / 2 "\" award=\"" n / 2 "\" weight-total=\"" n "\">"
		for (i = 1; i <= n; i++) {
			g = int((i - 1) / per) + 1; k = (i - 1) % per + 1
			if (k == 1) printf "    <group id=\"g%d\" number=\"%d\" layer=\"ico-basis\"><title>Groep %d</title>\n", g, g, g
			kind = i % 2 ? "knockout" : "award"
			printf "      <requirement id=\"R-%d\" number=\"%d.%d\" kind=\"%s\" weight=\"%d\" level=\"basis\" applies-to=\"product\" layer=\"ico-basis\" fallback=\"false\"><title>Eis %d</title><statement>Binnen <value param=\"patch-kritiek\" source=\"buyer\" unit=\"days\">5</value> na melding, eis %d.</statement><evidence>Bewijs %d.</evidence><ref catalogue=\"cra\" clause=\"AI.P2.2\" cite=\"Annex I, Part II, point (2)\" applies-from=\"2027-12-11\" after-tender=\"true\"><title>Address vulnerabilities</title></ref><ref catalogue=\"bio2\" clause=\"8.08.01\" cite=\"BIO2 8.08.01\"><title>Kwetsbaarheden verhelpen</title></ref></requirement>\n", i, g, k, kind, 1, i, i, i
			if (k == per || i == n) print "    </group>"
		}
		skip = 1; next }
	skip && /<\/requirements>/ { print; skip = 0; next }
	skip { next }
	/<clause id="(AI.P2.2|8.08.01)"/ { hit = 1 }
	hit && /<\/clause>/ {
		sub(/<\/clause>/, ""); printf "%s", $0
		for (i = 1; i <= n; i++) printf "<by ref=\"R-%d\"/>", i
		print "</clause>"; hit = 0; next }
	{ print }' "$sample" >"$big"
	check "large set validates" xmllint --noout --relaxng "$schema" "$big"
	for t in annex checklist trace coverage; do
		start=$(date +%s)
		if xsltproc "$html/$t.xsl" "$big" >"$tmp/big-$t.html" 2>"$tmp/big-$t.err"; then
			secs=$(($(date +%s) - start))
			if [ "$secs" -le 20 ]; then ok; else fail "$t: 10 000 requirements took ${secs}s (limit 20s)"; fi
		else
			fail "$t: xsltproc failed on the large set"; sed 's/^/  | /' "$tmp/big-$t.err" | head -5
		fi
	done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
