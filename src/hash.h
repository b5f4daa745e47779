/*
 * A string-keyed hash table, for the models' id look-ups.
 * Keys are not copied: they must outlive the table.
 */
#ifndef ICOC_HASH_H
#define ICOC_HASH_H

#include <stddef.h>

struct hash;

struct hash *hash_new(void);
void hash_free(struct hash *h);
void *hash_get(const struct hash *h, const char *key);
/* Insert; returns the value already stored under key (not replaced), or NULL. */
void *hash_put(struct hash *h, const char *key, void *val);
/* Replace or insert. */
void hash_set(struct hash *h, const char *key, void *val);
void hash_del(struct hash *h, const char *key);
size_t hash_count(const struct hash *h);

#endif
