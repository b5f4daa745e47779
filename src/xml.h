/*
 * Safe XML loading, for the loaders, the resolver, xslt.c and the renderers.
 *
 * This is the one place that sets libxml2 parse options, the external
 * entity loader and the error routing.  Untrusted documents are parsed
 * with XML_PARSE_NONET | XML_PARSE_BIG_LINES only; a DOCTYPE is refused;
 * an allow-list entity loader admits only files a command opened and the
 * data directories.
 */
#ifndef ICOC_XML_H
#define ICOC_XML_H

#include <stddef.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

#define XML_NS "urn:icoc:1"

/* Document kinds, told apart by the root element in the icoc namespace. */
enum xml_kind {
	XML_KIND_UNKNOWN,
	XML_KIND_CATALOGUE,
	XML_KIND_CROSSWALK,
	XML_KIND_SET,
	XML_KIND_SELECTION,
	XML_KIND_RESPONSE,
	XML_KIND_RESOLVED,
	XML_KIND_REPORT, /* icoc check's report.xml */
	XML_KIND_DIFF,   /* icoc diff's diff.xml */
	XML_KIND_FO,     /* fo:root of tender-FO */
	XML_KIND__COUNT
};

/* Once, at start-up: entity loader, error routing, libxslt security. */
void xml_init(void);
void xml_cleanup(void);

/* Largest input file accepted, in bytes (--max-input-size). */
extern size_t xml_max_bytes;

/* Admit a file or a directory (and everything under it) to the entity loader. */
void xml_allow(const char *path);

/*
 * Parse a file safely.  Errors are printed with file and line; returns
 * NULL on any error (caller exits with MSG_EXIT_INVALID, or MSG_EXIT_SYSTEM
 * when *syserr is set).  The caller frees the result with xmlFreeDoc().
 */
xmlDocPtr xml_load(const char *path, int *syserr);

/* Same for a buffer already in memory; name is used in messages. */
xmlDocPtr xml_load_memory(const char *buf, size_t len, const char *name);

/*
 * A document too large to hold as a tree (the FO of a long annex) is read
 * as a stream instead: xml_reader_open() opens path with the options,
 * limits and entity loader of xml_load(), xml_reader_read() steps like
 * xmlTextReaderRead() with errors routed and a DOCTYPE refused (-1).
 * Free with xmlFreeTextReader().
 */
xmlTextReaderPtr xml_reader_open(const char *path, int *syserr);
int xml_reader_read(xmlTextReaderPtr r, const char *name);

/*
 * Kind of a file, from its root element alone (a streaming read that
 * stops there: cheap on large files).  XML_KIND_UNKNOWN when it is not
 * an icoc document or not XML; the full load reports why.
 */
enum xml_kind xml_peek_kind(const char *path);

/* Kind of a parsed document. */
enum xml_kind xml_kind(const xmlDoc *doc);
const char *xml_kind_name(enum xml_kind kind);

/* Schema file name (in the schema directory) for a kind, or NULL. */
const char *xml_kind_schema(enum xml_kind kind);

/*
 * Validate doc against the RELAX NG schema named (e.g. "selection.rng"),
 * found in the schema directory.  Errors printed with file:line.
 * Returns 0 valid, 1 invalid, -1 schema missing or broken (system error).
 */
int xml_validate(xmlDocPtr doc, const char *schema);

/* Where serialized XML goes: 0 ok, -1 error. */
typedef int xml_write_fn(void *ud, const char *data, int len);

/*
 * A UTF-8 output buffer that writes through fn; closing it (directly or
 * through the serializer that owns it) releases everything.
 */
xmlOutputBufferPtr xml_output(xml_write_fn *fn, void *ud);

/* Serialize doc, indented, through fn.  0 ok, -1 error. */
int xml_save(xmlDocPtr doc, xml_write_fn *fn, void *ud);

/* Helpers for walking icoc documents. */
int xml_is(const xmlNode *n, const char *name);  /* element in the icoc ns */
const xmlNode *xml_first(const xmlNode *parent); /* first icoc child element */
const xmlNode *xml_next(const xmlNode *n);       /* next icoc sibling element */
char *xml_attr(const xmlNode *n, const char *name); /* malloc'ed or NULL */
char *xml_lang(const xmlNode *n); /* inherited xml:lang, malloc'ed or NULL */
long xml_line(const xmlNode *n);
const char *xml_file(const xmlNode *n); /* doc URL */

#endif
