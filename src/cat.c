/*
 * Clause catalogues and crosswalks: loading and look-up.
 */
#include <stdlib.h>
#include <string.h>

#include "cat.h"
#include "hash.h"
#include "load.h"
#include "msg.h"
#include "path.h"
#include "util.h"

static void
add_clause(struct cat *c, const xmlNode *el, struct cat_clause *parent,
    size_t *cap, int *bad)
{
	struct cat_clause *cl = xcalloc(1, sizeof *cl);
	struct cat_clause *dup;

	cl->id = xml_attr(el, "id");
	cl->cite = xml_attr(el, "cite");
	cl->applies_from = xml_attr(el, "applies-from");
	cl->parent = parent;
	cl->depth = parent ? parent->depth + 1 : 0;
	cl->src = load_src(el, c->file);
	c->clauses =
	    xgrow(c->clauses, cap, c->nclauses + 1, sizeof *c->clauses);
	c->clauses[c->nclauses++] = cl;
	if ((dup = hash_put(c->index, cl->id, cl)) != NULL) {
		msg_at(MSG_DUP_ID, c->file, cl->src.line, 0, "clause", cl->id,
		    dup->src.file, dup->src.line);
		*bad = 1;
	}
	for (const xmlNode *n = xml_first(el); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "title"))
			load_text(&cl->title, n);
		else if (xml_is(n, "description"))
			load_text(&cl->desc, n);
		else if (xml_is(n, "tag")) {
			cl->tags = xrealloc(
			    cl->tags, (cl->ntags + 1) * sizeof(char *));
			cl->tags[cl->ntags++] = xml_attr(n, "name");
		} else if (xml_is(n, "clause"))
			add_clause(c, n, cl, cap, bad);
	}
}

struct cat *
cat_load_file(const char *file, int *sys)
{
	int status, bad = 0;
	xmlDocPtr doc = load_doc(file, XML_KIND_CATALOGUE, &status);
	const xmlNode *root;
	struct cat *c;
	size_t cap = 0;

	*sys = status == MSG_EXIT_SYSTEM;
	if (doc == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	c = xcalloc(1, sizeof *c);
	c->file = xstrdup(file);
	c->id = xml_attr(root, "id");
	c->version = xml_attr(root, "version");
	c->lang = xml_lang(root);
	if (c->lang == NULL)
		c->lang = xstrdup("en");
	c->index = hash_new();
	for (const xmlNode *n = xml_first(root); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "title"))
			load_text(&c->title, n);
		else if (xml_is(n, "clause"))
			add_clause(c, n, NULL, &cap, &bad);
	}
	xmlFreeDoc(doc);
	if (bad) {
		cat_free(c);
		return NULL;
	}
	return c;
}

struct cat *
cat_load(const char *id, const char *version, int report, int *sys)
{
	const struct path_doc *d = path_find(
	    XML_KIND_CATALOGUE, id, version, report ? "catalogue" : NULL);

	*sys = 0;
	if (d == NULL)
		return NULL;
	return cat_load_file(d->file, sys);
}

void
cat_free(struct cat *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nclauses; i++) {
		struct cat_clause *cl = c->clauses[i];
		free(cl->id);
		free(cl->cite);
		free(cl->applies_from);
		text_free(cl->title);
		text_free(cl->desc);
		for (size_t j = 0; j < cl->ntags; j++)
			free(cl->tags[j]);
		free(cl->tags);
		free(cl);
	}
	free(c->clauses);
	hash_free(c->index);
	text_free(c->title);
	free(c->id);
	free(c->version);
	free(c->lang);
	free(c->file);
	free(c);
}

const struct cat_clause *
cat_find(const struct cat *c, const char *id)
{
	return hash_get(c->index, id);
}

int
cat_within(const struct cat_clause *clause, const struct cat_clause *ancestor)
{
	for (; clause != NULL; clause = clause->parent)
		if (clause == ancestor)
			return 1;
	return 0;
}

int
cat_check_crosswalk(const char *file)
{
	int status, sys = 0;
	xmlDocPtr doc = load_doc(file, XML_KIND_CROSSWALK, &status);
	const xmlNode *root;
	char *from, *to;
	struct cat *cf = NULL, *ct = NULL;

	if (doc == NULL)
		return status;
	root = xmlDocGetRootElement(doc);
	from = xml_attr(root, "from");
	to = xml_attr(root, "to");
	cf = cat_load(from, NULL, 1, &sys);
	if (cf != NULL)
		ct = cat_load(to, NULL, 1, &sys);
	if (cf == NULL || ct == NULL)
		status = sys ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
	else
		for (const xmlNode *n = xml_first(root); n != NULL;
		     n = xml_next(n)) {
			char *a, *b;
			if (!xml_is(n, "map"))
				continue;
			a = xml_attr(n, "from");
			b = xml_attr(n, "to");
			if (cat_find(cf, a) == NULL) {
				msg_at(MSG_UNKNOWN_CLAUSE, file, xml_line(n), 0,
				    a, from);
				status = MSG_EXIT_INVALID;
			}
			if (cat_find(ct, b) == NULL) {
				msg_at(MSG_UNKNOWN_CLAUSE, file, xml_line(n), 0,
				    b, to);
				status = MSG_EXIT_INVALID;
			}
			free(a);
			free(b);
		}
	cat_free(cf);
	cat_free(ct);
	free(from);
	free(to);
	xmlFreeDoc(doc);
	return status;
}
