/*
 * Response checking: the verdict, per requirement the answer and what
 * it is worth, the problems, the score and the per-clause tallies, all
 * put into one report document so the templates never look anything up.
 *
 * What counts (issue 7, FORMATS.md §4):
 * - a knock-out requirement is met by "comply", or by "not-applicable"
 *   with an explanation (the buyer judges the explanation; the report
 *   lists it); "partial" and "noncomply" fail it;
 * - the response is complete when every selected requirement has a
 *   status and every "not-applicable" an explanation;
 * - the score counts award criteria only: weight x 1 for comply,
 *   x 0.5 for partial, 0 otherwise; the maximum is the sum of weights.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "hash.h"
#include "msg.h"
#include "resp.h"
#include "util.h"
#include "xml.h"

enum result { R_MET, R_NA, R_PARTIAL, R_NOTMET, R_MISSING, R_UNEXPLAINED };

static const char *const result_names[] = {
    [R_MET] = "met",
    [R_NA] = "not-applicable",
    [R_PARTIAL] = "partial",
    [R_NOTMET] = "not-met",
    [R_MISSING] = "missing",
    [R_UNEXPLAINED] = "unexplained",
};

struct row { /* one selected requirement */
	const xmlNode *req;
	char *id, *number, *kind;
	long weight;
	const struct resp_answer *a;
	enum result res;
	xmlNodePtr out; /* its element in the report */
};

struct ck {
	const struct check_in *in;
	xmlDocPtr doc;
	xmlNsPtr ns;
	struct row *rows;
	size_t nrows, cap;
	struct hash *by_id;    /* id -> row index + 1 */
	struct hash *excluded; /* id -> <excluded><requirement> */
	char **keys;           /* the excluded ids, owned */
	size_t nkeys, capkeys;
	long noutside;
	char *set_id; /* of the resolved document */
	long n[6];    /* per result */
	long knockout, award, ko_met, ko_failed, ko_na, st[RESP__COUNT];
	long score, score_max; /* half points */
	int bad;
};

void
check_points(long halves, char out[32])
{
	if (halves % 2)
		snprintf(out, 32, "%ld.5", halves / 2);
	else
		snprintf(out, 32, "%ld", halves / 2);
}

static void
prop(xmlNodePtr n, const char *name, const char *v)
{
	xmlNewProp(n, BAD_CAST name, BAD_CAST v);
}

static void
propl(xmlNodePtr n, const char *name, long v)
{
	char b[32];

	snprintf(b, sizeof b, "%ld", v);
	prop(n, name, b);
}

static xmlNodePtr
child(xmlNodePtr parent, struct ck *c, const char *name, const char *text)
{
	xmlNodePtr n = xmlNewChild(parent, c->ns, BAD_CAST name, NULL);

	if (text != NULL)
		xmlNodeAddContent(n, BAD_CAST text);
	return n;
}

/* Point copied elements at the report's namespace declaration, then drop
 * their own copies of it, so the report declares urn:icoc:1 once. */
static void
adopt_ns(xmlNodePtr n, xmlNsPtr ns)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE) {
			if (n->ns != NULL &&
			    xmlStrEqual(n->ns->href, BAD_CAST XML_NS))
				n->ns = ns;
			for (xmlAttrPtr a = n->properties; a; a = a->next)
				if (a->ns != NULL &&
				    xmlStrEqual(a->ns->href, BAD_CAST XML_NS))
					a->ns = NULL;
			adopt_ns(n->children, ns);
		}
}

static void
drop_defs(xmlNodePtr n)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE) {
			xmlNsPtr *pp = &n->nsDef;
			while (*pp != NULL) {
				if (xmlStrEqual((*pp)->href, BAD_CAST XML_NS)) {
					xmlNsPtr d = *pp;
					*pp = d->next;
					d->next = NULL;
					xmlFreeNs(d);
				} else
					pp = &(*pp)->next;
			}
			drop_defs(n->children);
		}
}

static void
adopt(xmlNodePtr n, xmlNsPtr ns)
{
	adopt_ns(n, ns);
	drop_defs(n);
}

/* Copy an icoc element (title, statement, …) of the resolved document. */
static void
copy(xmlNodePtr parent, struct ck *c, const xmlNode *el)
{
	xmlNodePtr n;

	if (el == NULL)
		return;
	n = xmlDocCopyNode((xmlNodePtr)el, c->doc, 1);
	adopt(n, c->ns);
	xmlAddChild(parent, n);
}

static const xmlNode *
first_named(const xmlNode *parent, const char *name)
{
	for (const xmlNode *n = xml_first(parent); n; n = xml_next(n))
		if (xml_is(n, name))
			return n;
	return NULL;
}

/* --------------------------------------------------- requirements */

static enum result
judge(const struct resp_answer *a)
{
	if (a == NULL)
		return R_MISSING;
	switch (a->status) {
	case RESP_COMPLY:
		return R_MET;
	case RESP_PARTIAL:
		return R_PARTIAL;
	case RESP_NONCOMPLY:
		return R_NOTMET;
	case RESP_NA:
		return a->explanation[0] != '\0' ? R_NA : R_UNEXPLAINED;
	default:
		return R_MISSING;
	}
}

static void
add_row(struct ck *c, const xmlNode *req, xmlNodePtr parent)
{
	struct row *r;
	char *w;
	xmlNodePtr o;
	const struct resp *resp = c->in->resp;

	c->rows = xgrow(c->rows, &c->cap, c->nrows + 1, sizeof *c->rows);
	r = &c->rows[c->nrows++];
	memset(r, 0, sizeof *r);
	r->req = req;
	r->id = xml_attr(req, "id");
	r->number = xml_attr(req, "number");
	r->kind = xml_attr(req, "kind");
	w = xml_attr(req, "weight");
	r->weight = w ? strtol(w, NULL, 10) : 1;
	free(w);
	if (r->id == NULL)
		r->id = xstrdup("");
	if (r->number == NULL)
		r->number = xstrdup("");
	if (r->kind == NULL)
		r->kind = xstrdup("knockout");
	hash_put(c->by_id, r->id, (void *)(size_t)c->nrows);
	r->a = resp_find(resp, r->id);
	r->res = judge(r->a);
	if (r->res == R_PARTIAL && strcmp(r->kind, "award") != 0)
		r->res =
		    R_NOTMET; /* a knock-out is met in full or not at all */
	c->n[r->res]++;
	c->st[r->a ? r->a->status : RESP_UNANSWERED]++;

	o = r->out = child(parent, c, "requirement", NULL);
	prop(o, "id", r->id);
	prop(o, "number", r->number);
	prop(o, "kind", r->kind);
	propl(o, "weight", r->weight);
	prop(o, "status", r->a ? resp_status_name(r->a->status) : "");
	prop(o, "result", result_names[r->res]);
	if (strcmp(r->kind, "award") == 0) {
		long pts = r->res == R_MET ? 2 * r->weight
		    : r->res == R_PARTIAL  ? r->weight
		                           : 0;
		char b[32];

		c->award++;
		c->score += pts;
		c->score_max += 2 * r->weight;
		check_points(pts, b);
		prop(o, "points", b);
	} else {
		c->knockout++;
		if (r->res == R_MET || r->res == R_NA)
			c->ko_met++;
		if (r->res == R_PARTIAL || r->res == R_NOTMET)
			c->ko_failed++;
		if (r->res == R_NA)
			c->ko_na++;
	}
	if (r->a != NULL) {
		propl(o, "line", r->a->src.line);
		if (r->a->col > 0)
			propl(o, "col", r->a->col);
	}
	copy(o, c, first_named(req, "title"));
	copy(o, c, first_named(req, "statement"));
	if (r->a != NULL && r->a->explanation[0] != '\0')
		child(o, c, "explanation", r->a->explanation);
	if (r->a != NULL && r->a->evidence[0] != '\0')
		child(o, c, "evidence", r->a->evidence);
}

static void
walk_group(struct ck *c, const xmlNode *g, xmlNodePtr parent)
{
	xmlNodePtr o = child(parent, c, "group", NULL);
	char *id = xml_attr(g, "id"), *num = xml_attr(g, "number");

	prop(o, "id", id ? id : "");
	prop(o, "number", num ? num : "");
	free(id);
	free(num);
	copy(o, c, first_named(g, "title"));
	for (const xmlNode *n = xml_first(g); n; n = xml_next(n))
		if (xml_is(n, "requirement"))
			add_row(c, n, o);
		else if (xml_is(n, "group"))
			walk_group(c, n, o);
}

/* ------------------------------------------------------- problems */

static xmlNodePtr
problem(struct ck *c, xmlNodePtr probs, const char *type, const struct row *r)
{
	xmlNodePtr p = child(probs, c, "problem", NULL);

	prop(p, "type", type);
	if (r != NULL) {
		prop(p, "ref", r->id);
		prop(p, "number", r->number);
		prop(p, "kind", r->kind);
		if (r->a != NULL)
			prop(p, "status", resp_status_name(r->a->status));
		copy(p, c, first_named(r->req, "title"));
	}
	return p;
}

/* Answers to requirements that are not selected: outside the tender,
 * or an error when the set does not know them at all. */
static void
outside(struct ck *c, xmlNodePtr probs, xmlNodePtr out)
{
	const struct resp *resp = c->in->resp;

	int lenient =
	    !resp->csv && (c->in->against_set || resp->tender == NULL);

	for (size_t i = 0; i < resp->nanswers; i++) {
		const struct resp_answer *a = &resp->answers[i];
		const xmlNode *ex;
		xmlNodePtr o, p;
		int unknown;

		if (hash_get(c->by_id, a->ref) != NULL)
			continue;
		ex = hash_get(c->excluded, a->ref);
		unknown = ex == NULL &&
		    (c->in->known == NULL || !c->in->known(a->ref, c->in->ud));
		if (unknown && lenient) {
			/* a product response, or one for a tender checked against a
			 * set, may answer requirements this set does not have */
			msg_level_at(MSG_WARNING, resp->file, a->src.line,
			    a->col,
			    "requirement '%s' is not in set '%s'; answer "
			    "ignored",
			    a->ref, c->set_id ? c->set_id : "");
		} else if (unknown) {
			if (resp->csv)
				msg_level_at(MSG_ERROR, resp->file, a->src.line,
				    a->col,
				    "unknown requirement '%s' in the id column",
				    a->ref);
			else
				msg_at(MSG_UNKNOWN_REF, resp->file, a->src.line,
				    0, "requirement", a->ref, "answer");
			c->bad = 1;
			continue;
		}
		c->noutside++;
		o = child(out, c, "answer", NULL);
		prop(o, "ref", a->ref);
		prop(o, "status", resp_status_name(a->status));
		propl(o, "line", a->src.line);
		if (a->col > 0)
			propl(o, "col", a->col);
		if (unknown)
			prop(o, "unknown", "true");
		if (ex != NULL) {
			char *reason = xml_attr(ex, "reason"),
			     *by = xml_attr(ex, "by");
			prop(o, "excluded-by", by ? by : "");
			prop(o, "reason", reason ? reason : "");
			free(reason);
			free(by);
			copy(o, c, first_named(ex, "title"));
		}
		if (a->explanation[0] != '\0')
			child(o, c, "explanation", a->explanation);
		if (a->evidence[0] != '\0')
			child(o, c, "evidence", a->evidence);
		p = child(probs, c, "problem", NULL);
		prop(p, "type", "outside");
		prop(p, "ref", a->ref);
		prop(p, "status", resp_status_name(a->status));
		if (ex != NULL)
			copy(p, c, first_named(ex, "title"));
	}
}

/* ------------------------------------------------- clause tallies */

/*
 * Per catalogue, the clauses to tally: with a clause "AI" (the CRA's
 * Annex I) its points, i.e. the clauses below it without clauses below
 * them; otherwise the controls, the clauses of depth 1 (BIO2 5.01,
 * 8.08).  Only clauses some selected requirement is mapped to.
 */
static int
tallied(const xmlNode *cat, const xmlNode *cl, int annex)
{
	char *depth = xml_attr(cl, "depth"), *id, *parent;
	int r = 0;

	if (!annex) {
		r = depth && strcmp(depth, "1") == 0;
		free(depth);
		return r;
	}
	free(depth);
	/* a descendant of AI (walk parents) without children */
	id = xml_attr(cl, "id");
	for (const xmlNode *n = xml_first(cat); n; n = xml_next(n)) {
		char *p = xml_attr(n, "parent");
		int is_kid = p && id && strcmp(p, id) == 0;
		free(p);
		if (is_kid) {
			free(id);
			return 0;
		}
	}
	free(id);
	parent = xml_attr(cl, "parent");
	while (parent != NULL) {
		const xmlNode *up = NULL;
		if (strcmp(parent, "AI") == 0) {
			r = 1;
			break;
		}
		for (const xmlNode *n = xml_first(cat); n && !up;
		     n = xml_next(n)) {
			char *i = xml_attr(n, "id");
			if (i && strcmp(i, parent) == 0)
				up = n;
			free(i);
		}
		free(parent);
		parent = up ? xml_attr(up, "parent") : NULL;
	}
	free(parent);
	return r;
}

struct rows_of { /* rows mapped to a clause or below it */
	size_t *v;
	size_t n, cap;
};

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* One tallied clause: the rows in rows (sorted, duplicates dropped). */
static void
tally_clause(
    struct ck *c, const xmlNode *cl, struct rows_of *rows, xmlNodePtr co)
{
	xmlNodePtr o = child(co, c, "clause", NULL);
	char *id = xml_attr(cl, "id"), *cite = xml_attr(cl, "cite");
	long mapped = 0, met = 0, na = 0;

	prop(o, "id", id ? id : "");
	prop(o, "cite", cite ? cite : "");
	free(id);
	free(cite);
	copy(o, c, first_named(cl, "title"));
	qsort(rows->v, rows->n, sizeof *rows->v, cmp_size);
	for (size_t k = 0; k < rows->n; k++) {
		const struct row *r = &c->rows[rows->v[k]];
		xmlNodePtr ro;

		if (k > 0 && rows->v[k] == rows->v[k - 1])
			continue;
		mapped++;
		met += r->res == R_MET;
		na += r->res == R_NA;
		ro = child(o, c, "req", NULL);
		prop(ro, "ref", r->id);
		prop(ro, "number", r->number);
		prop(ro, "result", result_names[r->res]);
	}
	propl(o, "mapped", mapped);
	propl(o, "met", met);
	propl(o, "not-applicable", na);
}

/*
 * The tallies of one catalogue.  A clause's `by` names the requirements
 * mapped to it; they count for it and for every clause above it (its
 * `parent` chain), so a control is covered through its measures.
 */
static void
tally_catalogue(struct ck *c, const xmlNode *cat, xmlNodePtr out)
{
	const xmlNode **cl = NULL;
	char **ids = NULL;
	size_t n = 0, cap = 0, idcap = 0, *up;
	struct rows_of *rows;
	struct hash *pos = hash_new(); /* clause id -> index + 1 */
	xmlNodePtr co = NULL;
	int annex = 0;

	for (const xmlNode *e = xml_first(cat); e; e = xml_next(e)) {
		if (!xml_is(e, "clause"))
			continue;
		cl = xgrow(cl, &cap, n + 1, sizeof *cl);
		ids = xgrow(ids, &idcap, n + 1, sizeof *ids);
		cl[n] = e;
		ids[n] = xml_attr(e, "id");
		if (ids[n] == NULL)
			ids[n] = xstrdup("");
		if (strcmp(ids[n], "AI") == 0)
			annex = 1;
		hash_put(pos, ids[n], (void *)(n + 1)); /* the first wins */
		n++;
	}
	up = xcalloc(n + 1, sizeof *up);
	rows = xcalloc(n + 1, sizeof *rows);
	for (size_t i = 0; i < n; i++) {
		char *p = xml_attr(cl[i], "parent");
		up[i] = p ? (size_t)hash_get(pos, p) : 0;
		free(p);
	}
	for (size_t d = 0; d < n; d++)
		for (const xmlNode *b = xml_first(cl[d]); b; b = xml_next(b)) {
			char *ref;
			size_t idx, a, steps;

			if (!xml_is(b, "by"))
				continue;
			ref = xml_attr(b, "ref");
			idx = ref ? (size_t)hash_get(c->by_id, ref) : 0;
			free(ref);
			if (idx == 0)
				continue;
			/* the clause and those above it; steps bound a
			 * parent cycle in a hand-made document */
			for (a = d + 1, steps = 0; a != 0 && steps <= n;
			     a = up[a - 1], steps++) {
				struct rows_of *ro = &rows[a - 1];
				ro->v = xgrow(
				    ro->v, &ro->cap, ro->n + 1, sizeof *ro->v);
				ro->v[ro->n++] = idx - 1;
			}
		}
	for (size_t i = 0; i < n; i++) {
		if (rows[i].n > 0 && tallied(cat, cl[i], annex)) {
			if (co == NULL) {
				char *cid = xml_attr(cat, "id");
				co = child(out, c, "catalogue", NULL);
				prop(co, "id", cid ? cid : "");
				prop(co, "kind",
				    annex ? "annex-points" : "controls");
				copy(co, c, first_named(cat, "title"));
				free(cid);
			}
			tally_clause(c, cl[i], &rows[i], co);
		}
		free(rows[i].v);
	}
	hash_free(pos);
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(rows);
	free(up);
	free(ids);
	free(cl);
}

static void
tallies(struct ck *c, const xmlNode *cats, xmlNodePtr out)
{
	for (const xmlNode *cat = xml_first(cats); cat; cat = xml_next(cat))
		if (xml_is(cat, "catalogue"))
			tally_catalogue(c, cat, out);
}

/* ----------------------------------------------------------- build */

static char *
tender_ref(const xmlNode *root)
{
	const xmlNode *t = first_named(root, "tender");
	const xmlNode *r = t ? first_named(t, "reference") : NULL;
	xmlChar *s;
	char *v;

	if (r == NULL)
		return NULL;
	s = xmlNodeGetContent(r);
	v = xstrdup((const char *)s);
	xmlFree(s);
	str_collapse(v);
	return v;
}

static void
copy_attr(xmlNodePtr to, const xmlNode *from, const char *name)
{
	char *v = xml_attr(from, name);

	if (v != NULL)
		prop(to, name, v);
	free(v);
}

xmlDocPtr
check_build(const struct check_in *in, int *status)
{
	const xmlNode *root = xmlDocGetRootElement((xmlDocPtr)in->resolved);
	const struct resp *resp = in->resp;
	struct ck c;
	xmlNodePtr rep, ro, sum, probs, reqs, out, cls;
	char *ref = tender_ref(root),
	     *digest = xml_attr(root, "checklist-digest");
	const char *verdict, *dstate = "absent";
	char b[32];
	int complete;

	memset(&c, 0, sizeof c);
	c.in = in;
	c.set_id = xml_attr(root, "set");
	c.by_id = hash_new();
	c.excluded = hash_new();
	*status = MSG_EXIT_INVALID;

	if (!in->against_set && resp->tender != NULL && ref != NULL &&
	    strcmp(resp->tender, ref) != 0) {
		msg_level_at(MSG_ERROR, resp->file, resp->line, 0,
		    "response is for tender '%s', not '%s'", resp->tender, ref);
		goto fail;
	}
	c.doc = xmlNewDoc(BAD_CAST "1.0");
	rep = xmlNewDocNode(c.doc, NULL, BAD_CAST "report", NULL);
	xmlDocSetRootElement(c.doc, rep);
	c.ns = xmlNewNs(rep, BAD_CAST XML_NS, NULL);
	xmlSetNs(rep, c.ns);
	prop(rep, "format", "1");
	copy_attr(rep, root, "lang");
	copy_attr(rep, root, "set");
	copy_attr(rep, root, "set-version");
	copy_attr(rep, root, "checklist-digest");
	copy_attr(rep, root, "generator");
	prop(rep, "against", in->against_set ? "set" : "tender");

	/* against a set the tender is a placeholder (with today's date):
	 * left out, so the report stays deterministic */
	if (!in->against_set)
		copy(rep, &c, first_named(root, "tender"));
	copy(rep, &c, first_named(root, "layers"));
	copy(rep, &c, first_named(root, "chosen"));

	ro = child(rep, &c, "response", NULL);
	prop(ro, "file", resp->file);
	prop(ro, "format", resp->csv ? "csv" : "xml");
	if (resp->tender)
		prop(ro, "tender", resp->tender);
	if (resp->digest) {
		prop(ro, "checklist-digest", resp->digest);
		if (in->against_set)
			dstate = "not-compared";
		else
			dstate = digest && strcmp(digest, resp->digest) == 0
			    ? "match"
			    : "mismatch";
	}
	prop(ro, "digest", dstate);
	if (resp->supplier)
		child(ro, &c, "supplier", resp->supplier);
	if (resp->product)
		child(ro, &c, "product", resp->product);
	if (resp->contact)
		child(ro, &c, "contact", resp->contact);

	sum = child(rep, &c, "summary", NULL);
	probs = child(rep, &c, "problems", NULL);
	reqs = child(rep, &c, "requirements", NULL);
	out = child(rep, &c, "outside", NULL);
	cls = child(rep, &c, "clauses", NULL);

	{
		const xmlNode *ex = first_named(root, "excluded");
		for (const xmlNode *n = ex ? xml_first(ex) : NULL; n;
		     n = xml_next(n)) {
			char *id = xml_attr(n, "id");
			if (id != NULL && hash_get(c.excluded, id) == NULL) {
				c.keys = xgrow(c.keys, &c.capkeys, c.nkeys + 1,
				    sizeof *c.keys);
				c.keys[c.nkeys++] = id;
				hash_put(c.excluded, id, (void *)n);
			} else
				free(id);
		}
	}
	{
		const xmlNode *rq = first_named(root, "requirements");
		for (const xmlNode *g = rq ? xml_first(rq) : NULL; g;
		     g = xml_next(g))
			if (xml_is(g, "group"))
				walk_group(&c, g, reqs);
	}

	/* problems, most serious first */
	if (strcmp(dstate, "mismatch") == 0) {
		xmlNodePtr p = child(probs, &c, "problem", NULL);
		prop(p, "type", "digest-mismatch");
		prop(p, "expected", digest ? digest : "");
		prop(p, "found", resp->digest);
		msg_level_at(MSG_WARNING, resp->file, resp->line, 0,
		    "checklist digest differs from the tender's: the response "
		    "answers another version of the requirements");
	}
	for (size_t i = 0; i < c.nrows; i++)
		if (strcmp(c.rows[i].kind, "award") != 0 &&
		    (c.rows[i].res == R_NOTMET || c.rows[i].res == R_PARTIAL))
			problem(&c, probs, "knockout-not-met", &c.rows[i]);
	for (size_t i = 0; i < c.nrows; i++)
		if (c.rows[i].res == R_MISSING)
			problem(&c, probs, "unanswered", &c.rows[i]);
	for (size_t i = 0; i < c.nrows; i++)
		if (c.rows[i].res == R_UNEXPLAINED)
			problem(&c, probs, "not-applicable-unexplained",
			    &c.rows[i]);
	outside(&c, probs, out);
	for (size_t i = 0; i < c.nrows; i++)
		if (strcmp(c.rows[i].kind, "award") != 0 &&
		    c.rows[i].res == R_NA)
			problem(
			    &c, probs, "knockout-not-applicable", &c.rows[i]);
	if (c.bad)
		goto fail;

	tallies(&c, first_named(root, "catalogues"), cls);

	complete = c.n[R_MISSING] == 0 && c.n[R_UNEXPLAINED] == 0;
	verdict = c.ko_failed > 0 ? "fail" : !complete ? "incomplete" : "pass";
	prop(rep, "verdict", verdict);
	propl(sum, "requirements", (long)c.nrows);
	propl(sum, "knockout", c.knockout);
	propl(sum, "award", c.award);
	propl(sum, "answered", (long)c.nrows - c.n[R_MISSING]);
	propl(sum, "unanswered", c.n[R_MISSING]);
	propl(sum, "comply", c.st[RESP_COMPLY]);
	propl(sum, "partial", c.st[RESP_PARTIAL]);
	propl(sum, "noncomply", c.st[RESP_NONCOMPLY]);
	propl(sum, "not-applicable", c.st[RESP_NA]);
	propl(sum, "not-applicable-unexplained", c.n[R_UNEXPLAINED]);
	propl(sum, "knockout-met", c.ko_met);
	propl(sum, "knockout-failed", c.ko_failed);
	propl(sum, "knockout-open", c.knockout - c.ko_met - c.ko_failed);
	propl(sum, "outside", c.noutside);
	check_points(c.score, b);
	prop(sum, "score", b);
	check_points(c.score_max, b);
	prop(sum, "score-max", b);
	prop(sum, "complete", complete ? "true" : "false");
	*status =
	    strcmp(verdict, "pass") == 0 ? MSG_EXIT_OK : MSG_EXIT_NEGATIVE;
	goto done;
fail:
	if (c.doc)
		xmlFreeDoc(c.doc);
	c.doc = NULL;
	*status = MSG_EXIT_INVALID;
done:
	for (size_t i = 0; i < c.nrows; i++) {
		free(c.rows[i].id);
		free(c.rows[i].number);
		free(c.rows[i].kind);
	}
	free(c.rows);
	hash_free(c.by_id);
	hash_free(c.excluded);
	for (size_t i = 0; i < c.nkeys; i++)
		free(c.keys[i]);
	free(c.keys);
	free(ref);
	free(digest);
	free(c.set_id);
	return c.doc;
}
