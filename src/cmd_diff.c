/*
 * icoc diff OLD NEW: what changed between two versions of a set, as
 * diff.html, diff.csv and diff.xml, and one line on stdout.
 *
 * OLD and NEW are set files or ID@VERSION on the search path; overlays
 * are compared with their base layers applied.  Exit status 0 when the
 * sets are the same, 1 when something changed.  Outputs go to temporary
 * files, renamed into place only when all of them were made.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "diff.h"
#include "msg.h"
#include "path.h"
#include "set.h"
#include "util.h"
#include "xml.h"
#include "xslt.h"

static const struct opt opts[] = {
    {"output", 'o', "DIR",
        "write into DIR (default: out/diff-OLDID-OLDVERSION-NEWVERSION)", 0},
    {"format", 'f', "LIST",
        "comma-separated formats: html,csv,xml (default: all)", 0},
    {"lang", 0, "nl|en", "language of the report (default: NEW's)", 0},
    {NULL, 0, NULL, NULL, 0}};

struct output {
	const char *file, *format,
	    *template; /* template NULL: the XML itself */
};

static const struct output outputs[] = {
    {"diff.html", "html", "html/diff.xsl"},
    {"diff.csv", "csv", "csv/diff.xsl"},
    {"diff.xml", "xml", NULL},
};

static int
fp_write(void *ud, const char *data, int len)
{
	if (len <= 0)
		return 0;
	return fwrite(data, 1, (size_t)len, ud) == (size_t)len ? 0 : -1;
}

static int
make(const struct output *o, xmlDocPtr doc, FILE *fp)
{
	struct xslt *x;
	int rc;

	if (o->template == NULL)
		return xml_save(doc, fp_write, fp);
	if ((x = xslt_load(o->template)) == NULL)
		return -1;
	rc = xslt_apply_io(x, doc, fp_write, fp);
	xslt_free(x);
	return rc;
}

/* A set file, or ID@VERSION (or a bare ID: the newest) on the search path. */
static struct set *
load(const char *arg, int *status)
{
	struct stat st;
	const char *at = strchr(arg, '@');

	if (stat(arg, &st) == 0 || strchr(arg, '/') != NULL ||
	    str_has_suffix(arg, ".xml") || (at != NULL && at == arg))
		return set_load_file(arg, status);
	if (at != NULL) {
		char *id = xstrndup(arg, (size_t)(at - arg));
		struct set *s = set_load(id, at[1] ? at + 1 : NULL, status);
		free(id);
		return s;
	}
	return set_load(arg, NULL, status);
}

/* " (requirements: 1 added, 2 changed; parameters: 1 removed)" */
static void
summary(struct buf *b, const struct diff *d)
{
	static const char *const plural[] = {
	    "levels", "segments", "parameters", "requirements"};
	static const int order[] = {
	    DIFF_REQ, DIFF_PARAM, DIFF_SEGMENT, DIFF_LEVEL};
	int first = 1;

	for (size_t i = 0; i < NELEM(order); i++) {
		int w = order[i], any = 0;

		for (int k = 0; k < DIFF__NCHANGE; k++) {
			if (d->count[w][k] == 0)
				continue;
			if (!any)
				buf_printf(b, "%s%s: ", first ? " (" : "; ",
				    plural[w]);
			else
				buf_puts(b, ", ");
			buf_printf(b, "%zu %s", d->count[w][k],
			    diff_change_name((enum diff_change)k));
			any = 1;
			first = 0;
		}
	}
	if (!first)
		buf_putc(b, ')');
}

static int
run(const struct cmd_args *a)
{
	const char *formats = cmd_opt(a, "format"), *lang = cmd_opt(a, "lang");
	const char *outdir = cmd_opt(a, "output");
	struct atomic files[NELEM(outputs)];
	struct set *old = NULL, *new = NULL;
	struct diff *d = NULL;
	xmlDocPtr doc = NULL;
	char *dir = NULL;
	int status = MSG_EXIT_OK, made_dir = 0;
	size_t i, total;

	if (formats == NULL)
		formats = "html,csv,xml";
	if (cmd_check_formats(formats, "html,csv,xml") != 0)
		return MSG_EXIT_USAGE;
	if (cmd_check_lang(lang) != 0)
		return MSG_EXIT_USAGE;
	if (outdir != NULL && *outdir == '\0') {
		msg_opt(MSG_USAGE, "output", "expected a directory");
		return MSG_EXIT_USAGE;
	}
	/* both, so every error in either is reported at once */
	old = load(a->argv[0], &status);
	{
		int st2 = MSG_EXIT_OK;
		new = load(a->argv[1], &st2);
		if (status == MSG_EXIT_OK || st2 == MSG_EXIT_SYSTEM)
			status = st2;
	}
	if (old == NULL || new == NULL) {
		set_free(old);
		set_free(new);
		return status != MSG_EXIT_OK ? status : MSG_EXIT_INVALID;
	}
	d = diff_sets(old, new, lang);
	doc = diff_xml(d);

	if (outdir != NULL)
		dir = xstrdup(outdir);
	else {
		char *name = xasprintf(
		    "diff-%s-%s-%s", old->id, old->version, new->version);
		char *safe = str_safe_name(name, "diff");
		dir = xasprintf("out/%s", safe);
		free(name);
		free(safe);
	}
	{
		struct stat st;
		made_dir = stat(dir, &st) != 0;
	}
	if (mkdirs(dir) != 0)
		status = MSG_EXIT_SYSTEM;
	xslt_init(path_template_dir());

	memset(files, 0, sizeof files);
	for (i = 0; i < NELEM(outputs) && status == MSG_EXIT_OK; i++) {
		char *path;

		if (!str_list_has(formats, outputs[i].format))
			continue;
		path = xasprintf("%s/%s", dir, outputs[i].file);
		if (atomic_open(&files[i], path) != 0)
			status = MSG_EXIT_SYSTEM;
		free(path);
		if (status != MSG_EXIT_OK)
			break;
		if (make(&outputs[i], doc, files[i].fp) != 0) {
			status = ferror(files[i].fp) ? MSG_EXIT_SYSTEM
			                             : MSG_EXIT_INVALID;
			if (status == MSG_EXIT_SYSTEM)
				msg_at(MSG_WRITE, files[i].path, 0, 0,
				    strerror(errno));
		}
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
	if (status != MSG_EXIT_OK && made_dir)
		rmdir(dir);
	if (status == MSG_EXIT_OK && !msg_quiet) {
		struct buf b = BUF_INIT;
		buf_printf(&b, "%s@%s -> %s@%s: ", old->id, old->version,
		    new->id, new->version);
		if (d->total == 0)
			buf_puts(&b, "no changes");
		else
			buf_printf(&b, "%zu change%s", d->total,
			    d->total == 1 ? "" : "s");
		summary(&b, d);
		printf("%s; written to %s/\n", b.s, dir);
		buf_release(&b);
	}
	total = d->total;
	free(dir);
	xmlFreeDoc(doc);
	diff_free(d);
	set_free(new);
	set_free(old);
	xslt_cleanup();
	if (status != MSG_EXIT_OK)
		return status;
	return total > 0 ? MSG_EXIT_NEGATIVE : msg_status_ok();
}

const struct cmd cmd_diff = {"diff",
    "OLD NEW [-o DIR] [--format html,csv,xml] [--lang nl|en]",
    "compare two versions of a set (files or ID@VERSION): what was added, "
    "removed and changed",
    opts, 2, 2, run};
