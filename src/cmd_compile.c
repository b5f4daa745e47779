/*
 * icoc compile SELECTION: the tender annex, checklist, trace, coverage,
 * CSV files, response template, resolved document and MANIFEST.
 *
 * Outputs are written to temporary files and renamed into place only
 * when all of them were made, so bad input never leaves a partial file.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "cmd.h"
#include "msg.h"
#include "path.h"
#include "pdf.h"
#include "pdfmod.h"
#include "res.h"
#include "util.h"
#include "xml.h"
#include "xslt.h"

#ifndef ICOC_VERSION
#define ICOC_VERSION "0.1.0"
#endif

static const struct opt opts[] = {
    {"output", 'o', "DIR", "write into DIR (default: out/<tender reference>)",
        0},
    {"format", 'f', "LIST",
        "comma-separated formats: html,pdf,csv,xml (default: all)", 0},
    {"lang", 0, "nl|en", "language of the documents (default: the selection's)",
        0},
    {"templates", 't', "DIR", "use the templates in DIR", 0},
    {NULL, 0, NULL, NULL, 0}};

struct job {
	xmlDocPtr resolved;
};

/* Where an output goes: its temporary file, hashed on the way. */
struct sink {
	FILE *fp;
	struct sha256_ctx sha;
};

static int
sink_write(void *ud, const char *data, int len)
{
	struct sink *k = ud;

	if (len <= 0)
		return 0;
	sha256_update(&k->sha, (size_t)len, (const uint8_t *)data);
	return fwrite(data, 1, (size_t)len, k->fp) == (size_t)len ? 0 : -1;
}

struct output;
typedef int make_fn(struct job *j, const struct output *o, struct sink *out);

/* One row per file; a new output is one row (and its template). */
struct output {
	const char *file;
	const char *format;
	const char *template; /* relative to the template directory */
	make_fn *make;
};

static int
by_xslt(struct job *j, const struct output *o, struct sink *out)
{
	struct xslt *x = xslt_load(o->template);
	int rc;

	if (x == NULL)
		return -1;
	rc = xslt_apply_io(x, j->resolved, sink_write, out);
	xslt_free(x);
	return rc;
}

static int
by_dump(struct job *j, const struct output *o, struct sink *out)
{
	(void)o;
	return xml_save(j->resolved, sink_write, out);
}

static char *
tender_field(xmlDocPtr doc, const char *name)
{
	for (xmlNodePtr n = xmlDocGetRootElement(doc)->children; n; n = n->next)
		if (xml_is(n, "tender"))
			for (xmlNodePtr m = n->children; m; m = m->next)
				if (xml_is(m, name)) {
					xmlChar *c = xmlNodeGetContent(m);
					char *s = xstrdup((char *)c);
					xmlFree(c);
					str_collapse(s);
					return s;
				}
	return xstrdup("");
}

/* XSLT to tender-FO, then our formatter; the PDF comes back in memory. */
static int
by_pdf(struct job *j, const struct output *o, struct sink *out)
{
	struct xslt *x = xslt_load(o->template);
	xmlDocPtr fo = NULL;
	char *title, *buyer, *ref, *date, *iso;
	struct pdf_meta meta;
	struct buf pdf = BUF_INIT;
	int rc = -1;

	if (x == NULL)
		return -1;
	if (xslt_apply(x, j->resolved, NULL, NULL, &fo) != 0) {
		xslt_free(x);
		return -1;
	}
	xslt_free(x);
	/* the formatter names this in its messages */
	fo->URL = (xmlChar *)xasprintf("output of %s", o->template);
	title = tender_field(j->resolved, "title");
	buyer = tender_field(j->resolved, "buyer");
	ref = tender_field(j->resolved, "reference");
	date = tender_field(j->resolved, "date");
	iso = xasprintf("%sT00:00:00Z", date);
	memset(&meta, 0, sizeof meta);
	meta.author = buyer;
	meta.subject = ref;
	meta.keywords = title;
	meta.creator = "icoc " ICOC_VERSION;
	meta.date = *date ? iso : NULL;
	if (pdfmod_render_buf(fo, &meta, &pdf) == MSG_EXIT_OK)
		rc = sink_write(out, pdf.s, (int)pdf.len);
	buf_release(&pdf);
	free(title);
	free(buyer);
	free(ref);
	free(date);
	free(iso);
	return rc;
}

static const struct output outputs[] = {
    {"annex.html", "html", "html/annex.xsl", by_xslt},
    {"checklist.html", "html", "html/checklist.xsl", by_xslt},
    {"trace.html", "html", "html/trace.xsl", by_xslt},
    {"coverage.html", "html", "html/coverage.xsl", by_xslt},
    {"checklist.csv", "csv", "csv/checklist.xsl", by_xslt},
    {"trace.csv", "csv", "csv/trace.xsl", by_xslt},
    {"response-template.xml", "xml", "xml/response-template.xsl", by_xslt},
    {"resolved.xml", "xml", NULL, by_dump},
    {"annex.pdf", "pdf", "fo/annex.xsl", by_pdf},
    {"checklist.pdf", "pdf", "fo/checklist.xsl", by_pdf},
};

static void
sha256_hex(struct sha256_ctx *c, char hex[65])
{
	uint8_t d[SHA256_DIGEST_SIZE];

	sha256_digest(c, sizeof d, d);
	for (size_t i = 0; i < sizeof d; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

static char *
root_attr(xmlDocPtr doc, const char *name)
{
	xmlChar *v = xmlGetProp(xmlDocGetRootElement(doc), BAD_CAST name);
	char *s = xstrdup((char *)v);

	xmlFree(v);
	return s;
}

static char *
tender_ref(xmlDocPtr doc)
{
	for (xmlNodePtr n = xmlDocGetRootElement(doc)->children; n; n = n->next)
		if (xml_is(n, "tender"))
			for (xmlNodePtr m = n->children; m; m = m->next)
				if (xml_is(m, "reference")) {
					xmlChar *c = xmlNodeGetContent(m);
					char *s = xstrdup((char *)c);
					xmlFree(c);
					return s;
				}
	return xstrdup("tender");
}

static int
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static int
run(const struct cmd_args *a)
{
	const char *formats = cmd_opt(a, "format"), *lang = cmd_opt(a, "lang");
	const char *tdir = cmd_opt(a, "templates"),
	           *outdir = cmd_opt(a, "output");
	struct atomic files[NELEM(outputs)];
	struct buf manifest = BUF_INIT;
	struct job j;
	char *dir, *ref, *digest;
	int status = MSG_EXIT_OK, made_dir;
	size_t i;

	if (formats == NULL)
		formats = "html,pdf,csv,xml";
	if (cmd_check_formats(formats, "html,pdf,csv,xml") != 0)
		return MSG_EXIT_USAGE;
	if (cmd_check_lang(lang) != 0)
		return MSG_EXIT_USAGE;
	/* without the PDF module, fail before any work; with it, its fonts
	 * load while the documents are made */
	if (str_list_has(formats, "pdf")) {
		if (pdfmod_load() != 0)
			return MSG_EXIT_SYSTEM;
		pdfmod_warm_up();
	}
	if (tdir != NULL) {
		struct stat st;
		if (stat(tdir, &st) != 0 || !S_ISDIR(st.st_mode)) {
			msg_opt(MSG_USAGE, "templates", "not a directory");
			return MSG_EXIT_USAGE;
		}
	}
	if ((j.resolved = res_from_file(a->argv[0], lang, &status)) == NULL)
		return status;
	ref = tender_ref(j.resolved);
	digest = root_attr(j.resolved, "checklist-digest");
	if (outdir != NULL)
		dir = xstrdup(outdir);
	else {
		char *safe = str_safe_name(ref, "tender");
		dir = xasprintf("out/%s", safe);
		free(safe);
	}
	made_dir = !exists(dir);
	if (mkdirs(dir) != 0)
		status = MSG_EXIT_SYSTEM;
	xslt_init(tdir ? tdir : path_template_dir());

	/*
	 * Each output goes to a temporary file beside its final name as soon
	 * as it is made (so large tenders do not hold every document in
	 * memory at once); only when all are made are they renamed into
	 * place.  On any error the temporary files are removed.
	 */
	memset(files, 0, sizeof files);
	buf_printf(&manifest, "# icoc MANIFEST for tender %s\n", ref);
	buf_printf(&manifest, "checklist-digest %s\n", digest);
	for (i = 0; i < NELEM(outputs) && status == MSG_EXIT_OK; i++) {
		struct sink out;
		char hex[65], *path;

		if (!str_list_has(formats, outputs[i].format))
			continue;
		path = xasprintf("%s/%s", dir, outputs[i].file);
		if (atomic_open(&files[i], path) != 0)
			status = MSG_EXIT_SYSTEM;
		free(path);
		if (status != MSG_EXIT_OK)
			break;
		out.fp = files[i].fp;
		sha256_init(&out.sha);
		if (outputs[i].make(&j, &outputs[i], &out) != 0) {
			status =
			    ferror(out.fp) ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
			if (status == MSG_EXIT_SYSTEM)
				msg_at(MSG_WRITE, files[i].path, 0, 0,
				    strerror(errno));
			break;
		}
		sha256_hex(&out.sha, hex);
		buf_printf(&manifest, "%s  %s\n", hex, outputs[i].file);
	}
	for (i = 0; i < NELEM(outputs); i++) {
		if (files[i].fp == NULL)
			continue;
		if (status == MSG_EXIT_OK) {
			if (atomic_commit(&files[i]) != 0)
				status = MSG_EXIT_SYSTEM;
		} else
			atomic_abort(&files[i]);
	}
	if (status == MSG_EXIT_OK) {
		char *path = xasprintf("%s/MANIFEST", dir);
		if (write_file_atomic(path, manifest.s, manifest.len) != 0)
			status = MSG_EXIT_SYSTEM;
		free(path);
	} else if (made_dir)
		rmdir(dir); /* nothing was written into it */
	if (status == MSG_EXIT_OK && !msg_quiet) {
		for (i = 0; i < NELEM(outputs); i++)
			if (str_list_has(formats, outputs[i].format))
				printf("%s/%s\n", dir, outputs[i].file);
		printf("%s/MANIFEST\n", dir);
	}
	buf_release(&manifest);
	free(dir);
	free(ref);
	free(digest);
	xmlFreeDoc(j.resolved);
	xslt_cleanup();
	return status == MSG_EXIT_OK ? msg_status_ok() : status;
}

const struct cmd cmd_compile = {"compile",
    "SELECTION [-o DIR] [--format html,pdf,csv,xml] [--lang nl|en] "
    "[--templates DIR]",
    "compile a selection into the tender annex, checklist, trace and coverage",
    opts, 1, 1, run};
