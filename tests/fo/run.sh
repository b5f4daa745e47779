#!/bin/sh
# The PDF formatter: render every tests/fo/*.fo with icoc fo2pdf and check
# the PDF (qpdf --check, byte-identical on a second run, and the checks in
# NAME.expect); every tests/bad/fo/*.fo must fail with exit status 2, the
# first error line equal to NAME.expect, and no output file.
# usage: ICOC=./icoc sh tests/fo/run.sh   (from the project root)
#        ICOC_FOP=1 also renders the good samples with Apache FOP
#
# NAME.expect, one check a line ('#' starts a comment):
#   pages N          pdfinfo page count
#   tagged           pdfinfo says Tagged: yes
#   title TEXT       pdfinfo Title
#   text TEXT        TEXT occurs in pdftotext output
#   count N TEXT     TEXT occurs exactly N times
#   re REGEX         a line of pdftotext -layout output matches (grep -E)
#   softhyphen       some line ends in a soft hyphen (hyphenation happened)
#   font NAME        pdffonts lists NAME (subset prefix ignored), embedded
#   dest NAME PAGE   named destination NAME is on page PAGE
#   outline N        the outline has N items
#   struct TYPE      the structure tree has an element of TYPE
#   untagged TEXT    TEXT (running headers) is not in the structure tree
#   content N TEXT   TEXT occurs N times in the uncompressed PDF (qpdf --qdf)
ICOC=${ICOC:-./icoc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
SHY=$(printf '\302\255')

ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "FAIL fo: $1"; }

check() {	# check NAME PDF EXPECT
	name=$1 pdf=$2
	pdftotext "$pdf" "$T/plain.txt" 2>/dev/null
	pdftotext -layout "$pdf" "$T/layout.txt" 2>/dev/null
	pdfinfo "$pdf" >"$T/info" 2>/dev/null
	while IFS= read -r line; do
		case $line in '#'*|'') continue ;; esac
		kind=${line%% *}
		arg=${line#* }
		case $kind in
		pages)
			got=$(sed -n 's/^Pages: *//p' "$T/info")
			[ "$got" = "$arg" ] && ok "$name: pages $arg" ||
			    bad "$name: $got pages, want $arg" ;;
		tagged)
			grep -q '^Tagged: *yes' "$T/info" && ok "$name: tagged" ||
			    bad "$name: not tagged" ;;
		title)
			got=$(sed -n 's/^Title: *//p' "$T/info")
			[ "$got" = "$arg" ] && ok "$name: title" ||
			    bad "$name: title '$got', want '$arg'" ;;
		text)
			grep -qF -- "$arg" "$T/plain.txt" && ok "$name: text '$arg'" ||
			    bad "$name: no text '$arg'" ;;
		count)
			n=${arg%% *} s=${arg#* }
			got=$(grep -oF -- "$s" "$T/plain.txt" | wc -l)
			[ "$got" = "$n" ] && ok "$name: count $n '$s'" ||
			    bad "$name: '$s' $got times, want $n" ;;
		re)
			grep -qE -- "$arg" "$T/layout.txt" && ok "$name: /$arg/" ||
			    bad "$name: no line matches /$arg/" ;;
		softhyphen)
			grep -q "$SHY\$" "$T/plain.txt" && ok "$name: hyphenated" ||
			    bad "$name: no line ends in a soft hyphen" ;;
		font)
			pdffonts "$pdf" 2>/dev/null | awk -v f="$arg" \
			    '{ n = $1; sub(/^[A-Z]+\+/, "", n); if (n == f && $(NF-4) == "yes") found = 1 }
			    END { exit !found }' && ok "$name: font $arg" ||
			    bad "$name: font $arg not embedded" ;;
		dest)
			d=${arg%% *} p=${arg#* }
			pdfinfo -dests "$pdf" 2>/dev/null | awk -v d="\"$d\"" -v p="$p" \
			    '$NF == d && $1 == p { found = 1 } END { exit !found }' &&
			    ok "$name: dest $d" || bad "$name: destination $d not on page $p" ;;
		struct)
			pdfinfo -struct "$pdf" 2>/dev/null | sed 's/^ *//; s/ .*//' |
			    grep -qx -- "$arg" && ok "$name: structure element $arg" ||
			    bad "$name: no structure element $arg" ;;
		untagged)
			pdfinfo -struct-text "$pdf" 2>/dev/null | grep -qF -- "$arg" &&
			    bad "$name: '$arg' is inside the structure tree" ||
			    ok "$name: '$arg' left out of the structure" ;;
		content)
			n=${arg%% *} s=${arg#* }
			qpdf --qdf --object-streams=disable "$pdf" "$T/qdf.pdf" 2>/dev/null
			got=$(grep -aoF -- "$s" "$T/qdf.pdf" | wc -l)
			[ "$got" = "$n" ] && ok "$name: content $n '$s'" ||
			    bad "$name: '$s' $got times in the PDF, want $n" ;;
		outline)
			got=$(qpdf --json --json-key=outlines "$pdf" 2>/dev/null |
			    grep -c '"title":')
			[ "$got" = "$arg" ] && ok "$name: outline $arg" ||
			    bad "$name: $got outline items, want $arg" ;;
		*)
			bad "$name: unknown check '$kind'" ;;
		esac
	done <"$3"
}

for fo in tests/fo/*.fo; do
	name=$(basename "$fo" .fo)
	out=$T/$name.pdf
	if command -v xmllint >/dev/null; then
		xmllint --noout --relaxng templates/fo/tender-fo.rng "$fo" >"$T/rng" 2>&1 &&
		    ok "$name: valid tender-FO (RELAX NG)" ||
		    { bad "$name: not valid against templates/fo/tender-fo.rng"; head -3 "$T/rng"; }
	fi
	rm -f "$out" "$T/again.pdf"
	if ! timeout 60 $ICOC_WRAP "$ICOC" fo2pdf "$fo" -o "$out" 2>"$T/stderr"; then
		bad "$name: fo2pdf failed"
		sed 's/^/    /' "$T/stderr" | head -5
		continue
	fi
	[ -s "$T/stderr" ] && { bad "$name: unexpected messages"; sed 's/^/    /' "$T/stderr" | head -5; }
	qpdf --check "$out" >"$T/qpdf" 2>&1 && ok "$name: qpdf --check" ||
	    { bad "$name: qpdf --check"; tail -3 "$T/qpdf"; }
	timeout 60 "$ICOC" fo2pdf "$fo" -o "$T/again.pdf" 2>/dev/null
	cmp -s "$out" "$T/again.pdf" && ok "$name: deterministic" ||
	    bad "$name: two runs differ"
	# paragraphs shaped on worker threads: the bytes of shaping on one
	for n in 1 2 3 4 2 3 4; do
		ICOC_THREADS=$n timeout 60 $ICOC_WRAP "$ICOC" fo2pdf "$fo" -o "$T/threads.pdf" 2>/dev/null
		cmp -s "$out" "$T/threads.pdf" && ok "$name: same PDF with ICOC_THREADS=$n" ||
		    bad "$name: ICOC_THREADS=$n gives another PDF"
	done
	# SOURCE_DATE_EPOCH sets the creation date
	SOURCE_DATE_EPOCH=1700000000 timeout 60 "$ICOC" fo2pdf "$fo" -o "$T/sde.pdf" 2>/dev/null
	pdfinfo "$T/sde.pdf" 2>/dev/null | grep -q '^CreationDate:.*2023' &&
	    ok "$name: SOURCE_DATE_EPOCH" || bad "$name: SOURCE_DATE_EPOCH ignored"
	[ -f "tests/fo/$name.expect" ] && check "$name" "$out" "tests/fo/$name.expect"
done

# Apache FOP, the reference renderer, must accept the same files.  Opt in
# (ICOC_FOP=1): a JVM start per file is slow.  Never a runtime dependency.
if [ -n "$ICOC_FOP" ] && command -v fop >/dev/null; then
	printf '<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts><auto-detect/></fonts></renderer></renderers></fop>\n' >"$T/fop.xconf"
	for fo in tests/fo/*.fo; do
		name=$(basename "$fo" .fo)
		if timeout 300 fop -q -c "$T/fop.xconf" -fo "$fo" -pdf "$T/fop-$name.pdf" >"$T/fop.log" 2>&1 &&
		    ! grep -q '^\[ERROR\]\|SEVERE' "$T/fop.log"; then
			ok "$name: FOP renders it ($(pdfinfo "$T/fop-$name.pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages)"
		else
			bad "$name: FOP refuses it"
			grep -m 3 'ERROR\|SEVERE' "$T/fop.log"
		fi
	done
fi

for fo in tests/bad/fo/*.fo; do
	name=$(basename "$fo" .fo)
	out=$T/bad-$name.pdf
	rm -f "$out"
	timeout 20 $ICOC_WRAP "$ICOC" fo2pdf "$fo" -o "$out" >"$T/stdout" 2>"$T/stderr"
	rc=$?
	why=""
	[ "$rc" = 2 ] || why="exit status $rc, want 2"
	want=$(head -n 1 "tests/bad/fo/$name.expect")
	got=$(grep -m 1 ': error: ' "$T/stderr")
	[ "$got" = "$want" ] || why="$why; first error '$got', want '$want'"
	[ -e "$out" ] && why="$why; output written"
	ls "$T" | grep -q "^bad-$name\.pdf\.tmp" && why="$why; temporary file left"
	if [ -z "$why" ]; then ok "bad $name"; else bad "bad $name: $why"; fi
done

echo "fo: $pass passed, $fail failed"
[ "$fail" = 0 ]
