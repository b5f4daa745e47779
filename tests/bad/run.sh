#!/bin/sh
# Run every hostile input of tests/bad/cases: exit status, message with
# file and line, nothing written, no secret leaked, no hang.
# usage: ICOC=./icoc sh tests/bad/run.sh
ICOC=${ICOC:-./icoc}
B=tests/bad
T=$(mktemp -d)
G=$T/gen
trap 'rm -rf "$T"' EXIT
sh $B/gen.sh "$G"
export ICOC_PATH=tests/fixtures/sets
LIMIT=${BAD_TIME_LIMIT:-1}
pass=0 fail=0
while IFS= read -r line; do
	case $line in '#'*|'') continue ;; esac
	want=$(printf '%s' "$line" | cut -d'|' -f1 | tr -d ' ')
	regex=$(printf '%s' "$line" | cut -d'|' -f2 | sed 's/^ //; s/ $//')
	args=$(printf '%s' "$line" | cut -d'|' -f3- | sed 's/^ //')
	O=$T/out
	rm -rf "$O"; mkdir -p "$O"
	start=$(date +%s.%N)
	eval "set -- $args"
	timeout 20 $ICOC_WRAP "$ICOC" "$@" >"$T/stdout" 2>"$T/stderr"
	got=$?
	end=$(date +%s.%N)
	why=""
	[ "$got" = "$want" ] || why="exit status $got, want $want"
	grep -Eq -- "$regex" "$T/stderr" || why="$why; stderr does not match /$regex/"
	grep -q SECRET-MARKER "$T/stdout" "$T/stderr" && why="$why; secret leaked"
	[ -z "$(ls -A "$O")" ] || why="$why; output written: $(ls "$O")"
	grep -q "AddressSanitizer\|LeakSanitizer\|runtime error:" "$T/stderr" && why="$why; sanitizer report"
	slow=$(echo "$end - $start > $LIMIT" | bc)
	[ "$slow" = 1 ] && why="$why; took longer than ${LIMIT}s"
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL bad: $args: $why"
		sed 's/^/    stderr: /' "$T/stderr" | head -5
	fi
done < $B/cases
echo "bad inputs: $pass passed, $fail failed"
[ "$fail" = 0 ]
