#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "msg.h"
#include "text.h"
#include "util.h"

static void
test_collapse(void **state)
{
	char s[] = "  een\n\t twee   drie  ";
	char e[] = "   ";

	(void)state;
	str_collapse(s);
	assert_string_equal(s, "een twee drie");
	str_collapse(e);
	assert_string_equal(e, "");
}

static void
test_buf(void **state)
{
	struct buf b = BUF_INIT;
	char *s;

	(void)state;
	for (int i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i);
	assert_true(b.len > 1000);
	assert_memory_equal(b.s, "0,1,2,", 6);
	s = buf_detach(&b);
	assert_null(b.s);
	free(s);
}

static void
test_atomic_abort_leaves_nothing(void **state)
{
	char dir[] = "/tmp/icoc-test-XXXXXX";
	struct atomic at;
	char *path;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/out.txt", dir);
	assert_int_equal(atomic_open(&at, path), 0);
	fputs("partial", at.fp);
	atomic_abort(&at);
	assert_int_not_equal(access(path, F_OK), 0);
	assert_int_equal(write_file_atomic(path, "whole", 5), 0);
	assert_int_equal(access(path, F_OK), 0);
	unlink(path);
	rmdir(dir);
	free(path);
}

static void
test_msg_format(void **state)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	msg_set_stream(fp);
	msg_reset();
	msg_at(MSG_UNKNOWN_REF, "set.xml", 12, 5, "requirement", "KWB-99",
	    "exclude");
	msg_at(MSG_UNKNOWN_REF, "set.xml", 12, 0, "requirement", "KWB-98",
	    "exclude");
	msg_opt(MSG_REGEX_LIMIT, "grep");
	msg_level_at(MSG_WARNING, "x.xml", 0, 0, "plain %s", "warning");
	fclose(fp);
	msg_set_stream(NULL);
	assert_string_equal(out,
	    "icoc: set.xml:12:5: error: unknown requirement 'KWB-99' in "
	    "<exclude>\n"
	    "icoc: set.xml:12: error: unknown requirement 'KWB-98' in "
	    "<exclude>\n"
	    "icoc: --grep: error: pattern too complex: match limit reached\n"
	    "icoc: x.xml: warning: plain warning\n");
	assert_int_equal(msg_errors(), 3);
	assert_int_equal(msg_warnings(), 1);
	msg_strict = 1;
	assert_int_equal(msg_status_ok(), MSG_EXIT_NEGATIVE);
	msg_strict = 0;
	assert_int_equal(msg_status_ok(), MSG_EXIT_OK);
	free(out);
}

static const char *
value(const char *id, void *ud)
{
	(void)ud;
	return strcmp(id, "dagen") == 0 ? "14 dagen" : NULL;
}

static void
test_text_plain_and_pick(void **state)
{
	struct text_node p2 = {
	    TEXT_STR, (char *)" nadat\n  bekend.", NULL, NULL};
	struct text_node p1 = {TEXT_PARAM, (char *)"dagen", NULL, &p2};
	struct text_node em = {TEXT_STR, (char *)"kritieke", NULL, NULL};
	struct text_node p0b = {
	    TEXT_STR, (char *)" kwetsbaarheden binnen ", NULL, &p1};
	struct text_node p0 = {TEXT_EM, NULL, &em, &p0b};
	struct text_node head = {TEXT_STR, (char *)"  Verhelp ", NULL, &p0};
	struct text en = {(char *)"en", NULL, 1, NULL};
	struct text nl = {(char *)"nl", &head, 1, &en};
	int fb;
	char *s;

	(void)state;
	s = text_plain(&head, value, NULL);
	assert_string_equal(
	    s, "Verhelp kritieke kwetsbaarheden binnen 14 dagen nadat bekend.");
	free(s);
	assert_ptr_equal(text_pick(&nl, "en", "nl", &fb), &en);
	assert_int_equal(fb, 0);
	assert_ptr_equal(text_pick(&nl, "de", "nl", &fb), &nl);
	assert_int_equal(fb, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_collapse),
	    cmocka_unit_test(test_buf),
	    cmocka_unit_test(test_atomic_abort_leaves_nothing),
	    cmocka_unit_test(test_msg_format),
	    cmocka_unit_test(test_text_plain_and_pick),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
