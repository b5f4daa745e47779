/*
 * Resolution: set + selection -> the resolved document (FORMATS.md §5),
 * for cmd_resolve, cmd_compile and cmd_check.
 */
#ifndef ICOC_RES_H
#define ICOC_RES_H

#include <libxml/tree.h>

struct set;
struct sel;

/*
 * Build the resolved document in language lang (NULL: the selection's).
 * The selection must have passed sel_check().  Returns NULL after
 * printing errors (e.g. a parameter without a value).  Caller frees.
 */
xmlDocPtr res_build(
    const struct set *set, const struct sel *sel, const char *lang);

/*
 * Load the selection in file and its set, check, and resolve: what
 * `icoc resolve` and `icoc compile` share.  *status holds the exit status
 * on failure.
 */
xmlDocPtr res_from_file(const char *file, const char *lang, int *status);

#endif
