#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "re.h"

static void
test_unicode_classes(void **state)
{
	const char *err;
	size_t off;
	struct re *re = re_new("^\\w+$", &err, &off);

	(void)state;
	assert_non_null(re);
	assert_int_equal(
	    re_match(re, "continuïteit", strlen("continuïteit")), 1);
	assert_int_equal(re_match(re, "twee woorden", 12), 0);
	re_free(re);
}

static void
test_error_offset_in_characters(void **state)
{
	const char *err = NULL;
	size_t off = 0;

	(void)state;
	/* "ä" is two bytes; pcre2 reports byte 14, users count 13 */
	assert_null(re_new("(?<naam>ä+[b-a])", &err, &off));
	assert_non_null(err);
	assert_int_equal(off, 13);
}

static void
test_catastrophic_pattern_hits_limit(void **state)
{
	const char *err;
	size_t off;
	struct re *re = re_new("^(\\w+\\s?)*$", &err, &off);
	char subject[80];

	(void)state;
	memset(subject, 'a', 60);
	strcpy(subject + 60, "!");
	assert_int_equal(re_match(re, subject, strlen(subject)), -1);
	re_free(re);
}

static void
test_long_pattern_refused(void **state)
{
	char pat[2000];
	const char *err;
	size_t off;

	(void)state;
	memset(pat, 'a', sizeof pat - 1);
	pat[sizeof pat - 1] = '\0';
	assert_null(re_new(pat, &err, &off));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_unicode_classes),
	    cmocka_unit_test(test_error_offset_in_characters),
	    cmocka_unit_test(test_catastrophic_pattern_hits_limit),
	    cmocka_unit_test(test_long_pattern_refused),
	};
	return cmocka_run_group_tests_name("re", tests, NULL, NULL);
}
