/*
 * icoc check RESPONSE: a supplier's response (XML, or a filled-in
 * checklist CSV) checked against the tender of a selection, or ahead of
 * any tender against a whole set (--set, with --segment and --level
 * narrowing it).  Writes report.html, report.pdf, report.csv and
 * report.xml.
 *
 * For --set the command builds a selection in memory and resolves it
 * with res_build(), so a set is checked through the very same resolved
 * document a tender would be.  Every output is made in memory first and
 * only written when all succeeded, each file atomically.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "cmd.h"
#include "msg.h"
#include "path.h"
#include "pdf.h"
#include "pdfmod.h"
#include "res.h"
#include "resp.h"
#include "sel.h"
#include "set.h"
#include "util.h"
#include "xml.h"
#include "xslt.h"

#ifndef ICOC_VERSION
#define ICOC_VERSION "0.1.0"
#endif

static const struct opt opts[] = {
    {"selection", 's', "FILE", "check against the tender of this selection", 0},
    {"set", 0, "ID[@VERSION]", "check against a whole set, ahead of any tender",
        0},
    {"segment", 0, "S",
        "with --set: only the requirements of segment S (default: every "
        "segment)",
        1},
    {"level", 0, "L", "with --set: up to level L (default: the highest)", 0},
    {"output", 'o', "DIR",
        "write into DIR (default: out/<tender reference>, or out/check)", 0},
    {"format", 'f', "LIST",
        "comma-separated formats: html,pdf,csv,xml (default: all)", 0},
    {"lang", 0, "nl|en",
        "language of the report (default: the selection's or the set's)", 0},
    {NULL, 0, NULL, NULL, 0}};

struct output {
	const char *file;
	const char *format;
	const char
	    *template; /* relative to the template directory; NULL: the report itself */
	int pdf; /* the template writes tender-FO, rendered to PDF */
};

static const struct output outputs[] = {
    {"report.html", "html", "html/report.xsl", 0},
    {"report.pdf", "pdf", "fo/report.xsl", 1},
    {"report.csv", "csv", "csv/report.xsl", 0},
    {"report.xml", "xml", NULL, 0},
};

/* ------------------------------------------------------------ helpers */

/* ------------------------------------------------- --set: a selection */

static int
known(const char *id, void *ud)
{
	const struct set_req *r = set_req(ud, id);

	return r != NULL;
}

/* A value for a parameter without a default, so the set resolves. */
static char *
placeholder(const struct set_param *p)
{
	static const char *const tries[] = {
	    "[",
	    "@example.org",
	    "security@example.org",
	    "example.org",
	    "x",
	};
	char b[32];

	switch (p->type) {
	case SET_P_CHOICE:
		return xstrdup(p->nopts > 0 ? p->opts[0].value : "");
	case SET_P_INTEGER:
		snprintf(b, sizeof b, "%ld",
		    p->has_min                     ? p->min
		        : p->has_max && p->max < 1 ? p->max
		                                   : 1);
		return xstrdup(b);
	default:
		for (size_t i = 0; i < NELEM(tries); i++) {
			char *v = i == 0 ? xasprintf("[%s]", p->id)
			    : i == 1     ? xasprintf("%s%s", p->id, tries[i])
			                 : xstrdup(tries[i]);
			if (set_param_check(p, v) == NULL)
				return v;
			free(v);
		}
		return xasprintf("[%s]", p->id);
	}
}

static char *
today(void)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t t = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
	struct tm tm;
	char b[16];

	gmtime_r(&t, &tm);
	strftime(b, sizeof b, "%Y-%m-%d", &tm);
	return xstrdup(b);
}

/*
 * The in-memory selection for --set: the given segments (default every
 * segment), the given level (default the highest), tender data from the
 * response or placeholders.  NULL after printing errors.
 */
static struct sel *
set_selection(const struct set *set, const struct cmd_args *a,
    const struct resp *resp, const char *lang)
{
	size_t nseg = 0;
	const char **segs = cmd_optv(a, "segment", &nseg);
	const char *level = cmd_opt(a, "level");
	struct sel *sel = xcalloc(1, sizeof *sel);
	const struct set_layer *top = &set->layers[set->nlayers - 1];
	int bad = 0;

	sel->file = xstrdup("--set");
	sel->set = xstrdup(set->id);
	sel->set_version = xstrdup(set->version);
	sel->lang = xstrdup(lang ? lang : set->lang);
	sel->title = text_copy(top->title);
	sel->reference = xstrdup(resp->tender ? resp->tender : "check");
	sel->buyer = xstrdup(
	    top->publisher && *top->publisher ? top->publisher : set->id);
	sel->date = today();
	sel->root_src.file = sel->file;
	if (nseg == 0) {
		sel->nsegments = set->nsegments;
		sel->segments =
		    xcalloc(set->nsegments + 1, sizeof *sel->segments);
		for (size_t i = 0; i < set->nsegments; i++)
			sel->segments[i] = xstrdup(set->segments[i].id);
	} else {
		sel->nsegments = nseg;
		sel->segments = xcalloc(nseg + 1, sizeof *sel->segments);
		for (size_t i = 0; i < nseg; i++)
			sel->segments[i] = xstrdup(segs[i]);
	}
	sel->segment_src =
	    xcalloc(sel->nsegments + 1, sizeof *sel->segment_src);
	for (size_t i = 0; i < sel->nsegments; i++)
		sel->segment_src[i].file = sel->file;
	if (level != NULL) {
		if (set_level(set, level) == NULL)
			bad = 1;
		sel->level = xstrdup(level);
	} else {
		const struct set_level *hi = NULL;
		for (size_t i = 0; i < set->nlevels; i++)
			if (hi == NULL || set->levels[i].rank > hi->rank)
				hi = &set->levels[i];
		sel->level = xstrdup(hi ? hi->id : "");
	}
	sel->level_src.file = sel->file;
	for (size_t i = 0; i < set->nparams; i++) {
		const struct set_param *p = &set->params[i];
		struct sel_op *op;

		if (p->def != NULL)
			continue;
		sel->ops =
		    xrealloc(sel->ops, (sel->nops + 1) * sizeof *sel->ops);
		op = &sel->ops[sel->nops++];
		memset(op, 0, sizeof *op);
		op->kind = SEL_SET_PARAM;
		op->ref = xstrdup(p->id);
		op->value = placeholder(p);
		op->src.file = sel->file;
	}
	if (bad) {
		sel_free(sel);
		return NULL;
	}
	return sel;
}

/* List the ids of a set's segments or levels for a message. */
static char *
choices(const struct set *set, int levels)
{
	struct buf b = BUF_INIT;
	size_t n = levels ? set->nlevels : set->nsegments;

	buf_add(&b, "", 0);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "",
		    levels ? set->levels[i].id : set->segments[i].id);
	return buf_detach(&b);
}

static int
check_set_args(const struct set *set, const struct cmd_args *a)
{
	size_t nseg = 0;
	const char **segs = cmd_optv(a, "segment", &nseg);
	const char *level = cmd_opt(a, "level");
	int bad = 0;

	for (size_t i = 0; i < nseg; i++)
		if (set_segment(set, segs[i]) == NULL) {
			char *c = choices(set, 0), *m;
			m = xasprintf("unknown segment '%s' in set '%s'; "
			              "expected one of: %s",
			    segs[i], set->id, c);
			msg_opt(MSG_USAGE, "segment", m);
			free(m);
			free(c);
			bad = 1;
		}
	if (level != NULL && set_level(set, level) == NULL) {
		char *c = choices(set, 1), *m;
		m = xasprintf(
		    "unknown level '%s' in set '%s'; expected one of: %s",
		    level, set->id, c);
		msg_opt(MSG_USAGE, "level", m);
		free(m);
		free(c);
		bad = 1;
	}
	return bad;
}

/* ---------------------------------------------------------------- run */

/* The text of the first child element name of the report root (or of
 * its <response>), or NULL.  Caller frees. */
static char *
report_text(xmlDocPtr report, const char *parent, const char *name)
{
	xmlNodePtr root = xmlDocGetRootElement(report);

	for (xmlNodePtr n = root->children; n; n = n->next) {
		if (!xml_is(n, parent))
			continue;
		for (xmlNodePtr m = n->children; m; m = m->next)
			if (xml_is(m, name)) {
				xmlChar *c = xmlNodeGetContent(m);
				char *s = xstrdup((const char *)c);
				xmlFree(c);
				str_collapse(s);
				return s;
			}
	}
	return NULL;
}

/* tender-FO to PDF through a temporary file; the PDF comes back in out. */
static int
render_pdf(xmlDocPtr report, xmlDocPtr fo, struct buf *out)
{
	char *supplier = report_text(report, "response", "supplier");
	char *ref = report_text(report, "tender", "reference");
	char *date = report_text(report, "tender", "date");
	char *iso = date ? xasprintf("%sT00:00:00Z", date) : NULL;
	struct pdf_meta meta;
	int rc;

	memset(&meta, 0, sizeof meta);
	meta.author = supplier;
	meta.subject = ref;
	meta.creator = "icoc " ICOC_VERSION;
	meta.date = iso;
	rc = pdfmod_render_buf(fo, &meta, out) == MSG_EXIT_OK ? 0 : -1;
	free(supplier);
	free(ref);
	free(date);
	free(iso);
	return rc;
}

static int
make(xmlDocPtr report, const struct output *o, struct buf *out)
{
	xmlChar *mem = NULL;
	xmlDocPtr fo = NULL;
	int len = 0, rc = 0;

	if (o->template == NULL) {
		xmlDocDumpFormatMemoryEnc(report, &mem, &len, "UTF-8", 1);
	} else {
		struct xslt *x = xslt_load(o->template);
		if (x == NULL)
			return -1;
		if (o->pdf) {
			rc = xslt_apply(x, report, NULL, NULL, &fo);
			if (rc == 0)
				rc = render_pdf(report, fo, out); /* frees fo */
			xslt_free(x);
			return rc;
		}
		rc = xslt_apply(x, report, &mem, &len, NULL);
		xslt_free(x);
	}
	if (rc == 0 && mem != NULL)
		buf_add(out, (const char *)mem, (size_t)len);
	else if (rc == 0)
		buf_add(out, "", 0);
	xmlFree(mem);
	return rc;
}

static void
say_verdict(xmlDocPtr report, const char *dir)
{
	xmlNodePtr root = xmlDocGetRootElement(report), sum = NULL;
	char *v = xml_attr(root, "verdict");
	char *f = NULL, *u = NULL, *x = NULL, *s = NULL, *m = NULL;

	for (xmlNodePtr n = root->children; n; n = n->next)
		if (xml_is(n, "summary"))
			sum = n;
	if (sum != NULL) {
		f = xml_attr(sum, "knockout-failed");
		u = xml_attr(sum, "unanswered");
		x = xml_attr(sum, "not-applicable-unexplained");
		s = xml_attr(sum, "score");
		m = xml_attr(sum, "score-max");
	}
	printf("%s: %s (knock-out not met: %s, unanswered: %s, "
	       "not-applicable without explanation: %s, score %s of %s)\n",
	    dir, v ? v : "?", f ? f : "0", u ? u : "0", x ? x : "0",
	    s ? s : "0", m ? m : "0");
	free(v);
	free(f);
	free(u);
	free(x);
	free(s);
	free(m);
}

static int
run(const struct cmd_args *a)
{
	const char *formats = cmd_opt(a, "format"), *lang = cmd_opt(a, "lang");
	const char *selfile = cmd_opt(a, "selection"),
	           *setarg = cmd_opt(a, "set");
	const char *outdir = cmd_opt(a, "output");
	size_t nseg = 0;
	struct buf bufs[NELEM(outputs)];
	struct resp *resp = NULL;
	struct sel *sel = NULL;
	struct set *set = NULL;
	xmlDocPtr resolved = NULL, report = NULL;
	char *dir = NULL;
	int status = MSG_EXIT_OK, verdict = MSG_EXIT_OK;
	struct check_in in;

	memset(bufs, 0, sizeof bufs);
	cmd_optv(a, "segment", &nseg);
	if (formats == NULL)
		formats = "html,pdf,csv,xml";
	if (cmd_check_formats(formats, "html,pdf,csv,xml") != 0)
		return MSG_EXIT_USAGE;
	if (cmd_check_lang(lang) != 0)
		return MSG_EXIT_USAGE;
	if ((selfile == NULL) == (setarg == NULL)) {
		msg_opt(MSG_USAGE, selfile ? "set" : "selection",
		    "give either --selection FILE or --set ID");
		return MSG_EXIT_USAGE;
	}
	if (selfile != NULL && (nseg > 0 || cmd_opt(a, "level") != NULL)) {
		msg_opt(MSG_USAGE, nseg > 0 ? "segment" : "level",
		    "only with --set; a selection chooses its own segments and "
		    "level");
		return MSG_EXIT_USAGE;
	}
	/* without the PDF module, fail before any work; with it, its fonts
	 * load while the documents are made */
	if (str_list_has(formats, "pdf")) {
		if (pdfmod_load() != 0)
			return MSG_EXIT_SYSTEM;
		pdfmod_warm_up();
	}

	if ((resp = resp_load(a->argv[0], &status)) == NULL)
		return status;

	if (selfile != NULL) {
		if ((sel = sel_load(selfile, &status)) == NULL)
			goto out;
		if ((set = sel_set(sel, &status)) == NULL)
			goto out;
		if ((status = sel_check(sel, set, 0)) != MSG_EXIT_OK)
			goto out;
	} else {
		char *id = xstrdup(setarg), *at = strchr(id, '@');
		if (at != NULL)
			*at++ = '\0';
		set = set_load(id, at, &status);
		free(id);
		if (set == NULL)
			goto out;
		if (check_set_args(set, a) != 0) {
			status = MSG_EXIT_USAGE;
			goto out;
		}
		if ((sel = set_selection(set, a, resp, lang)) == NULL) {
			status = MSG_EXIT_USAGE;
			goto out;
		}
		if ((status = sel_check(sel, set, 0)) != MSG_EXIT_OK)
			goto out;
	}
	if ((resolved = res_build(set, sel, lang)) == NULL) {
		status = MSG_EXIT_INVALID;
		goto out;
	}

	in.resolved = resolved;
	in.resp = resp;
	in.against_set = setarg != NULL;
	in.known = known;
	in.ud = set;
	if ((report = check_build(&in, &verdict)) == NULL) {
		status = verdict;
		goto out;
	}

	xslt_init(path_template_dir());
	for (size_t i = 0; i < NELEM(outputs) && status == MSG_EXIT_OK; i++)
		if (str_list_has(formats, outputs[i].format) &&
		    make(report, &outputs[i], &bufs[i]) != 0)
			status = MSG_EXIT_INVALID;
	xslt_cleanup();
	if (status != MSG_EXIT_OK)
		goto out;

	if (outdir != NULL)
		dir = xstrdup(outdir);
	else {
		char *safe = str_safe_name(setarg == NULL ? sel->reference
		        : resp->tender                    ? resp->tender
		                                          : "check",
		    "check");
		dir = xasprintf("out/%s", safe);
		free(safe);
	}
	if (mkdirs(dir) != 0) {
		status = MSG_EXIT_SYSTEM;
		goto out;
	}
	for (size_t i = 0; i < NELEM(outputs) && status == MSG_EXIT_OK; i++) {
		char *path;

		if (!str_list_has(formats, outputs[i].format))
			continue;
		path = xasprintf("%s/%s", dir, outputs[i].file);
		if (write_file_atomic(
		        path, bufs[i].s ? bufs[i].s : "", bufs[i].len) != 0)
			status = MSG_EXIT_SYSTEM;
		free(path);
	}
	if (status == MSG_EXIT_OK && !msg_quiet)
		say_verdict(report, dir);
out:
	for (size_t i = 0; i < NELEM(outputs); i++)
		buf_release(&bufs[i]);
	free(dir);
	if (report)
		xmlFreeDoc(report);
	if (resolved)
		xmlFreeDoc(resolved);
	sel_free(sel);
	set_free(set);
	resp_free(resp);
	if (status != MSG_EXIT_OK)
		return status;
	if (verdict != MSG_EXIT_OK)
		return verdict;
	return msg_status_ok();
}

const struct cmd cmd_check = {"check",
    "RESPONSE (--selection FILE | --set ID[@VERSION] [--segment S]... [--level "
    "L]) [-o DIR] [--format html,pdf,csv,xml] [--lang nl|en]",
    "check a supplier's response (XML or filled-in checklist CSV) against a "
    "tender or a set",
    opts, 1, 1, run};
