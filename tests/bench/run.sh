#!/bin/sh
# Benchmarks: icoc side by side with the reference tools on the same
# inputs, in one run.  Deterministic synthetic sets of 1 000, 10 000 and
# 100 000 requirements (BENCH_SIZES) with a selection of about half.
#   icoc validate        beside  xmllint --noout --relaxng (the floor)
#   icoc compile html    beside  xmllint + xsltproc running the same four
#                                HTML stylesheets on the same resolved.xml
#   icoc compile html,csv,xml
# Each figure is the median wall time of RUNS runs after one warm-up run
# (one run for sizes above 10 000), with the peak memory of the last run.
# The targets of issue 4 are checked and printed at the end.
set -e
ICOC=${ICOC:-./icoc}
RUNS=${RUNS:-3}
SIZES=${BENCH_SIZES:-1000 10000 100000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ICOC_PATH=$T

measure() {	# key, label, command...: prints "label  median-seconds  max-RSS-MB"
	key=$1
	label=$2
	shift 2
	"$@" >/dev/null 2>&1 || { echo "$label: command failed: $*" >&2; return 1; }
	: >"$T/times"
	i=0
	runs=$RUNS
	[ "$n" -gt 10000 ] && runs=1
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%e %M' -o "$T/one" "$@" >/dev/null 2>&1
		cat "$T/one" >>"$T/times"
		i=$((i + 1))
	done
	sort -n "$T/times" | awk -v l="$label" -v k="$key" -v f="$T/figures" '{ t[NR] = $1; m = $2 }
		END { med = t[int((NR + 1) / 2)]
		      printf "%-44s %8.3f s %8.1f MB\n", l, med, m / 1024
		      printf "%s %s %s\n", k, med, m / 1024 >> f }'
}

echo "icoc $($ICOC --version | cut -d' ' -f2); $(xsltproc --version | head -n 1); $(xmllint --version 2>&1 | head -n 1)"
echo "$(nproc) cores; median of $RUNS runs after one warm-up"
printf '%-44s %10s %11s\n' "task" "wall" "peak RSS"
for n in $SIZES; do
	id=bench$n
	awk -v n="$n" -v id="$id" -f tests/bench/gen.awk >"$T/$id.xml"
	cp requirements/catalogues/cra.xml requirements/catalogues/bio2.xml "$T/"
	cat >"$T/sel$n.xml" <<SEL
<?xml version="1.0" encoding="UTF-8"?>
<selection xmlns="urn:icoc:1" set="$id" set-version="2026.1" xml:lang="nl">
  <tender><title>Benchmark</title><reference>BENCH-$n</reference><buyer>Benchmark</buyer><date>2026-12-01</date></tender>
  <segment ref="cloud"/><segment ref="hosting"/><segment ref="netwerk"/><segment ref="werkplek"/>
  <level ref="verhoogd"/>
  <set-param ref="termijn">7</set-param>
</selection>
SEL
	# the input of a compile: the selection, the set and the catalogues
	# the set maps to (their clauses end up in every document)
	set_kib=$(du -k "$T/$id.xml" | cut -f1)
	size=$(cat "$T/sel$n.xml" "$T/$id.xml" "$T/cra.xml" "$T/bio2.xml" | wc -c)
	size=$(((size + 1023) / 1024))
	echo "size$n $size" >>"$T/figures"
	echo "set$n $set_kib" >>"$T/figures"
	echo "-- $n requirements ($set_kib KiB set, $size KiB with the catalogues and the selection; about half selected)"
	measure "validate$n" "icoc validate (schema + semantic checks)" $ICOC validate "$T/$id.xml"
	measure "xmllint$n" "xmllint --relaxng (schema only)" xmllint --noout --relaxng requirements/schema/requirement-set.rng "$T/$id.xml"
	measure "resolve$n" "icoc resolve" $ICOC resolve "$T/sel$n.xml" -o "$T/resolved$n.xml"
	measure "html$n" "icoc compile --format html (4 documents)" $ICOC compile "$T/sel$n.xml" --format html -o "$T/out$n"
	measure "xsltproc$n" "xsltproc, the same 4 stylesheets" sh -c "for t in annex checklist trace coverage; do xsltproc -o $T/x\$t.html templates/html/\$t.xsl $T/resolved$n.xml || exit 1; done"
	measure "all$n" "icoc compile --format html,csv,xml" $ICOC compile "$T/sel$n.xml" --format html,csv,xml -o "$T/all$n"
done

echo "-- targets (issue 4)"
awk '{ v[$1] = $2; m[$1] = $3 }
END {
	if ("html10000" in v) {
		r = v["html10000"] / (v["xmllint10000"] + v["xsltproc10000"])
		printf "10 000 compile html vs (xmllint + xsltproc): %.2fx (target <= 1.5x) %s\n", r, r <= 1.5 ? "ok" : "MISSED"
	}
	if ("html100000" in v && "html10000" in v) {
		g = v["html100000"] / v["html10000"]
		printf "growth 10 000 -> 100 000 (compile html): %.1fx (target <= 12x) %s\n", g, g <= 12 ? "ok" : "MISSED"
	}
	for (k in m) if (k ~ /^html/) {
		n = substr(k, 5); r = m[k] * 1024 / v["size" n]; rs = m[k] * 1024 / v["set" n]
		printf "peak RSS / input size (set, catalogues, selection) at %s: %.1fx (target < 25x) %s; / the set alone: %.1fx\n", n, r, r < 25 ? "ok" : "MISSED", rs
	}
}' "$T/figures"
