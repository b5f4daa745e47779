#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "check.h"
#include "msg.h"
#include "resp.h"
#include "util.h"
#include "xml.h"

static FILE *sink;

/* A resolved document: two knock-outs (one mapped to a CRA Annex I
 * point), two award criteria (weights 4 and 3), one exclusion. */
static const char resolved[] =
    "<resolved xmlns='urn:icoc:1' format='2' lang='nl' set='s' "
    "set-version='2026.1'"
    " checklist-digest='sha256:"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>"
    "<tender><title>T</title><reference>REF-1</reference><buyer>B</"
    "buyer><date>2026-12-01</date></tender>"
    "<layers><layer set='s' version='2026.1'><title>S</title></layer></layers>"
    "<chosen><level id='basis' rank='1' "
    "of='1'><title>Basis</title></level></chosen>"
    "<parameters/>"
    "<requirements count='4' knockout='2' award='2' weight-total='7'>"
    "<group id='g' number='1' layer='s'><title>G</title>"
    "<requirement id='K1' number='1.1' kind='knockout' weight='1' "
    "level='basis' applies-to='product' layer='s' fallback='false'>"
    "<title>K1</title><statement>k1</statement></requirement>"
    "<requirement id='K2' number='1.2' kind='knockout' weight='1' "
    "level='basis' applies-to='product' layer='s' fallback='false'>"
    "<title>K2</title><statement>k2</statement></requirement>"
    "<requirement id='A1' number='1.3' kind='award' weight='4' level='basis' "
    "applies-to='product' layer='s' fallback='false'>"
    "<title>A1</title><statement>a1</statement></requirement>"
    "<requirement id='A2' number='1.4' kind='award' weight='3' level='basis' "
    "applies-to='product' layer='s' fallback='false'>"
    "<title>A2</title><statement>a2</statement></requirement>"
    "</group></requirements>"
    "<excluded><requirement id='X1' by='buyer' "
    "reason='r'><title>X1</title></requirement></excluded>"
    "<catalogues><catalogue id='cra' version='1'><title>CRA</title>"
    "<clause id='AI' cite='Annex I' depth='0'><title>AI</title></clause>"
    "<clause id='AI.P1' cite='Annex I (1)' parent='AI' "
    "depth='1'><title>P1</title><by ref='K1'/><by ref='K2'/></clause>"
    "</catalogue>"
    /* controls count what is mapped to them and to the measures below */
    "<catalogue id='bio2' version='1'><title>BIO2</title>"
    "<clause id='8' cite='8' depth='0'><title>8</title></clause>"
    "<clause id='8.08' cite='8.08' parent='8' depth='1'><title>c</title>"
    "<by ref='A2'/></clause>"
    "<clause id='8.08.01' cite='8.08.01' parent='8.08' depth='2'>"
    "<title>m1</title><by ref='A1'/><by ref='K2'/></clause>"
    "<clause id='8.08.02' cite='8.08.02' parent='8.08' depth='2'>"
    "<title>m2</title><by ref='K1'/><by ref='A1'/></clause>"
    "<clause id='8.09' cite='8.09' parent='8' depth='1'><title>d</title>"
    "</clause>"
    "</catalogue></catalogues>"
    "</resolved>";

static int
setup(void **state)
{
	(void)state;
	sink = tmpfile();
	msg_set_stream(sink);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	msg_set_stream(NULL);
	fclose(sink);
	return 0;
}

static char *
printed(void)
{
	long n = ftell(sink);
	char *s = xcalloc((size_t)n + 1, 1);

	rewind(sink);
	if (n > 0 && fread(s, 1, (size_t)n, sink) != (size_t)n)
		s[0] = '\0';
	rewind(sink);
	if (ftruncate(fileno(sink), 0) != 0)
		s[0] = '\0';
	return s;
}

static void
answer(struct resp *r, const char *ref, enum resp_status st, const char *expl)
{
	struct resp_answer *a = resp_add(r, ref, (long)r->nanswers + 3, 0);

	assert_non_null(a);
	a->status = st;
	free(a->explanation);
	a->explanation = xstrdup(expl);
}

/* Run check_build and return attribute name of element el ("" root). */
static xmlDocPtr
run(const struct resp *r, int *status)
{
	xmlDocPtr res =
	    xmlReadMemory(resolved, (int)sizeof resolved - 1, "r.xml", NULL, 0);
	struct check_in in = {res, r, 0, NULL, NULL};
	xmlDocPtr rep;

	assert_non_null(res);
	rep = check_build(&in, status);
	xmlFreeDoc(res);
	return rep;
}

static char *
attr(xmlDocPtr d, const char *el, const char *name)
{
	xmlNodePtr n = xmlDocGetRootElement(d);

	if (el != NULL)
		for (n = n->children; n &&
		     !(n->type == XML_ELEMENT_NODE &&
		         strcmp((const char *)n->name, el) == 0);
		     n = n->next)
			;
	assert_non_null(n);
	return xml_attr(n, name);
}

static void
expect_attr(xmlDocPtr d, const char *el, const char *name, const char *want)
{
	char *v = attr(d, el, name);

	assert_non_null(v);
	assert_string_equal(v, want);
	free(v);
}

static void
test_pass_and_score(void **state)
{
	struct resp *r = resp_new("r.xml");
	xmlDocPtr d;
	int st;

	(void)state;
	r->tender = xstrdup("REF-1");
	answer(r, "K1", RESP_COMPLY, "");
	answer(r, "K2", RESP_NA, "geen netwerk");
	answer(r, "A1", RESP_PARTIAL, "");
	answer(r, "A2", RESP_NONCOMPLY, "");
	d = run(r, &st);
	assert_non_null(d);
	assert_int_equal(st, MSG_EXIT_OK);
	expect_attr(d, NULL, "verdict", "pass");
	expect_attr(d, "summary", "score", "2");
	expect_attr(d, "summary", "score-max", "7");
	expect_attr(d, "summary", "knockout-met", "2");
	expect_attr(d, "summary", "complete", "true");
	expect_attr(d, "response", "digest", "absent");
	xmlFreeDoc(d);
	resp_free(r);
}

static void
test_partial_knockout_fails(void **state)
{
	struct resp *r = resp_new("r.xml");
	xmlDocPtr d;
	int st;

	(void)state;
	answer(r, "K1", RESP_PARTIAL, "bijna");
	answer(r, "K2", RESP_COMPLY, "");
	answer(r, "A1", RESP_COMPLY, "");
	answer(r, "A2", RESP_PARTIAL, "");
	d = run(r, &st);
	assert_int_equal(st, MSG_EXIT_NEGATIVE);
	expect_attr(d, NULL, "verdict", "fail");
	expect_attr(d, "summary", "knockout-failed", "1");
	expect_attr(d, "summary", "score", "5.5");
	xmlFreeDoc(d);
	resp_free(r);
}

/* Checks clause c of the report's tallies against the two expected;
 * returns 1. */
static int
tally_is(xmlNodePtr c)
{
	char *id = xml_attr(c, "id"), *m = xml_attr(c, "mapped"),
	     *met = xml_attr(c, "met");
	struct buf refs = BUF_INIT;
	int cra = strcmp(id, "AI.P1") == 0;

	for (xmlNodePtr q = xmlFirstElementChild(c); q;
	     q = xmlNextElementSibling(q))
		if (strcmp((const char *)q->name, "req") == 0) {
			char *ref = xml_attr(q, "ref");
			buf_printf(&refs, "%s ", ref);
			free(ref);
		}
	assert_string_equal(id, cra ? "AI.P1" : "8.08");
	assert_string_equal(refs.s, cra ? "K1 K2 " : "K1 K2 A1 A2 ");
	assert_string_equal(m, cra ? "2" : "4");
	assert_string_equal(met, "1");
	free(id);
	free(m);
	free(met);
	buf_release(&refs);
	return 1;
}

static void
test_incomplete_and_tallies(void **state)
{
	struct resp *r = resp_new("r.xml");
	xmlDocPtr d;
	xmlNodePtr n;
	int st, found = 0;
	char *out;

	(void)state;
	r->tender = xstrdup("REF-1");
	r->digest = xstrdup(
	    "sha256:"
	    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
	answer(r, "K1", RESP_COMPLY, "");
	answer(r, "A1", RESP_NA, "");     /* no explanation */
	answer(r, "X1", RESP_COMPLY, ""); /* excluded: outside */
	d = run(r, &st);
	assert_non_null(d);
	assert_int_equal(st, MSG_EXIT_NEGATIVE);
	expect_attr(d, NULL, "verdict", "incomplete");
	expect_attr(d, "summary", "unanswered", "2");
	expect_attr(d, "summary", "not-applicable-unexplained", "1");
	expect_attr(d, "summary", "outside", "1");
	expect_attr(d, "response", "digest", "mismatch");
	out = printed();
	assert_non_null(
	    strstr(out, "r.xml: warning: checklist digest differs"));
	free(out);
	/* CRA Annex I point (1): K1 and K2 mapped, K1 met; BIO2 control
	 * 8.08: A2 directly, K1 K2 A1 through its measures, each once and
	 * in requirement order; 8.09 has nothing mapped, so no tally */
	for (n = xmlDocGetRootElement(d)->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, "clauses") == 0)
			for (xmlNodePtr cat = xmlFirstElementChild(n); cat;
			     cat = xmlNextElementSibling(cat))
				for (xmlNodePtr c = xmlFirstElementChild(cat);
				     c; c = xmlNextElementSibling(c)) {
					if (strcmp((const char *)c->name,
					        "clause") == 0)
						found += tally_is(c);
				}
	assert_int_equal(found, 2);
	xmlFreeDoc(d);
	resp_free(r);
}

static void
test_errors(void **state)
{
	struct resp *r = resp_new("r.xml");
	int st;
	char *out;

	(void)state;
	r->tender = xstrdup("OTHER");
	r->line = 2;
	assert_null(run(r, &st));
	assert_int_equal(st, MSG_EXIT_INVALID);
	out = printed();
	assert_non_null(strstr(out,
	    "r.xml:2: error: response is for tender 'OTHER', not 'REF-1'"));
	free(out);
	free(r->tender);
	r->tender = xstrdup("REF-1");
	answer(r, "KWB-99", RESP_COMPLY, "");
	assert_null(run(r, &st));
	assert_int_equal(st, MSG_EXIT_INVALID);
	out = printed();
	assert_non_null(strstr(
	    out, "r.xml:3: error: unknown requirement 'KWB-99' in <answer>"));
	free(out);
	/* a duplicate is refused when it is added */
	assert_null(resp_add(r, "KWB-99", 9, 0));
	out = printed();
	assert_non_null(strstr(out,
	    "r.xml:9: error: duplicate answer for 'KWB-99' (first at line 3)"));
	free(out);
	resp_free(r);
}

static void
test_points(void **state)
{
	char b[32];

	(void)state;
	check_points(0, b);
	assert_string_equal(b, "0");
	check_points(5, b);
	assert_string_equal(b, "2.5");
	check_points(14, b);
	assert_string_equal(b, "7");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_pass_and_score),
	    cmocka_unit_test(test_partial_knockout_fails),
	    cmocka_unit_test(test_incomplete_and_tallies),
	    cmocka_unit_test(test_errors),
	    cmocka_unit_test(test_points),
	};
	return cmocka_run_group_tests_name("check", tests, setup, teardown);
}
