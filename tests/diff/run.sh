#!/bin/sh
# icoc diff: golden change reports, a set against itself, bad input.
#
#   sh tests/diff/run.sh            run, print "diff: N passed, N failed"
#   sh tests/diff/run.sh --regen    rewrite the expected files (review the diff!)
#
# tests/diff/sets/ holds version 2026.2 of the mini fixtures
# (tests/fixtures/sets/) with every kind of change.  Golden cases:
# tests/diff/expect/<case>/ holds the expected diff.xml, diff.csv,
# diff.html (without the shared style sheet) and stdout; a file present
# is a check.  Every diff.xml is validated against diff.rng.
# Environment: ICOC (the binary), ICOC_WRAP (e.g. valgrind).
ICOC=${ICOC:-./icoc}
top=$(pwd)
ICOC_PATH=$top/tests/fixtures/sets:$top/tests/diff/sets
export ICOC_PATH
unset SOURCE_DATE_EPOCH
REGEN=0
[ "$1" = --regen ] && REGEN=1
D=tests/diff
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok $1"; }
nok() { fail=$((fail + 1)); echo "FAIL $1: $2"; }

# icoc with the wrapper; stdout and stderr to files, status in $rc
icoc() {
	timeout 600 $ICOC_WRAP "$ICOC" "$@" >"$T/stdout" 2>"$T/stderr"
	rc=$?
}

status() {	# case expected actual
	if [ "$2" = "$3" ]; then ok "$1 exit $2"; else nok "$1" "exit $3, expected $2"; cat "$T/stderr"; fi
}

# compare (or with --regen write) one expected file; $T paths, the
# generator's version and the shared CSS removed
expect() {	# case expected-file actual-file
	sed -e "s|$T/||g" -e 's/generator="icoc [^"]*"/generator="icoc"/' \
	    -e 's/content="icoc [^"]*"/content="icoc"/' -e 's/met icoc [0-9][^.]*\./met icoc./' \
	    -e 's/with icoc [0-9][^.]*\./with icoc./' -e '/^<style>/,/<\/style>/d' "$3" >"$T/norm"
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

valid() {	# case diff.xml
	if xmllint --noout --relaxng requirements/schema/diff.rng "$2" 2>"$T/rng"; then
		ok "$1 diff.xml valid"
	else
		nok "$1" "diff.xml not valid"
		head -n 5 "$T/rng"
	fi
}

no_missing() {	# case file
	if grep -q 'msg-missing' "$2"; then
		nok "$1" "$(basename "$2") has a missing message: $(grep -o 'msg-missing:[^]]*' "$2" | sort -u | tr '\n' ' ')"
	else
		ok "$1 $(basename "$2") messages"
	fi
}

# one golden case: name, expected status, then the arguments of icoc diff
golden() {
	name=$1 want=$2
	shift 2
	rm -rf "$T/out"
	icoc diff "$@" -o "$T/out"
	status "$name" "$want" "$rc"
	[ -f "$T/out/diff.xml" ] || { nok "$name" "no diff.xml"; return; }
	valid "$name" "$T/out/diff.xml"
	for f in diff.xml diff.csv diff.html; do
		[ -f "$T/out/$f" ] || { nok "$name" "no $f"; continue; }
		expect "$name" "$D/expect/$name/$f" "$T/out/$f"
	done
	no_missing "$name" "$T/out/diff.html"
	no_missing "$name" "$T/out/diff.csv"
	expect "$name" "$D/expect/$name/stdout" "$T/stdout"
}

# every kind of change, files given by name
golden mini-base 1 tests/fixtures/sets/mini-base.xml $D/sets/mini-base-2026.2.xml
# the same in English
golden mini-base-en 1 tests/fixtures/sets/mini-base.xml $D/sets/mini-base-2026.2.xml --lang en
# overlays by ID@VERSION: withdrawn, reinstated, amended, new default layer
golden mini-branch 1 mini-branch@2026.1 mini-branch@2026.2
# a base set against its overlay
golden base-overlay 1 mini-base@2026.1 tests/fixtures/sets/mini-overlay.xml
# the national set against itself: no changes
golden ico-basis-same 0 ico-basis@2026.1 requirements/ico-basis.xml
if grep -q 'changes="0"' "$T/out/diff.xml" 2>/dev/null && grep -q 'no changes' "$T/stdout"; then
	ok "ico-basis-same no changes"
else
	nok "ico-basis-same" "changes reported"
fi

# the same inputs give the same bytes
icoc diff mini-branch@2026.1 mini-branch@2026.2 -o "$T/a"
icoc diff mini-branch@2026.1 mini-branch@2026.2 -o "$T/b"
if cmp -s "$T/a/diff.html" "$T/b/diff.html" && cmp -s "$T/a/diff.xml" "$T/b/diff.xml" &&
    cmp -s "$T/a/diff.csv" "$T/b/diff.csv"; then
	ok "deterministic"
else
	nok "deterministic" "two runs differ"
fi

# the default output directory, and --format
mkdir -p "$T/cwd"
(cd "$T/cwd" && timeout 600 $ICOC_WRAP "$top/$ICOC" diff mini-base@2026.1 mini-base@2026.2 --format xml >"$T/stdout" 2>"$T/stderr")
rc=$?
status "default-dir" 1 "$rc"
if [ -f "$T/cwd/out/diff-mini-base-2026.1-2026.2/diff.xml" ] &&
    [ "$(ls "$T/cwd/out/diff-mini-base-2026.1-2026.2")" = diff.xml ]; then
	ok "default-dir out/diff-mini-base-2026.1-2026.2/ with diff.xml only"
else
	nok "default-dir" "$(ls -R "$T/cwd" | tr '\n' ' ')"
fi

# bad input: exit status, message, nothing written
bad() {	# case status message-pattern args...
	name=$1 want=$2 pat=$3
	shift 3
	rm -rf "$T/bad"
	icoc diff "$@" -o "$T/bad"
	status "$name" "$want" "$rc"
	if grep -q -- "$pat" "$T/stderr"; then
		ok "$name message"
	else
		nok "$name" "message '$pat' not in: $(cat "$T/stderr")"
	fi
	if [ -e "$T/bad" ]; then nok "$name" "wrote $T/bad"; else ok "$name nothing written"; fi
}
bad missing-file 4 "cannot open" tests/diff/sets/no-such-set.xml requirements/ico-basis.xml
bad not-a-set 2 "expected a <requirement-set> document" requirements/ico-basis.xml tests/fixtures/sets/mini-cra.xml
bad unknown-version 2 "set 'mini-base@2099.1' not found" mini-base@2099.1 mini-base@2026.2
bad unknown-id 2 "set 'no-such-set@2026.1' not found" ico-basis@2026.1 no-such-set@2026.1
bad not-xml 2 "error" requirements/ico-basis.xml tests/bad/not-xml.xml
bad one-operand 3 "usage" requirements/ico-basis.xml
bad bad-format 3 "format" requirements/ico-basis.xml requirements/ico-basis.xml --format pdf
bad bad-lang 3 "lang" requirements/ico-basis.xml requirements/ico-basis.xml --lang de

echo "diff: $pass passed, $fail failed"
[ "$fail" = 0 ]
