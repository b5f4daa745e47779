#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "hyph.h"

static int
setup(void **state)
{
	(void)state;
	if (!hyph_available("nl")) {
		fprintf(stderr, "hyphen-nl not installed\n");
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	hyph_cleanup();
	return 0;
}

static void
test_compound(void **state)
{
	/* aan=be=ste=dings=do=cu=men=ten */
	static const size_t want[] = {3, 5, 8, 13, 15, 17, 20};
	size_t offs[32];
	size_t n = hyph_word("nl", "aanbestedingsdocumenten", 23, offs, 32);

	(void)state;
	assert_int_equal(n, 7);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(offs[i], want[i]);
}

static void
test_utf8_offsets(void **state)
{
	/* con=ti=nuï=teit: "ï" is two bytes in UTF-8, one in Latin-1 */
	size_t offs[8];
	size_t n = hyph_word("nl", "continu\xC3\xAFteit", 13, offs, 8);

	(void)state;
	assert_int_equal(n, 3);
	assert_int_equal(offs[0], 3);
	assert_int_equal(offs[1], 5);
	assert_int_equal(offs[2], 9);
}

static void
test_upper_case(void **state)
{
	size_t offs[8];

	(void)state;
	assert_int_equal(hyph_word("nl", "Aanbesteding", 12, offs, 8), 3);
	assert_int_equal(offs[0], 3);
}

static void
test_outside_latin1(void **state)
{
	size_t offs[8];

	(void)state;
	/* U+0132 IJ has no Latin-1 form: the word is left alone */
	assert_int_equal(hyph_word("nl", "\xC4\xB2sselmonde", 11, offs, 8), 0);
	assert_int_equal(hyph_word("nl", "kat", 3, offs, 8), 0);
	assert_int_equal(hyph_word("nl", "", 0, offs, 8), 0);
}

static void
test_text(void **state)
{
	char *s = hyph_text("nl", "de aanbesteding, 2026!", 22);

	(void)state;
	assert_non_null(s);
	assert_string_equal(s,
	    "de aan\xC2\xAD"
	    "be\xC2\xAD"
	    "ste\xC2\xAD"
	    "ding, 2026!");
	free(s);
	/* words already holding soft hyphens are not hyphenated again */
	s = hyph_text("nl",
	    "aan\xC2\xAD"
	    "besteding",
	    14);
	assert_string_equal(s,
	    "aan\xC2\xAD"
	    "besteding");
	free(s);
}

static void
test_other_language(void **state)
{
	size_t offs[8];

	(void)state;
	assert_false(hyph_available("en"));
	assert_false(hyph_available("nld"));
	assert_true(hyph_available("nl-BE"));
	assert_null(hyph_text("en-GB", "procurement", 11));
	assert_int_equal(hyph_word(NULL, "procurement", 11, offs, 8), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_compound),
	    cmocka_unit_test(test_utf8_offsets),
	    cmocka_unit_test(test_upper_case),
	    cmocka_unit_test(test_outside_latin1),
	    cmocka_unit_test(test_text),
	    cmocka_unit_test(test_other_language),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
