/*
 * The libxslt wrapper, for cmd_compile and cmd_check: sandboxed
 * templates (reads only under the template directories, no writes, no
 * network), safe parse options for document(), a CPU time limit, and
 * libxslt's errors routed through msg.
 */
#ifndef ICOC_XSLT_H
#define ICOC_XSLT_H

#include <libxml/tree.h>

#include "xml.h"

struct xslt;

/* Templates are read from dir (and only from there). */
void xslt_init(const char *dir);
void xslt_cleanup(void);

/* CPU seconds one transformation may use (default 120; $ICOC_XSLT_CPU_LIMIT). */
extern unsigned xslt_cpu_limit;

/* Load a stylesheet by path relative to the template directory.  NULL after printing errors. */
struct xslt *xslt_load(const char *name);
void xslt_free(struct xslt *x);

/*
 * Apply to doc.  With out != NULL the serialized result (per xsl:output)
 * is returned in *out and *len (free with xmlFree); with tree != NULL the
 * result document itself.  Returns 0, or -1 after printing errors.
 */
int xslt_apply(
    struct xslt *x, xmlDocPtr doc, xmlChar **out, int *len, xmlDocPtr *tree);

/*
 * Apply to doc and serialize the result (per xsl:output, UTF-8) straight
 * through write, without a copy of the whole text in memory.  Returns 0,
 * or -1 after printing errors.
 */
int xslt_apply_io(struct xslt *x, xmlDocPtr doc, xml_write_fn *write, void *ud);

#endif
