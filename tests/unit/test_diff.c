#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libxml/tree.h>

#include "diff.h"
#include "msg.h"
#include "path.h"
#include "set.h"
#include "util.h"
#include "xml.h"

/*
 * A small set; each test changes a piece of it by string replacement and
 * compares.  The base (id t, version 1.0) is also written to a directory
 * on the search path, so overlays can extend it.
 */
static const char base[] =
    "<requirement-set xmlns=\"urn:icoc:1\" id=\"t\" version=\"1.0\" "
    "xml:lang=\"nl\">\n"
    "  <title>T</title>\n"
    "  <uses catalogue=\"mini-cra\"/><uses catalogue=\"mini-bio\"/>\n"
    "  <levels><level id=\"basis\"><title>Basis</title></level>"
    "<level id=\"hoog\"><title>Hoog</title></level></levels>\n"
    "  <segments><segment id=\"cloud\"><title>Cloud</title></segment>"
    "<segment id=\"sw\"><title>Software</title></segment></segments>\n"
    "  <parameters>\n"
    "    <parameter id=\"p\" type=\"integer\" min=\"1\" max=\"90\" "
    "unit=\"days\" default=\"14\"><label>P</label></parameter>\n"
    "    <parameter id=\"c\" type=\"choice\" default=\"A\"><label>C</label>"
    "<option value=\"A\">Aa</option><option value=\"B\">Bb</option>"
    "</parameter>\n"
    "  </parameters>\n"
    "  <group id=\"g1\"><title>G1</title>\n"
    "    <requirement id=\"R-1\" segments=\"cloud sw\" level=\"basis\" "
    "kind=\"knockout\" applies-to=\"product\">\n"
    "      <title>Een</title><title xml:lang=\"en\">One</title>"
    "<statement>Binnen <param ref=\"p\"/> dagen.</statement>\n"
    "      <guidance>Hulp.</guidance><evidence>Bewijs.</evidence>\n"
    "      <map catalogue=\"mini-cra\" clause=\"AI.P2.2\"/>"
    "<map catalogue=\"mini-bio\" clause=\"8.08.01\"/>\n"
    "    </requirement>\n"
    "    <requirement id=\"R-2\" kind=\"award\" weight=\"2\" "
    "applies-to=\"supplier\"><title>Twee</title>"
    "<statement>Keuze <param ref=\"c\"/>.</statement></requirement>\n"
    "  </group>\n"
    "  <group id=\"g2\"><title>G2</title>\n"
    "    <requirement id=\"R-3\" level=\"hoog\" kind=\"knockout\" "
    "applies-to=\"service\"><title>Drie</title>"
    "<statement>Drie.</statement></requirement>\n"
    "    <requirement id=\"R-4\" kind=\"knockout\" applies-to=\"service\">"
    "<title>Vier</title><statement>Vier.</statement></requirement>\n"
    "  </group>\n"
    "</requirement-set>\n";

static char pathdir[] = "/tmp/icoc-test-diff-path-XXXXXX";
static char tmpdir[] = "/tmp/icoc-test-diff-XXXXXX";
static int nfile;

static void
write_str(const char *path, const char *s)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(s, fp);
	fclose(fp);
}

static int
setup(void **state)
{
	char *p;

	(void)state;
	xml_init();
	path_init("icoc");
	if (mkdtemp(pathdir) == NULL || mkdtemp(tmpdir) == NULL)
		return -1;
	p = xasprintf("%s/t.xml", pathdir);
	write_str(p, base);
	free(p);
	path_add("tests/fixtures/sets");
	path_add(pathdir);
	msg_quiet = 1;
	return 0;
}

static int
teardown(void **state)
{
	char *p;

	(void)state;
	p = xasprintf("%s/t.xml", pathdir);
	unlink(p);
	free(p);
	rmdir(pathdir);
	rmdir(tmpdir);
	path_release();
	xml_cleanup();
	return 0;
}

/* s with every from replaced by to (from must occur).  Caller frees. */
static char *
repl(const char *s, const char *from, const char *to)
{
	struct buf b = BUF_INIT;
	const char *p;
	int found = 0;

	while ((p = strstr(s, from)) != NULL) {
		buf_add(&b, s, (size_t)(p - s));
		buf_puts(&b, to);
		s = p + strlen(from);
		found = 1;
	}
	buf_puts(&b, s);
	if (!found)
		fail_msg("'%s' not in the text", from);
	return buf_detach(&b);
}

static struct set *
load_str(const char *xml)
{
	char *path = xasprintf("%s/v%d.xml", tmpdir, nfile++);
	struct set *s;
	int status;

	write_str(path, xml);
	s = set_load_file(path, &status);
	unlink(path);
	free(path);
	if (s == NULL)
		fail_msg("the variant does not load:\n%s", xml);
	return s;
}

struct pair {
	struct set *old, *new;
	struct diff *d;
};

static void
compare(struct pair *p, const char *old, const char *new)
{
	p->old = load_str(old);
	p->new = load_str(new);
	p->d = diff_sets(p->old, p->new, NULL);
}

static void
pair_release(struct pair *p)
{
	diff_free(p->d);
	set_free(p->old);
	set_free(p->new);
}

static const struct diff_entry *
entry(const struct diff *d, enum diff_what w, const char *id)
{
	for (size_t i = 0; i < d->nentries; i++)
		if (d->entries[i].what == w &&
		    strcmp(d->entries[i].id, id) == 0)
			return &d->entries[i];
	return NULL;
}

static const struct diff_field *
field(const struct diff_entry *e, const char *name)
{
	for (size_t i = 0; e != NULL && i < e->nfields; i++)
		if (strcmp(e->fields[i].name, name) == 0)
			return &e->fields[i];
	return NULL;
}

/*
 * Change base by from -> to; expect exactly one entry (what, id, change)
 * and, when name is set, that field with old and new values (NULL: not
 * checked).
 */
static void
expect_one(const char *from, const char *to, enum diff_what w, const char *id,
    enum diff_change c, const char *name, const char *old, const char *new)
{
	char *v = repl(base, from, to);
	struct pair p;
	const struct diff_entry *e;
	const struct diff_field *f;

	compare(&p, base, v);
	if (p.d->total != 1)
		for (size_t i = 0; i < p.d->nentries; i++)
			print_error("entry %s %s %s\n",
			    diff_what_name(p.d->entries[i].what),
			    p.d->entries[i].id,
			    diff_change_name(p.d->entries[i].change));
	assert_int_equal(p.d->total, 1);
	e = entry(p.d, w, id);
	assert_non_null(e);
	assert_int_equal(e->change, c);
	assert_int_equal(p.d->count[w][c], 1);
	if (name != NULL) {
		f = field(e, name);
		assert_non_null(f);
		if (c == DIFF_CHANGED)
			assert_int_equal(e->nfields, 1);
		if (old != NULL)
			assert_string_equal(f->old, old);
		if (new != NULL)
			assert_string_equal(f->new, new);
	}
	pair_release(&p);
	free(v);
}

static void
test_identical(void **state)
{
	struct pair p;
	xmlDocPtr doc;

	(void)state;
	compare(&p, base, base);
	assert_int_equal(p.d->total, 0);
	assert_int_equal(p.d->nentries, 0);
	doc = diff_xml(p.d);
	assert_non_null(doc);
	assert_int_equal(xml_validate(doc, "diff.rng"), 0);
	xmlFreeDoc(doc);
	pair_release(&p);
}

/* Order of elements, of ids in attributes, and white space do not count. */
static void
test_order_independent(void **state)
{
	char *v1, *v2, *v3, *v4, *v5, *v6;
	struct pair p;

	(void)state;
	/* requirements swapped within their group */
	v1 = repl(base,
	    "    <requirement id=\"R-3\" level=\"hoog\" kind=\"knockout\" "
	    "applies-to=\"service\"><title>Drie</title>"
	    "<statement>Drie.</statement></requirement>\n",
	    "");
	v2 = repl(v1, "  </group>\n</requirement-set>",
	    "    <requirement id=\"R-3\" level=\"hoog\" kind=\"knockout\" "
	    "applies-to=\"service\"><title>Drie</title>"
	    "<statement>Drie.</statement></requirement>\n"
	    "  </group>\n</requirement-set>");
	/* segments and maps in another order, segments listed the other way */
	v3 = repl(v2,
	    "<segment id=\"cloud\"><title>Cloud</title></segment>"
	    "<segment id=\"sw\"><title>Software</title></segment>",
	    "<segment id=\"sw\"><title>Software</title></segment>"
	    "<segment id=\"cloud\"><title>Cloud</title></segment>");
	v4 = repl(v3,
	    "<map catalogue=\"mini-cra\" clause=\"AI.P2.2\"/>"
	    "<map catalogue=\"mini-bio\" clause=\"8.08.01\"/>",
	    "<map catalogue=\"mini-bio\" clause=\"8.08.01\"/>\n      "
	    "<map catalogue=\"mini-cra\" clause=\"AI.P2.2\"/>");
	v5 = repl(v4, "segments=\"cloud sw\"", "segments=\"sw  cloud\"");
	/* options and parameters reordered, texts laid out differently */
	v6 = repl(v5,
	    "<option value=\"A\">Aa</option><option value=\"B\">Bb</option>",
	    "<option value=\"B\">Bb</option>\n   <option "
	    "value=\"A\">Aa</option>");
	free(v1);
	v1 = repl(v6, "<statement>Binnen <param ref=\"p\"/> dagen.</statement>",
	    "<statement>\n        Binnen   <param ref=\"p\"/>\n        dagen.\n"
	    "      </statement>");
	compare(&p, base, v1);
	assert_int_equal(p.d->total, 0);
	pair_release(&p);
	/* and the other way round */
	compare(&p, v1, base);
	assert_int_equal(p.d->total, 0);
	pair_release(&p);
	free(v1);
	free(v2);
	free(v3);
	free(v4);
	free(v5);
	free(v6);
}

static void
test_requirement_texts(void **state)
{
	(void)state;
	expect_one("<title>Een</title>", "<title>Een en meer</title>", DIFF_REQ,
	    "R-1", DIFF_CHANGED, "title", "Een", "Een en meer");
	expect_one("Binnen <param", "Ruim binnen <param", DIFF_REQ, "R-1",
	    DIFF_CHANGED, "statement", "Binnen {p} dagen.",
	    "Ruim binnen {p} dagen.");
	expect_one("<guidance>Hulp.</guidance>",
	    "<guidance>Meer hulp.</guidance>", DIFF_REQ, "R-1", DIFF_CHANGED,
	    "guidance", "Hulp.", "Meer hulp.");
	expect_one("<evidence>Bewijs.</evidence>", "", DIFF_REQ, "R-1",
	    DIFF_CHANGED, "evidence", "Bewijs.", NULL);
	/* markup alone is a change too */
	expect_one("<statement>Drie.</statement>",
	    "<statement><em>Drie.</em></statement>", DIFF_REQ, "R-3",
	    DIFF_CHANGED, "statement", "Drie.", "Drie.");
}

/* A change in another translation: named in langs, and shown. */
static void
test_translation(void **state)
{
	char *v = repl(base, "<title xml:lang=\"en\">One</title>",
	    "<title xml:lang=\"en\">The one</title>");
	struct pair p;
	const struct diff_field *f;

	(void)state;
	compare(&p, base, v);
	assert_int_equal(p.d->total, 1);
	f = field(entry(p.d, DIFF_REQ, "R-1"), "title");
	assert_non_null(f);
	assert_string_equal(f->langs, "en");
	assert_string_equal(f->old, "One");
	assert_string_equal(f->new, "The one");
	pair_release(&p);
	free(v);
}

static void
test_requirement_attributes(void **state)
{
	const struct diff_field *f;
	struct pair p;
	char *v;

	(void)state;
	expect_one("segments=\"cloud sw\" level=\"basis\"",
	    "segments=\"cloud sw\" level=\"hoog\"", DIFF_REQ, "R-1",
	    DIFF_CHANGED, "level", "basis", "hoog");
	expect_one("<requirement id=\"R-3\" level=\"hoog\" kind=\"knockout\"",
	    "<requirement id=\"R-3\" level=\"hoog\" kind=\"award\"", DIFF_REQ,
	    "R-3", DIFF_CHANGED, "kind", "knockout", "award");
	expect_one("weight=\"2\"", "weight=\"5\"", DIFF_REQ, "R-2",
	    DIFF_CHANGED, "weight", "2", "5");
	expect_one("kind=\"knockout\" applies-to=\"product\"",
	    "kind=\"knockout\" applies-to=\"service\"", DIFF_REQ, "R-1",
	    DIFF_CHANGED, "applies-to", "product", "service");

	v = repl(base, "segments=\"cloud sw\"", "segments=\"cloud\"");
	compare(&p, base, v);
	assert_int_equal(p.d->total, 1);
	f = field(entry(p.d, DIFF_REQ, "R-1"), "segments");
	assert_non_null(f);
	assert_int_equal(f->nremoved, 1);
	assert_string_equal(f->removed[0], "sw");
	assert_int_equal(f->nadded, 0);
	pair_release(&p);
	free(v);

	v = repl(base, "<map catalogue=\"mini-bio\" clause=\"8.08.01\"/>",
	    "<map catalogue=\"mini-cra\" clause=\"Art14.1\"/>");
	compare(&p, base, v);
	assert_int_equal(p.d->total, 1);
	f = field(entry(p.d, DIFF_REQ, "R-1"), "maps");
	assert_non_null(f);
	assert_int_equal(f->nadded, 1);
	assert_string_equal(f->added[0], "mini-cra Art14.1");
	assert_int_equal(f->nremoved, 1);
	assert_string_equal(f->removed[0], "mini-bio 8.08.01");
	pair_release(&p);
	free(v);
}

static void
test_group_moved(void **state)
{
	static const char r3[] =
	    "    <requirement id=\"R-3\" level=\"hoog\" kind=\"knockout\" "
	    "applies-to=\"service\"><title>Drie</title>"
	    "<statement>Drie.</statement></requirement>\n";
	char *v1 = repl(base, r3, ""), *v2;
	char *to = xasprintf("%s  </group>\n  <group id=\"g2\">", r3);

	(void)state;
	v2 = repl(v1, "  </group>\n  <group id=\"g2\">", to);
	free(v1);
	v1 = xstrdup(base);
	{
		struct pair p;
		const struct diff_field *f;

		compare(&p, v1, v2);
		assert_int_equal(p.d->total, 1);
		f = field(entry(p.d, DIFF_REQ, "R-3"), "group");
		assert_non_null(f);
		assert_string_equal(f->old, "g2");
		assert_string_equal(f->new, "g1");
		assert_string_equal(f->new_note, "G1");
		pair_release(&p);
	}
	free(v1);
	free(v2);
	free(to);
}

static void
test_requirements_added_removed(void **state)
{
	(void)state;
	expect_one("<title>Twee</title><statement>Keuze <param ref=\"c\"/>."
	           "</statement></requirement>\n",
	    "<title>Twee</title><statement>Keuze <param ref=\"c\"/>."
	    "</statement></requirement>\n"
	    "<requirement id=\"R-5\" kind=\"knockout\" "
	    "applies-to=\"product\"><title>Vijf</title>"
	    "<statement>Vijf.</statement></requirement>\n",
	    DIFF_REQ, "R-5", DIFF_ADDED, "statement", NULL, "Vijf.");
	expect_one("    <requirement id=\"R-4\" kind=\"knockout\" "
	           "applies-to=\"service\"><title>Vier</title>"
	           "<statement>Vier.</statement></requirement>\n",
	    "", DIFF_REQ, "R-4", DIFF_REMOVED, "statement", "Vier.", NULL);
}

/* An overlay that withdraws R-1, and one that only sets a default. */
static void
test_withdrawn_and_default_layer(void **state)
{
	static const char ov[] =
	    "<requirement-set xmlns=\"urn:icoc:1\" id=\"t-ov\" version=\"1.0\" "
	    "extends=\"t\" extends-version=\"1.0\" xml:lang=\"nl\">\n"
	    "  <title>Overlay</title>\n%s\n</requirement-set>\n";
	char *v;
	struct pair p;
	const struct diff_entry *e;
	const struct diff_field *f;

	(void)state;
	v = xasprintf(ov, "<withdraw ref=\"R-1\" reason=\"Weg.\"/>");
	compare(&p, base, v);
	assert_int_equal(p.d->total, 1);
	e = entry(p.d, DIFF_REQ, "R-1");
	assert_non_null(e);
	assert_int_equal(e->change, DIFF_WITHDRAWN);
	assert_string_equal(e->layer, "t-ov");
	assert_string_equal(e->reason, "Weg.");
	pair_release(&p);
	/* withdrawn on both sides: nothing to say */
	compare(&p, v, v);
	assert_int_equal(p.d->total, 0);
	pair_release(&p);
	/* back again: added */
	compare(&p, v, base);
	assert_int_equal(p.d->total, 1);
	assert_int_equal(entry(p.d, DIFF_REQ, "R-1")->change, DIFF_ADDED);
	pair_release(&p);
	free(v);

	/* the same default from another layer is a change of its layer */
	v = xasprintf(ov, "<set-default ref=\"p\">14</set-default>");
	compare(&p, base, v);
	assert_int_equal(p.d->total, 1);
	f = field(entry(p.d, DIFF_PARAM, "p"), "default");
	assert_non_null(f);
	assert_string_equal(f->old, "14");
	assert_string_equal(f->new, "14");
	assert_string_equal(f->old_note, "t");
	assert_string_equal(f->new_note, "t-ov");
	pair_release(&p);
	free(v);
}

static void
test_parameters(void **state)
{
	const struct diff_field *f;
	struct pair p;
	char *v;

	(void)state;
	expect_one("max=\"90\"", "max=\"60\"", DIFF_PARAM, "p", DIFF_CHANGED,
	    "range", "1..90", "1..60");
	expect_one("default=\"14\"", "default=\"7\"", DIFF_PARAM, "p",
	    DIFF_CHANGED, "default", "14", "7");
	expect_one("unit=\"days\"", "unit=\"hours\"", DIFF_PARAM, "p",
	    DIFF_CHANGED, "unit", "days", "hours");
	expect_one("<label>P</label>", "<label>Termijn</label>", DIFF_PARAM,
	    "p", DIFF_CHANGED, "label", "P", "Termijn");
	expect_one("<option value=\"B\">Bb</option>",
	    "<option value=\"B\">Bee</option>", DIFF_PARAM, "c", DIFF_CHANGED,
	    "options", "A (Aa), B (Bb)", "A (Aa), B (Bee)");
	/* type and pattern: p becomes a string with a pattern */
	v = repl(base,
	    "type=\"integer\" min=\"1\" max=\"90\" unit=\"days\" "
	    "default=\"14\"",
	    "type=\"string\" pattern=\"^[0-9]+$\" default=\"14\"");
	compare(&p, base, v);
	assert_int_equal(p.d->total, 1);
	f = field(entry(p.d, DIFF_PARAM, "p"), "type");
	assert_non_null(f);
	assert_string_equal(f->new, "string");
	assert_non_null(field(entry(p.d, DIFF_PARAM, "p"), "pattern"));
	assert_non_null(field(entry(p.d, DIFF_PARAM, "p"), "range"));
	pair_release(&p);
	free(v);

	v = repl(base, "<option value=\"B\">Bb</option>",
	    "<option value=\"B\">Bb</option><option value=\"C\">Cc</option>");
	compare(&p, base, v);
	f = field(entry(p.d, DIFF_PARAM, "c"), "options");
	assert_non_null(f);
	assert_int_equal(f->nadded, 1);
	assert_string_equal(f->added[0], "C");
	pair_release(&p);
	free(v);

	expect_one("  </parameters>",
	    "    <parameter id=\"q\" type=\"integer\"><label>Q</label>"
	    "</parameter>\n  </parameters>",
	    DIFF_PARAM, "q", DIFF_ADDED, "type", NULL, "integer");
}

static void
test_segments_levels(void **state)
{
	(void)state;
	expect_one("<title>Software</title>",
	    "<title>Standaardsoftware</title>", DIFF_SEGMENT, "sw",
	    DIFF_CHANGED, "title", "Software", "Standaardsoftware");
	expect_one("<segment id=\"sw\">",
	    "<segment id=\"sw\" additive=\"true\">", DIFF_SEGMENT, "sw",
	    DIFF_CHANGED, "additive", "false", "true");
	expect_one("</segments>",
	    "<segment id=\"ot\"><title>OT</title></segment></segments>",
	    DIFF_SEGMENT, "ot", DIFF_ADDED, NULL, NULL, NULL);
	expect_one("<title>Hoog</title>", "<title>Hoog (kritiek)</title>",
	    DIFF_LEVEL, "hoog", DIFF_CHANGED, "title", "Hoog",
	    "Hoog (kritiek)");
	expect_one("</levels>",
	    "<level id=\"max\"><title>Maximaal</title></level></levels>",
	    DIFF_LEVEL, "max", DIFF_ADDED, "order", NULL, "3");
}

/* The reverse of an addition is a removal. */
static void
test_removed_segment_level(void **state)
{
	char *v = repl(base, "</levels>",
	    "<level id=\"max\"><title>Maximaal</title></level></levels>");
	char *w = repl(v, "</segments>",
	    "<segment id=\"ot\"><title>OT</title></segment></segments>");
	struct pair p;

	(void)state;
	compare(&p, w, base);
	assert_int_equal(p.d->total, 2);
	assert_int_equal(entry(p.d, DIFF_LEVEL, "max")->change, DIFF_REMOVED);
	assert_int_equal(entry(p.d, DIFF_SEGMENT, "ot")->change, DIFF_REMOVED);
	/* levels before segments, as in the document */
	assert_int_equal(p.d->entries[0].what, DIFF_LEVEL);
	pair_release(&p);
	free(v);
	free(w);
}

struct words {
	struct buf b;
};

static void
collect(enum diff_op op, const char *s, size_t len, void *ud)
{
	struct words *w = ud;
	static const char *const mark[] = {"=", "-", "+"};

	buf_printf(&w->b, "%s[%.*s]", mark[op], (int)len, s);
}

static void
test_words(void **state)
{
	struct words w;

	(void)state;
	memset(&w, 0, sizeof w);
	diff_words("a b c", "a x c", collect, &w);
	assert_string_equal(w.b.s, "=[a ]-[b]+[x]=[ c]");
	buf_release(&w.b);
	diff_words("", "new text", collect, &w);
	assert_string_equal(w.b.s, "+[new text]");
	buf_release(&w.b);
	diff_words(
	    "de leverancier meldt", "de leverancier meldt direct", collect, &w);
	assert_string_equal(w.b.s, "=[de leverancier meldt]+[ direct]");
	buf_release(&w.b);
	/* a replaced phrase is one deletion and one insertion */
	diff_words("binnen vijf dagen.", "binnen twee werkdagen.", collect, &w);
	assert_string_equal(
	    w.b.s, "=[binnen ]-[vijf dagen]+[twee werkdagen]=[.]");
	buf_release(&w.b);
	/* signs are words of their own */
	diff_words("Patchbeleid.", "Patchbeleid en meer.", collect, &w);
	assert_string_equal(w.b.s, "=[Patchbeleid]+[ en meer]=[.]");
	buf_release(&w.b);
	diff_words("same", "same", collect, &w);
	assert_string_equal(w.b.s, "=[same]");
	buf_release(&w.b);
}

/* The document of a diff with every kind of change is valid. */
static void
test_xml_valid(void **state)
{
	char *v1 = repl(base, "weight=\"2\"", "weight=\"5\"");
	char *v2 = repl(v1, "Binnen <param", "Ruim binnen <param");
	char *v3 = repl(v2, "<map catalogue=\"mini-bio\" clause=\"8.08.01\"/>",
	    "<map catalogue=\"mini-cra\" clause=\"Art14.1\"/>");
	struct pair p;
	xmlDocPtr doc;

	(void)state;
	compare(&p, base, v3);
	doc = diff_xml(p.d);
	assert_int_equal(xml_validate(doc, "diff.rng"), 0);
	xmlFreeDoc(doc);
	pair_release(&p);
	free(v1);
	free(v2);
	free(v3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_identical),
	    cmocka_unit_test(test_order_independent),
	    cmocka_unit_test(test_requirement_texts),
	    cmocka_unit_test(test_translation),
	    cmocka_unit_test(test_requirement_attributes),
	    cmocka_unit_test(test_group_moved),
	    cmocka_unit_test(test_requirements_added_removed),
	    cmocka_unit_test(test_withdrawn_and_default_layer),
	    cmocka_unit_test(test_parameters),
	    cmocka_unit_test(test_segments_levels),
	    cmocka_unit_test(test_removed_segment_level),
	    cmocka_unit_test(test_words),
	    cmocka_unit_test(test_xml_valid),
	};

	return cmocka_run_group_tests_name("diff", tests, setup, teardown);
}
