/*
 * The search path for sets, catalogues, schemas and templates, for the
 * loaders and the commands.
 *
 * Order: -I DIR (as given), then $ICOC_PATH (colon-separated), then the
 * data directory next to the executable: the source tree's requirements/
 * and templates/, or ../share/icoc when installed.
 */
#ifndef ICOC_PATH_H
#define ICOC_PATH_H

#include <stddef.h>

#include "xml.h"

/* One document found on the search path, identified by its root element. */
struct path_doc {
	char *file;
	enum xml_kind kind;
	char *id; /* @id of a catalogue or set; @from of a crosswalk */
	char *version;
	char *to; /* crosswalk @to */
	int order; /* index of its search-path directory: earlier shadows later */
};

void path_init(const char *argv0);
void path_release(void);
void path_add(const char *dir); /* -I DIR */

size_t path_ndirs(void);
const char *path_dir(size_t i);
const char *path_schema_dir(void);   /* requirements/schema */
const char *path_template_dir(void); /* templates */
const char *path_data_dir(void);     /* requirements */

/* Every icoc document on the search path (scanned once, lazily). */
const struct path_doc *path_docs(size_t *n);

/*
 * Find a document of kind by id and optional version (NULL: the newest).
 * Prints an error and returns NULL when missing or ambiguous.
 * what names the kind in messages ("set", "catalogue"); NULL: a missing
 * document is not reported (the caller says where it was named).
 */
const struct path_doc *path_find(
    enum xml_kind kind, const char *id, const char *version, const char *what);

/* Compare versions like 2026.1 and 2026.1.2 numerically; <0, 0, >0. */
int path_vercmp(const char *a, const char *b);

#endif
