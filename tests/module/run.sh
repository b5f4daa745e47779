#!/bin/sh
# The PDF module (icoc-pdf.so, dlopen()ed by src/pdfmod.c): the executable
# links none of the PDF stack; without the module the commands that make
# PDF fail with the system error status and a message naming the module,
# writing nothing, while every other command still works.
# usage: ICOC=./icoc sh tests/module/run.sh   (from the project root)
ICOC=${ICOC:-./icoc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
SEL=requirements/examples/gemeente-zaaksysteem.xml

ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "FAIL module: $1"; }

# ---- what the executable links ----------------------------------------
MOD=$(dirname "$ICOC")/icoc-pdf.so
PDFLIBS='lib(pango|pangocairo|pangoft2|cairo|glib|gobject|gio|fontconfig|freetype|harfbuzz|pixman|hyphen)-?[0-9.]*\.so'
readelf -d "$ICOC" >"$T/needed" 2>&1
grep -q NEEDED "$T/needed" || bad "readelf -d $ICOC lists no NEEDED libraries"
if grep NEEDED "$T/needed" | grep -Eq "$PDFLIBS"; then
	bad "$ICOC needs the PDF stack: $(grep NEEDED "$T/needed" | grep -Eo "$PDFLIBS" | tr '\n' ' ')"
else
	ok "readelf: no PDF library among $ICOC's NEEDED"
fi
if ldd "$ICOC" | grep -Eq "$PDFLIBS"; then
	bad "ldd $ICOC: $(ldd "$ICOC" | grep -Eo "$PDFLIBS" | tr '\n' ' ')"
else
	ok "ldd: no PDF library loaded with $ICOC"
fi
# libedit is dlopen()ed by the wizard on a terminal (src/wiz_tty.c)
if grep NEEDED "$T/needed" | grep -q 'libedit'; then
	bad "$ICOC needs libedit; only the wizard on a terminal loads it"
else
	ok "readelf: libedit not among $ICOC's NEEDED"
fi
if [ -f "$MOD" ] && readelf -d "$MOD" | grep NEEDED | grep -q libpango; then
	ok "the module beside $ICOC needs pango"
else
	bad "$MOD missing, or it does not need pango"
fi

# ---- an installation without the module --------------------------------
# bin/icoc with share/icoc holding the data, as `make install` lays it out,
# minus lib/icoc/icoc-pdf.so.  The loader also looks in the configured
# PREFIX/lib/icoc: when a module is installed there, skip this part.
mkdir -p "$T/inst/bin" "$T/inst/share/icoc" "$T/out"
cp "$ICOC" "$T/inst/bin/icoc"
ln -s "$(pwd)/requirements" "$T/inst/share/icoc/requirements"
ln -s "$(pwd)/templates" "$T/inst/share/icoc/templates"
LONE=$T/inst/bin/icoc

run() {	# run WANT-STATUS NAME ARGS...: status, and stderr in $T/stderr
	want=$1 name=$2
	shift 2
	timeout 60 $ICOC_WRAP "$LONE" "$@" >"$T/stdout" 2>"$T/stderr"
	got=$?
	if [ "$got" != "$want" ]; then
		bad "$name: exit status $got, want $want"
		sed 's/^/    stderr: /' "$T/stderr" | head -5
		return 1
	fi
	if grep -q "AddressSanitizer\|LeakSanitizer\|runtime error:" "$T/stderr"; then
		bad "$name: sanitizer report"
		return 1
	fi
	return 0
}

# the message: the path looked in first, dlopen()'s reason, exit status 4
says_missing() {	# says_missing NAME
	first=$(grep -m 1 ': error: ' "$T/stderr")
	want="icoc: $T/inst/bin/icoc-pdf.so: error: cannot load the PDF module: "
	case $first in
	"$want"*"No such file"*) ok "$1: says the module is missing" ;;
	*) bad "$1: message '$first', want '${want}...No such file...'" ;;
	esac
}

nothing_written() {	# nothing_written NAME
	if [ -z "$(ls -A "$T/out")" ]; then
		ok "$1: nothing written"
	else
		bad "$1: wrote $(ls -A "$T/out" | tr '\n' ' ')"
	fi
	rm -rf "$T/out" && mkdir "$T/out"
}

installed=$(strings "$LONE" | grep -m 1 '/lib/icoc$')
if [ -n "$installed" ] && [ -e "$installed/icoc-pdf.so" ]; then
	echo "skip: a module is installed in $installed"
else
	run 0 "--version" --version && ok "--version without the module"
	run 0 "validate set" validate requirements/ico-basis.xml &&
	    ok "validate a set without the module"
	run 0 "compile html" compile "$SEL" --format html,csv,xml -o "$T/out/html" &&
	    [ -f "$T/out/html/annex.html" ] && [ -f "$T/out/html/MANIFEST" ] &&
	    ok "compile --format html,csv,xml without the module"
	rm -rf "$T/out" && mkdir "$T/out"

	run 4 "fo2pdf" fo2pdf tests/fo/tender.fo -o "$T/out/tender.pdf" &&
	    says_missing "fo2pdf"
	nothing_written "fo2pdf"
	run 4 "compile pdf" compile "$SEL" -o "$T/out/c" && says_missing "compile"
	nothing_written "compile"
	run 4 "check pdf" check tests/check/mini/comply.xml \
	    --selection tests/fixtures/selection-mini.xml -o "$T/out/r" &&
	    says_missing "check"
	nothing_written "check"
	run 4 "validate fo" validate tests/fo/tender.fo && says_missing "validate FO"

	# a file that is not a module is refused, not skipped
	echo 'not an ELF file' >"$T/inst/bin/icoc-pdf.so"
	run 4 "broken module" fo2pdf tests/fo/tender.fo -o "$T/out/tender.pdf" &&
	    if grep -q "^icoc: $T/inst/bin/icoc-pdf.so: error: cannot load the PDF module: .*$T/inst/bin/icoc-pdf.so" "$T/stderr"; then
		    ok "broken module: named, with dlopen()'s reason"
	    else
		    bad "broken module: message '$(head -n 1 "$T/stderr")'"
	    fi
	nothing_written "broken module"

	# the module in its installed place, PREFIX/lib/icoc
	rm "$T/inst/bin/icoc-pdf.so"
	mkdir -p "$T/inst/lib/icoc"
	cp "$MOD" "$T/inst/lib/icoc/icoc-pdf.so"
	run 0 "installed module" fo2pdf tests/fo/tender.fo -o "$T/out/tender.pdf" &&
	    [ -s "$T/out/tender.pdf" ] && ok "fo2pdf with the module in lib/icoc"
fi

echo "module: $pass passed, $fail failed"
[ "$fail" = 0 ]
