/*
 * icoc list: sets, segments, levels, requirements, parameters, clauses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cat.h"
#include "cmd.h"
#include "load.h"
#include "msg.h"
#include "path.h"
#include "re.h"
#include "set.h"
#include "util.h"

static const struct opt opts[] = {
    {"set", 's', "ID[@VERSION]", "the requirement set (default: ico-basis)", 0},
    {"segment", 0, "S", "only requirements that apply to segment S", 1},
    {"level", 'l', "L", "only requirements up to level L", 0},
    {"grep", 'g', "REGEX", "only entries matching REGEX (pcre2, Unicode)", 0},
    {"catalogue", 'c', "ID", "the catalogue for 'list clauses'", 0},
    {"lang", 0, "nl|en", "language of titles (default: the set's)", 0},
    {NULL, 0, NULL, NULL, 0}};

struct ctx {
	struct re *re;
	const char *lang;
	int limit_hit;
};

static const char *
title_of(
    const struct text *t, const struct ctx *c, const char *doclang, char **own)
{
	const struct text *p = text_pick(t, c->lang, doclang, NULL);

	*own = p ? text_plain(p->body, NULL, NULL) : xstrdup("");
	return *own;
}

/* 1 when the entry's text matches --grep (or there is none). */
static int
keep(struct ctx *c, const char *s)
{
	int rc;

	if (c->re == NULL)
		return 1;
	rc = re_match(c->re, s, strlen(s));
	if (rc < 0)
		c->limit_hit = 1;
	return rc > 0;
}

static int
list_sets(struct ctx *c)
{
	size_t n, w = 2, wv = 7;
	const struct path_doc *d = path_docs(&n);

	for (size_t i = 0; i < n; i++)
		if (d[i].kind == XML_KIND_SET) {
			if (strlen(d[i].id) > w)
				w = strlen(d[i].id);
			if (d[i].version && strlen(d[i].version) > wv)
				wv = strlen(d[i].version);
		}
	printf("%-*s  %-*s  %s\n", (int)w, "ID", (int)wv, "VERSION", "TITLE");
	for (size_t i = 0; i < n; i++) {
		int status;
		xmlDocPtr doc;
		const xmlNode *root;
		struct text *title = NULL;
		char *own, *ext, *extv, *line;

		if (d[i].kind != XML_KIND_SET)
			continue;
		if ((doc = load_doc(d[i].file, XML_KIND_SET, &status)) == NULL)
			return status;
		root = xmlDocGetRootElement(doc);
		for (const xmlNode *t = xml_first(root); t; t = xml_next(t))
			if (xml_is(t, "title"))
				load_text(&title, t);
		ext = xml_attr(root, "extends");
		extv = xml_attr(root, "extends-version");
		title_of(title, c, NULL, &own);
		line = xasprintf("%s %s %s", d[i].id, d[i].version, own);
		if (keep(c, line)) {
			printf("%-*s  %-*s  %s", (int)w, d[i].id, (int)wv,
			    d[i].version, own);
			if (ext)
				printf(
				    " (extends %s %s)", ext, extv ? extv : "");
			printf("\n");
		}
		free(line);
		free(own);
		free(ext);
		free(extv);
		text_free(title);
		xmlFreeDoc(doc);
	}
	return MSG_EXIT_OK;
}

static size_t
count_reqs(const struct set *s, const char *seg, int rank, int exact)
{
	size_t n = 0;

	for (size_t i = 0; i < s->nreqs; i++) {
		const struct set_req *r = s->reqs[i];
		if (r->withdrawn)
			continue;
		if (seg != NULL && !set_req_in_segment(r, seg))
			continue;
		if (rank >= 0 &&
		    (exact ? r->level->rank != rank : r->level->rank > rank))
			continue;
		n++;
	}
	return n;
}

static int
list_segments(const struct set *s, struct ctx *c)
{
	size_t w = 2;

	for (size_t i = 0; i < s->nsegments; i++)
		if (strlen(s->segments[i].id) > w)
			w = strlen(s->segments[i].id);
	printf("%-*s  %5s  %s\n", (int)w, "ID", "REQS", "TITLE");
	for (size_t i = 0; i < s->nsegments; i++) {
		const struct set_segment *sg = &s->segments[i];
		char *own, *line;

		title_of(sg->title, c, s->lang, &own);
		line = xasprintf("%s %s", sg->id, own);
		if (keep(c, line))
			printf("%-*s  %5zu  %s%s\n", (int)w, sg->id,
			    count_reqs(s, sg->id, -1, 0), own,
			    sg->additive
			        ? " (additive: chosen on top of others)"
			        : "");
		free(line);
		free(own);
	}
	return MSG_EXIT_OK;
}

static int
list_levels(const struct set *s, struct ctx *c)
{
	size_t w = 2;

	for (size_t i = 0; i < s->nlevels; i++)
		if (strlen(s->levels[i].id) > w)
			w = strlen(s->levels[i].id);
	printf("%-*s  %5s  %5s  %s\n", (int)w, "ID", "ADDS", "TOTAL", "TITLE");
	for (size_t i = 0; i < s->nlevels; i++) {
		char *own;

		title_of(s->levels[i].title, c, s->lang, &own);
		if (keep(c, own))
			printf("%-*s  %5zu  %5zu  %s\n", (int)w,
			    s->levels[i].id, count_reqs(s, NULL, (int)i, 1),
			    count_reqs(s, NULL, (int)i, 0), own);
		free(own);
	}
	return MSG_EXIT_OK;
}

static int
list_requirements(const struct set *s, struct ctx *c, const char **segs,
    size_t nsegs, int rank)
{
	size_t w = 2, wl = 5;

	for (size_t i = 0; i < s->nreqs; i++)
		if (strlen(s->reqs[i]->id) > w)
			w = strlen(s->reqs[i]->id);
	for (size_t i = 0; i < s->nlevels; i++)
		if (strlen(s->levels[i].id) > wl)
			wl = strlen(s->levels[i].id);
	printf("%-*s  %-*s  %-12s  %s\n", (int)w, "ID", (int)wl, "LEVEL",
	    "KIND", "TITLE");
	for (size_t i = 0; i < s->nreqs; i++) {
		const struct set_req *r = s->reqs[i];
		char *own, *stmt, *line, kind[32];
		int in = nsegs == 0;
		const struct text *st;

		if (r->withdrawn || (rank >= 0 && r->level->rank > rank))
			continue;
		for (size_t k = 0; k < nsegs; k++)
			in |= set_req_in_segment(r, segs[k]);
		if (!in)
			continue;
		title_of(r->title, c, s->lang, &own);
		st = text_pick(r->statement, c->lang, s->lang, NULL);
		stmt = st ? text_plain(st->body, NULL, NULL) : xstrdup("");
		line = xasprintf("%s %s %s", r->id, own, stmt);
		if (r->kind == SET_AWARD)
			snprintf(kind, sizeof kind, "award (%d)", r->weight);
		else
			snprintf(kind, sizeof kind, "knockout");
		if (keep(c, line))
			printf("%-*s  %-*s  %-12s  %s\n", (int)w, r->id,
			    (int)wl, r->level->id, kind, own);
		free(line);
		free(stmt);
		free(own);
	}
	return MSG_EXIT_OK;
}

static char *
constraint(const struct set_param *p)
{
	struct buf con = BUF_INIT;

	if (p->type == SET_P_INTEGER) {
		if (p->has_min || p->has_max)
			buf_printf(&con, "%ld..%ld", p->has_min ? p->min : 0,
			    p->has_max ? p->max : 0);
		if (p->unit)
			buf_printf(&con, " %s", p->unit);
	} else if (p->type == SET_P_STRING && p->pattern)
		buf_puts(&con, p->pattern);
	else
		for (size_t k = 0; k < p->nopts; k++)
			buf_printf(
			    &con, "%s%s", k ? "|" : "", p->opts[k].value);
	return buf_detach(&con);
}

static int
list_parameters(const struct set *s, struct ctx *c)
{
	static const char *const types[] = {"integer", "string", "choice"};
	size_t w = 2, wd = 7, wc = 10;

	for (size_t i = 0; i < s->nparams; i++) {
		char *con = constraint(&s->params[i]);
		if (strlen(s->params[i].id) > w)
			w = strlen(s->params[i].id);
		if (s->params[i].def && strlen(s->params[i].def) > wd)
			wd = strlen(s->params[i].def);
		if (strlen(con) > wc)
			wc = strlen(con);
		free(con);
	}
	printf("%-*s  %-7s  %-*s  %-*s  %s\n", (int)w, "ID", "TYPE", (int)wd,
	    "DEFAULT", (int)wc, "CONSTRAINT", "LABEL");
	for (size_t i = 0; i < s->nparams; i++) {
		const struct set_param *p = &s->params[i];
		char *own, *con = constraint(p);

		title_of(p->label, c, s->lang, &own);
		if (keep(c, own) || keep(c, p->id))
			printf("%-*s  %-7s  %-*s  %-*s  %s\n", (int)w, p->id,
			    types[p->type], (int)wd, p->def ? p->def : "-",
			    (int)wc, con, own);
		free(con);
		free(own);
	}
	return MSG_EXIT_OK;
}

static int
list_clauses(const char *id, struct ctx *c)
{
	int sys = 0;
	struct cat *cat = cat_load(id, NULL, 1, &sys);
	size_t w = 2;

	if (cat == NULL)
		return sys ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
	for (size_t i = 0; i < cat->nclauses; i++) {
		size_t l = strlen(cat->clauses[i]->id) +
		    2 * (size_t)cat->clauses[i]->depth;
		if (l > w)
			w = l;
	}
	printf("%-*s  %-12s  %s\n", (int)w, "ID", "FROM", "TITLE");
	for (size_t i = 0; i < cat->nclauses; i++) {
		const struct cat_clause *cl = cat->clauses[i];
		char *own, *line;
		int pad = (int)w - 2 * cl->depth;

		title_of(cl->title, c, cat->lang, &own);
		line = xasprintf(
		    "%s %s %s", cl->id, cl->cite ? cl->cite : "", own);
		if (keep(c, line))
			printf("%*s%-*s  %-12s  %s\n", 2 * cl->depth, "", pad,
			    cl->id, cl->applies_from ? cl->applies_from : "",
			    own);
		free(line);
		free(own);
	}
	cat_free(cat);
	return MSG_EXIT_OK;
}

static int
run(const struct cmd_args *a)
{
	static const char *const what[] = {"sets", "segments", "levels",
	    "requirements", "parameters", "clauses"};
	const char *w = a->argv[0], *grep = cmd_opt(a, "grep");
	const char *setarg = cmd_opt(a, "set"), *lv = cmd_opt(a, "level");
	struct ctx c = {NULL, cmd_opt(a, "lang"), 0};
	struct set *s = NULL;
	size_t i, nsegs;
	const char **segs = cmd_optv(a, "segment", &nsegs);
	int rc = MSG_EXIT_OK, rank = -1;

	for (i = 0; i < NELEM(what); i++)
		if (strcmp(w, what[i]) == 0)
			break;
	if (i == NELEM(what)) {
		msg_at(MSG_USAGE, NULL, 0, 0,
		    "list what? sets, segments, levels, "
		    "requirements, parameters or clauses");
		return MSG_EXIT_USAGE;
	}
	if (grep != NULL) {
		const char *err;
		size_t off;
		if ((c.re = re_new(grep, &err, &off)) == NULL) {
			msg_opt(MSG_BAD_PATTERN, "grep", off, err);
			return MSG_EXIT_USAGE;
		}
	}
	if (i == 5) {
		const char *cid = cmd_opt(a, "catalogue");
		if (cid == NULL) {
			msg_opt(MSG_USAGE, "catalogue",
			    "'list clauses' needs --catalogue ID");
			rc = MSG_EXIT_USAGE;
		} else
			rc = list_clauses(cid, &c);
	} else if (i == 0)
		rc = list_sets(&c);
	else {
		char *id = xstrdup(setarg ? setarg : "ico-basis"),
		     *at = strchr(id, '@');
		if (at != NULL)
			*at++ = '\0';
		s = set_load(id, at, &rc);
		free(id);
		if (s != NULL && lv != NULL) {
			const struct set_level *l = set_level(s, lv);
			if (l == NULL) {
				msg_opt(MSG_USAGE, "level",
				    "no such level in this set");
				rc = MSG_EXIT_USAGE;
			} else
				rank = l->rank;
		}
		for (size_t k = 0; s != NULL && rc == 0 && k < nsegs; k++)
			if (set_segment(s, segs[k]) == NULL) {
				msg_opt(MSG_USAGE, "segment",
				    "no such segment in this set");
				rc = MSG_EXIT_USAGE;
			}
		if (s != NULL && rc == MSG_EXIT_OK) {
			if (i == 1)
				rc = list_segments(s, &c);
			else if (i == 2)
				rc = list_levels(s, &c);
			else if (i == 3)
				rc =
				    list_requirements(s, &c, segs, nsegs, rank);
			else
				rc = list_parameters(s, &c);
		}
	}
	if (c.limit_hit) {
		msg_opt(MSG_REGEX_LIMIT, "grep");
		rc = MSG_EXIT_USAGE;
	}
	re_free(c.re);
	set_free(s);
	return rc == MSG_EXIT_OK ? msg_status_ok() : rc;
}

const struct cmd cmd_list = {"list",
    "(sets|segments|levels|requirements|parameters) [--set ID[@VERSION]] "
    "[--segment S] [--level L] [--grep REGEX]\n"
    "       icoc list clauses --catalogue ID [--grep REGEX]",
    "list sets, segments, levels, requirements, parameters or clauses", opts, 1,
    1, run};
