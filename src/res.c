/*
 * Resolution: which requirements a tender selects, their numbers, texts
 * with parameter values, references, provenance, coverage and the
 * checklist digest, all in one XML tree.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/sha2.h>

#include "cat.h"
#include "hash.h"
#include "load.h"
#include "msg.h"
#include "res.h"
#include "sel.h"
#include "set.h"
#include "util.h"

#ifndef ICOC_VERSION
#define ICOC_VERSION "0.1.0"
#endif

/* A parameter's value for this tender. */
struct pval {
	const struct set_param *p;
	const char *value; /* NULL: no default and not set */
	int buyer;
	char *display;     /* in the output language */
	char *display_set; /* in the set's language, for the digest */
	int reported;      /* "no value" said once */
};

/* A selected requirement, from the set or the buyer's own. */
struct pick {
	const struct set_req *r;   /* or NULL */
	const struct sel_req *own; /* or NULL */
	const char *id;
	char *number;
	int award, weight;
};

/* Back-references of a clause: the picks mapped to it, in pick order. */
struct clause_by {
	size_t *v; /* indices into picks */
	size_t n, cap;
	size_t last; /* last pick added + 1 */
};

struct res {
	const struct set *set;
	const struct sel *sel;
	const char *lang;
	xmlDocPtr doc;
	xmlNsPtr ns;
	struct pval *pv;
	size_t npv;
	struct pick *picks;
	size_t npicks, cappicks;
	struct hash *excluded; /* id -> reason */
	struct hash *included;
	struct hash *kinds, *weights; /* id -> op value */
	int rank;                     /* chosen level */
	int bad;
	struct sha256_ctx sha;
	int counts[2];
	long weight_total;
};

static char *
plain_in(const struct text *t, const char *lang, const char *fb)
{
	const struct text *p = text_pick(t, lang, fb, NULL);

	return p ? text_plain(p->body, NULL, NULL) : xstrdup("");
}

static struct pval *
pval(const struct res *R, const char *id)
{
	for (size_t i = 0; i < R->npv; i++)
		if (strcmp(R->pv[i].p->id, id) == 0)
			return &R->pv[i];
	return NULL;
}

static void
init_params(struct res *R)
{
	const struct set *s = R->set;

	R->pv = xcalloc(s->nparams, sizeof *R->pv);
	R->npv = s->nparams;
	for (size_t i = 0; i < s->nparams; i++) {
		struct pval *v = &R->pv[i];
		v->p = &s->params[i];
		v->value = v->p->def;
		for (size_t k = 0; k < R->sel->nops; k++) {
			const struct sel_op *op = &R->sel->ops[k];
			if (op->kind == SEL_SET_PARAM &&
			    strcmp(op->ref, v->p->id) == 0) {
				v->value = op->value;
				v->buyer = 1;
			}
		}
		if (v->value == NULL)
			continue;
		if (v->p->type == SET_P_CHOICE) {
			for (size_t o = 0; o < v->p->nopts; o++)
				if (strcmp(v->p->opts[o].value, v->value) ==
				    0) {
					v->display =
					    plain_in(v->p->opts[o].label,
					        R->lang, s->lang);
					v->display_set =
					    plain_in(v->p->opts[o].label,
					        s->lang, s->lang);
				}
		}
		if (v->display == NULL) {
			v->display = xstrdup(v->value);
			v->display_set = xstrdup(v->value);
		}
	}
}

/* Would r apply to this tender if nobody had removed it? */
static int
is_relevant(const struct res *R, const struct set_req *r)
{
	int in = 0;

	if (hash_get(R->included, r->id) != NULL)
		return 1;
	if (r->level->rank > R->rank)
		return 0;
	for (size_t i = 0; i < R->sel->nsegments && !in; i++)
		in = set_req_in_segment(r, R->sel->segments[i]);
	return in;
}

static int
is_selected(const struct res *R, const struct set_req *r)
{
	return !r->withdrawn && hash_get(R->excluded, r->id) == NULL &&
	    is_relevant(R, r);
}

static void
add_title(struct res *R, xmlNodePtr parent, const struct text *t,
    const char *doclang, int *fallback)
{
	int fb = 0;
	const struct text *p = text_pick(t, R->lang, doclang, &fb);
	xmlNodePtr el;

	if (p == NULL) {
		xmlNewChild(parent, R->ns, BAD_CAST "title", NULL);
		return;
	}
	el = load_emit_text(parent, R->ns, "title", p->body, NULL, NULL);
	if (strcmp(p->lang, R->lang) != 0) {
		xmlNodeSetLang(el, BAD_CAST p->lang);
		if (fallback)
			*fallback = 1;
	}
	(void)fb;
}

static xmlNodePtr
emit_value(xmlNodePtr parent, const char *id, void *ud)
{
	struct res *R = ud;
	struct pval *v = pval(R, id);
	xmlNodePtr el;

	if (v == NULL || v->value == NULL) {
		if (v != NULL && !v->reported)
			msg_level_at(MSG_ERROR, R->sel->file,
			    R->sel->root_src.line, 0,
			    "parameter '%s' has no default: set it with "
			    "<set-param ref='%s'>",
			    id, id);
		if (v != NULL)
			v->reported = 1;
		R->bad = 1;
		return NULL;
	}
	el = xmlNewChild(parent, R->ns, BAD_CAST "value", BAD_CAST NULL);
	xmlNodeAddContent(el, BAD_CAST v->display);
	xmlNewProp(el, BAD_CAST "param", BAD_CAST id);
	xmlNewProp(
	    el, BAD_CAST "source", BAD_CAST(v->buyer ? "buyer" : "default"));
	if (v->p->unit)
		xmlNewProp(el, BAD_CAST "unit", BAD_CAST v->p->unit);
	return el;
}

static void
add_text(struct res *R, xmlNodePtr parent, const char *name,
    const struct text *t, const char *doclang, int *fallback)
{
	const struct text *p = text_pick(t, R->lang, doclang, NULL);
	xmlNodePtr el;

	if (p == NULL)
		return;
	el = load_emit_text(parent, R->ns, name, p->body, emit_value, R);
	if (strcmp(p->lang, R->lang) != 0) {
		xmlNodeSetLang(el, BAD_CAST p->lang);
		*fallback = 1;
	}
}

static const char *
value_in_set_lang(const char *id, void *ud)
{
	struct pval *v = pval(ud, id);

	return v && v->value ? v->display_set : NULL;
}

/* Checklist digest line: id TAB kind TAB weight TAB statement LF. */
static void
digest_line(struct res *R, const char *id, int award, int weight,
    const struct text *statement, const char *lang)
{
	const struct text *p = text_pick(statement, lang, lang, NULL);
	char *s = p ? text_plain(p->body, value_in_set_lang, R) : xstrdup("");
	char *line = xasprintf(
	    "%s\t%s\t%d\t%s\n", id, award ? "award" : "knockout", weight, s);

	sha256_update(&R->sha, strlen(line), (const uint8_t *)line);
	free(line);
	free(s);
}

static void
add_refs(struct res *R, xmlNodePtr req, const char **cats, const char **clauses,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct cat *c = set_cat(R->set, cats[i]);
		const struct cat_clause *cl =
		    c ? cat_find(c, clauses[i]) : NULL;
		xmlNodePtr ref;

		if (cl == NULL)
			continue; /* reported when the set was loaded */
		ref = xmlNewChild(req, R->ns, BAD_CAST "ref", NULL);
		xmlNewProp(ref, BAD_CAST "catalogue", BAD_CAST c->id);
		xmlNewProp(ref, BAD_CAST "clause", BAD_CAST cl->id);
		xmlNewProp(ref, BAD_CAST "cite",
		    BAD_CAST(cl->cite ? cl->cite : cl->id));
		if (cl->applies_from) {
			xmlNewProp(ref, BAD_CAST "applies-from",
			    BAD_CAST cl->applies_from);
			if (R->sel->date &&
			    strcmp(cl->applies_from, R->sel->date) > 0)
				xmlNewProp(ref, BAD_CAST "after-tender",
				    BAD_CAST "true");
		}
		add_title(R, ref, cl->title, c->lang, NULL);
	}
}

static size_t
add_pick(struct res *R, const struct set_req *r, const struct sel_req *own,
    const char *number)
{
	struct pick *p;

	R->picks =
	    xgrow(R->picks, &R->cappicks, R->npicks + 1, sizeof *R->picks);
	p = &R->picks[R->npicks];
	memset(p, 0, sizeof *p);
	p->r = r;
	p->own = own;
	p->id = r ? r->id : own->id;
	p->number = xstrdup(number);
	return R->npicks++;
}

static void
emit_req(
    struct res *R, xmlNodePtr g, const struct set_req *r, const char *number)
{
	xmlNodePtr el = xmlNewChild(g, R->ns, BAD_CAST "requirement", NULL);
	const char *kind = hash_get(R->kinds, r->id);
	const char *weight = hash_get(R->weights, r->id);
	int award = kind ? strcmp(kind, "award") == 0 : r->kind == SET_AWARD;
	int w = weight ? atoi(weight) : r->weight;
	int fallback = 0;
	char buf[32];
	const char **cats, **clauses;
	struct set_amend *a;

	add_pick(R, r, NULL, number);
	R->picks[R->npicks - 1].award = award;
	R->picks[R->npicks - 1].weight = w;
	xmlNewProp(el, BAD_CAST "id", BAD_CAST r->id);
	xmlNewProp(el, BAD_CAST "number", BAD_CAST number);
	xmlNewProp(el, BAD_CAST "kind", BAD_CAST(award ? "award" : "knockout"));
	snprintf(buf, sizeof buf, "%d", w);
	xmlNewProp(el, BAD_CAST "weight", BAD_CAST buf);
	xmlNewProp(el, BAD_CAST "level", BAD_CAST r->level->id);
	xmlNewProp(el, BAD_CAST "applies-to",
	    BAD_CAST set_applies_name(
	        r->applies == SET_APPLIES_NONE ? SET_SUPPLIER : r->applies));
	xmlNewProp(el, BAD_CAST "layer", BAD_CAST r->layer);
	for (a = r->amends; a && a->next; a = a->next)
		;
	if (a != NULL)
		xmlNewProp(el, BAD_CAST "amended-by", BAD_CAST a->layer);
	else if (kind || weight)
		xmlNewProp(el, BAD_CAST "amended-by", BAD_CAST "buyer");
	add_title(R, el, r->title, R->set->lang, &fallback);
	add_text(R, el, "statement", r->statement, R->set->lang, &fallback);
	add_text(R, el, "guidance", r->guidance, R->set->lang, &fallback);
	add_text(R, el, "evidence", r->evidence, R->set->lang, &fallback);
	for (a = r->amends; a != NULL; a = a->next) {
		xmlNodePtr am =
		    xmlNewChild(el, R->ns, BAD_CAST "amendment", NULL);
		xmlNewProp(am, BAD_CAST "layer", BAD_CAST a->layer);
		if (a->reason)
			xmlNewProp(am, BAD_CAST "reason", BAD_CAST a->reason);
	}
	if (kind || weight) {
		xmlNodePtr am =
		    xmlNewChild(el, R->ns, BAD_CAST "amendment", NULL);
		xmlNewProp(am, BAD_CAST "layer", BAD_CAST "buyer");
	}
	cats = xcalloc(r->nmaps + 1, sizeof *cats);
	clauses = xcalloc(r->nmaps + 1, sizeof *clauses);
	for (size_t i = 0; i < r->nmaps; i++) {
		cats[i] = r->maps[i].catalogue;
		clauses[i] = r->maps[i].clause;
	}
	add_refs(R, el, cats, clauses, r->nmaps);
	free(cats);
	free(clauses);
	xmlNewProp(
	    el, BAD_CAST "fallback", BAD_CAST(fallback ? "true" : "false"));
	R->counts[award]++;
	if (award)
		R->weight_total += w;
	digest_line(R, r->id, award, w, r->statement, R->set->lang);
}

static int
group_has_picks(const struct res *R, const struct set_group *g)
{
	for (size_t i = 0; i < g->nitems; i++) {
		if (g->items[i].req && is_selected(R, g->items[i].req))
			return 1;
		if (g->items[i].group && group_has_picks(R, g->items[i].group))
			return 1;
	}
	return 0;
}

static void
emit_group(struct res *R, xmlNodePtr parent, const struct set_group *g,
    const char *number)
{
	xmlNodePtr el = xmlNewChild(parent, R->ns, BAD_CAST "group", NULL);
	int k = 0;

	xmlNewProp(el, BAD_CAST "id", BAD_CAST g->id);
	xmlNewProp(el, BAD_CAST "number", BAD_CAST number);
	xmlNewProp(el, BAD_CAST "layer", BAD_CAST g->layer);
	add_title(R, el, g->title, R->set->lang, NULL);
	for (size_t i = 0; i < g->nitems; i++) {
		char *num;

		if (g->items[i].req != NULL) {
			if (!is_selected(R, g->items[i].req))
				continue;
			num = xasprintf("%s.%d", number, ++k);
			emit_req(R, el, g->items[i].req, num);
		} else {
			if (!group_has_picks(R, g->items[i].group))
				continue;
			num = xasprintf("%s.%d", number, ++k);
			emit_group(R, el, g->items[i].group, num);
		}
		free(num);
	}
}

static void
emit_own(struct res *R, xmlNodePtr parent, const struct sel_group *g, int n)
{
	xmlNodePtr el = xmlNewChild(parent, R->ns, BAD_CAST "group", NULL);
	char num[32];
	const char *lang = R->sel->lang ? R->sel->lang : R->set->lang;

	snprintf(num, sizeof num, "%d", n);
	xmlNewProp(el, BAD_CAST "id", BAD_CAST g->id);
	xmlNewProp(el, BAD_CAST "number", BAD_CAST num);
	xmlNewProp(el, BAD_CAST "layer", BAD_CAST "buyer");
	add_title(R, el, g->title, lang, NULL);
	for (size_t i = 0; i < g->nreqs; i++) {
		const struct sel_req *r = &g->reqs[i];
		xmlNodePtr q =
		    xmlNewChild(el, R->ns, BAD_CAST "requirement", NULL);
		char *rn = xasprintf("%d.%zu", n, i + 1), w[32];
		int fallback = 0;

		add_pick(R, NULL, r, rn);
		R->picks[R->npicks - 1].award = r->award;
		R->picks[R->npicks - 1].weight = r->weight;
		xmlNewProp(q, BAD_CAST "id", BAD_CAST r->id);
		xmlNewProp(q, BAD_CAST "number", BAD_CAST rn);
		xmlNewProp(q, BAD_CAST "kind",
		    BAD_CAST(r->award ? "award" : "knockout"));
		snprintf(w, sizeof w, "%d", r->weight);
		xmlNewProp(q, BAD_CAST "weight", BAD_CAST w);
		xmlNewProp(q, BAD_CAST "level", BAD_CAST R->sel->level);
		xmlNewProp(q, BAD_CAST "applies-to",
		    BAD_CAST(r->applies ? r->applies : "supplier"));
		xmlNewProp(q, BAD_CAST "layer", BAD_CAST "buyer");
		add_title(R, q, r->title, lang, &fallback);
		add_text(R, q, "statement", r->statement, lang, &fallback);
		add_text(R, q, "guidance", r->guidance, lang, &fallback);
		add_text(R, q, "evidence", r->evidence, lang, &fallback);
		add_refs(R, q, (const char **)r->map_cat,
		    (const char **)r->map_clause, r->nmaps);
		xmlNewProp(q, BAD_CAST "fallback",
		    BAD_CAST(fallback ? "true" : "false"));
		R->counts[r->award]++;
		if (r->award)
			R->weight_total += r->weight;
		digest_line(R, r->id, r->award, r->weight, r->statement, lang);
		free(rn);
	}
}

static void
emit_tender(struct res *R, xmlNodePtr root)
{
	xmlNodePtr t = xmlNewChild(root, R->ns, BAD_CAST "tender", NULL);
	const char *lang = R->sel->lang ? R->sel->lang : R->set->lang;

	add_title(R, t, R->sel->title, lang, NULL);
	xmlNewTextChild(
	    t, R->ns, BAD_CAST "reference", BAD_CAST R->sel->reference);
	xmlNewTextChild(t, R->ns, BAD_CAST "buyer", BAD_CAST R->sel->buyer);
	xmlNewTextChild(t, R->ns, BAD_CAST "date", BAD_CAST R->sel->date);
}

static void
emit_layers_chosen_params(struct res *R, xmlNodePtr root)
{
	const struct set *s = R->set;
	xmlNodePtr ls = xmlNewChild(root, R->ns, BAD_CAST "layers", NULL);
	xmlNodePtr ch, ps, lv;
	const struct set_level *level = set_level(s, R->sel->level);
	char buf[32];

	for (size_t i = 0; i < s->nlayers; i++) {
		xmlNodePtr l = xmlNewChild(ls, R->ns, BAD_CAST "layer", NULL);
		xmlNewProp(l, BAD_CAST "set", BAD_CAST s->layers[i].id);
		xmlNewProp(
		    l, BAD_CAST "version", BAD_CAST s->layers[i].version);
		add_title(R, l, s->layers[i].title, s->layers[i].lang, NULL);
		if (s->layers[i].publisher)
			xmlNewTextChild(l, R->ns, BAD_CAST "publisher",
			    BAD_CAST s->layers[i].publisher);
	}
	ch = xmlNewChild(root, R->ns, BAD_CAST "chosen", NULL);
	for (size_t i = 0; i < R->sel->nsegments; i++) {
		const struct set_segment *sg =
		    set_segment(s, R->sel->segments[i]);
		xmlNodePtr e = xmlNewChild(ch, R->ns, BAD_CAST "segment", NULL);
		xmlNewProp(e, BAD_CAST "id", BAD_CAST sg->id);
		xmlNewProp(e, BAD_CAST "additive",
		    BAD_CAST(sg->additive ? "true" : "false"));
		add_title(R, e, sg->title, s->lang, NULL);
	}
	lv = xmlNewChild(ch, R->ns, BAD_CAST "level", NULL);
	xmlNewProp(lv, BAD_CAST "id", BAD_CAST level->id);
	snprintf(buf, sizeof buf, "%d", level->rank + 1);
	xmlNewProp(lv, BAD_CAST "rank", BAD_CAST buf);
	snprintf(buf, sizeof buf, "%zu", s->nlevels);
	xmlNewProp(lv, BAD_CAST "of", BAD_CAST buf);
	add_title(R, lv, level->title, s->lang, NULL);

	ps = xmlNewChild(root, R->ns, BAD_CAST "parameters", NULL);
	for (size_t i = 0; i < R->npv; i++) {
		const struct pval *v = &R->pv[i];
		static const char *const types[] = {
		    "integer", "string", "choice"};
		xmlNodePtr p, d;
		const struct text *lab;

		if (v->value == NULL)
			continue;
		p = xmlNewChild(ps, R->ns, BAD_CAST "parameter", NULL);
		xmlNewProp(p, BAD_CAST "id", BAD_CAST v->p->id);
		xmlNewProp(p, BAD_CAST "type", BAD_CAST types[v->p->type]);
		xmlNewProp(p, BAD_CAST "value", BAD_CAST v->value);
		if (v->p->unit)
			xmlNewProp(p, BAD_CAST "unit", BAD_CAST v->p->unit);
		xmlNewProp(p, BAD_CAST "source",
		    BAD_CAST(v->buyer ? "buyer" : "default"));
		if (!v->buyer)
			xmlNewProp(
			    p, BAD_CAST "layer", BAD_CAST v->p->def_layer);
		lab = text_pick(v->p->label, R->lang, s->lang, NULL);
		d = load_emit_text(
		    p, R->ns, "label", lab ? lab->body : NULL, NULL, NULL);
		if (lab && strcmp(lab->lang, R->lang) != 0)
			xmlNodeSetLang(d, BAD_CAST lab->lang);
		xmlNewTextChild(
		    p, R->ns, BAD_CAST "display", BAD_CAST v->display);
	}
}

static void
emit_excluded(struct res *R, xmlNodePtr root)
{
	xmlNodePtr ex = xmlNewChild(root, R->ns, BAD_CAST "excluded", NULL);

	for (size_t i = 0; i < R->set->nreqs; i++) {
		const struct set_req *r = R->set->reqs[i];
		const char *reason = hash_get(R->excluded, r->id);
		const char *by = "buyer";
		xmlNodePtr e;

		if (r->withdrawn) {
			if (!is_relevant(R, r))
				continue;
			reason = r->withdraw_reason;
			by = r->withdrawn_by;
		} else if (reason == NULL)
			continue;
		e = xmlNewChild(ex, R->ns, BAD_CAST "requirement", NULL);
		xmlNewProp(e, BAD_CAST "id", BAD_CAST r->id);
		xmlNewProp(e, BAD_CAST "by", BAD_CAST by);
		xmlNewProp(e, BAD_CAST "reason", BAD_CAST reason);
		add_title(R, e, r->title, R->set->lang, NULL);
	}
}

static void
by_add(struct clause_by *b, size_t pick)
{
	if (b->last == pick + 1)
		return; /* this requirement is listed already */
	b->v = xgrow(b->v, &b->cap, b->n + 1, sizeof *b->v);
	b->v[b->n++] = pick;
	b->last = pick + 1;
}

static void
emit_catalogues(struct res *R, xmlNodePtr root)
{
	xmlNodePtr cs = xmlNewChild(root, R->ns, BAD_CAST "catalogues", NULL);

	for (size_t c = 0; c < R->set->ncats; c++) {
		const struct cat *cat = R->set->cats[c];
		struct clause_by *by = xcalloc(cat->nclauses, sizeof *by);
		struct hash *pos = hash_new();
		xmlNodePtr ce =
		    xmlNewChild(cs, R->ns, BAD_CAST "catalogue", NULL);

		for (size_t i = 0; i < cat->nclauses; i++)
			hash_put(pos, cat->clauses[i]->id, (void *)(i + 1));
		for (size_t p = 0; p < R->npicks; p++) {
			const struct pick *pk = &R->picks[p];
			size_t nm = pk->r ? pk->r->nmaps : pk->own->nmaps;

			for (size_t m = 0; m < nm; m++) {
				const char *cid = pk->r
				    ? pk->r->maps[m].catalogue
				    : pk->own->map_cat[m];
				const char *clid = pk->r
				    ? pk->r->maps[m].clause
				    : pk->own->map_clause[m];
				const struct cat_clause *cl;

				if (strcmp(cid, cat->id) == 0 &&
				    (cl = cat_find(cat, clid)) != NULL)
					by_add(
					    &by[(size_t)hash_get(pos, cl->id) -
					        1],
					    p);
			}
		}
		xmlNewProp(ce, BAD_CAST "id", BAD_CAST cat->id);
		xmlNewProp(ce, BAD_CAST "version", BAD_CAST cat->version);
		add_title(R, ce, cat->title, cat->lang, NULL);
		for (size_t i = 0; i < cat->nclauses; i++) {
			const struct cat_clause *cl = cat->clauses[i];
			xmlNodePtr e =
			    xmlNewChild(ce, R->ns, BAD_CAST "clause", NULL);
			char d[16];

			xmlNewProp(e, BAD_CAST "id", BAD_CAST cl->id);
			xmlNewProp(e, BAD_CAST "cite",
			    BAD_CAST(cl->cite ? cl->cite : cl->id));
			if (cl->parent)
				xmlNewProp(e, BAD_CAST "parent",
				    BAD_CAST cl->parent->id);
			snprintf(d, sizeof d, "%d", cl->depth);
			xmlNewProp(e, BAD_CAST "depth", BAD_CAST d);
			if (cl->applies_from)
				xmlNewProp(e, BAD_CAST "applies-from",
				    BAD_CAST cl->applies_from);
			add_title(R, e, cl->title, cat->lang, NULL);
			for (size_t t = 0; t < cl->ntags; t++) {
				xmlNodePtr tg =
				    xmlNewChild(e, R->ns, BAD_CAST "tag", NULL);
				xmlNewProp(
				    tg, BAD_CAST "name", BAD_CAST cl->tags[t]);
			}
			for (size_t b = 0; b < by[i].n; b++) {
				xmlNodePtr be =
				    xmlNewChild(e, R->ns, BAD_CAST "by", NULL);
				const struct pick *pk = &R->picks[by[i].v[b]];
				xmlNewProp(be, BAD_CAST "ref", BAD_CAST pk->id);
			}
			free(by[i].v);
		}
		free(by);
		hash_free(pos);
	}
}

/*
 * Attribute values and texts up to title length that occur more than
 * once go through the document's dictionary, so each is stored once: a
 * requirement's id and number come back under every clause it traces
 * to, catalogue and clause ids, kinds, levels and clause titles under
 * every requirement.  The document is alive while every template runs,
 * so this lowers the peak of the whole compile.  Strings that occur once
 * stay as they are: a dictionary entry would only add to them, and
 * libxml2 2.9's dictionary stops growing its table at 16 384 slots, so
 * a million unique strings in it made every lookup a long walk (resolve
 * went from linear to 16x for 10x the requirements).
 */
#define INTERN_MAX 160

static int
internable(const xmlNode *n, int attr)
{
	return n->type == XML_TEXT_NODE && n->content != NULL &&
	    (attr || xmlStrlen(n->content) <= INTERN_MAX);
}

/*
 * Count each candidate string in counts (string -> occurrences << 1),
 * and how many strings occur how often in hist (HIST_MAX and more at
 * the end).  The keys are the first occurrences' own copies.
 */
#define HIST_MAX 64

static void
count_strings(struct hash *counts, size_t *hist, const xmlNode *n, int attr)
{
	for (; n != NULL; n = n->next) {
		if (internable(n, attr)) {
			const char *k = (const char *)n->content;
			uintptr_t c = (uintptr_t)hash_get(counts, k);

			if (c >> 1 < HIST_MAX) {
				hist[c >> 1]--;
				hist[(c >> 1) + 1]++;
			}
			hash_set(counts, k, (void *)(c + 2));
		} else if (n->type == XML_ELEMENT_NODE) {
			for (const xmlAttr *a = n->properties; a; a = a->next)
				count_strings(counts, hist, a->children, 1);
			count_strings(counts, hist, n->children, 0);
		}
	}
}

/*
 * Replace repeated strings by the dictionary's.  The first occurrence is
 * met first, as in count_strings(): its copy is the table's key, so the
 * key moves to the dictionary's string (bit 0 notes that) before the
 * copy is freed.
 */
static void
intern_strings(
    xmlDictPtr dict, struct hash *counts, uintptr_t min, xmlNodePtr n, int attr)
{
	for (; n != NULL; n = n->next) {
		if (internable(n, attr) && !xmlDictOwns(dict, n->content)) {
			const char *k = (const char *)n->content;
			uintptr_t c = (uintptr_t)hash_get(counts, k);
			const xmlChar *s;

			if (c >> 1 < min ||
			    (s = xmlDictLookup(dict, n->content, -1)) == NULL)
				continue; /* too rare, or no memory: keep it */
			if (!(c & 1)) {
				hash_del(counts, k);
				hash_set(
				    counts, (const char *)s, (void *)(c | 1));
			}
			xmlFree(n->content);
			n->content = (xmlChar *)s;
		} else if (n->type == XML_ELEMENT_NODE) {
			for (xmlAttrPtr a = n->properties; a; a = a->next)
				intern_strings(
				    dict, counts, min, a->children, 1);
			intern_strings(dict, counts, min, n->children, 0);
		}
	}
}

/*
 * Intern the repeated strings under root (see above): those that occur
 * at least min times, min the least (2 or more) that keeps them within
 * what the dictionary's table holds well.
 */
#define DICT_BUDGET 32768

static void
share_strings(xmlDocPtr doc, xmlNodePtr root)
{
	struct hash *counts = hash_new();
	size_t hist[HIST_MAX + 1] = {0}, above = 0;
	uintptr_t min = HIST_MAX;

	count_strings(counts, hist, root, 0);
	for (above = hist[HIST_MAX];
	     min > 2 && above + hist[min - 1] <= DICT_BUDGET; min--)
		above += hist[min - 1];
	intern_strings(doc->dict, counts, min, root, 0);
	hash_free(counts);
}

static void
set_count(xmlNodePtr el, const char *name, long v)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%ld", v);
	xmlNewProp(el, BAD_CAST name, BAD_CAST buf);
}

xmlDocPtr
res_build(const struct set *set, const struct sel *sel, const char *lang)
{
	struct res R;
	xmlNodePtr root, reqs;
	uint8_t digest[SHA256_DIGEST_SIZE];
	char hex[8 + 2 * SHA256_DIGEST_SIZE + 1];
	int n = 0;

	memset(&R, 0, sizeof R);
	R.set = set;
	R.sel = sel;
	R.lang = lang ? lang : sel->lang ? sel->lang : set->lang;
	R.rank = set_level(set, sel->level)->rank;
	R.excluded = hash_new();
	R.included = hash_new();
	R.kinds = hash_new();
	R.weights = hash_new();
	for (size_t i = 0; i < sel->nops; i++) {
		const struct sel_op *op = &sel->ops[i];
		struct hash *h = op->kind == SEL_EXCLUDE ? R.excluded
		    : op->kind == SEL_INCLUDE            ? R.included
		    : op->kind == SEL_SET_KIND           ? R.kinds
		    : op->kind == SEL_SET_WEIGHT         ? R.weights
		                                         : NULL;
		if (h != NULL)
			hash_set(
			    h, op->ref, op->value ? op->value : (char *)"");
	}
	init_params(&R);
	sha256_init(&R.sha);

	R.doc = xmlNewDoc(BAD_CAST "1.0");
	R.doc->encoding = xmlStrdup(BAD_CAST "UTF-8");
	/* names through a dictionary: 100 000 requirements repeat them */
	R.doc->dict = xmlDictCreate();
	root = xmlNewNode(NULL, BAD_CAST "resolved");
	R.ns = xmlNewNs(root, BAD_CAST XML_NS, NULL);
	xmlSetNs(root, R.ns);
	xmlDocSetRootElement(R.doc, root);
	xmlNewProp(root, BAD_CAST "format", BAD_CAST "2");
	xmlNewProp(root, BAD_CAST "lang", BAD_CAST R.lang);
	xmlNewProp(root, BAD_CAST "set", BAD_CAST set->id);
	xmlNewProp(root, BAD_CAST "set-version", BAD_CAST set->version);
	emit_tender(&R, root);
	emit_layers_chosen_params(&R, root);
	reqs = xmlNewChild(root, R.ns, BAD_CAST "requirements", NULL);
	for (size_t i = 0; i < set->ngroups; i++) {
		char num[32];
		if (!group_has_picks(&R, set->groups[i]))
			continue;
		snprintf(num, sizeof num, "%d", ++n);
		emit_group(&R, reqs, set->groups[i], num);
	}
	for (size_t i = 0; i < sel->ngroups; i++)
		emit_own(&R, reqs, &sel->groups[i], ++n);
	set_count(reqs, "count", R.counts[0] + R.counts[1]);
	set_count(reqs, "knockout", R.counts[0]);
	set_count(reqs, "award", R.counts[1]);
	set_count(reqs, "weight-total", R.weight_total);
	emit_excluded(&R, root);
	emit_catalogues(&R, root);

	sha256_digest(&R.sha, sizeof digest, digest);
	memcpy(hex, "sha256:", 7);
	for (size_t i = 0; i < sizeof digest; i++)
		snprintf(hex + 7 + 2 * i, 3, "%02x", digest[i]);
	xmlNewProp(root, BAD_CAST "checklist-digest", BAD_CAST hex);
	xmlNewProp(root, BAD_CAST "generator", BAD_CAST "icoc " ICOC_VERSION);
	share_strings(R.doc, root);

	for (size_t i = 0; i < R.npv; i++) {
		free(R.pv[i].display);
		free(R.pv[i].display_set);
	}
	free(R.pv);
	for (size_t i = 0; i < R.npicks; i++)
		free(R.picks[i].number);
	free(R.picks);
	hash_free(R.excluded);
	hash_free(R.included);
	hash_free(R.kinds);
	hash_free(R.weights);
	if (R.bad) {
		xmlFreeDoc(R.doc);
		return NULL;
	}
	return R.doc;
}

xmlDocPtr
res_from_file(const char *file, const char *lang, int *status)
{
	struct sel *sel = sel_load(file, status);
	struct set *set = NULL;
	xmlDocPtr doc = NULL;

	if (sel == NULL)
		return NULL;
	set = sel_set(sel, status);
	if (set != NULL && (*status = sel_check(sel, set, 0)) == MSG_EXIT_OK) {
		doc = res_build(set, sel, lang);
		if (doc == NULL)
			*status = MSG_EXIT_INVALID;
	}
	set_free(set);
	sel_free(sel);
	return doc;
}
