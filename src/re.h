/*
 * pcre2 with limits, for the loaders (parameter patterns) and `list --grep`.
 *
 * Patterns are compiled in UTF and UCP mode; matching has a match limit
 * and a depth limit, so a catastrophic pattern is an error, not a hang.
 */
#ifndef ICOC_RE_H
#define ICOC_RE_H

#include <stddef.h>

struct re;

/*
 * Compile pattern.  On error returns NULL and fills *errmsg (static
 * buffer) and *erroff (offset in characters, not bytes).
 */
struct re *re_new(const char *pattern, const char **errmsg, size_t *erroff);
void re_free(struct re *re);

/* 1 match, 0 no match, -1 limit reached or bad subject. */
int re_match(const struct re *re, const char *subject, size_t len);

#endif
