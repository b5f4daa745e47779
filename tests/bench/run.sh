#!/bin/sh
# Benchmarks: icoc side by side with the reference tools on the same
# inputs, in one run.  validate vs xmllint --relaxng (schema check alone);
# compile (HTML annex) vs xsltproc on the same resolved document.
# Sizes: 1 000, 10 000 and 100 000 requirements (BENCH_SIZES to change).
# Each figure is the median wall time of RUNS runs (first run discarded
# as warm-up), with the peak memory of the last run.
set -e
ICOC=${ICOC:-./icoc}
RUNS=${RUNS:-3}
SIZES=${BENCH_SIZES:-1000 10000 100000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ICOC_PATH=$T

measure() {	# label, command...: prints "label  median-seconds  max-RSS-MB"
	label=$1
	shift
	"$@" >/dev/null 2>&1 || { echo "$label: command failed: $*" >&2; return 1; }
	: >"$T/times"
	i=0
	while [ $i -lt "$RUNS" ]; do
		/usr/bin/time -f '%e %M' -o "$T/one" "$@" >/dev/null 2>&1
		cat "$T/one" >>"$T/times"
		i=$((i + 1))
	done
	sort -n "$T/times" | awk -v l="$label" '{ t[NR] = $1; m = $2 }
		END { printf "%-44s %8.3f s %8.1f MB\n", l, t[int((NR + 1) / 2)], m / 1024 }'
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
  <segment ref="cloud"/><segment ref="hosting"/><segment ref="netwerk"/><segment ref="werkplek"/><segment ref="software"/>
  <level ref="hoog"/>
  <set-param ref="termijn">7</set-param>
</selection>
SEL
	size=$(du -k "$T/$id.xml" | cut -f1)
	echo "-- $n requirements ($size KiB set)"
	measure "icoc validate (schema + semantic checks)" $ICOC validate "$T/$id.xml"
	measure "xmllint --relaxng (schema only)" xmllint --noout --relaxng requirements/schema/requirement-set.rng "$T/$id.xml"
	measure "icoc resolve" $ICOC resolve "$T/sel$n.xml" -o "$T/resolved$n.xml"
	if [ "$n" -le "${BENCH_COMPILE_MAX:-10000}" ]; then
		measure "icoc compile --format html (4 documents)" $ICOC compile "$T/sel$n.xml" --format html -o "$T/out$n"
		measure "xsltproc annex.xsl (1 document)" xsltproc -o "$T/x$n.html" templates/html/annex.xsl "$T/resolved$n.xml"
		measure "icoc compile --format csv,xml" $ICOC compile "$T/sel$n.xml" --format csv,xml -o "$T/outc$n"
	fi
done
