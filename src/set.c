/*
 * Requirement sets: loading, overlays (extends, set-default, withdraw,
 * amend) and the semantic checks, each error with file and line.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cat.h"
#include "hash.h"
#include "load.h"
#include "msg.h"
#include "path.h"
#include "re.h"
#include "set.h"
#include "util.h"

#define MAX_LAYERS 16

/* Loading state shared by the layers of one set. */
struct loader {
	struct set *s;
	size_t caplevels, capsegments, capparams, capgroups, capreqs;
	int bad;     /* an error was printed */
	int sys;     /* a system error happened */
	char **uses; /* catalogue ids, in order of first mention */
	char **uses_version;
	struct src *uses_src;
	size_t nuses, capuses;
};

static const char *
intern(struct set *s, const char *file)
{
	for (size_t i = 0; i < s->nfiles; i++)
		if (strcmp(s->files[i], file) == 0)
			return s->files[i];
	s->files = xrealloc(s->files, (s->nfiles + 1) * sizeof *s->files);
	return s->files[s->nfiles++] = xstrdup(file);
}

const char *
set_kind_name(enum set_kind k)
{
	return k == SET_AWARD ? "award" : "knockout";
}

const char *
set_applies_name(enum set_applies a)
{
	static const char *const names[] = {
	    "product", "service", "supplier", ""};

	return names[a];
}

static enum set_applies
parse_applies(const char *v)
{
	if (v == NULL)
		return SET_APPLIES_NONE;
	if (strcmp(v, "product") == 0)
		return SET_PRODUCT;
	if (strcmp(v, "service") == 0)
		return SET_SERVICE;
	return SET_SUPPLIER;
}

/* Register id in index h; report a duplicate with both places. */
static int
register_id(struct loader *L, struct hash *h, const char *what, const char *id,
    void *obj, const struct src *src, const struct src *(*where)(const void *))
{
	void *dup = hash_put(h, id, obj);

	if (dup != NULL) {
		const struct src *first = where(dup);
		msg_at(MSG_DUP_ID, src->file, src->line, 0, what, id,
		    first->file, first->line);
		L->bad = 1;
		return -1;
	}
	return 0;
}

/* The indexes store pointers into growing arrays for levels, segments and
 * parameters; those are re-pointed once loading is done.  Until then they
 * store indexes + 1 cast to pointers. */
static const struct src *
src_of_req(const void *p)
{
	return &((const struct set_req *)p)->src;
}

static const struct src *
src_of_group(const void *p)
{
	return &((const struct set_group *)p)->src;
}

static struct set *cur_set; /* for the index-based look-ups below */

static const struct src *
src_of_level(const void *p)
{
	return &cur_set->levels[(size_t)p - 1].src;
}

static const struct src *
src_of_segment(const void *p)
{
	return &cur_set->segments[(size_t)p - 1].src;
}

static const struct src *
src_of_param(const void *p)
{
	return &cur_set->params[(size_t)p - 1].src;
}

const struct set_level *
set_level(const struct set *s, const char *id)
{
	size_t i = (size_t)hash_get(s->level_index, id);

	return i ? &s->levels[i - 1] : NULL;
}

const struct set_segment *
set_segment(const struct set *s, const char *id)
{
	size_t i = (size_t)hash_get(s->segment_index, id);

	return i ? &s->segments[i - 1] : NULL;
}

const struct set_param *
set_param(const struct set *s, const char *id)
{
	size_t i = (size_t)hash_get(s->param_index, id);

	return i ? &s->params[i - 1] : NULL;
}

const struct set_req *
set_req(const struct set *s, const char *id)
{
	return hash_get(s->req_index, id);
}

const struct cat *
set_cat(const struct set *s, const char *id)
{
	for (size_t i = 0; i < s->ncats; i++)
		if (strcmp(s->cats[i]->id, id) == 0)
			return s->cats[i];
	return NULL;
}

int
set_req_in_segment(const struct set_req *r, const char *seg)
{
	if (r->nseg == 0)
		return 1;
	for (size_t i = 0; i < r->nseg; i++)
		if (strcmp(r->segments[i], seg) == 0)
			return 1;
	return 0;
}

const char *
set_param_check(const struct set_param *p, const char *value)
{
	static char msg[512];

	switch (p->type) {
	case SET_P_INTEGER: {
		char *end;
		long v;

		errno = 0;
		v = strtol(value, &end, 10);
		if (*value == '\0' || *end != '\0' || errno != 0 ||
		    (*value == '+' || *value == ' ')) {
			snprintf(msg, sizeof msg,
			    "'%.100s' is not a whole number", value);
			return msg;
		}
		if (p->has_min && v < p->min) {
			snprintf(msg, sizeof msg,
			    "%ld is below the minimum %ld", v, p->min);
			return msg;
		}
		if (p->has_max && v > p->max) {
			snprintf(msg, sizeof msg,
			    "%ld is above the maximum %ld", v, p->max);
			return msg;
		}
		return NULL;
	}
	case SET_P_STRING:
		if (p->re != NULL) {
			int rc = re_match(p->re, value, strlen(value));
			if (rc < 0) {
				snprintf(msg, sizeof msg,
				    "pattern too complex for '%.100s'", value);
				return msg;
			}
			if (rc == 0) {
				snprintf(msg, sizeof msg,
				    "'%.100s' does not match the pattern "
				    "'%.200s'",
				    value, p->pattern);
				return msg;
			}
		}
		return NULL;
	case SET_P_CHOICE: {
		struct buf b = BUF_INIT;
		for (size_t i = 0; i < p->nopts; i++)
			if (strcmp(p->opts[i].value, value) == 0)
				return NULL;
		for (size_t i = 0; i < p->nopts; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", p->opts[i].value);
		snprintf(msg, sizeof msg, "'%.100s' is not one of: %.300s",
		    value, b.s ? b.s : "");
		buf_release(&b);
		return msg;
	}
	}
	return NULL;
}

static char **
split_ids(const char *v, size_t *n)
{
	char **out = NULL, *copy, *tok, *save = NULL;

	*n = 0;
	if (v == NULL)
		return NULL;
	copy = xstrdup(v);
	for (tok = strtok_r(copy, " \t\n", &save); tok != NULL;
	     tok = strtok_r(NULL, " \t\n", &save)) {
		out = xrealloc(out, (*n + 1) * sizeof *out);
		out[(*n)++] = xstrdup(tok);
	}
	free(copy);
	return out;
}

static void
free_ids(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Check and resolve segments and level attributes of a requirement or amend. */
static int
resolve_attrs(struct loader *L, const xmlNode *el, const struct src *src,
    char ***segs, size_t *nseg, const struct set_level **level, int amend)
{
	char *v = xml_attr(el, "segments");
	int ok = 1;

	if (v != NULL || !amend) {
		char **ids;
		size_t n;

		ids = split_ids(v, &n);
		for (size_t i = 0; i < n; i++)
			if (set_segment(L->s, ids[i]) == NULL) {
				msg_at(MSG_UNKNOWN_REF, src->file, src->line, 0,
				    "segment", ids[i], (const char *)el->name);
				L->bad = 1;
				ok = 0;
			}
		if (v != NULL || !amend) {
			free_ids(*segs, *nseg);
			*segs = ids;
			*nseg = n;
		}
	}
	free(v);
	v = xml_attr(el, "level");
	if (v != NULL) {
		const struct set_level *lv = set_level(L->s, v);
		if (lv == NULL) {
			msg_at(MSG_UNKNOWN_REF, src->file, src->line, 0,
			    "level", v, (const char *)el->name);
			L->bad = 1;
			ok = 0;
		} else
			*level = lv;
	} else if (!amend)
		*level = NULL; /* the lowest, filled in later */
	free(v);
	return ok;
}

static void
load_maps(struct set_req *r, const xmlNode *el, const char *file)
{
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n)) {
		if (!xml_is(n, "map"))
			continue;
		r->maps = xrealloc(r->maps, (r->nmaps + 1) * sizeof *r->maps);
		r->maps[r->nmaps].catalogue = xml_attr(n, "catalogue");
		r->maps[r->nmaps].clause = xml_attr(n, "clause");
		r->maps[r->nmaps].src = load_src(n, file);
		r->nmaps++;
	}
}

static void
free_maps(struct set_req *r)
{
	for (size_t i = 0; i < r->nmaps; i++) {
		free(r->maps[i].catalogue);
		free(r->maps[i].clause);
	}
	free(r->maps);
	r->maps = NULL;
	r->nmaps = 0;
}

static void
req_body(struct set_req *r, const xmlNode *el)
{
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n))
		load_req_text(
		    n, &r->title, &r->statement, &r->guidance, &r->evidence);
}

static void
group_add(struct set_group *g, struct set_group *sub, struct set_req *r)
{
	g->items =
	    xgrow(g->items, &g->capitems, g->nitems + 1, sizeof *g->items);
	g->items[g->nitems].group = sub;
	g->items[g->nitems].req = r;
	g->nitems++;
}

static struct set_req *
load_req(struct loader *L, const xmlNode *el, const char *file,
    const char *layer, struct set_group *g)
{
	struct set_req *r = xcalloc(1, sizeof *r);
	char *v;

	r->id = xml_attr(el, "id");
	r->src = load_src(el, file);
	r->layer = layer;
	r->group = g;
	resolve_attrs(L, el, &r->src, &r->segments, &r->nseg, &r->level, 0);
	v = xml_attr(el, "kind");
	r->kind =
	    v != NULL && strcmp(v, "award") == 0 ? SET_AWARD : SET_KNOCKOUT;
	free(v);
	v = xml_attr(el, "weight");
	r->weight = v ? atoi(v) : 1;
	free(v);
	v = xml_attr(el, "applies-to");
	r->applies = parse_applies(v);
	free(v);
	req_body(r, el);
	load_maps(r, el, file);
	L->s->reqs =
	    xgrow(L->s->reqs, &L->capreqs, L->s->nreqs + 1, sizeof *L->s->reqs);
	L->s->reqs[L->s->nreqs++] = r;
	register_id(
	    L, L->s->req_index, "requirement", r->id, r, &r->src, src_of_req);
	return r;
}

static struct set_group *
load_group(struct loader *L, const xmlNode *el, const char *file,
    const char *layer, struct set_group *parent)
{
	struct set_group *g = xcalloc(1, sizeof *g);

	g->id = xml_attr(el, "id");
	g->src = load_src(el, file);
	g->layer = layer;
	g->parent = parent;
	register_id(
	    L, L->s->group_index, "group", g->id, g, &g->src, src_of_group);
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "title"))
			load_text(&g->title, n);
		else if (xml_is(n, "description"))
			load_text(&g->desc, n);
		else if (xml_is(n, "requirement"))
			group_add(g, NULL, load_req(L, n, file, layer, g));
		else if (xml_is(n, "group"))
			group_add(g, load_group(L, n, file, layer, g), NULL);
	}
	return g;
}

static void
load_param(
    struct loader *L, const xmlNode *el, const char *file, const char *layer)
{
	struct set *s = L->s;
	struct set_param *p;
	char *v;

	s->params =
	    xgrow(s->params, &L->capparams, s->nparams + 1, sizeof *s->params);
	p = &s->params[s->nparams++];
	memset(p, 0, sizeof *p);
	p->id = xml_attr(el, "id");
	p->src = load_src(el, file);
	p->layer = layer;
	v = xml_attr(el, "type");
	p->type = strcmp(v, "integer") == 0 ? SET_P_INTEGER
	    : strcmp(v, "string") == 0      ? SET_P_STRING
	                                    : SET_P_CHOICE;
	free(v);
	if ((v = xml_attr(el, "min")) != NULL) {
		p->has_min = 1;
		p->min = strtol(v, NULL, 10);
		free(v);
	}
	if ((v = xml_attr(el, "max")) != NULL) {
		p->has_max = 1;
		p->max = strtol(v, NULL, 10);
		free(v);
	}
	p->unit = xml_attr(el, "unit");
	p->def = xml_attr(el, "default");
	p->def_layer = layer;
	p->pattern = xml_attr(el, "pattern");
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "label"))
			load_text(&p->label, n);
		else if (xml_is(n, "description"))
			load_text(&p->desc, n);
		else if (xml_is(n, "option")) {
			char *val = xml_attr(n, "value");
			size_t i;
			for (i = 0; i < p->nopts; i++)
				if (strcmp(p->opts[i].value, val) == 0)
					break;
			if (i == p->nopts) {
				p->opts = xrealloc(
				    p->opts, (p->nopts + 1) * sizeof *p->opts);
				p->opts[i].value = val;
				p->opts[i].label = NULL;
				p->nopts++;
			} else
				free(val);
			load_text(&p->opts[i].label, n);
		}
	}
	if (p->pattern != NULL) {
		const char *err;
		size_t off;
		if ((p->re = re_new(p->pattern, &err, &off)) == NULL) {
			msg_at(MSG_BAD_PATTERN, file, p->src.line, 0, off, err);
			L->bad = 1;
		}
	}
	if (p->has_min && p->has_max && p->min > p->max) {
		msg_level_at(MSG_ERROR, file, p->src.line, 0,
		    "parameter '%s': min %ld is above max %ld", p->id, p->min,
		    p->max);
		L->bad = 1;
	}
	if (p->type == SET_P_CHOICE && p->nopts == 0) {
		msg_level_at(MSG_ERROR, file, p->src.line, 0,
		    "choice parameter '%s' has no <option>", p->id);
		L->bad = 1;
	}
	register_id(L, s->param_index, "parameter", p->id,
	    (void *)(size_t)s->nparams, &p->src, src_of_param);
}

static void
check_default(struct loader *L, const struct set_param *p, const char *value,
    const char *file, long line)
{
	const char *why = set_param_check(p, value);

	if (why != NULL) {
		msg_at(MSG_BAD_DEFAULT, file, line, 0, p->id, why);
		L->bad = 1;
	}
}

static void
note_uses(struct loader *L, const xmlNode *n, const char *file)
{
	char *id = xml_attr(n, "catalogue");

	for (size_t i = 0; i < L->nuses; i++)
		if (strcmp(L->uses[i], id) == 0) {
			free(id);
			return;
		}
	L->uses = xgrow(L->uses, &L->capuses, L->nuses + 1, sizeof *L->uses);
	L->uses_version =
	    xrealloc(L->uses_version, L->capuses * sizeof(char *));
	L->uses_src = xrealloc(L->uses_src, L->capuses * sizeof *L->uses_src);
	L->uses[L->nuses] = id;
	L->uses_version[L->nuses] = xml_attr(n, "version");
	L->uses_src[L->nuses] = load_src(n, file);
	L->nuses++;
}

static void
apply_amend(
    struct loader *L, const xmlNode *el, const char *file, const char *layer)
{
	char *ref = xml_attr(el, "ref"), *v;
	struct set_req *r = hash_get(L->s->req_index, ref);
	struct src src = load_src(el, file);
	struct set_amend *a, **tail;
	struct set_req tmp;

	if (r == NULL || r->withdrawn) {
		msg_at(MSG_UNKNOWN_REF, file, src.line, 0, "requirement", ref,
		    "amend");
		L->bad = 1;
		free(ref);
		return;
	}
	free(ref);
	resolve_attrs(L, el, &src, &r->segments, &r->nseg, &r->level, 1);
	if ((v = xml_attr(el, "kind")) != NULL)
		r->kind = strcmp(v, "award") == 0 ? SET_AWARD : SET_KNOCKOUT;
	free(v);
	if ((v = xml_attr(el, "weight")) != NULL)
		r->weight = atoi(v);
	free(v);
	if ((v = xml_attr(el, "applies-to")) != NULL)
		r->applies = parse_applies(v);
	free(v);
	/* each kind of child element present replaces the old ones */
	memset(&tmp, 0, sizeof tmp);
	req_body(&tmp, el);
	load_maps(&tmp, el, file);
	if (tmp.title) {
		text_free(r->title);
		r->title = tmp.title;
	}
	if (tmp.statement) {
		text_free(r->statement);
		r->statement = tmp.statement;
	}
	if (tmp.guidance) {
		text_free(r->guidance);
		r->guidance = tmp.guidance;
	}
	if (tmp.evidence) {
		text_free(r->evidence);
		r->evidence = tmp.evidence;
	}
	if (tmp.nmaps) {
		free_maps(r);
		r->maps = tmp.maps;
		r->nmaps = tmp.nmaps;
	}
	a = xcalloc(1, sizeof *a);
	a->layer = layer;
	a->reason = xml_attr(el, "reason");
	a->src = src;
	for (tail = &r->amends; *tail != NULL; tail = &(*tail)->next)
		;
	*tail = a;
}

/* Apply one layer's document to the set. */
static void
load_layer(struct loader *L, xmlDocPtr doc, const char *file)
{
	struct set *s = L->s;
	const xmlNode *root = xmlDocGetRootElement(doc);
	struct set_layer *ly = &s->layers[s->nlayers++];
	const char *layer;

	memset(ly, 0, sizeof *ly);
	ly->id = xml_attr(root, "id");
	ly->version = xml_attr(root, "version");
	ly->file = xstrdup(file);
	ly->lang = xml_lang(root);
	if (ly->lang == NULL)
		ly->lang = xstrdup("nl");
	ly->extends = xml_attr(root, "extends");
	ly->extends_version = xml_attr(root, "extends-version");
	layer = ly->id;
	file = intern(s, file);

	for (const xmlNode *n = xml_first(root); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "title"))
			load_text(&ly->title, n);
		else if (xml_is(n, "description"))
			load_text(&ly->desc, n);
		else if (xml_is(n, "publisher")) {
			xmlChar *c = xmlNodeGetContent(n);
			ly->publisher = xstrdup((char *)c);
			xmlFree(c);
		} else if (xml_is(n, "license")) {
			xmlChar *c = xmlNodeGetContent(n);
			ly->license = xstrdup((char *)c);
			xmlFree(c);
		} else if (xml_is(n, "uses"))
			note_uses(L, n, file);
		else if (xml_is(n, "levels")) {
			for (const xmlNode *m = xml_first(n); m;
			     m = xml_next(m)) {
				struct set_level *lv;
				s->levels = xgrow(s->levels, &L->caplevels,
				    s->nlevels + 1, sizeof *s->levels);
				lv = &s->levels[s->nlevels];
				memset(lv, 0, sizeof *lv);
				lv->id = xml_attr(m, "id");
				lv->rank = (int)s->nlevels++;
				lv->layer = layer;
				lv->src = load_src(m, file);
				for (const xmlNode *t = xml_first(m); t;
				     t = xml_next(t))
					if (xml_is(t, "title"))
						load_text(&lv->title, t);
					else if (xml_is(t, "description"))
						load_text(&lv->desc, t);
				register_id(L, s->level_index, "level", lv->id,
				    (void *)(size_t)s->nlevels, &lv->src,
				    src_of_level);
			}
		} else if (xml_is(n, "segments")) {
			for (const xmlNode *m = xml_first(n); m;
			     m = xml_next(m)) {
				struct set_segment *sg;
				s->segments =
				    xgrow(s->segments, &L->capsegments,
				        s->nsegments + 1, sizeof *s->segments);
				sg = &s->segments[s->nsegments++];
				memset(sg, 0, sizeof *sg);
				sg->id = xml_attr(m, "id");
				sg->additive = load_bool(m, "additive");
				sg->layer = layer;
				sg->src = load_src(m, file);
				for (const xmlNode *t = xml_first(m); t;
				     t = xml_next(t))
					if (xml_is(t, "title"))
						load_text(&sg->title, t);
					else if (xml_is(t, "description"))
						load_text(&sg->desc, t);
				register_id(L, s->segment_index, "segment",
				    sg->id, (void *)(size_t)s->nsegments,
				    &sg->src, src_of_segment);
			}
		} else if (xml_is(n, "parameters")) {
			for (const xmlNode *m = xml_first(n); m;
			     m = xml_next(m))
				load_param(L, m, file, layer);
		} else if (xml_is(n, "set-default")) {
			char *ref = xml_attr(n, "ref");
			size_t i = (size_t)hash_get(s->param_index, ref);
			if (i == 0) {
				msg_at(MSG_UNKNOWN_REF, file, xml_line(n), 0,
				    "parameter", ref, "set-default");
				L->bad = 1;
			} else {
				struct set_param *p = &s->params[i - 1];
				xmlChar *c = xmlNodeGetContent(n);
				char *val = xstrdup((char *)c);
				xmlFree(c);
				str_collapse(val);
				free(p->def);
				p->def = val;
				p->def_layer = layer;
				check_default(L, p, val, file, xml_line(n));
			}
			free(ref);
		} else if (xml_is(n, "withdraw")) {
			char *ref = xml_attr(n, "ref");
			struct set_req *r = hash_get(s->req_index, ref);
			if (r == NULL || r->withdrawn) {
				msg_at(MSG_UNKNOWN_REF, file, xml_line(n), 0,
				    "requirement", ref, "withdraw");
				L->bad = 1;
			} else {
				r->withdrawn = 1;
				r->withdraw_reason = xml_attr(n, "reason");
				r->withdrawn_by = layer;
			}
			free(ref);
		} else if (xml_is(n, "amend"))
			apply_amend(L, n, file, layer);
		else if (xml_is(n, "group")) {
			s->groups = xgrow(s->groups, &L->capgroups,
			    s->ngroups + 1, sizeof *s->groups);
			s->groups[s->ngroups++] =
			    load_group(L, n, file, layer, NULL);
		}
	}
}

static void
param_ref(const char *id, long line, void *ud)
{
	void **ctx = ud;
	struct loader *L = ctx[0];
	const struct set_req *r = ctx[1];
	size_t i = (size_t)hash_get(L->s->param_index, id);

	if (i == 0) {
		msg_at(MSG_UNKNOWN_REF, r->src.file, line, 0, "parameter", id,
		    "param");
		L->bad = 1;
	} else
		L->s->params[i - 1].used = 1;
}

/* Checks that need every layer and the catalogues. */
static void
check_set(struct loader *L)
{
	struct set *s = L->s;

	for (size_t i = 0; i < L->nuses; i++) {
		int sys = 0;
		struct cat *c =
		    cat_load(L->uses[i], L->uses_version[i], 0, &sys);
		if (c == NULL) {
			msg_at(MSG_UNKNOWN_CATALOGUE, L->uses_src[i].file,
			    L->uses_src[i].line, 0, L->uses[i]);
			L->bad = 1;
			L->sys |= sys;
			continue;
		}
		s->cats = xrealloc(s->cats, (s->ncats + 1) * sizeof *s->cats);
		s->cats[s->ncats++] = c;
	}
	for (size_t i = 0; i < s->nparams; i++) {
		struct set_param *p = &s->params[i];
		if (p->def != NULL && p->def_layer == p->layer)
			check_default(L, p, p->def, p->src.file, p->src.line);
	}
	if (s->nlevels == 0) {
		msg_level_at(MSG_ERROR, s->layers[0].file, 1, 0,
		    "set '%s' defines no levels", s->layers[0].id);
		L->bad = 1;
	}
	for (size_t i = 0; i < s->nreqs; i++) {
		struct set_req *r = s->reqs[i];
		void *ctx[2] = {L, r};
		const struct text *t;

		if (r->level == NULL && s->nlevels > 0)
			r->level = &s->levels[0];
		for (size_t m = 0; m < r->nmaps; m++) {
			const struct set_map *mp = &r->maps[m];
			const struct cat *c = set_cat(s, mp->catalogue);
			if (c == NULL) {
				int known = 0;
				for (size_t u = 0; u < L->nuses; u++)
					known |= strcmp(L->uses[u],
					             mp->catalogue) == 0;
				if (!known) {
					msg_at(MSG_UNKNOWN_REF, mp->src.file,
					    mp->src.line, 0, "catalogue",
					    mp->catalogue, "map");
					L->bad = 1;
				}
			} else if (cat_find(c, mp->clause) == NULL) {
				msg_at(MSG_UNKNOWN_CLAUSE, mp->src.file,
				    mp->src.line, 0, mp->clause, mp->catalogue);
				L->bad = 1;
			}
		}
		for (t = r->title; t; t = t->next)
			text_each_param(t->body, param_ref, t->line, ctx);
		for (t = r->statement; t; t = t->next)
			text_each_param(t->body, param_ref, t->line, ctx);
		for (t = r->guidance; t; t = t->next)
			text_each_param(t->body, param_ref, t->line, ctx);
		for (t = r->evidence; t; t = t->next)
			text_each_param(t->body, param_ref, t->line, ctx);
	}
}

/* Find the base a layer extends; warn or fail on version differences. */
static const struct path_doc *
find_base(const char *file, long line, const char *id, const char *base,
    const char *want)
{
	const struct path_doc *all, *d = NULL;
	size_t n, i;

	all = path_docs(&n);
	for (i = 0; i < n; i++)
		if (all[i].kind == XML_KIND_SET &&
		    strcmp(all[i].id, base) == 0 && all[i].version &&
		    strcmp(all[i].version, want) == 0)
			return path_find(XML_KIND_SET, base, want, "set");
	/* same year and release, other patch: a warning */
	for (i = 0; i < n; i++) {
		const char *v = all[i].version;
		size_t la, lb;
		if (all[i].kind != XML_KIND_SET ||
		    strcmp(all[i].id, base) != 0 || !v)
			continue;
		la = strchr(v, '.') && strchr(strchr(v, '.') + 1, '.')
		    ? (size_t)(strchr(strchr(v, '.') + 1, '.') - v)
		    : strlen(v);
		lb = strchr(want, '.') && strchr(strchr(want, '.') + 1, '.')
		    ? (size_t)(strchr(strchr(want, '.') + 1, '.') - want)
		    : strlen(want);
		if (la == lb && strncmp(v, want, la) == 0) {
			if (d == NULL || path_vercmp(v, d->version) > 0)
				d = &all[i];
		}
	}
	if (d != NULL) {
		msg_at(MSG_EXTENDS_PATCH, file, line, 0, id, base, want,
		    d->version);
		return d;
	}
	for (i = 0; i < n; i++)
		if (all[i].kind == XML_KIND_SET &&
		    strcmp(all[i].id, base) == 0) {
			msg_at(MSG_EXTENDS_VERSION, file, line, 0, id, base,
			    want, all[i].version ? all[i].version : "-");
			return NULL;
		}
	msg_at(MSG_EXTENDS_MISSING, file, line, 0, id, base);
	return NULL;
}

static struct set *
load_chain(const char *file, int *status)
{
	xmlDocPtr docs[MAX_LAYERS];
	char *files[MAX_LAYERS];
	size_t n = 0;
	struct loader L;
	struct set *s;
	const char *next = file;

	*status = MSG_EXIT_OK;
	/* read from the top layer down to the base */
	while (next != NULL) {
		xmlNodePtr root;
		char *ext, *extv, *id;

		if (n == MAX_LAYERS) {
			msg_level_at(MSG_ERROR, next, 0, 0,
			    "more than %d layers of extends", MAX_LAYERS);
			*status = MSG_EXIT_INVALID;
			break;
		}
		docs[n] = load_doc(next, XML_KIND_SET, status);
		if (docs[n] == NULL)
			break;
		files[n] = xstrdup(next);
		root = xmlDocGetRootElement(docs[n]);
		n++;
		id = xml_attr(root, "id");
		ext = xml_attr(root, "extends");
		extv = xml_attr(root, "extends-version");
		next = NULL;
		if (ext != NULL) {
			struct buf chain = BUF_INIT;
			int cycle = 0;
			for (size_t i = 0; i < n; i++) {
				char *lid = xml_attr(
				    xmlDocGetRootElement(docs[i]), "id");
				buf_printf(&chain, "%s -> ", lid);
				cycle |= strcmp(lid, ext) == 0;
				free(lid);
			}
			buf_puts(&chain, ext);
			if (cycle) {
				msg_at(MSG_EXTENDS_CYCLE, files[n - 1],
				    xml_line(root), 0, chain.s);
				*status = MSG_EXIT_INVALID;
			} else {
				const struct path_doc *d =
				    find_base(files[n - 1], xml_line(root), id,
				        ext, extv ? extv : "");
				if (d == NULL)
					*status = MSG_EXIT_INVALID;
				else
					next = d->file;
			}
			buf_release(&chain);
		}
		free(id);
		free(ext);
		free(extv);
	}
	if (*status != MSG_EXIT_OK) {
		for (size_t i = 0; i < n; i++) {
			xmlFreeDoc(docs[i]);
			free(files[i]);
		}
		return NULL;
	}

	s = xcalloc(1, sizeof *s);
	s->layers = xcalloc(n, sizeof *s->layers);
	s->req_index = hash_new();
	s->group_index = hash_new();
	s->param_index = hash_new();
	s->segment_index = hash_new();
	s->level_index = hash_new();
	memset(&L, 0, sizeof L);
	L.s = s;
	cur_set = s;
	for (size_t i = n; i-- > 0;) {
		load_layer(&L, docs[i], files[i]);
		xmlFreeDoc(docs[i]);
		free(files[i]);
	}
	s->id = s->layers[s->nlayers - 1].id;
	s->version = s->layers[s->nlayers - 1].version;
	s->lang = s->layers[s->nlayers - 1].lang;
	check_set(&L);
	cur_set = NULL;
	for (size_t i = 0; i < L.nuses; i++) {
		free(L.uses[i]);
		free(L.uses_version[i]);
	}
	free(L.uses);
	free(L.uses_version);
	free(L.uses_src);
	if (L.bad) {
		*status = L.sys ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
		set_free(s);
		return NULL;
	}
	return s;
}

struct set *
set_load_file(const char *file, int *status)
{
	return load_chain(file, status);
}

struct set *
set_load(const char *id, const char *version, int *status)
{
	const struct path_doc *d = path_find(XML_KIND_SET, id, version, "set");

	if (d == NULL) {
		*status = MSG_EXIT_INVALID;
		return NULL;
	}
	return load_chain(d->file, status);
}

static void
free_group(struct set_group *g)
{
	for (size_t i = 0; i < g->nitems; i++)
		if (g->items[i].group)
			free_group(g->items[i].group);
	free(g->items);
	free(g->id);
	text_free(g->title);
	text_free(g->desc);
	free(g);
}

void
set_free(struct set *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->nlayers; i++) {
		struct set_layer *l = &s->layers[i];
		free(l->id);
		free(l->version);
		free(l->file);
		free(l->lang);
		free(l->extends);
		free(l->extends_version);
		free(l->publisher);
		free(l->license);
		text_free(l->title);
		text_free(l->desc);
	}
	free(s->layers);
	for (size_t i = 0; i < s->nlevels; i++) {
		free(s->levels[i].id);
		text_free(s->levels[i].title);
		text_free(s->levels[i].desc);
	}
	free(s->levels);
	for (size_t i = 0; i < s->nsegments; i++) {
		free(s->segments[i].id);
		text_free(s->segments[i].title);
		text_free(s->segments[i].desc);
	}
	free(s->segments);
	for (size_t i = 0; i < s->nparams; i++) {
		struct set_param *p = &s->params[i];
		free(p->id);
		free(p->pattern);
		re_free(p->re);
		free(p->unit);
		free(p->def);
		for (size_t j = 0; j < p->nopts; j++) {
			free(p->opts[j].value);
			text_free(p->opts[j].label);
		}
		free(p->opts);
		text_free(p->label);
		text_free(p->desc);
	}
	free(s->params);
	for (size_t i = 0; i < s->ngroups; i++)
		free_group(s->groups[i]);
	free(s->groups);
	for (size_t i = 0; i < s->nreqs; i++) {
		struct set_req *r = s->reqs[i];
		struct set_amend *a = r->amends;
		free(r->id);
		free_ids(r->segments, r->nseg);
		text_free(r->title);
		text_free(r->statement);
		text_free(r->guidance);
		text_free(r->evidence);
		free_maps(r);
		while (a != NULL) {
			struct set_amend *next = a->next;
			free(a->reason);
			free(a);
			a = next;
		}
		free(r->withdraw_reason);
		free(r);
	}
	free(s->reqs);
	for (size_t i = 0; i < s->ncats; i++)
		cat_free(s->cats[i]);
	free(s->cats);
	hash_free(s->req_index);
	hash_free(s->group_index);
	hash_free(s->param_index);
	hash_free(s->segment_index);
	hash_free(s->level_index);
	for (size_t i = 0; i < s->nfiles; i++)
		free(s->files[i]);
	free(s->files);
	free(s);
}
