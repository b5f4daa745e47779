/*
 * Memory, strings, buffers and atomic file output, for every module.
 *
 * Allocation failure prints one message and exits with MSG_EXIT_SYSTEM:
 * callers never check for NULL from the x* family.
 */
#ifndef ICOC_UTIL_H
#define ICOC_UTIL_H

#include <stddef.h>
#include <stdio.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array of *cap elements of size sz to hold at least need; returns the new pointer. */
void *xgrow(void *p, size_t *cap, size_t need, size_t sz);
char *xstrdup(const char *s); /* NULL stays NULL */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer, always NUL-terminated. */
struct buf {
	char *s;
	size_t len, cap;
};
#define BUF_INIT                                                               \
	{                                                                      \
		NULL, 0, 0                                                     \
	}
void buf_add(struct buf *b, const char *s, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_release(struct buf *b); /* frees s, resets */
char *buf_detach(struct buf *b); /* caller frees the result */

/*
 * Atomic output: atomic_open() creates a temporary file beside path;
 * atomic_commit() fsyncs, closes and renames it into place;
 * atomic_abort() removes it.  Bad input never leaves a partial file.
 */
struct atomic {
	FILE *fp;
	char *path, *tmp;
};
int atomic_open(
    struct atomic *at, const char *path); /* 0 ok; -1 error printed */
int atomic_commit(struct atomic *at);     /* 0 ok; -1 error printed */
void atomic_abort(struct atomic *at);
/* Write a whole buffer atomically; 0 ok, -1 error printed. */
int write_file_atomic(const char *path, const char *data, size_t len);

/* Read a whole file (at most max bytes; 0 = xml_max_bytes rules elsewhere). */
char *read_file(const char *path, size_t max, size_t *len, int *too_big);

/* Collapse runs of white space to one space and trim; in place. */
void str_collapse(char *s);
int str_has_suffix(const char *s, const char *suffix);

/* Is item one of the comma-separated words of list? */
int str_list_has(const char *list, const char *item);
/* 0 when every word of list is one of the words of known, else -1. */
int str_list_check(const char *list, const char *known);

/*
 * A file name made from s: only [A-Za-z0-9._-], never starting with a
 * dot, fallback when nothing is left.  Caller frees.
 */
char *str_safe_name(const char *s, const char *fallback);

/* mkdir -p; 0 ok, -1 after printing the error. */
int mkdirs(const char *dir);

#endif
