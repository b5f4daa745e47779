/*
 * The selection rules of FORMATS.md §3 and the resolved document of §5,
 * one test per rule, on the fixture sets mini-base and mini-branch.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "msg.h"
#include "path.h"
#include "res.h"
#include "util.h"
#include "xml.h"

static int
setup(void **state)
{
	(void)state;
	xml_init();
	path_init("icoc");
	path_add("tests/fixtures/sets");
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	path_release();
	xml_cleanup();
	return 0;
}

/* Resolve a selection of set with the given body (segments, level, …). */
static xmlDocPtr
resolve(const char *set, const char *lang, const char *body)
{
	char path[] = "/tmp/icoc-res-XXXXXX.xml";
	int fd = mkstemps(path, 4), status;
	FILE *fp = fdopen(fd, "w");
	xmlDocPtr doc;

	fprintf(fp,
	    "<?xml version=\"1.0\"?>\n<selection xmlns=\"urn:icoc:1\" "
	    "set=\"%s\" xml:lang=\"nl\"><tender><title>T</title><reference>R-1"
	    "</reference><buyer>B</buyer><date>2026-12-01</date></tender>%s"
	    "</selection>\n",
	    set, body);
	fclose(fp);
	doc = res_from_file(path, lang, &status);
	unlink(path);
	return doc;
}

/* The string value of an XPath expression (prefix i: for the icoc ns). */
static char *
xp(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr c = xmlXPathNewContext(doc);
	xmlXPathObjectPtr o;
	char *s;

	xmlXPathRegisterNs(c, BAD_CAST "i", BAD_CAST XML_NS);
	o = xmlXPathEvalExpression(BAD_CAST expr, c);
	s = (char *)xmlXPathCastToString(o);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(c);
	return s;
}

static void
assert_xp(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = xp(doc, expr);

	if (strcmp(got, want) != 0)
		fail_msg("%s: got '%s', want '%s'", expr, got, want);
	xmlFree(got);
}

#define SELECTED(id) "count(//i:requirements//i:requirement[@id='" id "'])"

static void
test_segment_and_level(void **state)
{
	xmlDocPtr d = resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='verhoogd'/>"
	    "<set-param ref='meldpunt'>a@b.nl</set-param>");

	(void)state;
	assert_non_null(d);
	assert_xp(d, SELECTED("KWB-01"), "1"); /* cloud, basis */
	assert_xp(d, SELECTED("KWB-02"), "1"); /* every segment, verhoogd */
	assert_xp(d, SELECTED("LOG-01"), "0"); /* hoog is above verhoogd */
	assert_xp(d, SELECTED("KET-01"), "0"); /* keten not chosen */
	assert_xp(d, "string(//i:requirements/@count)", "2");
	xmlFreeDoc(d);
}

static void
test_levels_are_cumulative(void **state)
{
	xmlDocPtr d = resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='hoog'/>"
	    "<set-param ref='meldpunt'>a@b.nl</set-param>");

	(void)state;
	assert_xp(d, SELECTED("KWB-01"), "1");
	assert_xp(d, SELECTED("KWB-02"), "1");
	assert_xp(d, SELECTED("LOG-01"), "1");
	xmlFreeDoc(d);
}

static void
test_additive_segment(void **state)
{
	xmlDocPtr d = resolve("mini-base", NULL,
	    "<segment ref='software'/><segment ref='keten'/><level "
	    "ref='basis'/>");

	(void)state;
	assert_xp(d, SELECTED("KET-01"), "1");
	assert_xp(d, SELECTED("KWB-01"), "1");
	assert_xp(d, SELECTED("LOG-01"), "0");
	assert_xp(d, "count(//i:chosen/i:segment[@additive='true'])", "1");
	xmlFreeDoc(d);
}

static void
test_include_exclude(void **state)
{
	xmlDocPtr d = resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='basis'/>"
	    "<include ref='LOG-01'/><exclude ref='KWB-01' reason='Niet "
	    "nodig.'/>");

	(void)state;
	assert_xp(d, SELECTED("LOG-01"), "1");
	assert_xp(d, SELECTED("KWB-01"), "0");
	assert_xp(
	    d, "string(//i:excluded/i:requirement[@id='KWB-01']/@by)", "buyer");
	assert_xp(d, "string(//i:excluded/i:requirement[@id='KWB-01']/@reason)",
	    "Niet nodig.");
	xmlFreeDoc(d);
}

static void
test_kind_weight_and_score(void **state)
{
	xmlDocPtr d = resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='basis'/>"
	    "<set-kind ref='KWB-01' kind='award'/><set-weight ref='KWB-01' "
	    "weight='7'/>");

	(void)state;
	assert_xp(d, "string(//i:requirement[@id='KWB-01']/@kind)", "award");
	assert_xp(d, "string(//i:requirement[@id='KWB-01']/@weight)", "7");
	assert_xp(
	    d, "string(//i:requirement[@id='KWB-01']/@amended-by)", "buyer");
	assert_xp(d, "string(//i:requirements/@award)", "1");
	assert_xp(d, "string(//i:requirements/@weight-total)", "7");
	xmlFreeDoc(d);
}

static void
test_parameters_and_provenance(void **state)
{
	xmlDocPtr d = resolve("mini-branch", NULL,
	    "<segment ref='cloud'/><level ref='hoog'/>"
	    "<set-param ref='meldpunt'>csirt@gemeente.nl</set-param>");

	(void)state;
	/* the overlay's set-default applies, marked as a default of that layer */
	assert_xp(d, "string(//i:parameter[@id='patch-kritiek']/@value)", "7");
	assert_xp(
	    d, "string(//i:parameter[@id='patch-kritiek']/@source)", "default");
	assert_xp(d, "string(//i:parameter[@id='patch-kritiek']/@layer)",
	    "mini-branch");
	assert_xp(d, "string(//i:parameter[@id='meldpunt']/@source)", "buyer");
	/* the value inside the statement */
	assert_xp(d,
	    "string(//i:requirement[@id='KWB-01']/i:statement/i:value)", "7");
	assert_xp(d,
	    "string(//i:requirement[@id='KWB-01']/i:statement/i:value/@unit)",
	    "days");
	/* a choice shows its option's label */
	assert_xp(d, "string(//i:parameter[@id='regio']/i:display)",
	    "Europese Economische Ruimte");
	/* amended by the overlay, with the reason */
	assert_xp(d, "string(//i:requirement[@id='KWB-02']/@amended-by)",
	    "mini-branch");
	assert_xp(d,
	    "string(//i:requirement[@id='KWB-02']/i:amendment/@reason)",
	    "Voor de branche altijd nodig.");
	/* withdrawn by the overlay: only under excluded, with its reason */
	assert_xp(d, SELECTED("LOG-01"), "0");
	assert_xp(d, "string(//i:excluded/i:requirement[@id='LOG-01']/@by)",
	    "mini-branch");
	assert_xp(d, "string(//i:layers/i:layer[1]/@set)", "mini-base");
	xmlFreeDoc(d);
}

static void
test_numbering_and_own_requirements(void **state)
{
	xmlDocPtr d = resolve("mini-base", NULL,
	    "<segment ref='software'/><level ref='basis'/>"
	    "<group id='eigen'><title>Eigen</title>"
	    "<requirement id='E-1' kind='award' "
	    "weight='2'><title>a</title><statement>b</statement></requirement>"
	    "<requirement "
	    "id='E-2'><title>c</title><statement>d</statement></requirement></"
	    "group>");

	(void)state;
	/* the logging group has nothing selected: it gets no number */
	assert_xp(d, "count(//i:requirements/i:group)", "2");
	assert_xp(d, "string(//i:requirements/i:group[1]/@number)", "1");
	assert_xp(d, "string(//i:requirement[@id='KWB-01']/@number)", "1.1");
	assert_xp(d, "string(//i:requirements/i:group[2]/@layer)", "buyer");
	assert_xp(d, "string(//i:requirements/i:group[2]/@number)", "2");
	assert_xp(d, "string(//i:requirement[@id='E-2']/@number)", "2.2");
	assert_xp(d, "string(//i:requirement[@id='E-2']/@kind)", "knockout");
	xmlFreeDoc(d);
}

/* Occurrences of s as an attribute value or a short text under n. */
static int
occurrences(const xmlNode *n, const xmlChar *s)
{
	int k = 0;

	for (; n != NULL; n = n->next)
		if (n->type == XML_TEXT_NODE)
			k += xmlStrEqual(n->content, s);
		else if (n->type == XML_ELEMENT_NODE) {
			for (const xmlAttr *a = n->properties; a; a = a->next)
				k += occurrences(a->children, s);
			k += occurrences(n->children, s);
		}
	return k;
}

/* Attribute values that come back share the dictionary's one copy;
 * values that occur once keep their own. */
static void
test_shared_strings(void **state)
{
	xmlDocPtr doc = resolve(
	    "mini-base", NULL, "<segment ref='software'/><level ref='basis'/>");
	xmlXPathContextPtr c;
	xmlXPathObjectPtr o;
	int shared = 0, own = 0;

	(void)state;
	assert_non_null(doc);
	c = xmlXPathNewContext(doc);
	o = xmlXPathEvalExpression(BAD_CAST "//@*", c);
	assert_non_null(o->nodesetval);
	for (int i = 0; i < o->nodesetval->nodeNr; i++) {
		xmlAttrPtr a = (xmlAttrPtr)o->nodesetval->nodeTab[i];
		const xmlChar *v = a->children ? a->children->content : NULL;

		if (v == NULL)
			continue;
		if (occurrences(xmlDocGetRootElement(doc), v) > 1) {
			assert_true(xmlDictOwns(doc->dict, v));
			shared++;
		} else {
			assert_false(xmlDictOwns(doc->dict, v));
			own++;
		}
	}
	assert_true(shared > 0);
	assert_true(own > 0);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(c);
	xmlFreeDoc(doc);
}

static void
test_digest(void **state)
{
	xmlDocPtr a = resolve(
	    "mini-base", NULL, "<segment ref='software'/><level ref='basis'/>");
	xmlDocPtr b = resolve(
	    "mini-base", "en", "<segment ref='software'/><level ref='basis'/>");
	xmlDocPtr c = resolve("mini-base", NULL,
	    "<segment ref='software'/><level ref='basis'/>"
	    "<set-param ref='patch-kritiek'>3</set-param>");
	char *da = xp(a, "string(/i:resolved/@checklist-digest)");
	char *db = xp(b, "string(/i:resolved/@checklist-digest)");
	char *dc = xp(c, "string(/i:resolved/@checklist-digest)");

	(void)state;
	/* sha256 of "KWB-01\tknockout\t1\tDe leverancier verhelpt kritieke
	 * kwetsbaarheden binnen 14.\n" (the set's language, whatever the
	 * output's), as `printf ... | sha256sum` computes it */
	assert_string_equal(da,
	    "sha256:"
	    "0c2f615f99fdb982678e35e069805e9fe6adc71b9d2030e787a359ceedf94436");
	assert_string_equal(da, db);
	assert_string_not_equal(da, dc);
	xmlFree(da);
	xmlFree(db);
	xmlFree(dc);
	xmlFreeDoc(a);
	xmlFreeDoc(b);
	xmlFreeDoc(c);
}

static void
test_language_fallback_and_dates(void **state)
{
	xmlDocPtr d = resolve("mini-base", "en",
	    "<segment ref='cloud'/><level ref='verhoogd'/>"
	    "<set-param ref='meldpunt'>a@b.nl</set-param>");

	(void)state;
	assert_xp(d, "string(/i:resolved/@lang)", "en");
	assert_xp(d, "string(//i:requirement[@id='KWB-01']/i:title)",
	    "Fixing critical vulnerabilities");
	assert_xp(d, "string(//i:requirement[@id='KWB-01']/@fallback)",
	    "true"); /* guidance is Dutch */
	assert_xp(
	    d, "string(//i:requirement[@id='KWB-02']/i:title/@xml:lang)", "nl");
	/* CRA clause applying after the tender date */
	assert_xp(d,
	    "string(//i:requirement[@id='KWB-01']/i:ref[@clause='AI.P2.2']/"
	    "@after-tender)",
	    "true");
	/* coverage back-references: on the clause mapped to, not on the
	 * clauses above it (format 2) */
	assert_xp(d,
	    "string(//i:catalogue[@id='mini-bio']/i:clause[@id='8.08.01']/i:by/"
	    "@ref)",
	    "KWB-01");
	assert_xp(d,
	    "count(//i:catalogue[@id='mini-bio']/i:clause[@id='8.08']/i:by)",
	    "0");
	xmlFreeDoc(d);
}

static void
test_refusals(void **state)
{
	FILE *devnull = fopen("/dev/null", "w");

	(void)state;
	msg_set_stream(devnull);
	/* an additive segment alone */
	assert_null(resolve(
	    "mini-base", NULL, "<segment ref='keten'/><level ref='basis'/>"));
	/* an exclusion without a reason */
	assert_null(resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='basis'/><exclude "
	    "ref='KWB-01'/>"));
	/* a parameter that is used but has no value */
	assert_null(resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='verhoogd'/>"));
	/* a value outside the range */
	assert_null(resolve("mini-base", NULL,
	    "<segment ref='cloud'/><level ref='basis'/>"
	    "<set-param ref='patch-kritiek'>0</set-param>"));
	msg_set_stream(NULL);
	fclose(devnull);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_segment_and_level),
	    cmocka_unit_test(test_levels_are_cumulative),
	    cmocka_unit_test(test_additive_segment),
	    cmocka_unit_test(test_include_exclude),
	    cmocka_unit_test(test_kind_weight_and_score),
	    cmocka_unit_test(test_parameters_and_provenance),
	    cmocka_unit_test(test_numbering_and_own_requirements),
	    cmocka_unit_test(test_digest),
	    cmocka_unit_test(test_shared_strings),
	    cmocka_unit_test(test_language_fallback_and_dates),
	    cmocka_unit_test(test_refusals),
	};
	return cmocka_run_group_tests_name("res", tests, setup, teardown);
}
