/*
 * Helpers shared by the loaders (cat.c, set.c, sel.c, resp.c) for turning
 * parsed icoc documents into plain C models.
 */
#ifndef ICOC_LOAD_H
#define ICOC_LOAD_H

#include <libxml/tree.h>

#include "text.h"
#include "xml.h"

/*
 * Load, detect and schema-validate a file of the expected kind.  Returns
 * NULL after printing errors; *status then holds the exit status.
 */
xmlDocPtr load_doc(const char *file, enum xml_kind want, int *status);

/* Append the translation in element el (inherited xml:lang) to *t. */
void load_text(struct text **t, const xmlNode *el);

/*
 * When n is the title, statement, guidance or evidence of a requirement,
 * add it to the matching list and return 1; else 0.
 */
int load_req_text(const xmlNode *n, struct text **title,
    struct text **statement, struct text **guidance, struct text **evidence);

/* Fill src from a node; file is the interned name. */
struct src load_src(const xmlNode *n, const char *file);

/* Boolean attribute ("true"/"1"). */
int load_bool(const xmlNode *n, const char *name);

#endif

/* Returns the text for a parameter reference, or NULL to keep <param>. */
typedef xmlNodePtr load_param_fn(xmlNodePtr parent, const char *id, void *ud);

/*
 * Append element name (in the icoc namespace ns) holding body to parent;
 * parameters go through fn (NULL: written back as <param ref>).
 */
xmlNodePtr load_emit_text(xmlNodePtr parent, xmlNsPtr ns, const char *name,
    const struct text_node *body, load_param_fn *fn, void *ud);
