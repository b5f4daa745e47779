/*
 * The selection (what a buyer chose for one tender) as plain C, for the
 * wizard, the resolver and `check`.  sel.c reads and writes the XML.
 */
#ifndef ICOC_SEL_H
#define ICOC_SEL_H

#include <stddef.h>

#include "text.h"

struct set;
struct set_req;

enum sel_op_kind {
	SEL_INCLUDE,
	SEL_EXCLUDE,
	SEL_SET_KIND,
	SEL_SET_WEIGHT,
	SEL_SET_PARAM
};

struct sel_op {
	enum sel_op_kind kind;
	char *ref;
	char *value; /* reason, kind, weight or parameter value */
	struct src src;
};

/* A requirement of the buyer's own, in a group of the selection. */
struct sel_req {
	char *id;
	int award; /* kind="award" */
	int weight;
	char *applies; /* or NULL */
	struct text *title, *statement, *guidance, *evidence;
	char **map_cat, **map_clause;
	size_t nmaps;
	struct src src;
};

struct sel_group {
	char *id;
	struct text *title;
	struct sel_req *reqs;
	size_t nreqs;
	struct src src;
};

struct sel {
	char *file;
	char *set, *set_version, *lang;
	int draft;
	struct text *title; /* tender title */
	char *reference, *buyer, *date;
	char **segments;
	struct src *segment_src;
	size_t nsegments;
	char *level;
	struct src level_src;
	struct sel_op *ops;
	size_t nops;
	struct sel_group *groups;
	size_t ngroups;
	struct src root_src;
};

/* Read a selection file (schema-checked).  NULL after printing errors. */
struct sel *sel_load(const char *file, int *status);
void sel_free(struct sel *sel);

/*
 * Check a selection against its set (FORMATS.md §3): known refs,
 * exclusion reasons, parameter values, additive segments, completeness
 * unless allow_draft.  Prints every problem; returns an exit status.
 */
int sel_check(const struct sel *sel, const struct set *set, int allow_draft);

/*
 * Load the set the selection was made for (its @set and @set-version)
 * from the search path.  A missing set or version is reported at the
 * selection's line, with the versions that are there.  NULL on failure.
 */
struct set *sel_set(const struct sel *sel, int *status);

/* Load the selection and its set, and check (icoc validate). */
int sel_check_file(const char *file);

/* Write a selection atomically.  0 ok, -1 error printed. */
int sel_write(const struct sel *sel, const char *path);

/* Is sel's chosen segment list or level complete enough to resolve? */
int sel_complete(const struct sel *sel);

#endif
