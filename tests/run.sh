#!/bin/sh
# The whole test suite: unit tests (cmocka), golden cases, hostile inputs,
# content checks, templates and the PDF formatter.  Each part prints
# "N passed, N failed"; the last line adds them up.
# Environment: ICOC (the binary), BUILD (where unit tests are), VALGRIND=1.
ICOC=${ICOC:-./icoc}
BUILD=${BUILD:-build}
export ICOC
if [ -n "$VALGRIND" ]; then
	ICOC_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$(pwd)/tests/valgrind.supp"
	BAD_TIME_LIMIT=60
	ICOC_PCRE2_NO_JIT=1	# valgrind cannot follow pcre2's JIT code
	export ICOC_WRAP BAD_TIME_LIMIT ICOC_PCRE2_NO_JIT
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

count() {	# add up the "N passed, N failed" line of a part's output
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
	p=$(echo " $line" | sed -E "s/.*[^0-9]([0-9]+) passed.*/\\1/")
	f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-0}))
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	$ICOC_WRAP "$t" >"$T/unit" 2>&1
	rc=$?
	p=$(grep -E '^\[  PASSED  \] [0-9]+ test' "$T/unit" | sed -E 's/[^0-9]*([0-9]+).*/\1/')
	f=$(grep -E '^\[  FAILED  \] [0-9]+ test' "$T/unit" | sed -E 's/[^0-9]*([0-9]+).*/\1/')
	if [ "$rc" != 0 ] && [ -z "$f" ]; then f=1; fi
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-0}))
	if [ "$rc" != 0 ]; then
		echo "FAIL unit: $t"
		tail -n 30 "$T/unit"
	fi
	echo "unit $(basename "$t"): ${p:-0} passed, ${f:-0} failed"
done

for part in tests/golden/run.sh tests/compile/run.sh tests/bad/run.sh tests/content/run.sh \
    tests/templates/run.sh tests/fo/run.sh tests/fo-templates/run.sh tests/wizard/run.sh \
    tests/check/run.sh tests/diff/run.sh tests/module/run.sh; do
	[ -f "$part" ] || continue
	sh "$part" >"$T/part" 2>&1
	rc=$?
	grep -v -E '^ok ' "$T/part"
	count "$T/part"
	if [ "$rc" != 0 ] && ! grep -qE '[1-9][0-9]* failed' "$T/part"; then
		echo "FAIL $part: exit status $rc"
		fail=$((fail + 1))
	fi
done

echo "total: $pass passed, $fail failed"
[ "$fail" = 0 ]
