#!/bin/sh
# PDF benchmark (issue 5, item 7): `icoc fo2pdf` beside Apache FOP 2.8 on
# the same tender-FO, in one run.  Not part of CI; run by `make bench`.
#
# Inputs, all deterministic (tests/bench/gen.awk, the selection of
# tests/bench/run.sh: four segments, level "verhoogd", about half of the
# set selected), turned into FO by templates/fo/annex.xsl:
#   80 pages     a synthetic set of BENCH_N80 (440) requirements, ~80 pages
#   1000 req     the 1 000-requirement set (~176 pages)
#   10000 req    the 10 000-requirement set (~1 800 pages), icoc alone
#   1 page       a one-page tender-FO written below (startup cost)
# Hyphenation is off in all FO (Debian's FOP has no Dutch patterns).
# FOP runs plain (untagged) with a copy of tests/fo-templates/fop.xconf,
# which embeds the same DejaVu fonts; icoc's PDF is tagged, so the
# comparison is, if anything, in FOP's favour.
#
# Only the rendering (FO -> PDF) is timed; the XSLT step is timed once
# and shown separately.  The engines run interleaved (icoc, FOP, icoc,
# FOP, ...); the first run of each is discarded; each figure is the
# median of RUNS runs (default 3; BIG_RUNS, default 1, for the 10 000
# document) with the peak RSS of the median run.  The targets of issue 5
# are checked and printed at the end.
#
#   sh tests/bench/pdf.sh                 (from the project root)
#   RUNS=5 ICOC=build/icoc sh tests/bench/pdf.sh
set -e
ICOC=${ICOC:-./icoc}
RUNS=${RUNS:-3}
BIG_RUNS=${BIG_RUNS:-1}
N80=${BENCH_N80:-440}
XCONF=${FOP_XCONF:-tests/fo-templates/fop.xconf}

command -v fop >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 &&
	[ -x /usr/bin/time ] && command -v xsltproc >/dev/null 2>&1 ||
	sh tools/deps.sh fop poppler-utils time xsltproc
[ -x "$ICOC" ] || { echo "pdf.sh: $ICOC not found: run make first" >&2; exit 1; }

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ICOC_PATH=$T
# fo2pdf reads nothing but its FO: render with a private copy (the binary
# and its PDF module beside it) so that a rebuild of the tree's binary
# during the run cannot change the engine.
cp "$ICOC" "$T/icoc"
cp "$(dirname "$ICOC")/icoc-pdf.so" "$T/icoc-pdf.so"
cp "$XCONF" "$T/fop.xconf"
cp requirements/catalogues/cra.xml requirements/catalogues/bio2.xml "$T/"

# ---- inputs -------------------------------------------------------------
nohyph() { sed 's/hyphenate="true"/hyphenate="false"/g' "$1" >"$2"; }

: >"$T/xslt"
for n in $N80 1000 10000; do
	id=bench$n
	awk -v n="$n" -v id="$id" -f tests/bench/gen.awk >"$T/$id.xml"
	cat >"$T/sel$n.xml" <<SEL
<?xml version="1.0" encoding="UTF-8"?>
<selection xmlns="urn:icoc:1" set="$id" set-version="2026.1" xml:lang="nl">
  <tender><title>Benchmark</title><reference>BENCH-$n</reference><buyer>Benchmark</buyer><date>2026-12-01</date></tender>
  <segment ref="cloud"/><segment ref="hosting"/><segment ref="netwerk"/><segment ref="werkplek"/>
  <level ref="verhoogd"/>
  <set-param ref="termijn">7</set-param>
</selection>
SEL
	"$ICOC" resolve "$T/sel$n.xml" -o "$T/resolved$n.xml"
	/usr/bin/time -f '%e %M' -o "$T/one" \
		xsltproc -o "$T/raw$n.fo" templates/fo/annex.xsl "$T/resolved$n.xml"
	echo "$n $(cat "$T/one") $(du -k "$T/raw$n.fo" | cut -f1)" >>"$T/xslt"
	nohyph "$T/raw$n.fo" "$T/d$n.fo"
	rm -f "$T/raw$n.fo" "$T/resolved$n.xml" "$T/$id.xml"
done
mv "$T/d$N80.fo" "$T/p80.fo"
mv "$T/d1000.fo" "$T/r1000.fo"
mv "$T/d10000.fo" "$T/r10000.fo"

cat >"$T/raw1.fo" <<'FO'
<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="nl" font-family="DejaVu Sans" font-size="9.5pt" line-height="1.4" hyphenate="true">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm" margin-top="12mm" margin-bottom="10mm" margin-left="22mm" margin-right="20mm">
      <fo:region-body margin-top="16mm" margin-bottom="14mm"/>
      <fo:region-after extent="10mm"/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="A4">
    <fo:static-content flow-name="xsl-region-after">
      <fo:block text-align="center" font-size="8pt">Pagina <fo:page-number/></fo:block>
    </fo:static-content>
    <fo:flow flow-name="xsl-region-body">
      <fo:block role="H1" font-size="16pt" font-weight="bold" space-after="6pt">Bijlage: beveiligingseisen</fo:block>
      <fo:block space-after="4pt">Eén pagina om de opstarttijd te meten: de opdrachtnemer levert een zaaksysteem als clouddienst, met ‘logging’, back-up en een coördinatiepunt voor kwetsbaarheden (Ĳsselmonde).</fo:block>
      <fo:list-block provisional-distance-between-starts="8mm">
        <fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>1.</fo:block></fo:list-item-label><fo:list-item-body start-indent="body-start()"><fo:block>De leverancier meldt actief misbruikte kwetsbaarheden binnen 24 uur.</fo:block></fo:list-item-body></fo:list-item>
        <fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>2.</fo:block></fo:list-item-label><fo:list-item-body start-indent="body-start()"><fo:block>Beveiligingsupdates zijn ten minste vijf jaar beschikbaar.</fo:block></fo:list-item-body></fo:list-item>
      </fo:list-block>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
FO
nohyph "$T/raw1.fo" "$T/p1.fo"

# ---- measuring ----------------------------------------------------------
# run ENGINE DOC: one timed render; appends "wall-s cpu-s peak-KB" to
# $T/ENGINE-DOC.times: wall time to the millisecond (date +%s%N around
# /usr/bin/time), CPU time (user + system, all threads: FOP's JVM uses
# both cores) and peak RSS.
run() {
	case $1 in
	icoc) set -- "$1" "$2" "$T/icoc" fo2pdf "$T/$2.fo" -o "$T/$2.icoc.pdf" ;;
	fop) set -- "$1" "$2" fop -q -c "$T/fop.xconf" -fo "$T/$2.fo" -pdf "$T/$2.fop.pdf" ;;
	esac
	e=$1
	d=$2
	shift 2
	t0=$(date +%s%N)
	/usr/bin/time -f '%U %S %M' -o "$T/one" "$@" >"$T/$e-$d.log" 2>&1 || {
		echo "pdf.sh: $e failed on $d: $*" >&2
		cat "$T/$e-$d.log" >&2
		exit 1
	}
	t1=$(date +%s%N)
	echo "$(((t1 - t0) / 1000000)) $(cat "$T/one")" |
		awk '{ printf "%.3f %.2f %s\n", $1 / 1000, $2 + $3, $4 }' >>"$T/$e-$d.times"
}

# bench DOC RUNS ENGINE...: a discarded warm-up of each engine, then RUNS
# rounds with the engines interleaved.
bench() {
	d=$1
	r=$2
	shift 2
	for e in "$@"; do
		run "$e" "$d"
		: >"$T/$e-$d.times"
	done
	i=0
	while [ $i -lt "$r" ]; do
		for e in "$@"; do run "$e" "$d"; done
		i=$((i + 1))
	done
	for e in "$@"; do
		p=$(pdfinfo "$T/$d.$e.pdf" | awk '/^Pages:/ { print $2 }')
		sort -n "$T/$e-$d.times" | awk -v d="$d" -v e="$e" -v p="$p" '
			{ w[NR] = $1; u[NR] = $2; m[NR] = $3 }
			END { k = int((NR + 1) / 2)
			      printf "%s %s %s %s %s %s %s %s\n", d, e, p, w[k], u[k], m[k] / 1024, w[1], w[NR] }' >>"$T/figures"
	done
}

echo "icoc $("$T/icoc" --version | cut -d' ' -f2); $(fop -version 2>/dev/null | tail -n 1);" \
	"$(java -version 2>&1 | head -n 1)"
echo "cairo $(pkg-config --modversion cairo), pango $(pkg-config --modversion pango);" \
	"$(xsltproc --version | head -n 1 | sed "s/^Using /xsltproc: /")"
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start; median of $RUNS runs" \
	"($BIG_RUNS for 10 000) after one discarded warm-up, engines interleaved"
echo "-- XSLT (templates/fo/annex.xsl, xsltproc, one run; not in the figures below)"
awk '{ printf "%-12s %8.2f s %8.1f MB peak   FO file %6.1f MB\n", $1 " req", $2, $3 / 1024, $4 / 1024 }' "$T/xslt"

: >"$T/figures"
bench p1 "$RUNS" icoc fop
bench p80 "$RUNS" icoc fop
bench r1000 "$RUNS" icoc fop
bench r10000 "$BIG_RUNS" icoc

echo "-- rendering FO -> PDF: median wall time, peak RSS; ratio = FOP / icoc (wall, and CPU)"
awk -v n80="$N80" '
function name(d) {
	return d == "p1" ? "1 page" : d == "p80" ? "~80 pages (" n80 " req)" : d == "r1000" ? "1 000 req" : "10 000 req"
}
{ p[$1, $2] = $3; w[$1, $2] = $4; u[$1, $2] = $5; m[$1, $2] = $6; lo[$1, $2] = $7; hi[$1, $2] = $8
  if (!($1 in seen)) { seen[$1] = 1; order[++nd] = $1 } }
END {
	printf "%-22s %11s %6s | %8s %6s | %8s %6s | %6s %6s | %6s\n", "document", "pages i/F", "diff", "icoc s", "MB", "FOP s", "MB", "ratio", "cpu", "p/s"
	for (i = 1; i <= nd; i++) {
		d = order[i]; f = ((d, "fop") in p)
		if (f)
			printf "%-22s %11s %+5.1f%% | %8.3f %6.0f | %8.2f %6.0f | %5.1fx %5.1fx | %6.0f\n", name(d),
			    p[d, "icoc"] " / " p[d, "fop"], 100 * (p[d, "icoc"] - p[d, "fop"]) / p[d, "fop"],
			    w[d, "icoc"], m[d, "icoc"], w[d, "fop"], m[d, "fop"],
			    w[d, "fop"] / w[d, "icoc"], u[d, "fop"] / (u[d, "icoc"] > 0 ? u[d, "icoc"] : 0.01),
			    p[d, "icoc"] / w[d, "icoc"]
		else
			printf "%-22s %11s %6s | %8.3f %6.0f | %8s %6s | %6s %6s | %6.0f\n", name(d),
			    p[d, "icoc"] " / -", "-", w[d, "icoc"], m[d, "icoc"], "-", "-", "-", "-", p[d, "icoc"] / w[d, "icoc"]
	}
	print "-- spread of the runs (wall min-max s; CPU s of the median run)"
	for (i = 1; i <= nd; i++) {
		d = order[i]
		printf "%-22s icoc %.3f-%.3f cpu %.2f", name(d), lo[d, "icoc"], hi[d, "icoc"], u[d, "icoc"]
		if ((d, "fop") in p)
			printf "   FOP %.2f-%.2f cpu %.2f", lo[d, "fop"], hi[d, "fop"], u[d, "fop"]
		printf "\n"
	}
	print "-- targets (issue 5, item 7)"
	for (i = 1; i <= nd; i++) {
		d = order[i]
		if (!((d, "fop") in p)) continue
		df = 100 * (p[d, "icoc"] - p[d, "fop"]) / p[d, "fop"]; if (df < 0) df = -df
		printf "%-58s %7.1f%% %s\n", "page counts icoc / FOP within 5 %, " name(d), df, (df <= 5 ? "ok" : "MISSED")
	}
	r = w["p80", "fop"] / w["p80", "icoc"]
	printf "%-58s %7.1fx %s\n", ">= 15x FOP speed, ~80 pages", r, (r >= 15 ? "ok" : "MISSED")
	r = w["r1000", "fop"] / w["r1000", "icoc"]
	printf "%-58s %7.1fx %s\n", ">= 8x FOP speed, 1 000 req", r, (r >= 8 ? "ok" : "MISSED")
	for (i = 1; i <= nd; i++) {
		d = order[i]
		if (d == "p1") continue
		r = p[d, "icoc"] / w[d, "icoc"]
		printf "%-58s %7.0f %s\n", ">= 150 pages/s, " name(d), r, (r >= 150 ? "ok" : "MISSED")
	}
	r = w["p1", "icoc"] * 1000
	printf "%-58s %5.0f ms %s\n", "one-page document < 50 ms", r, (r < 50 ? "ok" : "MISSED")
	r = m["r10000", "icoc"]
	printf "%-58s %5.0f MB %s\n", "peak RSS < 200 MB, 10 000 req", r, (r < 200 ? "ok" : "MISSED")
}' "$T/figures"
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
