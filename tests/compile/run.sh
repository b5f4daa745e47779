#!/bin/sh
# icoc compile as a whole: deterministic bytes, templates that run
# unchanged under xsltproc, and hostile templates (sandbox, limits) that
# end with exit 2 and leave no file behind.
ICOC=${ICOC:-./icoc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ICOC_PATH=tests/fixtures/sets
SEL=tests/fixtures/selection-mini.xml
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL compile: $1"; }

# deterministic: two runs, the same bytes
$ICOC_WRAP "$ICOC" compile "$SEL" -o "$T/a" >/dev/null 2>"$T/err" &&
$ICOC_WRAP "$ICOC" compile "$SEL" -o "$T/b" >/dev/null 2>>"$T/err"
if [ $? = 0 ] && diff -r "$T/a" "$T/b" >/dev/null; then ok deterministic; else no "two runs differ"; cat "$T/err"; fi

# portable: xsltproc gives the same HTML from resolved.xml
for t in annex checklist trace coverage; do
	xsltproc templates/html/$t.xsl "$T/a/resolved.xml" >"$T/$t.xsltproc.html" 2>"$T/xsltproc.err"
	if cmp -s "$T/$t.xsltproc.html" "$T/a/$t.html"; then ok "xsltproc $t"; else no "xsltproc $t.html differs"; diff "$T/$t.xsltproc.html" "$T/a/$t.html" | head -5; fi
done
for t in checklist trace; do
	xsltproc templates/csv/$t.xsl "$T/a/resolved.xml" >"$T/$t.csv" 2>>"$T/xsltproc.err"
	if cmp -s "$T/$t.csv" "$T/a/$t.csv"; then ok "xsltproc $t.csv"; else no "xsltproc $t.csv differs"; fi
done

# the resolved document and the response template validate
xmllint --noout --relaxng requirements/schema/resolved.rng "$T/a/resolved.xml" 2>/dev/null && ok "resolved.xml valid" || no "resolved.xml invalid"
xmllint --noout --relaxng requirements/schema/response.rng "$T/a/response-template.xml" 2>/dev/null && ok "response template valid" || no "response template invalid"

# MANIFEST hashes match
(cd "$T/a" && grep -E '^[0-9a-f]{64}  ' MANIFEST | sha256sum -c --quiet) && ok "manifest hashes" || no "manifest hashes"

# the PDFs: pages numbered "Pagina X van Y", tagged, valid for qpdf
pdftotext "$T/a/annex.pdf" "$T/annex.txt" 2>/dev/null
pages=$(pdfinfo "$T/a/annex.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
if [ -n "$pages" ] && grep -q "Pagina 1 van $pages" "$T/annex.txt" && grep -q "Pagina $pages van $pages" "$T/annex.txt"; then
	ok "annex.pdf page numbers"
else
	no "annex.pdf page numbers (pages: $pages)"
fi
grep -q "Verhelpen van kritieke kwetsbaarheden" "$T/annex.txt" && ok "annex.pdf text" || no "annex.pdf lacks requirement titles"
pdfinfo "$T/a/annex.pdf" | grep -q "Tagged: *yes" && ok "annex.pdf tagged" || no "annex.pdf not tagged"
for f in annex checklist; do
	qpdf --check "$T/a/$f.pdf" >/dev/null 2>&1 && ok "qpdf $f.pdf" || no "qpdf --check $f.pdf"
done
# every font embedded; every internal link points at a destination that exists
if pdffonts "$T/a/annex.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }'; then ok "annex.pdf fonts embedded"; else no "annex.pdf has fonts that are not embedded"; fi
qpdf --qdf --object-streams=disable "$T/a/annex.pdf" "$T/q.pdf" 2>/dev/null
pdfinfo -dests "$T/a/annex.pdf" | awk 'NR > 1 { print $NF }' | tr -d '"' | sort -u >"$T/dests"
grep -a -o '/Dest ([^)]*)' "$T/q.pdf" | sed 's/^\/Dest (//; s/)$//' | sort -u >"$T/links"
if [ -s "$T/links" ] && [ -z "$(comm -23 "$T/links" "$T/dests")" ]; then ok "annex.pdf internal links resolve"; else no "annex.pdf links without a destination: $(comm -23 "$T/links" "$T/dests" | head -3)"; fi
grep -a -q '/Outlines' "$T/q.pdf" && grep -a -q '/First' "$T/q.pdf" && ok "annex.pdf outline" || no "annex.pdf has no outline"
pdftotext "$T/a/checklist.pdf" - 2>/dev/null | grep -q "TEST-2026-001" && ok "checklist.pdf reference" || no "checklist.pdf lacks the tender reference"

# hostile text in the selection: stays text in HTML, neutralised in CSV,
# and the output directory name cannot climb out of out/
rm -rf "$T/x"
$ICOC_WRAP "$ICOC" compile tests/compile/hostile-selection.xml --format html,csv -o "$T/x" >/dev/null 2>"$T/err"
if [ $? = 0 ] && ! grep -q '<script>alert' "$T/x"/*.html && ! grep -q '<img src=x' "$T/x"/*.html &&
    grep -q '&lt;script&gt;alert(1)' "$T/x/annex.html" && ! grep -qi 'href="javascript' "$T/x"/*.html; then
	ok "hostile text stays text in HTML"
else
	no "hostile text in HTML"; cat "$T/err"
fi
if grep -q "'=1+1" "$T/x/checklist.csv" && grep -q "'@SUM(A1:A9)" "$T/x/checklist.csv" &&
    grep -q "'+cmd" "$T/x/checklist.csv" && ! awk -F';' '{ for (i = 1; i <= NF; i++) if ($i ~ /^[=+@-]/) bad = 1 } END { exit !bad }' "$T/x/checklist.csv"; then
	ok "formula cells neutralised in CSV"
else
	no "formula cells in CSV"; head -5 "$T/x/checklist.csv"
fi
top=$(pwd)
(mkdir -p "$T/d" && cd "$T/d" && ICOC_PATH=$top/tests/fixtures/sets $ICOC_WRAP "$top/$ICOC" compile "$top/tests/compile/hostile-selection.xml" --format csv >/dev/null 2>&1)
if [ "$(ls "$T/d/out" 2>/dev/null)" = "_._.._etc_passwd" ] && [ ! -e "$T/etc" ]; then ok "reference reduced to a safe directory name"; else no "output directory name: $(ls "$T/d" "$T/d/out" 2>&1)"; fi

# hostile templates
check_hostile() {	# name, stderr regex
	rm -rf "$T/h"
	ICOC_XSLT_CPU_LIMIT=2 timeout 60 $ICOC_WRAP "$ICOC" compile "$SEL" --format html --templates tests/compile/templates/$1 -o "$T/h" >"$T/out" 2>"$T/err"
	rc=$?
	if [ $rc = 2 ] && grep -Eq "$2" "$T/err" && [ ! -e "$T/h" ] && ! grep -q SECRET-MARKER "$T/out" "$T/err" && [ ! -e /tmp/icoc-pwned.txt ]; then
		ok "hostile template $1"
	else
		no "hostile template $1: exit $rc"; head -5 "$T/err"
	fi
}
check_hostile read "may not read|refused"
check_hostile write "refused"
check_hostile recurse "infinite template recursion"
check_hostile slow "stopped after 2 seconds of CPU time"
check_hostile network "refused|denied"
rm -f /tmp/icoc-pwned.txt

echo "compile: $pass passed, $fail failed"
[ "$fail" = 0 ]
