/*
 * Memory, strings, buffers and atomic output.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msg.h"
#include "util.h"

static void
oom(void)
{
	msg_at(MSG_OOM, NULL, 0, 0);
	exit(MSG_EXIT_SYSTEM);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		oom();
	return p;
}

void *
xgrow(void *p, size_t *cap, size_t need, size_t sz)
{
	size_t ncap;

	if (need <= *cap)
		return p;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / sz)
			oom();
		ncap *= 2;
	}
	*cap = ncap;
	return xrealloc(p, ncap * sz);
}

char *
xstrdup(const char *s)
{
	return s == NULL ? NULL : xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Append to b; the one place that sizes a formatted string. */
static void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

static void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0)
		oom();
	b->s = xgrow(b->s, &b->cap, b->len + (size_t)n + 1, 1);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, again);
	va_end(again);
	b->len += (size_t)n;
}

char *
xasprintf(const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_detach(&b);
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	b->s = xgrow(b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
buf_release(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *
buf_detach(struct buf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

int
atomic_open(struct atomic *at, const char *path)
{
	int fd;

	at->path = xstrdup(path);
	at->tmp = xasprintf("%s.tmpXXXXXX", path);
	fd = mkstemp(at->tmp);
	if (fd < 0 || (at->fp = fdopen(fd, "wb")) == NULL) {
		msg_at(MSG_WRITE, path, 0, 0, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(at->tmp);
		}
		free(at->path);
		free(at->tmp);
		at->path = at->tmp = NULL;
		return -1;
	}
	fchmod(fd, 0644);
	return 0;
}

int
atomic_commit(struct atomic *at)
{
	int rc = 0;

	if (fflush(at->fp) != 0 || ferror(at->fp) || fsync(fileno(at->fp)) != 0)
		rc = -1;
	if (fclose(at->fp) != 0)
		rc = -1;
	at->fp = NULL;
	if (rc == 0 && rename(at->tmp, at->path) != 0)
		rc = -1;
	if (rc != 0) {
		msg_at(MSG_WRITE, at->path, 0, 0, strerror(errno));
		unlink(at->tmp);
	}
	free(at->path);
	free(at->tmp);
	at->path = at->tmp = NULL;
	return rc;
}

void
atomic_abort(struct atomic *at)
{
	if (at->fp != NULL)
		fclose(at->fp);
	if (at->tmp != NULL)
		unlink(at->tmp);
	free(at->path);
	free(at->tmp);
	at->fp = NULL;
	at->path = at->tmp = NULL;
}

int
write_file_atomic(const char *path, const char *data, size_t len)
{
	struct atomic at;

	if (atomic_open(&at, path) != 0)
		return -1;
	if (len > 0 && fwrite(data, 1, len, at.fp) != len) {
		msg_at(MSG_WRITE, path, 0, 0, strerror(errno));
		atomic_abort(&at);
		return -1;
	}
	return atomic_commit(&at);
}

char *
read_file(const char *path, size_t max, size_t *len, int *too_big)
{
	FILE *fp;
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;

	*too_big = 0;
	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (max > 0 && b.len + n > max) {
			*too_big = 1;
			break;
		}
		buf_add(&b, chunk, n);
	}
	if (ferror(fp) || *too_big) {
		int e = errno;
		fclose(fp);
		buf_release(&b);
		errno = e;
		return NULL;
	}
	fclose(fp);
	*len = b.len;
	return buf_detach(&b);
}

void
str_collapse(char *s)
{
	char *w = s;
	int space = 0;

	for (char *r = s; *r != '\0'; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
			space = w != s;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = 0;
		*w++ = *r;
	}
	*w = '\0';
}

int
str_has_suffix(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && strcmp(s + a - b, suffix) == 0;
}

int
str_list_has(const char *list, const char *item)
{
	size_t n = strlen(item);

	for (const char *p = list; p != NULL && *p != '\0';) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && strncmp(p, item, n) == 0)
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}

int
str_list_check(const char *list, const char *known)
{
	int rc = 0;
	char *copy = xstrdup(list), *tok, *save = NULL;

	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	     tok = strtok_r(NULL, ",", &save))
		if (!str_list_has(known, tok))
			rc = -1;
	if (*list == '\0' || list[strlen(list) - 1] == ',')
		rc = -1;
	free(copy);
	return rc;
}

char *
str_safe_name(const char *s, const char *fallback)
{
	char *r = xstrdup(s), *p;

	for (p = r; *p != '\0'; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		        (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
		        *p == '-'))
			*p = '_';
	while (r[0] == '.')
		r[0] = '_';
	if (r[0] == '\0') {
		free(r);
		r = xstrdup(fallback);
	}
	return r;
}

int
mkdirs(const char *dir)
{
	char *p = xstrdup(dir), *s;
	int rc = 0;

	for (s = p + 1; *s != '\0'; s++)
		if (*s == '/') {
			*s = '\0';
			if (mkdir(p, 0755) != 0 && errno != EEXIST)
				rc = -1;
			*s = '/';
		}
	if (rc == 0 && mkdir(p, 0755) != 0 && errno != EEXIST)
		rc = -1;
	if (rc != 0)
		msg_at(MSG_WRITE, dir, 0, 0, strerror(errno));
	free(p);
	return rc;
}
