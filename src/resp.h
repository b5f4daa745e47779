/*
 * A supplier's response (FORMATS.md §4) as plain C, for `check`: read
 * from a response XML (resp.c) or from a filled-in checklist CSV (csv.c).
 */
#ifndef ICOC_RESP_H
#define ICOC_RESP_H

#include <stddef.h>

#include "text.h"

struct hash;

enum resp_status {
	RESP_UNANSWERED, /* status="" or an empty cell */
	RESP_COMPLY,
	RESP_PARTIAL,
	RESP_NONCOMPLY,
	RESP_NA, /* not-applicable: needs an explanation */
	RESP__COUNT
};

struct resp_answer {
	char *ref;
	enum resp_status status;
	char *explanation,
	    *evidence;  /* white space collapsed; "" when absent */
	struct src src; /* XML: line; CSV: row */
	long col;       /* CSV: column of the id cell; 0 for XML */
};

struct resp {
	char *file;
	int csv;                            /* read from a checklist CSV */
	char *tender, *digest;              /* NULL in a product response */
	char *set, *set_version, *lang;     /* or NULL */
	char *supplier, *product, *contact; /* or NULL */
	struct resp_answer *answers;        /* in file order */
	size_t nanswers, cap;
	long line;          /* of the root element (XML) */
	struct hash *index; /* ref -> answer index + 1 */
};

/*
 * Read a response: a response XML, or a checklist CSV (told apart by the
 * content, not the name).  NULL after printing errors; *status then holds
 * MSG_EXIT_INVALID or MSG_EXIT_SYSTEM.  Free with resp_free().
 */
struct resp *resp_load(const char *file, int *status);

/* Parse a response XML held in memory (name for messages). */
struct resp *resp_load_xml_memory(
    const char *data, size_t len, const char *name, int *status);

/* An empty response for file; caller frees with resp_free(). */
struct resp *resp_new(const char *file);
void resp_free(struct resp *r);

/*
 * Add an answer for ref.  A second answer for the same ref is an error:
 * printed (at line, col) and NULL returned.
 */
struct resp_answer *resp_add(
    struct resp *r, const char *ref, long line, long col);

/* The answer for ref, or NULL. */
const struct resp_answer *resp_find(const struct resp *r, const char *ref);

/*
 * A status word: comply partial noncomply not-applicable, the Dutch
 * voldoet deels voldoet-niet nvt, case-insensitive, spaces, underscores
 * and dots forgiven ("Voldoet niet", "n.v.t.").  "" is RESP_UNANSWERED.
 * Returns 0, or -1 when unknown.
 */
int resp_status_parse(const char *s, enum resp_status *st);

/* The canonical (schema) name: "comply", …, "" for unanswered. */
const char *resp_status_name(enum resp_status st);

#endif
