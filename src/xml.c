/*
 * The one place that parses XML: options, entity loader, error routing,
 * RELAX NG validation.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>

#include "msg.h"
#include "path.h"
#include "util.h"
#include "xml.h"

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES)

size_t xml_max_bytes = 512u * 1024 * 1024;

static char **allowed; /* canonical paths: files, or directories */
static size_t nallowed, capallowed;
static const char *current; /* file being parsed, for errors without one */

static const struct {
	const char *root, *schema;
} kinds[XML_KIND__COUNT] = {
    [XML_KIND_UNKNOWN] = {"", NULL},
    [XML_KIND_CATALOGUE] = {"catalogue", "catalogue.rng"},
    [XML_KIND_CROSSWALK] = {"crosswalk", "crosswalk.rng"},
    [XML_KIND_SET] = {"requirement-set", "requirement-set.rng"},
    [XML_KIND_SELECTION] = {"selection", "selection.rng"},
    [XML_KIND_RESPONSE] = {"response", "response.rng"},
    [XML_KIND_RESOLVED] = {"resolved", "resolved.rng"},
    [XML_KIND_REPORT] = {"report", "report.rng"},
    [XML_KIND_DIFF] = {"diff", "diff.rng"},
    [XML_KIND_FO] = {"root", NULL},
};

void
xml_allow(const char *path)
{
	char real[PATH_MAX];

	if (realpath(path, real) == NULL)
		return;
	for (size_t i = 0; i < nallowed; i++)
		if (strcmp(allowed[i], real) == 0)
			return;
	allowed = xgrow(allowed, &capallowed, nallowed + 1, sizeof *allowed);
	allowed[nallowed++] = xstrdup(real);
}

static int
is_allowed(const char *url)
{
	char real[PATH_MAX];
	const char *p = url;

	if (strncmp(p, "file://", 7) == 0) {
		p += 7;
		if (strncmp(p, "localhost/", 10) == 0)
			p += 9;
	} else if (strstr(p, "://") != NULL)
		return 0; /* no network, no other schemes */
	if (realpath(p, real) == NULL)
		return 0;
	for (size_t i = 0; i < nallowed; i++) {
		size_t n = strlen(allowed[i]);
		if (strcmp(real, allowed[i]) == 0 ||
		    (strncmp(real, allowed[i], n) == 0 && real[n] == '/'))
			return 1;
	}
	return 0;
}

static xmlParserInputPtr
loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)id;
	if (url == NULL || !is_allowed(url)) {
		/* libxml2 reports the failed load with the file and line */
		const char *file = current;
		long line = 0;

		if (ctxt != NULL && ctxt->input != NULL) {
			line = ctxt->input->line;
			if (ctxt->input->filename != NULL)
				file = ctxt->input->filename;
		}
		msg_level_at(MSG_ERROR, file ? file : "-", line, 0,
		    "refused to load '%s': icoc documents may not refer to "
		    "other files",
		    url ? url : "(null)");
		return NULL;
	}
	return xmlNewInputFromFile(ctxt, url);
}

static void
lower_first(char *s)
{
	if (s[0] != '\0' && isupper((unsigned char)s[0]) &&
	    islower((unsigned char)s[1]))
		s[0] = (char)tolower((unsigned char)s[0]);
}

static void
route(void *ud, xmlErrorPtr e)
{
	char *text;
	const char *file;
	size_t n;
	enum msg_level lvl;

	(void)ud;
	if (e == NULL || e->message == NULL)
		return;
	text = xstrdup(e->message);
	n = strlen(text);
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' '))
		text[--n] = '\0';
	lower_first(text);
	file = e->file;
	if (file == NULL && e->node != NULL &&
	    ((xmlNodePtr)e->node)->doc != NULL)
		file = (const char *)((xmlNodePtr)e->node)->doc->URL;
	if (file == NULL || strcmp(file, "-") == 0)
		file = current;
	lvl = e->level == XML_ERR_WARNING ? MSG_WARNING : MSG_ERROR;
	msg_level_at(lvl, file ? file : "-", e->line, e->int2, "%s", text);
	free(text);
}

static void
generic(void *ud, const char *fmt, ...)
{
	(void)ud;
	(void)fmt;
	/* Everything that matters arrives through route(); the generic
	 * channel only repeats it in a worse form. */
}

void
xml_init(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(loader);
	xmlSetStructuredErrorFunc(NULL, route);
	xmlSetGenericErrorFunc(NULL, generic);
	xmlLineNumbersDefault(1);
}

static struct {
	char *name;
	xmlRelaxNGPtr rng;
} schemas[16];

void
xml_cleanup(void)
{
	for (size_t i = 0; i < NELEM(schemas) && schemas[i].name; i++) {
		xmlRelaxNGFree(schemas[i].rng);
		free(schemas[i].name);
		schemas[i].name = NULL;
	}
	for (size_t i = 0; i < nallowed; i++)
		free(allowed[i]);
	free(allowed);
	allowed = NULL;
	nallowed = capallowed = 0;
	xmlCleanupParser();
}

/* Line of "<!DOCTYPE" in the document text buf, 1 when it is not there. */
static long
doctype_line_in(const char *buf)
{
	const char *d = strstr(buf, "<!DOCTYPE");
	long line = 1;

	for (const char *p = buf; d != NULL && p < d; p++)
		line += *p == '\n';
	return line;
}

static xmlDocPtr
parse(const char *buf, size_t len, const char *name)
{
	xmlDocPtr doc;
	const char *saved = current;
	int errors;

	if (len > INT_MAX) {
		msg_at(MSG_TOO_BIG, name, 0, 0, xml_max_bytes);
		return NULL;
	}
	current = name;
	errors = msg_errors();
	doc = len > 0 ? xmlReadMemory(buf, (int)len, name, NULL, PARSE_OPTIONS)
	              : NULL;
	current = saved;
	if (doc == NULL) {
		if (msg_errors() == errors) /* libxml2 said nothing */
			msg_level_at(MSG_ERROR, name, 1, 0,
			    len == 0 ? "empty file"
			             : "not a well-formed XML document");
		return NULL;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		xmlNodePtr n = (xmlNodePtr)(doc->intSubset ? doc->intSubset
		                                           : doc->extSubset);
		long line = n->line;

		if (line <= 0) /* libxml2 keeps no line for the DTD node */
			line = doctype_line_in(buf);
		msg_at(MSG_DOCTYPE, name, line, 0);
		xmlFreeDoc(doc);
		return NULL;
	}
	if (xmlDocGetRootElement(doc) == NULL) {
		msg_level_at(MSG_ERROR, name, 1, 0, "empty document");
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* A file that cannot be read: a system error (NULL, for returning). */
static void *
open_failed(const char *path, const char *why, int *syserr)
{
	msg_at(MSG_OPEN, path, 0, 0, why);
	if (syserr)
		*syserr = 1;
	return NULL;
}

xmlDocPtr
xml_load(const char *path, int *syserr)
{
	struct stat st;
	char *buf;
	size_t len = 0;
	int too_big;
	xmlDocPtr doc;

	if (syserr)
		*syserr = 0;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return open_failed(path, "is a directory", syserr);
	buf = read_file(path, xml_max_bytes, &len, &too_big);
	if (buf == NULL && !too_big)
		return open_failed(path, strerror(errno), syserr);
	if (buf == NULL) {
		msg_at(MSG_TOO_BIG, path, 0, 0, xml_max_bytes);
		return NULL;
	}
	xml_allow(path);
	doc = parse(buf, len, path);
	free(buf);
	return doc;
}

xmlTextReaderPtr
xml_reader_open(const char *path, int *syserr)
{
	struct stat st;
	xmlTextReaderPtr r;

	if (syserr)
		*syserr = 0;
	if (stat(path, &st) != 0)
		return open_failed(path, strerror(errno), syserr);
	if (S_ISDIR(st.st_mode))
		return open_failed(path, "is a directory", syserr);
	if ((size_t)st.st_size > xml_max_bytes) {
		msg_at(MSG_TOO_BIG, path, 0, 0, xml_max_bytes);
		return NULL;
	}
	if (st.st_size == 0) {
		msg_level_at(MSG_ERROR, path, 1, 0, "empty file");
		return NULL;
	}
	xml_allow(path);
	r = xmlReaderForFile(path, NULL, PARSE_OPTIONS);
	if (r == NULL)
		return open_failed(path, strerror(errno ? errno : EIO), syserr);
	return r;
}

/* Line of the DOCTYPE in the file at path (libxml2 keeps none). */
static long
doctype_line(const char *path)
{
	char buf[65536];
	FILE *fp = fopen(path, "rb");
	size_t n = fp ? fread(buf, 1, sizeof buf - 1, fp) : 0;

	if (fp)
		fclose(fp);
	buf[n] = '\0';
	return doctype_line_in(buf);
}

int
xml_reader_read(xmlTextReaderPtr r, const char *name)
{
	const char *saved = current;
	int errors = msg_errors(), rc;

	current = name;
	rc = xmlTextReaderRead(r);
	current = saved;
	if (rc == 1 &&
	    xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE) {
		msg_at(MSG_DOCTYPE, name, doctype_line(name), 0);
		return -1;
	}
	if (rc < 0 && msg_errors() == errors) /* libxml2 said nothing */
		msg_level_at(MSG_ERROR, name,
		    xmlTextReaderGetParserLineNumber(r), 0,
		    "not a well-formed XML document");
	return rc;
}

xmlDocPtr
xml_load_memory(const char *buf, size_t len, const char *name)
{
	if (len > xml_max_bytes) {
		msg_at(MSG_TOO_BIG, name, 0, 0, xml_max_bytes);
		return NULL;
	}
	return parse(buf, len, name);
}

static enum xml_kind
kind_of(const xmlChar *ns, const xmlChar *name)
{
	if (ns != NULL &&
	    strcmp((const char *)ns, "http://www.w3.org/1999/XSL/Format") ==
	        0 &&
	    strcmp((const char *)name, "root") == 0)
		return XML_KIND_FO;
	if (ns == NULL || strcmp((const char *)ns, XML_NS) != 0)
		return XML_KIND_UNKNOWN;
	for (int k = XML_KIND_CATALOGUE; k < XML_KIND_FO; k++)
		if (strcmp((const char *)name, kinds[k].root) == 0)
			return (enum xml_kind)k;
	return XML_KIND_UNKNOWN;
}

enum xml_kind
xml_peek_kind(const char *path)
{
	xmlTextReaderPtr r;
	enum xml_kind kind = XML_KIND_UNKNOWN;

	r = xmlReaderForFile(path, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (r == NULL)
		return kind;
	while (xmlTextReaderRead(r) == 1)
		if (xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT) {
			kind = kind_of(xmlTextReaderConstNamespaceUri(r),
			    xmlTextReaderConstLocalName(r));
			break;
		}
	xmlFreeTextReader(r);
	return kind;
}

enum xml_kind
xml_kind(const xmlDoc *doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);

	if (root == NULL)
		return XML_KIND_UNKNOWN;
	return kind_of(root->ns ? root->ns->href : NULL, root->name);
}

const char *
xml_kind_name(enum xml_kind kind)
{
	return kind == XML_KIND_FO ? "fo:root" : kinds[kind].root;
}

const char *
xml_kind_schema(enum xml_kind kind)
{
	return kinds[kind].schema;
}

static xmlRelaxNGPtr
schema_get(const char *name)
{
	size_t i;
	char *file;
	xmlRelaxNGParserCtxtPtr pc;
	xmlRelaxNGPtr rng;
	struct stat st;

	for (i = 0; i < NELEM(schemas) && schemas[i].name; i++)
		if (strcmp(schemas[i].name, name) == 0)
			return schemas[i].rng;
	if (i == NELEM(schemas))
		return NULL;
	if (strchr(name, '/') != NULL)
		file = xstrdup(name);
	else
		file = xasprintf("%s/%s", path_schema_dir(), name);
	if (stat(file, &st) != 0) {
		msg_at(MSG_NO_SCHEMA, NULL, 0, 0, name);
		free(file);
		return NULL;
	}
	pc = xmlRelaxNGNewParserCtxt(file);
	xmlRelaxNGSetParserStructuredErrors(pc, route, NULL);
	rng = xmlRelaxNGParse(pc);
	xmlRelaxNGFreeParserCtxt(pc);
	free(file);
	if (rng == NULL)
		return NULL;
	schemas[i].name = xstrdup(name);
	schemas[i].rng = rng;
	return rng;
}

int
xml_validate(xmlDocPtr doc, const char *schema)
{
	xmlRelaxNGPtr rng = schema_get(schema);
	xmlRelaxNGValidCtxtPtr vc;
	int rc;

	if (rng == NULL)
		return -1;
	vc = xmlRelaxNGNewValidCtxt(rng);
	xmlRelaxNGSetValidStructuredErrors(vc, route, NULL);
	rc = xmlRelaxNGValidateDoc(vc, doc);
	xmlRelaxNGFreeValidCtxt(vc);
	return rc == 0 ? 0 : rc > 0 ? 1 : -1;
}

int
xml_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    strcmp((const char *)n->ns->href, XML_NS) == 0 &&
	    (name == NULL || strcmp((const char *)n->name, name) == 0);
}

static const xmlNode *
skip(const xmlNode *n)
{
	while (n != NULL && !xml_is(n, NULL))
		n = n->next;
	return n;
}

const xmlNode *
xml_first(const xmlNode *parent)
{
	return parent ? skip(parent->children) : NULL;
}

const xmlNode *
xml_next(const xmlNode *n)
{
	return n ? skip(n->next) : NULL;
}

char *
xml_attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp((xmlNodePtr)n, BAD_CAST name);
	char *s = xstrdup((const char *)v);

	xmlFree(v);
	return s;
}

char *
xml_lang(const xmlNode *n)
{
	xmlChar *v = xmlNodeGetLang(n);
	char *s = xstrdup((const char *)v);

	xmlFree(v);
	return s;
}

long
xml_line(const xmlNode *n)
{
	return n ? xmlGetLineNo(n) : 0;
}

const char *
xml_file(const xmlNode *n)
{
	return n && n->doc && n->doc->URL ? (const char *)n->doc->URL : "-";
}

/* The callback and its data, for libxml2's I/O callbacks. */
struct writer {
	xml_write_fn *fn;
	void *ud;
};

static int
writer_write(void *ctx, const char *data, int len)
{
	struct writer *w = ctx;

	return len <= 0 || w->fn(w->ud, data, len) == 0 ? len : -1;
}

static int
writer_close(void *ctx)
{
	free(ctx);
	return 0;
}

static struct writer *
writer_new(xml_write_fn *fn, void *ud)
{
	struct writer *w = xmalloc(sizeof *w);

	w->fn = fn;
	w->ud = ud;
	return w;
}

xmlOutputBufferPtr
xml_output(xml_write_fn *fn, void *ud)
{
	struct writer *w = writer_new(fn, ud);
	xmlOutputBufferPtr out =
	    xmlOutputBufferCreateIO(writer_write, writer_close, w, NULL);

	if (out == NULL)
		free(w);
	return out;
}

int
xml_save(xmlDocPtr doc, xml_write_fn *fn, void *ud)
{
	struct writer *w = writer_new(fn, ud);
	xmlSaveCtxtPtr save = xmlSaveToIO(
	    writer_write, writer_close, w, "UTF-8", XML_SAVE_FORMAT);
	int rc;

	if (save == NULL) {
		free(w);
		return -1;
	}
	rc = xmlSaveDoc(save, doc) < 0 ? -1 : 0;
	if (xmlSaveClose(save) < 0)
		rc = -1;
	return rc;
}
