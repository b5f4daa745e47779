/*
 * Translatable text with inline markup, as plain C, for the models, the
 * wizard and the resolver.
 *
 * A text element of an icoc document (title, statement, …) becomes a
 * struct text per language, its content a tree of struct text_node.
 */
#ifndef ICOC_TEXT_H
#define ICOC_TEXT_H

enum text_kind {
	TEXT_STR,   /* s: the characters */
	TEXT_PARAM, /* s: parameter id */
	TEXT_EM,
	TEXT_STRONG,
	TEXT_CODE,
	TEXT_LINK, /* s: href */
	TEXT_P,
	TEXT_LIST,
	TEXT_ITEM
};

struct text_node {
	enum text_kind kind;
	char *s;
	struct text_node *child, *next;
};

/* One translation; a text element is a list of them in document order. */
struct text {
	char *lang; /* never NULL: inherited xml:lang */
	struct text_node *body;
	long line;
	struct text *next;
};

/* Where a model object came from. */
struct src {
	const char *file; /* interned, owned by the model */
	long line;
};

/*
 * The translation in lang; else the one in fallback_lang; else the first.
 * *fallback (may be NULL) is set when the result is not in lang.
 */
const struct text *text_pick(const struct text *t, const char *lang,
    const char *fallback_lang, int *fallback);

/* Returns the value to show for parameter id, or NULL to keep "{id}". */
typedef const char *text_param_fn(const char *id, void *ud);

/*
 * Plain text of a node list: white space collapsed, parameters replaced by
 * fn (may be NULL), blocks separated by one space.  Caller frees.
 */
char *text_plain(const struct text_node *n, text_param_fn *fn, void *ud);

/* Call fn for every parameter reference in a node list. */
void text_each_param(const struct text_node *n,
    void (*fn)(const char *id, long line, void *ud), long line, void *ud);

void text_free(struct text *t);
void text_nodes_free(struct text_node *n);
struct text *text_copy(const struct text *t);

#endif
