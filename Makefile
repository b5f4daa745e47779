# icoc: plain make; flags from pkg-config.  Personal overrides go in
# Makefile.local.  `make DEVELOPER=1` (and CI) turns warnings into errors.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
PKGLIBDIR = $(PREFIX)/lib/icoc
DATADIR = $(PREFIX)/share/icoc
MANDIR = $(PREFIX)/share/man/man1

CC ?= cc
BUILD ?= build
# The executable links MAIN_PKGS; the PDF part (PDF_SRCS) is the module
# icoc-pdf.so, dlopen()ed by src/pdfmod.c when a command makes PDF, so
# the other commands load neither pango, cairo, glib nor libhyphen.
# libedit (the wizard's line editing) is dlopen()ed by src/wiz_tty.c on a
# terminal: only its header is needed to build the executable.
MAIN_PKGS = libxml-2.0 libxslt libexslt libpcre2-8 nettle
PDF_PKGS = libxml-2.0 pangocairo cairo-pdf
PKGS = $(MAIN_PKGS) $(PDF_PKGS) libedit
WARN = -std=c11 -g -W -Wall -Wextra -Wmissing-prototypes -Wstrict-prototypes \
	-Wwrite-strings -Wshadow -Wformat=2 -fno-common
ifneq ($(DEVELOPER)$(CI),)
WARN += -Werror
endif
OPT ?= -O2
SAN ?=
# Recursively expanded: pkg-config runs after `deps` has installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(PKGS)) -lhyphen -lm -ldl
MAIN_LIBS = $(shell pkg-config --libs $(MAIN_PKGS)) -lm -ldl
PDF_LIBS = $(shell pkg-config --libs $(PDF_PKGS)) -lhyphen -lm -pthread
ALL_CFLAGS = $(WARN) $(OPT) $(SAN) $(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)

BUILD_DEPS = gcc make pkg-config libxml2-dev libxslt1-dev libpcre2-dev \
	libcmocka-dev libcairo2-dev libpango1.0-dev libhyphen-dev nettle-dev libedit-dev
RUN_DEPS = hyphen-nl fonts-dejavu-core fonts-dejavu-extra libedit2
TEST_DEPS = xsltproc libxml2-utils qpdf poppler-utils tmux valgrind clang-format

export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

-include Makefile.local

SRCS = $(sort $(wildcard src/*.c))
PDF_SRCS = src/fo.c src/fo_layout.c src/pdf.c src/hyph.c src/pdfmod_entry.c
MAIN_OBJS = $(filter-out $(PDF_SRCS:src/%.c=$(BUILD)/%.o),$(SRCS:src/%.c=$(BUILD)/%.o))
# position-independent, in a directory of their own (never a stale non-PIC object)
PDF_OBJS = $(PDF_SRCS:src/%.c=$(BUILD)/pic/%.o)
OBJS = $(MAIN_OBJS) $(PDF_OBJS)
LIBOBJS = $(filter-out $(BUILD)/main.o,$(OBJS))
UNIT_SRCS = $(sort $(wildcard tests/unit/test_*.c))
UNITS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
BIN = $(if $(filter build,$(BUILD)),icoc,$(BUILD)/icoc)
PDFMOD = $(if $(filter build,$(BUILD)),icoc-pdf.so,$(BUILD)/icoc-pdf.so)
PROGS = $(BIN) $(PDFMOD)

.PHONY: all deps test-deps run test unit golden bad content asan valgrind \
	install clean format format-check regen bench bench-deps fuzz

all: $(PROGS)

deps:
	@sh tools/deps.sh $(BUILD_DEPS) $(RUN_DEPS)

bench-deps:
	@sh tools/deps.sh time xsltproc libxml2-utils fop poppler-utils

test-deps:
	@sh tools/deps.sh $(BUILD_DEPS) $(RUN_DEPS) $(TEST_DEPS)

$(BUILD)/%.o: src/%.c | deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(OBJ_FLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/pic/%.o: src/%.c | deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fPIC -MMD -MP -c -o $@ $<

$(BUILD)/pdfmod.o: OBJ_FLAGS = -DICOC_PKGLIBDIR='"$(PKGLIBDIR)"'

# The executable exports exactly the functions and variables the module
# uses (msg_*, xml_*, xmalloc, ...), so both share one error state.
$(BUILD)/icoc.dynlist: $(MAIN_OBJS) $(PDF_OBJS)
	( nm -g --defined-only $(MAIN_OBJS) | awk 'NF == 3 { print "D", $$3 }'; \
	  nm -u $(PDF_OBJS) | awk 'NF == 2 { print "U", $$2 }' ) | \
	    awk '$$1 == "D" { d[$$2] = 1 } $$1 == "U" && d[$$2] { print $$2 }' | \
	    sort -u | awk 'BEGIN { print "{" } { print "\t" $$1 ";" } END { print "};" }' >$@.tmp
	mv $@.tmp $@

$(BIN): $(MAIN_OBJS) $(BUILD)/icoc.dynlist
	$(CC) $(ALL_LDFLAGS) -Wl,--dynamic-list=$(BUILD)/icoc.dynlist -o $@ \
	    $(MAIN_OBJS) $(MAIN_LIBS)

$(PDFMOD): $(PDF_OBJS)
	$(CC) $(ALL_LDFLAGS) -shared -o $@ $(PDF_OBJS) $(PDF_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIBOBJS) $(PKG_LIBS) -lcmocka

-include $(OBJS:.o=.d)

run: $(PROGS)
	./$(BIN) compile requirements/examples/gemeente-zaaksysteem.xml

# The whole suite: unit tests, golden cases, hostile inputs, content checks.
test: test-deps $(PROGS) $(UNITS)
	@ICOC=./$(BIN) BUILD=$(BUILD) sh tests/run.sh

unit: $(PROGS) $(UNITS)
	@set -e; for t in $(UNITS); do $$t; done

# The suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 \
	    SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    ASAN_OPTIONS=detect_leaks=1 \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 test

valgrind: test-deps $(PROGS) $(UNITS)
	@ICOC=./$(BIN) BUILD=$(BUILD) VALGRIND=1 sh tests/run.sh

regen: $(PROGS)
	@ICOC=./$(BIN) sh tests/golden/run.sh --regen

bench: $(PROGS) bench-deps
	@ICOC=./$(BIN) sh tests/bench/run.sh
	@ICOC=./$(BIN) sh tests/bench/pdf.sh

install: $(PROGS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(PKGLIBDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/icoc
	install -m 644 $(PDFMOD) $(DESTDIR)$(PKGLIBDIR)/icoc-pdf.so
	install -m 644 man/icoc.1 $(DESTDIR)$(MANDIR)/icoc.1
	cd requirements && find . -name '*.xml' -o -name '*.rng' | grep -v '^./parts/' | \
	    while read f; do install -D -m 644 "$$f" "$(DESTDIR)$(DATADIR)/requirements/$$f"; done
	cd templates && find . -type f | \
	    while read f; do install -D -m 644 "$$f" "$(DESTDIR)$(DATADIR)/templates/$$f"; done

clean:
	rm -rf build icoc icoc-pdf.so out/*/

format:
	clang-format -i src/*.c src/*.h tests/unit/*.c

format-check: test-deps
	@clang-format --dry-run --Werror src/*.c src/*.h tests/unit/*.c

# Coverage-guided fuzzing of the loaders with libFuzzer (clang), seeded
# from the shipped sets and the fixtures; FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
FUZZ_SRCS = $(filter-out src/main.c,$(SRCS))
fuzz: deps
	@sh tools/deps.sh clang
	@mkdir -p build/fuzz
	@set -e; for k in 1:set 2:selection 3:catalogue 4:response 5:fo 6:csv; do \
	    n=$${k%%:*}; name=$${k#*:}; \
	    clang -g -O1 -fsanitize=fuzzer,address,undefined -DFUZZ_KIND=$$n -Isrc \
	        $(PKG_CFLAGS) -o build/fuzz/fuzz_$$name tests/fuzz/fuzz_doc.c $(FUZZ_SRCS) $(PKG_LIBS); \
	    mkdir -p build/fuzz/corpus_$$name; \
	    cp requirements/*.xml requirements/catalogues/*.xml requirements/examples/*.xml \
	        tests/fixtures/*.xml tests/fixtures/sets/*.xml tests/fo/*.fo \
	        tests/check/mini/* build/fuzz/corpus_$$name/ 2>/dev/null || true; \
	    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	        build/fuzz/fuzz_$$name -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	        -dict=tests/fuzz/xml.dict build/fuzz/corpus_$$name; \
	done
