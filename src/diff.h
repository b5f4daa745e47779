/*
 * Comparing two versions of a set, for cmd_diff and its tests.
 *
 * diff_sets() is plain C over two resolved sets (base layers applied):
 * it lists what was added, removed, withdrawn and changed, per changed
 * object the fields that differ.  diff_xml() writes the result as the
 * diff document (requirements/schema/diff.rng) for the templates.
 */
#ifndef ICOC_DIFF_H
#define ICOC_DIFF_H

#include <stddef.h>

struct set;
struct _xmlDoc;

enum diff_what { DIFF_LEVEL, DIFF_SEGMENT, DIFF_PARAM, DIFF_REQ, DIFF__NWHAT };
enum diff_change {
	DIFF_ADDED,
	DIFF_REMOVED,
	DIFF_WITHDRAWN, /* requirements: withdrawn by an overlay in NEW */
	DIFF_CHANGED,
	DIFF__NCHANGE
};

/*
 * One field of an object.  For a changed object: a field that differs,
 * old and new both set (NULL where the field is absent on that side).
 * For an added or removed object: a snapshot, only new or only old set.
 */
struct diff_field {
	const char *name;          /* static: "title", "statement", … */
	char *old, *new;           /* plain text; parameters as {id} */
	char *old_note, *new_note; /* a title for an id, a layer, or NULL */
	char *langs;               /* texts: differing translations */
	char **added, **removed;   /* set-valued fields, sorted */
	size_t nadded, nremoved;
};

struct diff_entry {
	enum diff_what what;
	enum diff_change change;
	char *id;
	char *title;          /* plain, NEW's (OLD's when removed), or NULL */
	char *group, *gtitle; /* requirements: group id and title */
	char *layer;  /* the layer that defined it (withdrawn: withdrew it) */
	char *reason; /* withdrawn: the reason given */
	struct diff_field *fields;
	size_t nfields;
};

struct diff {
	const struct set *old, *new; /* borrowed; must outlive the diff */
	char *lang;                  /* language of the texts shown */
	struct diff_entry *entries;  /* by kind, then id */
	size_t nentries;
	size_t count[DIFF__NWHAT][DIFF__NCHANGE];
	size_t total; /* number of entries */
};

/*
 * Compare old with new; texts are shown in lang (NULL: NEW's language).
 * The result borrows both sets.  Free with diff_free().
 */
struct diff *diff_sets(
    const struct set *old, const struct set *new, const char *lang);
void diff_free(struct diff *d);

const char *diff_what_name(enum diff_what w);
const char *diff_change_name(enum diff_change c);

/* One piece of a word-level comparison of two texts. */
enum diff_op { DIFF_SAME, DIFF_DEL, DIFF_INS };
typedef void diff_word_fn(enum diff_op op, const char *s, size_t len, void *ud);

/*
 * Compare two plain texts word by word (longest common subsequence) and
 * call fn for each run of equal, deleted and inserted text in order.
 * A word is a run of letters and digits, or one other sign; white space
 * only separates words.  In a block of changes the deletions come first.
 */
void diff_words(const char *a, const char *b, diff_word_fn *fn, void *ud);

/* The diff document; the caller frees it with xmlFreeDoc(). */
struct _xmlDoc *diff_xml(const struct diff *d);

#endif
