/*
 * Requirement sets as plain C structures, for the loaders, the resolver,
 * the wizard and `list`: the base set with its overlays applied, every
 * requirement, amendment and default knowing the layer it came from.
 */
#ifndef ICOC_SET_H
#define ICOC_SET_H

#include <stddef.h>

#include "text.h"

struct cat;
struct hash;
struct re;

struct set_layer {
	char *id, *version, *file, *lang;
	char *extends, *extends_version;
	struct text *title, *desc;
	char *publisher, *license;
};

struct set_level {
	char *id;
	int rank; /* 0 = lowest; levels are cumulative */
	struct text *title, *desc;
	const char *layer;
	struct src src;
};

struct set_segment {
	char *id;
	int additive; /* chosen on top of others, never alone */
	struct text *title, *desc;
	const char *layer;
	struct src src;
};

enum set_ptype { SET_P_INTEGER, SET_P_STRING, SET_P_CHOICE };

struct set_option {
	char *value;
	struct text *label;
};

struct set_param {
	char *id;
	enum set_ptype type;
	int has_min, has_max;
	long min, max;
	char *pattern; /* string: pcre2 pattern */
	struct re *re;
	char *unit;            /* unit code, or NULL */
	char *def;             /* default value, or NULL */
	const char *def_layer; /* layer that set the default */
	struct set_option *opts;
	size_t nopts;
	struct text *label, *desc;
	const char *layer;
	struct src src;
	int used; /* referenced from some text */
};

enum set_kind { SET_KNOCKOUT, SET_AWARD };
enum set_applies { SET_PRODUCT, SET_SERVICE, SET_SUPPLIER, SET_APPLIES_NONE };

struct set_map {
	char *catalogue, *clause;
	struct src src;
};

struct set_amend {
	const char *layer;
	char *reason;
	struct src src;
	struct set_amend *next;
};

struct set_group;

struct set_req {
	char *id;
	char **segments; /* NULL, nseg 0: every segment */
	size_t nseg;
	const struct set_level *level;
	enum set_kind kind;
	int weight;
	enum set_applies applies;
	struct text *title, *statement, *guidance, *evidence;
	struct set_map *maps;
	size_t nmaps;
	const char *layer;        /* layer that defined it */
	struct set_amend *amends; /* in layer order */
	int withdrawn;
	char *withdraw_reason;
	const char *withdrawn_by;
	struct set_group *group;
	struct src src;
};

/* A group holds requirements and subgroups in document order. */
struct set_item {
	struct set_group *group; /* exactly one of these two */
	struct set_req *req;
};

struct set_group {
	char *id;
	struct text *title, *desc;
	const char *layer;
	struct set_group *parent;
	struct set_item *items;
	size_t nitems, capitems;
	struct src src;
};

struct set {
	struct set_layer *layers; /* base first, the set itself last */
	size_t nlayers;
	const char *id, *version, *lang; /* of the top layer */
	struct set_level *levels;
	size_t nlevels;
	struct set_segment *segments;
	size_t nsegments;
	struct set_param *params;
	size_t nparams;
	struct set_group **groups; /* top-level groups */
	size_t ngroups;
	struct set_req **reqs; /* every requirement, document order */
	size_t nreqs;
	struct cat **cats; /* catalogues named by <uses> */
	size_t ncats;
	struct hash *req_index, *group_index, *param_index, *segment_index,
	    *level_index;
	char **files; /* interned file names */
	size_t nfiles;
};

/*
 * Load a set by id and version (NULL: the newest) through the search
 * path, with its base sets and catalogues; run every semantic check.
 * Returns NULL after printing errors; *status is MSG_EXIT_INVALID or
 * MSG_EXIT_SYSTEM then.  Warnings leave the set loaded.
 */
struct set *set_load(const char *id, const char *version, int *status);
/* The same for a set given as a file. */
struct set *set_load_file(const char *file, int *status);
void set_free(struct set *s);

const struct set_req *set_req(const struct set *s, const char *id);
const struct set_param *set_param(const struct set *s, const char *id);
const struct set_segment *set_segment(const struct set *s, const char *id);
const struct set_level *set_level(const struct set *s, const char *id);
const struct cat *set_cat(const struct set *s, const char *id);

/* Does r apply to segment id?  (no segments attribute: every segment) */
int set_req_in_segment(const struct set_req *r, const char *seg);

/*
 * Check a value against a parameter's type, range, pattern and options.
 * Returns NULL when valid, else a static message.
 */
const char *set_param_check(const struct set_param *p, const char *value);

const char *set_kind_name(enum set_kind k);
const char *set_applies_name(enum set_applies a);

#endif
