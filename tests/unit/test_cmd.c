/*
 * Option parsing and --help from the option tables (cmd.c).
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cmd.h"
#include "msg.h"

static const struct opt opts[] = {
    {"output", 'o', "FILE", "write to FILE", 0},
    {"segment", 0, "S", "a segment", 1},
    {"dry", 'n', NULL, "do nothing", 0},
    {NULL, 0, NULL, NULL, 0},
};

static int
run(const struct cmd_args *a)
{
	(void)a;
	return 0;
}

static const struct cmd demo = {
    "demo", "FILE...", "a test command", opts, 1, 2, run};

static FILE *sink;

/* A writable argv from string constants; free with unmk(). */
static char **
mk(const char *first, ...)
{
	char **v = calloc(16, sizeof *v);
	const char *s = first;
	va_list ap;
	int n = 0;

	va_start(ap, first);
	while (s != NULL && n < 15) {
		v[n++] = strdup(s);
		s = va_arg(ap, const char *);
	}
	va_end(ap);
	return v;
}

static void
unmk(char **v)
{
	for (int i = 0; v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

static int
parse(struct cmd_args *a, int argc, char **argv)
{
	return cmd_parse(&demo, argc, argv, a);
}

static void
test_long_short_and_operands(void **state)
{
	char **argv = mk("demo", "-o", "x.xml", "in.xml", "--segment=cloud",
	    "--segment", "ot", "-n", NULL);
	struct cmd_args a;
	size_t n;
	const char **v;

	(void)state;
	assert_int_equal(parse(&a, 8, argv), 0);
	assert_string_equal(cmd_opt(&a, "output"), "x.xml");
	v = cmd_optv(&a, "segment", &n);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "cloud");
	assert_string_equal(v[1], "ot");
	assert_null(v[2]);
	assert_true(cmd_flag(&a, "dry"));
	assert_int_equal(a.argc, 1);
	assert_string_equal(a.argv[0], "in.xml");
	assert_null(cmd_opt(&a, "include")); /* a global option, not given */
	cmd_args_release(&a);
	unmk(argv);
}

static void
test_attached_values_and_double_dash(void **state)
{
	char **argv = mk("demo", "-ox.xml", "--", "-n", "--output", NULL);
	struct cmd_args a;

	(void)state;
	assert_int_equal(parse(&a, 5, argv), 0);
	assert_string_equal(cmd_opt(&a, "output"), "x.xml");
	assert_false(cmd_flag(&a, "dry"));
	assert_int_equal(a.argc, 2); /* after --, everything is an operand */
	assert_string_equal(a.argv[0], "-n");
	cmd_args_release(&a);
	unmk(argv);
}

static void
test_global_options(void **state)
{
	char **argv =
	    mk("demo", "-I", "dir1", "--include=dir2", "--strict", "f", NULL);
	struct cmd_args a;
	size_t n;

	(void)state;
	assert_int_equal(parse(&a, 6, argv), 0);
	cmd_optv(&a, "include", &n);
	assert_int_equal(n, 2);
	assert_true(cmd_flag(&a, "strict"));
	cmd_args_release(&a);
	unmk(argv);
}

static void
test_usage_errors(void **state)
{
	char **unknown = mk("demo", "--frobnicate", "f", NULL);
	char **novalue = mk("demo", "f", "-o", NULL);
	char **twice = mk("demo", "f", "-o", "a", "-o", "b", NULL);
	char **flagvalue = mk("demo", "f", "--dry=yes", NULL);
	char **none = mk("demo", NULL);
	char **many = mk("demo", "a", "b", "c", NULL);
	struct cmd_args a;

	(void)state;
	msg_set_stream(sink);
	assert_int_equal(parse(&a, 3, unknown), MSG_EXIT_USAGE);
	cmd_args_release(&a);
	assert_int_equal(parse(&a, 3, novalue), MSG_EXIT_USAGE);
	cmd_args_release(&a);
	assert_int_equal(parse(&a, 6, twice), MSG_EXIT_USAGE);
	cmd_args_release(&a);
	assert_int_equal(parse(&a, 3, flagvalue), MSG_EXIT_USAGE);
	cmd_args_release(&a);
	assert_int_equal(parse(&a, 1, none), MSG_EXIT_USAGE);
	cmd_args_release(&a);
	assert_int_equal(parse(&a, 4, many), MSG_EXIT_USAGE);
	cmd_args_release(&a);
	msg_set_stream(NULL);
	unmk(unknown);
	unmk(novalue);
	unmk(twice);
	unmk(flagvalue);
	unmk(none);
	unmk(many);
}

static void
test_help_from_the_table(void **state)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	cmd_help(&demo, fp);
	fclose(fp);
	assert_non_null(strstr(out, "usage: icoc demo FILE..."));
	assert_non_null(strstr(out, "-o, --output FILE"));
	assert_non_null(strstr(out, "--segment S"));
	assert_non_null(strstr(out, "(repeatable)"));
	assert_non_null(strstr(out, "-n, --dry"));
	assert_non_null(
	    strstr(out, "-I, --include DIR")); /* common options too */
	free(out);
}

static void
test_lang_and_formats(void **state)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	msg_set_stream(fp);
	assert_int_equal(cmd_check_lang(NULL), 0);
	assert_int_equal(cmd_check_lang("en"), 0);
	assert_int_equal(cmd_check_lang("de"), MSG_EXIT_USAGE);
	assert_int_equal(cmd_check_formats("html,csv", "html,pdf,csv"), 0);
	assert_int_equal(
	    cmd_check_formats("html,docx", "html,pdf,csv"), MSG_EXIT_USAGE);
	assert_int_equal(
	    cmd_check_formats("html,", "html,pdf"), MSG_EXIT_USAGE);
	msg_set_stream(NULL);
	fclose(fp);
	assert_string_equal(out,
	    "icoc: --lang: error: expected 'nl' or 'en'\n"
	    "icoc: --format: error: unknown format; expected "
	    "html, pdf or csv\n"
	    "icoc: --format: error: unknown format; expected "
	    "html or pdf\n");
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_long_short_and_operands),
	    cmocka_unit_test(test_attached_values_and_double_dash),
	    cmocka_unit_test(test_global_options),
	    cmocka_unit_test(test_usage_errors),
	    cmocka_unit_test(test_help_from_the_table),
	    cmocka_unit_test(test_lang_and_formats),
	};
	int rc;

	sink = fopen("/dev/null", "w");
	rc = cmocka_run_group_tests_name("cmd", tests, NULL, NULL);
	fclose(sink);
	return rc;
}
