#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "csv.h"
#include "msg.h"
#include "resp.h"
#include "util.h"

static FILE *sink;

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

/* What msg printed since the last call. */
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

static int
parse(struct csv *c, const char *s, size_t len)
{
	return csv_parse(c, s, len, "t.csv");
}

static void
test_separator_and_quotes(void **state)
{
	struct csv c;
	const char *s = "Id;Status;Toelichting\r\nKWB-01;voldoet;\"a;b "
	                "\"\"c\"\"\r\nd\"\r\n";

	(void)state;
	assert_int_equal(parse(&c, s, strlen(s)), 0);
	assert_int_equal(c.sep, ';');
	assert_int_equal(c.nrows, 2);
	assert_int_equal(c.rows[1].n, 3);
	assert_string_equal(c.rows[1].cell[2], "a;b \"c\"\r\nd");
	assert_int_equal(c.rows[1].row, 2);
	csv_release(&c);

	s = "Id,Status\nKWB-01,\"x, y\"\n";
	assert_int_equal(parse(&c, s, strlen(s)), 0);
	assert_int_equal(c.sep, ',');
	assert_string_equal(c.rows[1].cell[1], "x, y");
	csv_release(&c);
}

static void
test_line_ends_and_blank_rows(void **state)
{
	struct csv c;
	const char *s = "a;b\rc;d\n\ne;f;";

	(void)state;
	assert_int_equal(parse(&c, s, strlen(s)), 0);
	assert_int_equal(c.nrows, 4);
	assert_string_equal(c.rows[1].cell[0], "c");
	assert_int_equal(c.rows[2].n, 1);
	assert_string_equal(c.rows[2].cell[0], "");
	assert_int_equal(
	    c.rows[3].n, 3); /* trailing separator: an empty cell */
	assert_int_equal(c.rows[3].row, 4);
	csv_release(&c);
}

static void
test_bom_and_cp1252(void **state)
{
	struct csv c;
	const char *bom = "\xEF\xBB\xBFId;Status\ncaf\xC3\xA9;x\n";
	const char *win = "Id;Status\ncaf\xE9 \x80;x\n";

	(void)state;
	assert_int_equal(parse(&c, bom, strlen(bom)), 0);
	assert_true(c.bom);
	assert_false(c.cp1252);
	assert_string_equal(c.rows[0].cell[0], "Id");
	assert_string_equal(c.rows[1].cell[0], "caf\xC3\xA9");
	csv_release(&c);

	assert_int_equal(parse(&c, win, strlen(win)), 0);
	assert_true(c.cp1252);
	assert_string_equal(c.rows[1].cell[0], "caf\xC3\xA9 \xE2\x82\xAC");
	csv_release(&c);
}

static void
test_errors_name_row_and_column(void **state)
{
	struct csv c;
	char *out;
	static const char nul[] = "Id;Status\nKWB-01;vol\0doet\n";
	const char *q = "Id;Status\nKWB-01;voldoet\nKWB-02;\"open\n";
	const char *after = "Id;Status\n\"KWB-01\"x;voldoet\n";
	const char *bad = "\xEF\xBB\xBFId;Status\nKWB-01;\xE9\n";

	(void)state;
	assert_int_equal(parse(&c, nul, sizeof nul - 1), MSG_EXIT_INVALID);
	csv_release(&c);
	out = printed();
	assert_non_null(strstr(out, "t.csv:2:2: error: NUL byte"));
	free(out);

	assert_int_equal(parse(&c, q, strlen(q)), MSG_EXIT_INVALID);
	csv_release(&c);
	out = printed();
	assert_non_null(
	    strstr(out, "t.csv:3:2: error: unterminated quoted cell"));
	free(out);

	assert_int_equal(parse(&c, after, strlen(after)), MSG_EXIT_INVALID);
	csv_release(&c);
	out = printed();
	assert_non_null(
	    strstr(out, "t.csv:2:1: error: text after the closing quote"));
	free(out);

	assert_int_equal(parse(&c, bad, strlen(bad)), MSG_EXIT_INVALID);
	csv_release(&c);
	out = printed();
	assert_non_null(strstr(out, "t.csv:2:2: error: invalid UTF-8"));
	free(out);
}

static void
test_limits(void **state)
{
	struct csv c;
	struct buf b = BUF_INIT;
	char *out;

	(void)state;
	buf_puts(&b, "Id;Status\nKWB-01;");
	for (int i = 0; i <= CSV_MAX_CELL / 10; i++)
		buf_puts(&b, "xxxxxxxxxx");
	assert_int_equal(parse(&c, b.s, b.len), MSG_EXIT_INVALID);
	csv_release(&c);
	out = printed();
	assert_non_null(strstr(out, "t.csv:2:2: error: cell longer than"));
	free(out);
	buf_release(&b);

	buf_puts(&b, "Id\n");
	for (int i = 0; i < CSV_MAX_ROWS + 5; i++)
		buf_puts(&b, "x\n");
	assert_int_equal(parse(&c, b.s, b.len), MSG_EXIT_INVALID);
	csv_release(&c);
	out = printed();
	assert_non_null(strstr(out, "error: more than 100000 rows"));
	free(out);
	buf_release(&b);
}

static void
test_utf8_and_cp1252_helpers(void **state)
{
	size_t n, bad = 0;
	char *u;

	(void)state;
	assert_int_equal(csv_utf8_check("abc", 3), 3);
	assert_int_equal(csv_utf8_check("a\xC3\xA9", 3), 3);
	assert_int_equal(csv_utf8_check("a\xC0\xAF", 3), 1);    /* overlong */
	assert_int_equal(csv_utf8_check("\xED\xA0\x80", 3), 0); /* surrogate */
	assert_int_equal(csv_utf8_check("ab\xE2\x82", 4), 2);   /* cut short */
	u = csv_from_cp1252("\x93x\x94", 3, &n, &bad);
	assert_string_equal(u, "\xE2\x80\x9Cx\xE2\x80\x9D");
	free(u);
	assert_null(csv_from_cp1252("a\x81", 2, &n, &bad));
	assert_int_equal(bad, 1);
}

static void
test_norm_and_status(void **state)
{
	enum resp_status st;
	char *n = csv_norm("  Voldoet  Niet ");

	(void)state;
	assert_string_equal(n, "voldoet-niet");
	free(n);
	n = csv_norm("N.v.t.");
	assert_string_equal(n, "nvt");
	free(n);
	assert_int_equal(resp_status_parse("Voldoet niet", &st), 0);
	assert_int_equal(st, RESP_NONCOMPLY);
	assert_int_equal(resp_status_parse("DEELS", &st), 0);
	assert_int_equal(st, RESP_PARTIAL);
	assert_int_equal(resp_status_parse("n.v.t.", &st), 0);
	assert_int_equal(st, RESP_NA);
	assert_int_equal(resp_status_parse("not applicable", &st), 0);
	assert_int_equal(st, RESP_NA);
	assert_int_equal(resp_status_parse("", &st), 0);
	assert_int_equal(st, RESP_UNANSWERED);
	assert_int_equal(resp_status_parse("ja", &st), -1);
}

/* Header names as messages.xml gives them (normalised). */
static void
words(struct csv_words *w)
{
	static const char *const nl[CSV__NCOLS] = {
	    "id",
	    "nr",
	    "groep",
	    "onderwerp",
	    "soort",
	    "weging",
	    "eis",
	    "gevraagd-bewijs",
	    "status",
	    "toelichting",
	    "geleverd-bewijs",
	};
	static const char *const en[CSV__NCOLS] = {
	    "id",
	    "no",
	    "group",
	    "subject",
	    "kind",
	    "weight",
	    "requirement",
	    "evidence-asked",
	    "status",
	    "explanation",
	    "evidence-supplied",
	};

	memset(w, 0, sizeof *w);
	for (int i = 0; i < CSV__NCOLS; i++) {
		w->col[i][0] = xstrdup(nl[i]);
		w->col[i][1] = xstrdup(en[i]);
	}
	w->status[RESP_COMPLY][0] = xstrdup("complies");
	w->status[RESP_PARTIAL][0] = xstrdup("voldoet-gedeeltelijk");
}

static void
test_checklist_import(void **state)
{
	struct csv_words w;
	struct resp *r;
	int status;
	char *out;
	const char *s =
	    "Id;Nr.;Groep;Onderwerp;Soort;Weging;Eis;Gevraagd "
	    "bewijs;Status;Toelichting;Geleverd bewijs\r\n"
	    "KWB-01;1.1;G;T;K;;E;B;Complies;'=zie bijlage;'+31 20\r\n"
	    "KWB-02;1.2;G;T;K;;E;B;Voldoet gedeeltelijk;  ruimte  ;\r\n"
	    ";;;;;;;;;;\r\n"
	    "KWB-03;1.3;G;T;K;;E;B;;;\r\n";
	const char *reordered = "Status,Explanation,Id\nnvt,geen OT,OT-01\n";
	const char *formula = "Id;Status\nKWB-01;'=A1\n";
	const char *noid = "Id;Status\n;voldoet\n";

	(void)state;
	words(&w);
	r = csv_response(s, strlen(s), "t.csv", &w, &status);
	assert_non_null(r);
	assert_int_equal(status, MSG_EXIT_OK);
	assert_int_equal(r->nanswers, 3);
	assert_int_equal(r->answers[0].status, RESP_COMPLY);
	assert_string_equal(r->answers[0].explanation, "=zie bijlage");
	assert_string_equal(r->answers[0].evidence, "+31 20");
	assert_int_equal(r->answers[0].src.line, 2);
	assert_int_equal(r->answers[0].col, 1);
	assert_int_equal(r->answers[1].status, RESP_PARTIAL);
	assert_string_equal(r->answers[1].explanation, "ruimte");
	assert_int_equal(r->answers[2].status, RESP_UNANSWERED);
	assert_int_equal(r->answers[2].src.line, 5);
	assert_null(r->tender);
	resp_free(r);

	r = csv_response(reordered, strlen(reordered), "t.csv", &w, &status);
	assert_non_null(r);
	assert_string_equal(r->answers[0].ref, "OT-01");
	assert_int_equal(r->answers[0].status, RESP_NA);
	assert_string_equal(r->answers[0].explanation, "geen OT");
	resp_free(r);

	assert_null(
	    csv_response(formula, strlen(formula), "t.csv", &w, &status));
	assert_int_equal(status, MSG_EXIT_INVALID);
	out = printed();
	assert_non_null(
	    strstr(out, "t.csv:2:2: error: status cell holds a formula '=A1'"));
	free(out);

	assert_null(csv_response(noid, strlen(noid), "t.csv", &w, &status));
	out = printed();
	assert_non_null(
	    strstr(out, "t.csv:2:1: error: answer without a requirement id"));
	free(out);
	csv_words_release(&w);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_separator_and_quotes),
	    cmocka_unit_test(test_line_ends_and_blank_rows),
	    cmocka_unit_test(test_bom_and_cp1252),
	    cmocka_unit_test(test_errors_name_row_and_column),
	    cmocka_unit_test(test_limits),
	    cmocka_unit_test(test_utf8_and_cp1252_helpers),
	    cmocka_unit_test(test_norm_and_status),
	    cmocka_unit_test(test_checklist_import),
	};
	return cmocka_run_group_tests_name("csv", tests, setup, teardown);
}
