#!/bin/sh
# Content check of the shipped data: the requirement sets in requirements/
# (every national set and overlay), the catalogues and the example
# selections.  Run from the project root; ICOC is the binary.
#
#  - tests/content/check.xsl on every requirement set (overlays on top of
#    the set they extend): BIO2 and CRA mappings, coverage of CRA Annex I
#    and Art. 13(8), 13(17), 13(19), 14(1)-(4), duplicate statements,
#    unused parameters, segments without a requirement at the lowest level
#    (counting requirements without segments, and strictly: naming it);
#  - `icoc validate` clean (no diagnostics at all) on every shipped file;
#  - mutation tests proving the check bites.
#
# One line per check, "ok ..." or "FAIL ...", and last
# "content: N passed, N failed"; exit status 1 when something failed.
ICOC=${ICOC:-./icoc}
R=$(pwd)/requirements
CHECK=tests/content/check.xsl
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { echo "ok $*"; pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

if ! command -v xsltproc >/dev/null 2>&1 || ! command -v xmllint >/dev/null 2>&1; then
	bad "content: xsltproc and xmllint are needed (make test-deps)"
	echo "content: $pass passed, $fail failed"
	exit 1
fi

# root attribute of an icoc document: xpath_attr FILE ELEMENT ATTR
root_attr() {
	xmllint --xpath "string(/*[local-name()='$2']/@$3)" "$1" 2>/dev/null
}

# file of the requirement set with id $1 among requirements/*.xml
set_file() {
	for f in "$R"/*.xml; do
		[ "$(root_attr "$f" requirement-set id)" = "$1" ] && { echo "$f"; return 0; }
	done
	return 1
}

# check.sh SET-FILE [BASE-FILE] > output; the lines go to stdout
run_check() {
	if [ -n "$2" ]; then
		xsltproc --nonet --stringparam base "$2" \
		    --stringparam cra "$R/catalogues/cra.xml" \
		    --stringparam bio2 "$R/catalogues/bio2.xml" "$CHECK" "$1"
	else
		xsltproc --nonet --stringparam cra "$R/catalogues/cra.xml" \
		    --stringparam bio2 "$R/catalogues/bio2.xml" "$CHECK" "$1"
	fi
}

# tally the lines of a check run: tally FILE RC LABEL
tally() {
	n=$(grep -c -E '^(ok|FAIL) ' "$1")
	cat "$1"
	pass=$((pass + $(grep -c '^ok ' "$1")))
	fail=$((fail + $(grep -c '^FAIL ' "$1")))
	if [ "$2" != 0 ] || [ "$n" = 0 ]; then
		bad "$3: check.xsl did not run (exit status $2)"
	fi
}

# 1. The content check on every shipped requirement set.
sets=0
for f in "$R"/*.xml; do
	id=$(root_attr "$f" requirement-set id)
	[ -n "$id" ] || continue
	sets=$((sets + 1))
	ext=$(root_attr "$f" requirement-set extends)
	base=
	if [ -n "$ext" ]; then
		if ! base=$(set_file "$ext"); then
			bad "$id: base set $ext not found in requirements/"
			continue
		fi
	fi
	run_check "$f" "$base" >"$T/out" 2>"$T/err"
	rc=$?
	cat "$T/err" >>"$T/out"
	tally "$T/out" $rc "$id"
done
for want in ico-basis waterschappen; do
	set_file "$want" >/dev/null || bad "set $want: not found in requirements/"
done

# 2. icoc validate clean on every shipped file.
for f in requirements/*.xml requirements/catalogues/*.xml requirements/examples/*.xml; do
	[ -f "$f" ] || continue
	$ICOC_WRAP $ICOC validate "$f" >"$T/vout" 2>"$T/verr"
	rc=$?
	if [ $rc = 0 ] && [ ! -s "$T/verr" ]; then
		ok "validate $f"
	else
		bad "validate $f (exit status $rc): $(head -n 3 "$T/verr" | tr '\n' ' ')"
	fi
done

# 3. Mutation tests: the check must fail on damaged copies.
base=$(set_file ico-basis)
mkdir -p "$T/mut"

# 3a. Remove the only BIO2 map of one requirement.
id=$(xmllint --xpath "string((//*[local-name()='requirement'][count(*[local-name()='map'][@catalogue='bio2'])=1])[1]/@id)" "$base")
sed "/<requirement id=\"$id\"/,/<\/requirement>/{/<map catalogue=\"bio2\"/d}" "$base" >"$T/mut/ico-basis.xml"
run_check "$T/mut/ico-basis.xml" >"$T/out" 2>&1
if [ -n "$id" ] && ! cmp -s "$base" "$T/mut/ico-basis.xml" &&
    grep -qE "^FAIL ico-basis: requirements without a BIO2 map:.* $id( |\$)" "$T/out"; then
	ok "mutation: removing the BIO2 map of $id is caught"
else
	bad "mutation: removing the BIO2 map of '$id' is not caught"
fi

# 3b. Remove every map to one CRA Annex I point.
point=AI.P1.2h
sed "/<map catalogue=\"cra\" clause=\"$point\"\/>/d" "$base" >"$T/mut/ico-basis.xml"
run_check "$T/mut/ico-basis.xml" >"$T/out" 2>&1
if ! cmp -s "$base" "$T/mut/ico-basis.xml" &&
    grep -q "^FAIL ico-basis: CRA points not covered:.* $point\( \|\$\)" "$T/out"; then
	ok "mutation: removing every map to $point is caught"
else
	bad "mutation: removing every map to $point is not caught"
fi

# 3c. An overlay that withdraws every requirement covering one point.
ws=$(set_file waterschappen)
if [ -n "$ws" ]; then
	point=AI.P2.5
	ids=$(xmllint --xpath "//*[local-name()='requirement'][*[local-name()='map'][@catalogue='cra'][@clause='$point']]/@id" "$base" "$ws" 2>/dev/null |
	    sed -E 's/ *id="([^"]*)"/\1\n/g' | grep .)
	w=$(for i in $ids; do printf '<withdraw ref="%s" reason="mutation test"/>' "$i"; done)
	sed "0,/<group /s|<group |$w&|" "$ws" >"$T/mut/waterschappen.xml"
	run_check "$T/mut/waterschappen.xml" "$base" >"$T/out" 2>&1
	if [ -n "$ids" ] && grep -q "^FAIL waterschappen: CRA points not covered:.* $point\( \|\$\)" "$T/out"; then
		ok "mutation: an overlay withdrawing every requirement on $point is caught"
	else
		bad "mutation: an overlay withdrawing every requirement on $point ($ids) is not caught"
	fi

	# 3d. An overlay amendment that replaces the maps of a requirement
	#     with CRA maps only leaves it without BIO2.
	sed '0,/<group /s|<group |<amend ref="KWB-05" reason="mutation test"><map catalogue="cra" clause="AI.P2.2"/></amend>&|' \
	    "$ws" >"$T/mut/waterschappen.xml"
	run_check "$T/mut/waterschappen.xml" "$base" >"$T/out" 2>&1
	if grep -q "^FAIL waterschappen: requirements without a BIO2 map:.* KWB-05\( \|\$\)" "$T/out"; then
		ok "mutation: an amendment dropping the BIO2 maps of KWB-05 is caught"
	else
		bad "mutation: an amendment dropping the BIO2 maps of KWB-05 is not caught"
	fi
fi

# 3e. Duplicate statements, an unused parameter and an empty segment.
if [ -n "$ws" ]; then
	dup='<group id="mut"><title>m</title><requirement id="MUT-1" applies-to="supplier"><title>a</title><statement>Dubbele  eis.</statement><map catalogue="bio2" clause="5.01"/></requirement><requirement id="MUT-2" applies-to="supplier"><title>b</title><statement>Dubbele eis. </statement><map catalogue="bio2" clause="5.01"/></requirement></group>'
	sed -e "0,/<group /s|<group |$dup&|" \
	    -e 's|<parameters>|&<parameter id="mut-ongebruikt" type="integer"><label>m</label></parameter>|' \
	    -e 's|<segments>|&<segment id="mut-leeg"><title>m</title></segment>|' \
	    "$ws" >"$T/mut/waterschappen.xml"
	run_check "$T/mut/waterschappen.xml" "$base" >"$T/out" 2>&1
	for want in "duplicate statements: MUT-2=MUT-1(nl)" \
	    "parameters used in no requirement text: mut-ongebruikt" \
	    "segments without a requirement of their own at level [a-z]*: mut-leeg"; do
		if grep -q "^FAIL waterschappen: $want\$" "$T/out"; then
			ok "mutation: caught: $want"
		else
			bad "mutation: not caught: $want"
		fi
	done
fi

[ "$sets" -ge 2 ] || bad "content: expected at least 2 requirement sets, found $sets"
echo "content: $pass passed, $fail failed"
[ "$fail" = 0 ]
