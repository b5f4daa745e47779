#!/bin/sh
# icoc check: golden reports, bad and hostile responses, the spreadsheet
# round trip and the response template (issue 7).
#
#   sh tests/check/run.sh            run, print "check: N passed, N failed"
#   sh tests/check/run.sh --regen    rewrite the expected files (review the diff!)
#
# Golden cases: tests/check/expect/<case>/ holds the expected report.xml,
# report.csv, report.html and stderr; a file present is a check.  Example
# tenders (requirements/examples/*.xml) get a complying, a failing and an
# incomplete response, filled in from their response-template.xml by
# tests/check/fill.xsl; their goldens are tests/check/expect/<example>-<mode>/.
# Bad responses: tests/check/bad/<file> must exit 2 with the message in
# tests/check/bad/<file>.stderr and write nothing.
# Environment: ICOC (the binary), ICOC_WRAP (e.g. valgrind), BAD_TIME_LIMIT.
ICOC=${ICOC:-./icoc}
LIMIT=${BAD_TIME_LIMIT:-20}
ICOC_PATH=tests/fixtures/sets${ICOC_PATH:+:$ICOC_PATH}
export ICOC_PATH
unset SOURCE_DATE_EPOCH
REGEN=0
[ "$1" = --regen ] && REGEN=1
D=tests/check
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok $1"; }
nok() { fail=$((fail + 1)); echo "FAIL $1: $2"; }

# icoc with the wrapper and a time limit; stdout and stderr to files
icoc() {
	timeout 600 $ICOC_WRAP "$ICOC" "$@" >"$T/stdout" 2>"$T/stderr"
}

# the same within the time limit for hostile input
icoc_limited() {
	timeout "$LIMIT" $ICOC_WRAP "$ICOC" "$@" >"$T/stdout" 2>"$T/stderr"
}

# compare (or with --regen write) one expected file; $T paths and CSS removed
expect() {	# case expected-file actual-file
	# the style sheet belongs to the shared HTML layer: not compared here
	sed -e "s|$T/||g" -e '/^<style>/,/<\/style>/d' "$3" >"$T/norm"
	if [ "$REGEN" = 1 ]; then
		mkdir -p "$(dirname "$2")"
		cp "$T/norm" "$2"
	elif [ -f "$2" ]; then
		if cmp -s "$2" "$T/norm"; then
			ok "$1 $(basename "$2")"
		else
			nok "$1" "$(basename "$2") differs"
			diff -u "$2" "$T/norm" | head -n 20
		fi
	fi
}

valid_report() {	# case report.xml
	if xmllint --noout --relaxng requirements/schema/report.rng "$2" 2>"$T/rng"; then
		ok "$1 report.xml valid"
	else
		nok "$1" "report.xml does not match report.rng"
		head -n 5 "$T/rng"
	fi
}

# one golden case: name, expected status, then the arguments of icoc check
golden() {
	g=$1 gwant=$2
	shift 2
	rm -rf "$T/out"
	icoc check "$@" -o "$T/out"
	grc=$?
	if [ "$grc" = "$gwant" ]; then ok "$g status $grc"; else nok "$g" "status $grc, expected $gwant"; cat "$T/stderr"; fi
	[ -f "$T/out/report.xml" ] || { nok "$g" "no report.xml"; return; }
	valid_report "$g" "$T/out/report.xml"
	# the PDF: made, and saying the verdict (bytes are the formatter's business)
	if [ "$(head -c 5 "$T/out/report.pdf" 2>/dev/null)" = "%PDF-" ] &&
	    pdftotext "$T/out/report.pdf" - 2>/dev/null | tr -s ' \n' '  ' |
	    grep -q "$(sed -n 's/.*<title>\([^ ]*\) .*/\1/p' "$T/out/report.html" | head -n 1)"; then
		ok "$g report.pdf"
	else
		nok "$g" "report.pdf missing or without the verdict"
	fi
	if [ -n "$SUMMARY_ONLY" ]; then
		xsltproc $D/summary.xsl "$T/out/report.xml" >"$T/out/summary.txt"
		expect "$g" "$D/expect/$g/summary.txt" "$T/out/summary.txt"
		return
	fi
	for f in report.xml report.csv report.html; do
		expect "$g" "$D/expect/$g/$f" "$T/out/$f"
	done
	if [ -s "$T/stderr" ] || [ -f "$D/expect/$g/stderr" ]; then
		expect "$g" "$D/expect/$g/stderr" "$T/stderr"
	fi
}

SEL=tests/fixtures/selection-mini.xml
golden mini-comply 0 $D/mini/comply.xml --selection $SEL
golden mini-fail 1 $D/mini/fail.xml --selection $SEL
golden mini-incomplete 1 $D/mini/incomplete.xml --selection $SEL
golden mini-fail-en 1 $D/mini/fail.xml --selection $SEL --lang en
golden mini-csv-cp1252 1 $D/mini/cp1252-semicolon.csv --selection $SEL
golden mini-csv-excel 0 $D/mini/excel-bom-comma.csv --selection $SEL
golden mini-set 1 $D/mini/comply.xml --set mini-branch
golden mini-set-narrow 0 $D/mini/comply.xml --set mini-branch@2026.1 --segment cloud --level basis

# ------------------------------------------------ response template round trip

# compile, validate the template as written, fill it in three ways,
# validate again and check: 0 for comply, 1 for fail and incomplete
roundtrip() {	# name selection
	name=$1 sel=$2
	rm -rf "$T/c"
	if ! icoc compile "$sel" -o "$T/c" --format xml,csv; then
		nok "$name" "compile failed"
		cat "$T/stderr"
		return
	fi
	if xmllint --noout --relaxng requirements/schema/response.rng "$T/c/response-template.xml" 2>"$T/rng"; then
		ok "$name response-template.xml valid as written"
	else
		nok "$name" "response-template.xml does not match response.rng"
		head -n 5 "$T/rng"
	fi
	for mode in comply fail incomplete; do
		r="$T/c/response-$mode.xml"
		xsltproc --stringparam mode $mode --stringparam resolved "$T/c/resolved.xml" \
		    $D/fill.xsl "$T/c/response-template.xml" >"$r"
		if xmllint --noout --relaxng requirements/schema/response.rng "$r" 2>"$T/rng"; then
			ok "$name response-$mode.xml valid filled in"
		else
			nok "$name" "filled-in response ($mode) does not match response.rng"
			head -n 5 "$T/rng"
		fi
		want=1
		[ $mode = comply ] && want=0
		# the response is named by its place in $T; expect() strips $T
		golden "$name-$mode" $want "$r" --selection "$sel"
	done
	# the exported checklist comes back unchanged: every row unanswered
	icoc check "$T/c/checklist.csv" --selection "$sel" -o "$T/csvout" --format xml
	rc=$?
	if [ "$rc" = 1 ] && grep -q ' answered="0"' "$T/csvout/report.xml"; then
		ok "$name checklist.csv reads back (all unanswered)"
	else
		nok "$name" "checklist.csv as exported: status $rc, expected 1"
		cat "$T/stderr"
	fi
}

roundtrip template-mini $SEL
# the example tenders' sets change often: their goldens are summaries
SUMMARY_ONLY=1
for ex in requirements/examples/*.xml; do
	[ -f "$ex" ] || continue
	roundtrip "$(basename "$ex" .xml)" "$ex"
done
SUMMARY_ONLY=""

# ------------------------------------------------------------ bad responses

for f in $D/bad/*; do
	case $f in *.stderr) continue ;; esac
	name="bad/$(basename "$f")"
	rm -rf "$T/out"
	icoc check "$f" --selection $SEL -o "$T/out"
	rc=$?
	if [ "$rc" = 2 ]; then ok "$name status 2"; else nok "$name" "status $rc, expected 2"; fi
	if [ -e "$T/out" ]; then nok "$name" "wrote output"; else ok "$name wrote nothing"; fi
	if [ "$REGEN" = 1 ]; then
		cp "$T/stderr" "$f.stderr"
	elif [ -f "$f.stderr" ] && cmp -s "$f.stderr" "$T/stderr"; then
		ok "$name message"
	else
		nok "$name" "message differs"
		diff -u "$f.stderr" "$T/stderr" | head -n 10
	fi
done

# ------------------------------------------------------- hostile responses

hostile() {	# name file message-part
	rm -rf "$T/out"
	icoc_limited check "$2" --selection $SEL -o "$T/out"
	rc=$?
	if [ "$rc" = 2 ] && grep -q -- "$3" "$T/stderr" && [ ! -e "$T/out" ]; then
		ok "hostile $1"
	else
		nok "hostile $1" "status $rc: $(head -c 300 "$T/stderr")"
	fi
}

awk 'BEGIN { printf "Id;Status;Toelichting\nKWB-01;voldoet;"; for (i = 0; i < 200000; i++) printf "xxxxxxxxxx"; print "" }' >"$T/huge.csv"
hostile huge-cell "$T/huge.csv" "cell longer than"
awk 'BEGIN { print "Id;Status"; for (i = 0; i < 1000000; i++) print "KWB-01;voldoet" }' >"$T/rows.csv"
hostile million-rows "$T/rows.csv" "more than 100000 rows"
awk 'BEGIN { printf "Id;Status\nKWB-01;\""; for (i = 0; i < 1000; i++) printf "unbalanced quote " }' >"$T/quote.csv"
hostile unbalanced-quote "$T/quote.csv" "unterminated quoted cell"
awk 'BEGIN { print "Id;Status"; for (i = 0; i < 100000; i++) printf ";"; print "" }' >"$T/cols.csv"
hostile many-columns "$T/cols.csv" "cells in a row"
printf 'Id;Status\nKWB-01;vol\000doet\n' >"$T/nul.csv"
hostile nul-byte "$T/nul.csv" "NUL byte"
: >"$T/empty.csv"
hostile empty "$T/empty.csv" "empty file"

# ------------------------------------------------------------ usage errors

usage() {	# name args...
	name=$1
	shift
	icoc check "$@"
	rc=$?
	if [ "$rc" = 3 ]; then ok "usage $name"; else nok "usage $name" "status $rc, expected 3"; fi
}
usage neither $D/mini/comply.xml
usage both $D/mini/comply.xml --selection $SEL --set mini-branch
usage segment-with-selection $D/mini/comply.xml --selection $SEL --segment cloud
usage unknown-segment $D/mini/comply.xml --set mini-branch --segment nope
usage unknown-level $D/mini/comply.xml --set mini-branch --level nope
usage format $D/mini/comply.xml --selection $SEL --format pdf,doc

echo "check: $pass passed, $fail failed"
[ "$fail" = 0 ]
