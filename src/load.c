/*
 * Loader helpers: validated documents and text trees.
 */
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "msg.h"
#include "util.h"

xmlDocPtr
load_doc(const char *file, enum xml_kind want, int *status)
{
	int sys = 0, rc;
	xmlDocPtr doc = xml_load(file, &sys);
	enum xml_kind kind;
	xmlNodePtr root;

	*status = MSG_EXIT_OK;
	if (doc == NULL) {
		*status = sys ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
		return NULL;
	}
	root = xmlDocGetRootElement(doc);
	kind = xml_kind(doc);
	if (kind == XML_KIND_UNKNOWN) {
		msg_at(MSG_NOT_ICOC, file, xml_line(root), 0, root->name,
		    root->ns ? (const char *)root->ns->href : "");
		*status = MSG_EXIT_INVALID;
	} else if (want != XML_KIND_UNKNOWN && kind != want) {
		msg_at(MSG_WRONG_KIND, file, xml_line(root), 0,
		    xml_kind_name(want), xml_kind_name(kind));
		*status = MSG_EXIT_INVALID;
	} else if (xml_kind_schema(kind) != NULL) {
		rc = xml_validate(doc, xml_kind_schema(kind));
		if (rc != 0)
			*status = rc < 0 ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
	}
	if (*status != MSG_EXIT_OK) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

static struct text_node *
nodes(const xmlNode *n)
{
	static const struct {
		const char *name;
		enum text_kind kind;
	} map[] = {
	    {"param", TEXT_PARAM},
	    {"em", TEXT_EM},
	    {"strong", TEXT_STRONG},
	    {"code", TEXT_CODE},
	    {"link", TEXT_LINK},
	    {"p", TEXT_P},
	    {"list", TEXT_LIST},
	    {"item", TEXT_ITEM},
	};
	struct text_node *head = NULL, **tail = &head;

	for (; n != NULL; n = n->next) {
		struct text_node *t;

		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			t = xcalloc(1, sizeof *t);
			t->kind = TEXT_STR;
			t->s = xstrdup((const char *)n->content);
		} else if (xml_is(n, NULL)) {
			size_t i;
			for (i = 0; i < NELEM(map); i++)
				if (strcmp((const char *)n->name,
				        map[i].name) == 0)
					break;
			if (i == NELEM(map))
				continue; /* the schema has refused it already */
			t = xcalloc(1, sizeof *t);
			t->kind = map[i].kind;
			if (t->kind == TEXT_PARAM)
				t->s = xml_attr(n, "ref");
			else if (t->kind == TEXT_LINK)
				t->s = xml_attr(n, "href");
			t->child = nodes(n->children);
		} else
			continue;
		*tail = t;
		tail = &t->next;
	}
	return head;
}

void
load_text(struct text **t, const xmlNode *el)
{
	struct text *x = xcalloc(1, sizeof *x);
	char *lang = xml_lang(el);

	x->lang = lang ? lang : xstrdup("nl");
	x->line = xml_line(el);
	x->body = nodes(el->children);
	while (*t != NULL)
		t = &(*t)->next;
	*t = x;
}

int
load_req_text(const xmlNode *n, struct text **title, struct text **statement,
    struct text **guidance, struct text **evidence)
{
	struct text **to = xml_is(n, "title") ? title
	    : xml_is(n, "statement")          ? statement
	    : xml_is(n, "guidance")           ? guidance
	    : xml_is(n, "evidence")           ? evidence
	                                      : NULL;

	if (to == NULL)
		return 0;
	load_text(to, n);
	return 1;
}

struct src
load_src(const xmlNode *n, const char *file)
{
	struct src s;

	s.file = file;
	s.line = xml_line(n);
	return s;
}

int
load_bool(const xmlNode *n, const char *name)
{
	char *v = xml_attr(n, name);
	int b = v != NULL && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);

	free(v);
	return b;
}

static void
emit_nodes(xmlNodePtr parent, xmlNsPtr ns, const struct text_node *n,
    load_param_fn *fn, void *ud)
{
	static const char *const names[] = {
	    [TEXT_EM] = "em",
	    [TEXT_STRONG] = "strong",
	    [TEXT_CODE] = "code",
	    [TEXT_LINK] = "link",
	    [TEXT_P] = "p",
	    [TEXT_LIST] = "list",
	    [TEXT_ITEM] = "item",
	};

	for (; n != NULL; n = n->next) {
		xmlNodePtr el;

		switch (n->kind) {
		case TEXT_STR:
			xmlAddChild(parent, xmlNewText(BAD_CAST n->s));
			break;
		case TEXT_PARAM:
			if (fn == NULL || fn(parent, n->s, ud) == NULL) {
				el = xmlNewChild(
				    parent, ns, BAD_CAST "param", NULL);
				xmlNewProp(el, BAD_CAST "ref", BAD_CAST n->s);
			}
			break;
		default:
			el = xmlNewChild(
			    parent, ns, BAD_CAST names[n->kind], NULL);
			if (n->kind == TEXT_LINK)
				xmlNewProp(el, BAD_CAST "href", BAD_CAST n->s);
			emit_nodes(el, ns, n->child, fn, ud);
			break;
		}
	}
}

xmlNodePtr
load_emit_text(xmlNodePtr parent, xmlNsPtr ns, const char *name,
    const struct text_node *body, load_param_fn *fn, void *ud)
{
	xmlNodePtr el = xmlNewChild(parent, ns, BAD_CAST name, NULL);

	emit_nodes(el, ns, body, fn, ud);
	return el;
}
