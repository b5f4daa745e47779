#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdint.h>
#include <cmocka.h>

#include "hash.h"

static void
test_put_get_grow(void **state)
{
	static char keys[5000][16];
	struct hash *h = hash_new();

	(void)state;
	for (int i = 0; i < 5000; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		assert_null(hash_put(h, keys[i], (void *)(intptr_t)(i + 1)));
	}
	assert_int_equal(hash_count(h), 5000);
	for (int i = 0; i < 5000; i++)
		assert_int_equal((intptr_t)hash_get(h, keys[i]), i + 1);
	assert_null(hash_get(h, "missing"));
	hash_free(h);
}

static void
test_duplicate_keeps_first(void **state)
{
	struct hash *h = hash_new();

	(void)state;
	assert_null(hash_put(h, "a", (void *)1));
	assert_int_equal((intptr_t)hash_put(h, "a", (void *)2), 1);
	assert_int_equal((intptr_t)hash_get(h, "a"), 1);
	hash_set(h, "a", (void *)3);
	assert_int_equal((intptr_t)hash_get(h, "a"), 3);
	hash_del(h, "a");
	assert_null(hash_get(h, "a"));
	assert_int_equal(hash_count(h), 0);
	assert_null(hash_put(h, "a", (void *)4));
	assert_int_equal((intptr_t)hash_get(h, "a"), 4);
	hash_free(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_put_get_grow),
	    cmocka_unit_test(test_duplicate_keeps_first),
	};
	return cmocka_run_group_tests_name("hash", tests, NULL, NULL);
}
