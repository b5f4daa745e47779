/*
 * pcre2 wrapper with limits.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"
#include "util.h"

#define MAX_PATTERN 1000
#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 10000

struct re {
	pcre2_code *code;
	pcre2_match_context *mc;
	pcre2_match_data *md;
};

struct re *
re_new(const char *pattern, const char **errmsg, size_t *erroff)
{
	static char msg[256];
	pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
	struct re *re;
	int err;
	PCRE2_SIZE off;
	pcre2_code *code;

	pcre2_set_max_pattern_length(cc, MAX_PATTERN);
	pcre2_set_parens_nest_limit(cc, 50);
	code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C, &err, &off, cc);
	pcre2_compile_context_free(cc);
	if (code == NULL) {
		size_t chars = 0;

		pcre2_get_error_message(err, (PCRE2_UCHAR *)msg, sizeof msg);
		/* pcre2 gives a byte offset; users count characters */
		for (size_t i = 0; i < off && pattern[i] != '\0'; i++)
			if (((unsigned char)pattern[i] & 0xC0) != 0x80)
				chars++;
		*errmsg = msg;
		*erroff = chars;
		return NULL;
	}
	re = xcalloc(1, sizeof *re);
	re->code = code;
	/* JIT unless ICOC_PCRE2_NO_JIT is set (valgrind cannot follow JIT
	 * code and reports it); on failure pcre2 uses its interpreter */
	if (getenv("ICOC_PCRE2_NO_JIT") == NULL)
		pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	re->mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(re->mc, MATCH_LIMIT);
	pcre2_set_depth_limit(re->mc, DEPTH_LIMIT);
	re->md = pcre2_match_data_create_from_pattern(code, NULL);
	return re;
}

void
re_free(struct re *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->md);
	pcre2_match_context_free(re->mc);
	pcre2_code_free(re->code);
	free(re);
}

int
re_match(const struct re *re, const char *subject, size_t len)
{
	int rc = pcre2_match(
	    re->code, (PCRE2_SPTR)subject, len, 0, 0, re->md, re->mc);

	if (rc >= 0)
		return 1;
	return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}
