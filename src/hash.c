/*
 * Open addressing with linear probing; FNV-1a.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "util.h"

struct slot {
	const char *key; /* NULL empty; TOMB deleted */
	void *val;
};

struct hash {
	struct slot *slots;
	size_t cap, count, used;
};

static const char tomb[1];
#define TOMB tomb

static uint64_t
fnv(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

struct hash *
hash_new(void)
{
	struct hash *h = xcalloc(1, sizeof *h);

	h->cap = 64;
	h->slots = xcalloc(h->cap, sizeof *h->slots);
	return h;
}

void
hash_free(struct hash *h)
{
	if (h == NULL)
		return;
	free(h->slots);
	free(h);
}

static struct slot *
lookup(const struct hash *h, const char *key)
{
	size_t i = (size_t)fnv(key) & (h->cap - 1);

	for (;;) {
		struct slot *s = &h->slots[i];
		if (s->key == NULL)
			return NULL;
		if (s->key != TOMB && strcmp(s->key, key) == 0)
			return s;
		i = (i + 1) & (h->cap - 1);
	}
}

static void
grow(struct hash *h)
{
	struct slot *old = h->slots;
	size_t oldcap = h->cap;

	h->cap *= 2;
	h->slots = xcalloc(h->cap, sizeof *h->slots);
	h->count = h->used = 0;
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key != NULL && old[i].key != TOMB)
			hash_put(h, old[i].key, old[i].val);
	free(old);
}

void *
hash_get(const struct hash *h, const char *key)
{
	struct slot *s = lookup(h, key);

	return s ? s->val : NULL;
}

void *
hash_put(struct hash *h, const char *key, void *val)
{
	struct slot *s = lookup(h, key);
	size_t i;

	if (s != NULL)
		return s->val;
	if ((h->used + 1) * 4 > h->cap * 3)
		grow(h);
	i = (size_t)fnv(key) & (h->cap - 1);
	while (h->slots[i].key != NULL && h->slots[i].key != TOMB)
		i = (i + 1) & (h->cap - 1);
	if (h->slots[i].key == NULL)
		h->used++;
	h->slots[i].key = key;
	h->slots[i].val = val;
	h->count++;
	return NULL;
}

void
hash_set(struct hash *h, const char *key, void *val)
{
	struct slot *s = lookup(h, key);

	if (s != NULL) {
		s->key = key;
		s->val = val;
	} else
		hash_put(h, key, val);
}

void
hash_del(struct hash *h, const char *key)
{
	struct slot *s = lookup(h, key);

	if (s != NULL) {
		s->key = TOMB;
		s->val = NULL;
		h->count--;
	}
}

size_t
hash_count(const struct hash *h)
{
	return h->count;
}
