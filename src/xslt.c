/*
 * libxslt with a sandbox.
 */
#define _DEFAULT_SOURCE
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <libexslt/exslt.h>
#include <libxml/parserInternals.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#include "msg.h"
#include "util.h"
#include "xml.h"
#include "xslt.h"

#define PARSE_OPTIONS                                                          \
	(XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA)

unsigned xslt_cpu_limit = 120;

struct xslt {
	xsltStylesheetPtr style;
	char *file;
};

static char *tdir; /* canonical template directory */
static xsltSecurityPrefsPtr prefs;
static struct buf errbuf;
static const char *errfile;
static volatile sig_atomic_t timed_out;
static xsltTransformContextPtr running;

static int
under_dir(const char *url)
{
	char real[PATH_MAX];
	const char *p = url;
	size_t n;

	if (tdir == NULL)
		return 0;
	if (strncmp(p, "file://", 7) == 0)
		p += 7;
	else if (strstr(p, "://") != NULL)
		return 0;
	if (realpath(p, real) == NULL)
		return 0;
	n = strlen(tdir);
	return strncmp(real, tdir, n) == 0 && real[n] == '/';
}

static int
check_read(
    xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value)
{
	(void)sec;
	(void)ctxt;
	return under_dir(value);
}

static void
flush_errors(void)
{
	char *line, *save = NULL;

	if (errbuf.len == 0)
		return;
	for (line = strtok_r(errbuf.s, "\n", &save); line != NULL;
	     line = strtok_r(NULL, "\n", &save))
		if (*line != '\0' && strcmp(line, "error") != 0 &&
		    strcmp(line, "warning") !=
		        0) /* libxslt's own prefix lines */
			msg_level_at(MSG_ERROR, errfile ? errfile : "-", 0, 0,
			    "%s", line);
	buf_release(&errbuf);
}

static void
on_error(void *ctx, const char *fmt, ...)
{
	va_list ap;
	char tmp[1024];

	(void)ctx;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_puts(&errbuf, tmp);
}

/* Stylesheets, imports and document() go through here: safe options,
 * template directory only, no DOCTYPE. */
static xmlDocPtr
loader(const xmlChar *uri, xmlDictPtr dict, int options, void *ctxt,
    xsltLoadType type)
{
	xmlParserCtxtPtr pc;
	xmlParserInputPtr in;
	xmlDocPtr doc = NULL;

	(void)options;
	(void)ctxt;
	(void)type;
	if (!under_dir((const char *)uri)) {
		buf_printf(&errbuf,
		    "template may not read '%s': only files under %s\n",
		    (const char *)uri, tdir ? tdir : "(none)");
		return NULL;
	}
	if ((pc = xmlNewParserCtxt()) == NULL)
		return NULL;
	if (dict != NULL) {
		if (pc->dict != NULL)
			xmlDictFree(pc->dict);
		pc->dict = dict;
		xmlDictReference(dict);
	}
	xmlCtxtUseOptions(pc, PARSE_OPTIONS);
	in = xmlLoadExternalEntity((const char *)uri, NULL, pc);
	if (in == NULL) {
		xmlFreeParserCtxt(pc);
		return NULL;
	}
	inputPush(pc, in);
	if (pc->directory == NULL)
		pc->directory = xmlParserGetDirectory((const char *)uri);
	xmlParseDocument(pc);
	if (pc->wellFormed && pc->myDoc != NULL &&
	    pc->myDoc->intSubset == NULL && pc->myDoc->extSubset == NULL)
		doc = pc->myDoc;
	else {
		if (pc->myDoc && (pc->myDoc->intSubset || pc->myDoc->extSubset))
			buf_printf(&errbuf,
			    "%s: document type declarations are not allowed\n",
			    (const char *)uri);
		xmlFreeDoc(pc->myDoc);
	}
	pc->myDoc = NULL;
	xmlFreeParserCtxt(pc);
	return doc;
}

void
xslt_init(const char *dir)
{
	char real[PATH_MAX];
	const char *env;

	free(tdir);
	tdir = realpath(dir, real) ? xstrdup(real) : NULL;
	if (tdir != NULL)
		xml_allow(tdir);
	if ((env = getenv("ICOC_XSLT_CPU_LIMIT")) != NULL && atoi(env) > 0)
		xslt_cpu_limit = (unsigned)atoi(env);
	exsltRegisterAll();
	xsltSetGenericErrorFunc(NULL, on_error);
	xsltSetLoaderFunc(loader);
	prefs = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, check_read);
	xsltSetSecurityPrefs(
	    prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(
	    prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(
	    prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(
	    prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xsltSetDefaultSecurityPrefs(prefs);
}

void
xslt_cleanup(void)
{
	xsltSetDefaultSecurityPrefs(NULL);
	xsltFreeSecurityPrefs(prefs);
	prefs = NULL;
	xsltSetLoaderFunc(NULL);
	xsltCleanupGlobals();
	free(tdir);
	tdir = NULL;
	buf_release(&errbuf);
}

struct xslt *
xslt_load(const char *name)
{
	char *file = xasprintf("%s/%s", tdir ? tdir : ".", name);
	xmlDocPtr doc;
	xsltStylesheetPtr style;
	struct xslt *x;

	errfile = file;
	doc = loader(BAD_CAST file, NULL, 0, NULL, XSLT_LOAD_START);
	if (doc == NULL) {
		if (errbuf.len == 0)
			msg_at(MSG_OPEN, file, 0, 0, "no such template");
		flush_errors();
		free(file);
		return NULL;
	}
	style = xsltParseStylesheetDoc(doc);
	if (style == NULL || style->errors > 0) {
		flush_errors();
		msg_level_at(
		    MSG_ERROR, file, 0, 0, "template does not compile");
		if (style)
			xsltFreeStylesheet(style);
		else
			xmlFreeDoc(doc);
		free(file);
		return NULL;
	}
	x = xcalloc(1, sizeof *x);
	x->style = style;
	x->file = file;
	return x;
}

void
xslt_free(struct xslt *x)
{
	if (x == NULL)
		return;
	xsltFreeStylesheet(x->style);
	free(x->file);
	free(x);
}

static void
on_alarm(int sig)
{
	(void)sig;
	timed_out = 1;
	if (running != NULL)
		running->state = XSLT_STATE_STOPPED;
}

int
xslt_apply(
    struct xslt *x, xmlDocPtr doc, xmlChar **out, int *len, xmlDocPtr *tree)
{
	xsltTransformContextPtr ctxt = xsltNewTransformContext(x->style, doc);
	struct itimerval it, off;
	struct sigaction sa, old;
	xmlDocPtr res;
	int rc = 0;

	errfile = x->file;
	xsltSetCtxtParseOptions(ctxt, PARSE_OPTIONS);
	xsltSetCtxtSecurityPrefs(prefs, ctxt);
	xsltSetTransformErrorFunc(ctxt, NULL, on_error);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGPROF, &sa, &old);
	memset(&it, 0, sizeof it);
	memset(&off, 0, sizeof off);
	it.it_value.tv_sec = xslt_cpu_limit;
	timed_out = 0;
	running = ctxt;
	setitimer(ITIMER_PROF, &it, NULL);
	res = xsltApplyStylesheetUser(x->style, doc, NULL, NULL, NULL, ctxt);
	setitimer(ITIMER_PROF, &off, NULL);
	running = NULL;
	sigaction(SIGPROF, &old, NULL);
	if (timed_out)
		buf_printf(&errbuf,
		    "transformation stopped after %u seconds of CPU time\n",
		    xslt_cpu_limit);
	if (res == NULL || ctxt->state != XSLT_STATE_OK || errbuf.len > 0) {
		flush_errors();
		if (msg_errors() == 0)
			msg_level_at(
			    MSG_ERROR, x->file, 0, 0, "transformation failed");
		rc = -1;
	} else if (out != NULL) {
		if (xsltSaveResultToString(out, len, res, x->style) != 0) {
			msg_level_at(MSG_ERROR, x->file, 0, 0,
			    "cannot serialize the result");
			rc = -1;
		} else if (*out == NULL) { /* empty result */
			*out = xmlStrdup(BAD_CAST "");
			*len = 0;
		}
	}
	if (rc == 0 && tree != NULL) {
		*tree = res;
		res = NULL;
	}
	xmlFreeDoc(res);
	xsltFreeTransformContext(ctxt);
	return rc;
}

int
xslt_apply_io(struct xslt *x, xmlDocPtr doc, xml_write_fn *write, void *ud)
{
	xmlDocPtr res = NULL;
	xmlOutputBufferPtr out;
	int rc;

	if (xslt_apply(x, doc, NULL, NULL, &res) != 0)
		return -1;
	if ((out = xml_output(write, ud)) == NULL)
		rc = -1;
	else {
		rc = xsltSaveResultTo(out, res, x->style) < 0 ? -1 : 0;
		if (xmlOutputBufferClose(out) < 0)
			rc = -1;
	}
	if (rc != 0)
		msg_level_at(
		    MSG_ERROR, x->file, 0, 0, "cannot write the result");
	xmlFreeDoc(res);
	return rc;
}
