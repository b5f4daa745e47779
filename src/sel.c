/*
 * Selections: reading, checking against the set, writing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "cat.h"
#include "hash.h"
#include "load.h"
#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "util.h"

static char *
content(const xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	char *s = xstrdup((char *)c);

	xmlFree(c);
	str_collapse(s);
	return s;
}

static void
load_own(struct sel_group *g, const xmlNode *el, const char *file)
{
	struct sel_req *r;
	char *v;

	g->reqs = xrealloc(g->reqs, (g->nreqs + 1) * sizeof *g->reqs);
	r = &g->reqs[g->nreqs++];
	memset(r, 0, sizeof *r);
	r->id = xml_attr(el, "id");
	r->src = load_src(el, file);
	v = xml_attr(el, "kind");
	r->award = v != NULL && strcmp(v, "award") == 0;
	free(v);
	v = xml_attr(el, "weight");
	r->weight = v ? atoi(v) : 1;
	free(v);
	r->applies = xml_attr(el, "applies-to");
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n)) {
		if (load_req_text(n, &r->title, &r->statement, &r->guidance,
		        &r->evidence))
			continue;
		if (xml_is(n, "map")) {
			r->map_cat = xrealloc(
			    r->map_cat, (r->nmaps + 1) * sizeof(char *));
			r->map_clause = xrealloc(
			    r->map_clause, (r->nmaps + 1) * sizeof(char *));
			r->map_cat[r->nmaps] = xml_attr(n, "catalogue");
			r->map_clause[r->nmaps] = xml_attr(n, "clause");
			r->nmaps++;
		}
	}
}

/* Groups in a selection are flat: nested groups add their requirements. */
static void
load_group_reqs(struct sel_group *g, const xmlNode *el, const char *file)
{
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n))
		if (xml_is(n, "requirement"))
			load_own(g, n, file);
		else if (xml_is(n, "group"))
			load_group_reqs(g, n, file);
}

struct sel *
sel_load(const char *file, int *status)
{
	xmlDocPtr doc = load_doc(file, XML_KIND_SELECTION, status);
	const xmlNode *root;
	struct sel *sel;

	if (doc == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	sel = xcalloc(1, sizeof *sel);
	sel->file = xstrdup(file);
	sel->set = xml_attr(root, "set");
	sel->set_version = xml_attr(root, "set-version");
	sel->lang = xml_lang(root);
	sel->draft = load_bool(root, "draft");
	sel->root_src = load_src(root, sel->file);
	for (const xmlNode *n = xml_first(root); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "tender")) {
			for (const xmlNode *t = xml_first(n); t;
			     t = xml_next(t))
				if (xml_is(t, "title"))
					load_text(&sel->title, t);
				else if (xml_is(t, "reference"))
					sel->reference = content(t);
				else if (xml_is(t, "buyer"))
					sel->buyer = content(t);
				else if (xml_is(t, "date"))
					sel->date = content(t);
		} else if (xml_is(n, "segment")) {
			sel->segments = xrealloc(sel->segments,
			    (sel->nsegments + 1) * sizeof(char *));
			sel->segment_src = xrealloc(sel->segment_src,
			    (sel->nsegments + 1) * sizeof(struct src));
			sel->segments[sel->nsegments] = xml_attr(n, "ref");
			sel->segment_src[sel->nsegments] =
			    load_src(n, sel->file);
			sel->nsegments++;
		} else if (xml_is(n, "level")) {
			free(sel->level);
			sel->level = xml_attr(n, "ref");
			sel->level_src = load_src(n, sel->file);
		} else if (xml_is(n, "group")) {
			struct sel_group *g;
			sel->groups = xrealloc(sel->groups,
			    (sel->ngroups + 1) * sizeof *sel->groups);
			g = &sel->groups[sel->ngroups++];
			memset(g, 0, sizeof *g);
			g->id = xml_attr(n, "id");
			g->src = load_src(n, sel->file);
			for (const xmlNode *t = xml_first(n); t;
			     t = xml_next(t))
				if (xml_is(t, "title"))
					load_text(&g->title, t);
			load_group_reqs(g, n, sel->file);
		} else {
			static const struct {
				const char *name;
				enum sel_op_kind kind;
				const char *attr;
			} ops[] = {
			    {"include", SEL_INCLUDE, NULL},
			    {"exclude", SEL_EXCLUDE, "reason"},
			    {"set-kind", SEL_SET_KIND, "kind"},
			    {"set-weight", SEL_SET_WEIGHT, "weight"},
			    {"set-param", SEL_SET_PARAM, NULL},
			};
			for (size_t i = 0; i < NELEM(ops); i++) {
				struct sel_op *op;
				if (!xml_is(n, ops[i].name))
					continue;
				sel->ops = xrealloc(sel->ops,
				    (sel->nops + 1) * sizeof *sel->ops);
				op = &sel->ops[sel->nops++];
				op->kind = ops[i].kind;
				op->ref = xml_attr(n, "ref");
				op->value = ops[i].attr
				    ? xml_attr(n, ops[i].attr)
				    : op->kind == SEL_SET_PARAM ? content(n)
				                                : NULL;
				op->src = load_src(n, sel->file);
			}
		}
	}
	xmlFreeDoc(doc);
	return sel;
}

static void
free_texts(struct sel_req *r)
{
	text_free(r->title);
	text_free(r->statement);
	text_free(r->guidance);
	text_free(r->evidence);
}

void
sel_free(struct sel *sel)
{
	if (sel == NULL)
		return;
	for (size_t i = 0; i < sel->nsegments; i++)
		free(sel->segments[i]);
	free(sel->segments);
	free(sel->segment_src);
	for (size_t i = 0; i < sel->nops; i++) {
		free(sel->ops[i].ref);
		free(sel->ops[i].value);
	}
	free(sel->ops);
	for (size_t i = 0; i < sel->ngroups; i++) {
		struct sel_group *g = &sel->groups[i];
		for (size_t j = 0; j < g->nreqs; j++) {
			struct sel_req *r = &g->reqs[j];
			free(r->id);
			free(r->applies);
			free_texts(r);
			for (size_t k = 0; k < r->nmaps; k++) {
				free(r->map_cat[k]);
				free(r->map_clause[k]);
			}
			free(r->map_cat);
			free(r->map_clause);
		}
		free(g->reqs);
		free(g->id);
		text_free(g->title);
	}
	free(sel->groups);
	text_free(sel->title);
	free(sel->file);
	free(sel->set);
	free(sel->set_version);
	free(sel->lang);
	free(sel->reference);
	free(sel->buyer);
	free(sel->date);
	free(sel->level);
	free(sel);
}

int
sel_complete(const struct sel *sel)
{
	return sel->title != NULL && sel->reference != NULL &&
	    *sel->reference != '\0' && sel->buyer != NULL &&
	    sel->date != NULL && sel->nsegments > 0 && sel->level != NULL;
}

static const char *const op_names[] = {
    [SEL_INCLUDE] = "include",
    [SEL_EXCLUDE] = "exclude",
    [SEL_SET_KIND] = "set-kind",
    [SEL_SET_WEIGHT] = "set-weight",
    [SEL_SET_PARAM] = "set-param",
};

struct own_ctx {
	const struct set *set;
	const struct sel_req *r;
	int *bad;
};

static void
own_param(const char *id, long line, void *ud)
{
	struct own_ctx *c = ud;

	if (set_param(c->set, id) == NULL) {
		msg_at(MSG_UNKNOWN_REF, c->r->src.file, line, 0, "parameter",
		    id, "param");
		*c->bad = 1;
	}
}

int
sel_check(const struct sel *sel, const struct set *set, int allow_draft)
{
	const char *f = sel->file;
	int bad = 0, nonadditive = 0;

	if (sel->draft && !allow_draft) {
		msg_at(MSG_DRAFT, f, sel->root_src.line, 0, f);
		return MSG_EXIT_INVALID;
	}
	if (!sel->draft) {
		static const char *const what[] = {
		    "title", "reference", "buyer", "date"};
		const void *have[] = {
		    sel->title, sel->reference, sel->buyer, sel->date};
		for (size_t i = 0; i < NELEM(what); i++)
			if (have[i] == NULL) {
				msg_level_at(MSG_ERROR, f, sel->root_src.line,
				    0, "missing <%s> in <tender>", what[i]);
				bad = 1;
			}
		if (sel->nsegments == 0) {
			msg_level_at(MSG_ERROR, f, sel->root_src.line, 0,
			    "no <segment> chosen");
			bad = 1;
		}
		if (sel->level == NULL) {
			msg_level_at(MSG_ERROR, f, sel->root_src.line, 0,
			    "no <level> chosen");
			bad = 1;
		}
	}
	if (sel->set_version != NULL &&
	    strcmp(sel->set_version, set->version) != 0)
		msg_level_at(MSG_WARNING, f, sel->root_src.line, 0,
		    "selection was made for %s %s; using version %s", sel->set,
		    sel->set_version, set->version);
	for (size_t i = 0; i < sel->nsegments; i++) {
		const struct set_segment *sg =
		    set_segment(set, sel->segments[i]);
		if (sg == NULL) {
			msg_at(MSG_UNKNOWN_REF, f, sel->segment_src[i].line, 0,
			    "segment", sel->segments[i], "segment");
			bad = 1;
		} else if (!sg->additive)
			nonadditive = 1;
	}
	/* a draft may stop before the main segments are chosen */
	if (!nonadditive && sel->nsegments > 0 && !bad && !sel->draft) {
		msg_at(MSG_ADDITIVE_ALONE, f, sel->segment_src[0].line, 0,
		    sel->segments[0]);
		bad = 1;
	}
	if (sel->level != NULL && set_level(set, sel->level) == NULL) {
		msg_at(MSG_UNKNOWN_REF, f, sel->level_src.line, 0, "level",
		    sel->level, "level");
		bad = 1;
	}
	for (size_t i = 0; i < sel->nops; i++) {
		const struct sel_op *op = &sel->ops[i];
		const char *el = op_names[op->kind];

		if (op->kind == SEL_SET_PARAM) {
			const struct set_param *p = set_param(set, op->ref);
			const char *why;
			if (p == NULL) {
				msg_at(MSG_UNKNOWN_REF, f, op->src.line, 0,
				    "parameter", op->ref, el);
				bad = 1;
			} else if ((why = set_param_check(p, op->value)) !=
			    NULL) {
				msg_at(MSG_BAD_VALUE, f, op->src.line, 0,
				    op->ref, why);
				bad = 1;
			}
			for (size_t j = 0; j < i; j++)
				if (sel->ops[j].kind == op->kind &&
				    strcmp(sel->ops[j].ref, op->ref) == 0) {
					msg_level_at(MSG_ERROR, f, op->src.line,
					    0,
					    "parameter '%s' set twice (also at "
					    "line %ld)",
					    op->ref, sel->ops[j].src.line);
					bad = 1;
				}
			continue;
		}
		{
			const struct set_req *r = set_req(set, op->ref);
			if (r == NULL || r->withdrawn) {
				if (r != NULL)
					msg_level_at(MSG_ERROR, f, op->src.line,
					    0,
					    "requirement '%s' in <%s> was "
					    "withdrawn by '%s'",
					    op->ref, el, r->withdrawn_by);
				else
					msg_at(MSG_UNKNOWN_REF, f, op->src.line,
					    0, "requirement", op->ref, el);
				bad = 1;
			}
		}
		if (op->kind == SEL_EXCLUDE) {
			char *reason = xstrdup(op->value ? op->value : "");
			str_collapse(reason);
			if (*reason == '\0') {
				msg_at(MSG_MISSING_REASON, f, op->src.line, 0,
				    el, op->ref);
				bad = 1;
			}
			free(reason);
		}
		for (size_t j = 0; j < i; j++) {
			const struct sel_op *o = &sel->ops[j];
			if (strcmp(o->ref, op->ref) != 0)
				continue;
			if ((o->kind == SEL_INCLUDE &&
			        op->kind == SEL_EXCLUDE) ||
			    (o->kind == SEL_EXCLUDE &&
			        op->kind == SEL_INCLUDE) ||
			    o->kind == op->kind) {
				msg_level_at(MSG_ERROR, f, op->src.line, 0,
				    "<%s ref='%s'> conflicts with <%s> at line "
				    "%ld",
				    el, op->ref, op_names[o->kind],
				    o->src.line);
				bad = 1;
			}
		}
	}
	for (size_t i = 0; i < sel->ngroups; i++) {
		const struct sel_group *g = &sel->groups[i];
		const struct set_group *sg = hash_get(set->group_index, g->id);

		if (sg != NULL) {
			msg_at(MSG_DUP_ID, f, g->src.line, 0, "group", g->id,
			    sg->src.file, sg->src.line);
			bad = 1;
		}
		for (size_t j = 0; j < g->nreqs; j++) {
			const struct sel_req *r = &g->reqs[j];
			const struct set_req *sr = set_req(set, r->id);
			struct own_ctx ctx = {set, r, &bad};

			if (sr != NULL) {
				msg_at(MSG_DUP_ID, f, r->src.line, 0,
				    "requirement", r->id, sr->src.file,
				    sr->src.line);
				bad = 1;
			}
			for (size_t k = 0; k < i; k++)
				for (size_t m = 0; m < sel->groups[k].nreqs;
				     m++)
					if (strcmp(sel->groups[k].reqs[m].id,
					        r->id) == 0) {
						msg_at(MSG_DUP_ID, f,
						    r->src.line, 0,
						    "requirement", r->id, f,
						    sel->groups[k]
						        .reqs[m]
						        .src.line);
						bad = 1;
					}
			for (size_t m = 0; m < j; m++)
				if (strcmp(g->reqs[m].id, r->id) == 0) {
					msg_at(MSG_DUP_ID, f, r->src.line, 0,
					    "requirement", r->id, f,
					    g->reqs[m].src.line);
					bad = 1;
				}
			for (const struct text *t = r->title; t; t = t->next)
				text_each_param(
				    t->body, own_param, t->line, &ctx);
			for (const struct text *t = r->statement; t;
			     t = t->next)
				text_each_param(
				    t->body, own_param, t->line, &ctx);
			for (size_t k = 0; k < r->nmaps; k++) {
				const struct cat *c =
				    set_cat(set, r->map_cat[k]);
				if (c == NULL) {
					msg_at(MSG_UNKNOWN_REF, f, r->src.line,
					    0, "catalogue", r->map_cat[k],
					    "map");
					bad = 1;
				} else if (cat_find(c, r->map_clause[k]) ==
				    NULL) {
					msg_at(MSG_UNKNOWN_CLAUSE, f,
					    r->src.line, 0, r->map_clause[k],
					    r->map_cat[k]);
					bad = 1;
				}
			}
		}
	}
	return bad ? MSG_EXIT_INVALID : MSG_EXIT_OK;
}

struct set *
sel_set(const struct sel *sel, int *status)
{
	size_t n;
	const struct path_doc *d = path_docs(&n);
	struct buf found = BUF_INIT;

	if (path_find(XML_KIND_SET, sel->set, sel->set_version, NULL) != NULL)
		return set_load(sel->set, sel->set_version, status);
	for (size_t i = 0; i < n; i++)
		if (d[i].kind == XML_KIND_SET && strcmp(d[i].id, sel->set) == 0)
			buf_printf(&found, "%s%s", found.len ? ", " : "",
			    d[i].version ? d[i].version : "-");
	if (found.len > 0)
		msg_level_at(MSG_ERROR, sel->file, sel->root_src.line, 0,
		    "selection was made for set '%s' version %s, which is not "
		    "on "
		    "the search path (found: %s)",
		    sel->set, sel->set_version, found.s);
	else
		msg_level_at(MSG_ERROR, sel->file, sel->root_src.line, 0,
		    "set '%s' is not on the search path (see 'icoc list sets')",
		    sel->set);
	buf_release(&found);
	*status = MSG_EXIT_INVALID;
	return NULL;
}

int
sel_check_file(const char *file)
{
	int status;
	struct sel *sel = sel_load(file, &status);
	struct set *set;

	if (sel == NULL)
		return status;
	set = sel_set(sel, &status);
	if (set != NULL)
		status = sel_check(sel, set, 1);
	set_free(set);
	sel_free(sel);
	return status;
}

static void
put_texts(xmlNodePtr parent, xmlNsPtr ns, const char *name,
    const struct text *t, const char *doclang)
{
	for (; t != NULL; t = t->next) {
		xmlNodePtr el =
		    load_emit_text(parent, ns, name, t->body, NULL, NULL);
		if (doclang == NULL || strcmp(t->lang, doclang) != 0)
			xmlNodeSetLang(el, BAD_CAST t->lang);
	}
}

int
sel_write(const struct sel *sel, const char *path)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "selection"), t, e;
	xmlNsPtr ns = xmlNewNs(root, BAD_CAST XML_NS, NULL);
	xmlChar *mem;
	int len, rc;

	xmlSetNs(root, ns);
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, BAD_CAST "set", BAD_CAST sel->set);
	if (sel->set_version)
		xmlNewProp(
		    root, BAD_CAST "set-version", BAD_CAST sel->set_version);
	if (sel->draft)
		xmlNewProp(root, BAD_CAST "draft", BAD_CAST "true");
	if (sel->lang)
		xmlNodeSetLang(root, BAD_CAST sel->lang);
	if (sel->title || sel->reference || sel->buyer || sel->date) {
		t = xmlNewChild(root, ns, BAD_CAST "tender", NULL);
		put_texts(t, ns, "title", sel->title, sel->lang);
		if (sel->reference)
			xmlNewTextChild(t, ns, BAD_CAST "reference",
			    BAD_CAST sel->reference);
		if (sel->buyer)
			xmlNewTextChild(
			    t, ns, BAD_CAST "buyer", BAD_CAST sel->buyer);
		if (sel->date)
			xmlNewTextChild(
			    t, ns, BAD_CAST "date", BAD_CAST sel->date);
	}
	for (size_t i = 0; i < sel->nsegments; i++) {
		e = xmlNewChild(root, ns, BAD_CAST "segment", NULL);
		xmlNewProp(e, BAD_CAST "ref", BAD_CAST sel->segments[i]);
	}
	if (sel->level) {
		e = xmlNewChild(root, ns, BAD_CAST "level", NULL);
		xmlNewProp(e, BAD_CAST "ref", BAD_CAST sel->level);
	}
	for (size_t i = 0; i < sel->nops; i++) {
		const struct sel_op *op = &sel->ops[i];
		static const char *const attr[] = {
		    [SEL_INCLUDE] = NULL,
		    [SEL_EXCLUDE] = "reason",
		    [SEL_SET_KIND] = "kind",
		    [SEL_SET_WEIGHT] = "weight",
		    [SEL_SET_PARAM] = NULL,
		};
		e = xmlNewChild(root, ns, BAD_CAST op_names[op->kind], NULL);
		xmlNewProp(e, BAD_CAST "ref", BAD_CAST op->ref);
		if (attr[op->kind] != NULL)
			xmlNewProp(e, BAD_CAST attr[op->kind],
			    BAD_CAST(op->value ? op->value : ""));
		else if (op->kind == SEL_SET_PARAM)
			xmlNodeAddContent(
			    e, BAD_CAST(op->value ? op->value : ""));
	}
	for (size_t i = 0; i < sel->ngroups; i++) {
		const struct sel_group *g = &sel->groups[i];
		xmlNodePtr ge = xmlNewChild(root, ns, BAD_CAST "group", NULL);
		xmlNewProp(ge, BAD_CAST "id", BAD_CAST g->id);
		put_texts(ge, ns, "title", g->title, sel->lang);
		for (size_t j = 0; j < g->nreqs; j++) {
			const struct sel_req *r = &g->reqs[j];
			char w[32];
			e = xmlNewChild(ge, ns, BAD_CAST "requirement", NULL);
			xmlNewProp(e, BAD_CAST "id", BAD_CAST r->id);
			xmlNewProp(e, BAD_CAST "kind",
			    BAD_CAST(r->award ? "award" : "knockout"));
			if (r->award) {
				snprintf(w, sizeof w, "%d", r->weight);
				xmlNewProp(e, BAD_CAST "weight", BAD_CAST w);
			}
			if (r->applies)
				xmlNewProp(e, BAD_CAST "applies-to",
				    BAD_CAST r->applies);
			put_texts(e, ns, "title", r->title, sel->lang);
			put_texts(e, ns, "statement", r->statement, sel->lang);
			put_texts(e, ns, "guidance", r->guidance, sel->lang);
			put_texts(e, ns, "evidence", r->evidence, sel->lang);
			for (size_t k = 0; k < r->nmaps; k++) {
				xmlNodePtr m =
				    xmlNewChild(e, ns, BAD_CAST "map", NULL);
				xmlNewProp(m, BAD_CAST "catalogue",
				    BAD_CAST r->map_cat[k]);
				xmlNewProp(m, BAD_CAST "clause",
				    BAD_CAST r->map_clause[k]);
			}
		}
	}
	xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
	xmlFreeDoc(doc);
	rc = write_file_atomic(path, (const char *)mem, (size_t)len);
	xmlFree(mem);
	return rc;
}
