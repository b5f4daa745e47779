#!/bin/sh
# Golden cases: each folder holds `args` (the icoc arguments, with $CASE
# for the folder and $OUT for an empty output directory) and the expected
# results that matter: expect.status (default 0), expect.stdout,
# expect.stderr, and expect.FILE for FILE written into $OUT; for a PDF
# X.pdf, expect.X.txt is its `pdftotext -layout` text and expect.X.pages
# its page count.  A file
# present is a check; nothing to register.
# usage: ICOC=./icoc sh tests/golden/run.sh [--regen]
ICOC=${ICOC:-./icoc}
REGEN=${1:-}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ICOC_PATH=tests/fixtures/sets
pass=0 fail=0

ask() {	# show the diff of $1 (expected) and $2 (got) and ask to replace
	diff -u "$1" "$2" | head -n 60
	printf 'replace %s? [y/N] ' "$1"
	read -r answer </dev/tty || answer=n
	[ "$answer" = y ] && cp "$2" "$1" && echo "replaced $1"
}

for dir in tests/golden/*/; do
	CASE=${dir%/}
	name=$(basename "$CASE")
	[ -f "$CASE/args" ] || continue
	OUT=$T/$name
	mkdir -p "$OUT"
	eval "set -- $(cat "$CASE/args")"
	$ICOC_WRAP "$ICOC" "$@" >"$T/$name.stdout" 2>"$T/$name.stderr"
	echo $? >"$T/$name.status"
	why=""
	for exp in "$CASE"/expect.*; do
		[ -f "$exp" ] || continue
		what=${exp##*/expect.}
		case $what in
		stdout|stderr|status) got=$T/$name.$what ;;
		*.txt|*.pages)
			pdf=$OUT/${what%.*}.pdf
			got=$T/$name.$what
			if [ -f "$pdf" ]; then
				case $what in
				*.txt) pdftotext -layout "$pdf" "$got" ;;
				*) pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }' >"$got" ;;
				esac
			fi ;;
		*) got=$OUT/$what ;;
		esac
		[ -f "$got" ] || { why="$why; $what not written"; continue; }
		if ! cmp -s "$exp" "$got"; then
			if [ "$REGEN" = --regen ]; then
				ask "$exp" "$got"
			else
				why="$why; $what differs"
				diff -u "$exp" "$got" | head -n 20 >"$T/$name.diff.$what"
			fi
		fi
	done
	if [ ! -f "$CASE/expect.status" ] && [ "$(cat "$T/$name.status")" != 0 ]; then
		why="$why; exit status $(cat "$T/$name.status")"
		head -n 5 "$T/$name.stderr" >"$T/$name.diff.stderr"
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL golden $name:$why"
		cat "$T/$name".diff.* 2>/dev/null
	fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
