/*
 * Clause catalogues (CRA, BIO2, BIO 1.04, …) and crosswalks as plain C,
 * for the set loader, the resolver, `list clauses` and the wizard.
 */
#ifndef ICOC_CAT_H
#define ICOC_CAT_H

#include <stddef.h>

#include "text.h"

struct cat_clause {
	char *id;
	char *cite;         /* legal citation, or NULL */
	char *applies_from; /* YYYY-MM-DD, or NULL */
	struct text *title, *desc;
	char **tags;
	size_t ntags;
	int depth; /* 0 for top clauses */
	struct cat_clause *parent;
	struct src src;
};

struct cat {
	char *id, *version, *lang, *file;
	struct text *title;
	struct cat_clause **clauses; /* every clause, document order */
	size_t nclauses;
	struct hash *index; /* id -> clause */
};

/* Load a catalogue file (validated).  NULL after printing errors; *sys set on I/O errors. */
struct cat *cat_load_file(const char *file, int *sys);
/* Find by id (and version, NULL for the newest) on the search path and load;
 * a missing catalogue is reported only when report is set. */
struct cat *cat_load(const char *id, const char *version, int report, int *sys);
void cat_free(struct cat *c);
const struct cat_clause *cat_find(const struct cat *c, const char *id);
/* Is clause a descendant of (or equal to) ancestor? */
int cat_within(
    const struct cat_clause *clause, const struct cat_clause *ancestor);

/* Validate a crosswalk file against the catalogues it names.  0 ok, 2 invalid, 4 system. */
int cat_check_crosswalk(const char *file);

#endif
