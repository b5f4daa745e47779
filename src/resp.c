/*
 * The response model and its XML loader (FORMATS.md §4).
 *
 * Statuses and duplicate answers are checked before the schema, so the
 * two mistakes people make by hand get a message that names the answer
 * and its line rather than a RELAX NG complaint.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "csv.h"
#include "hash.h"
#include "load.h"
#include "msg.h"
#include "path.h"
#include "resp.h"
#include "util.h"
#include "xml.h"

static const char *const status_names[RESP__COUNT] = {
    [RESP_UNANSWERED] = "",
    [RESP_COMPLY] = "comply",
    [RESP_PARTIAL] = "partial",
    [RESP_NONCOMPLY] = "noncomply",
    [RESP_NA] = "not-applicable",
};

/* Accepted on import besides the canonical names (normalised by csv_norm). */
static const struct {
	const char *word;
	enum resp_status st;
} status_words[] = {
    {"voldoet", RESP_COMPLY},
    {"deels", RESP_PARTIAL},
    {"voldoet-niet", RESP_NONCOMPLY},
    {"nvt", RESP_NA},
    {"non-comply", RESP_NONCOMPLY},
    {"notapplicable", RESP_NA},
};

const char *
resp_status_name(enum resp_status st)
{
	return st < RESP__COUNT ? status_names[st] : "";
}

int
resp_status_parse(const char *s, enum resp_status *st)
{
	char *n = csv_norm(s);
	int rc = -1;

	for (int i = 0; i < RESP__COUNT && rc != 0; i++)
		if (strcmp(n, status_names[i]) == 0) {
			*st = (enum resp_status)i;
			rc = 0;
		}
	for (size_t i = 0; i < NELEM(status_words) && rc != 0; i++)
		if (strcmp(n, status_words[i].word) == 0) {
			*st = status_words[i].st;
			rc = 0;
		}
	free(n);
	return rc;
}

struct resp *
resp_new(const char *file)
{
	struct resp *r = xcalloc(1, sizeof *r);

	r->file = xstrdup(file);
	r->index = hash_new();
	return r;
}

void
resp_free(struct resp *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->nanswers; i++) {
		free(r->answers[i].ref);
		free(r->answers[i].explanation);
		free(r->answers[i].evidence);
	}
	free(r->answers);
	hash_free(r->index);
	free(r->file);
	free(r->tender);
	free(r->digest);
	free(r->set);
	free(r->set_version);
	free(r->lang);
	free(r->supplier);
	free(r->product);
	free(r->contact);
	free(r);
}

struct resp_answer *
resp_add(struct resp *r, const char *ref, long line, long col)
{
	struct resp_answer *a;
	uintptr_t prev = (uintptr_t)hash_get(r->index, ref);

	if (prev != 0) {
		const struct resp_answer *p = &r->answers[prev - 1];
		if (r->csv)
			msg_level_at(MSG_ERROR, r->file, line, col,
			    "duplicate answer for '%s' (first in row %ld)", ref,
			    p->src.line);
		else
			msg_level_at(MSG_ERROR, r->file, line, col,
			    "duplicate answer for '%s' (first at line %ld)",
			    ref, p->src.line);
		return NULL;
	}
	r->answers =
	    xgrow(r->answers, &r->cap, r->nanswers + 1, sizeof *r->answers);
	a = &r->answers[r->nanswers++];
	memset(a, 0, sizeof *a);
	a->ref = xstrdup(ref);
	a->src.file = r->file;
	a->src.line = line;
	a->col = col;
	a->explanation = xstrdup("");
	a->evidence = xstrdup("");
	hash_put(r->index, a->ref, (void *)(uintptr_t)r->nanswers);
	return a;
}

const struct resp_answer *
resp_find(const struct resp *r, const char *ref)
{
	uintptr_t i = (uintptr_t)hash_get(r->index, ref);

	return i ? &r->answers[i - 1] : NULL;
}

/* Text content with white space collapsed; "" for NULL. */
static char *
content(const xmlNode *n)
{
	xmlChar *c;
	char *s;

	if (n == NULL)
		return xstrdup("");
	c = xmlNodeGetContent(n);
	s = xstrdup(c ? (const char *)c : "");
	xmlFree(c);
	str_collapse(s);
	return s;
}

/* An optional attribute, NULL when absent or empty after trimming. */
static char *
attr(const xmlNode *n, const char *name)
{
	char *v = xml_attr(n, name);

	if (v != NULL) {
		str_collapse(v);
		if (*v == '\0') {
			free(v);
			v = NULL;
		}
	}
	return v;
}

/*
 * The checks the schema would make less clearly: status words and
 * duplicate answers.  Fills r; returns non-zero after printing errors.
 */
static int
read_answers(struct resp *r, const xmlNode *root)
{
	int bad = 0;

	for (const xmlNode *n = xml_first(root); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "supplier")) {
			for (const xmlNode *m = xml_first(n); m;
			     m = xml_next(m)) {
				char **dst = xml_is(m, "name") ? &r->supplier
				    : xml_is(m, "product")     ? &r->product
				    : xml_is(m, "contact")     ? &r->contact
				                               : NULL;
				if (dst != NULL) {
					free(*dst);
					*dst = content(m);
					if (**dst == '\0') {
						free(*dst);
						*dst = NULL;
					}
				}
			}
			continue;
		}
		if (!xml_is(n, "answer"))
			continue;
		char *ref = xml_attr(n, "ref"), *st = xml_attr(n, "status");
		long line = xml_line(n);
		enum resp_status s = RESP_UNANSWERED;
		struct resp_answer *a;

		if (ref == NULL) {
			free(st);
			continue; /* the schema says so */
		}
		if (st != NULL) {
			char *t = xstrdup(st);
			str_collapse(t);
			if (strcmp(t, "") != 0 &&
			    (resp_status_parse(t, &s) != 0 ||
			        strcmp(t, resp_status_name(s)) != 0)) {
				msg_level_at(MSG_ERROR, r->file, line, 0,
				    "unknown status '%s' in <answer ref='%s'>; "
				    "expected "
				    "comply, partial, noncomply, "
				    "not-applicable or empty",
				    st, ref);
				bad = 1;
			}
			free(t);
		}
		a = resp_add(r, ref, line, 0);
		if (a == NULL)
			bad = 1;
		else {
			a->status = s;
			for (const xmlNode *m = xml_first(n); m;
			     m = xml_next(m))
				if (xml_is(m, "explanation")) {
					free(a->explanation);
					a->explanation = content(m);
				} else if (xml_is(m, "evidence")) {
					free(a->evidence);
					a->evidence = content(m);
				}
		}
		free(ref);
		free(st);
	}
	return bad;
}

static struct resp *
from_doc(xmlDocPtr doc, const char *name, int *status)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	struct resp *r;
	int rc;

	*status = MSG_EXIT_OK;
	if (xml_kind(doc) != XML_KIND_RESPONSE) {
		if (xml_kind(doc) == XML_KIND_UNKNOWN)
			msg_at(MSG_NOT_ICOC, name, xml_line(root), 0,
			    root->name,
			    root->ns ? (const char *)root->ns->href : "");
		else
			msg_at(MSG_WRONG_KIND, name, xml_line(root), 0,
			    "response", xml_kind_name(xml_kind(doc)));
		*status = MSG_EXIT_INVALID;
		return NULL;
	}
	r = resp_new(name);
	r->line = xml_line(root);
	r->tender = attr(root, "tender");
	r->digest = attr(root, "checklist-digest");
	r->set = attr(root, "set");
	r->set_version = attr(root, "set-version");
	r->lang = xml_lang(root);
	if (read_answers(r, root) != 0)
		*status = MSG_EXIT_INVALID;
	else if ((rc = xml_validate(doc, "response.rng")) != 0)
		*status = rc < 0 ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
	if (*status != MSG_EXIT_OK) {
		resp_free(r);
		return NULL;
	}
	return r;
}

struct resp *
resp_load_xml_memory(
    const char *data, size_t len, const char *name, int *status)
{
	xmlDocPtr doc = xml_load_memory(data, len, name);
	struct resp *r;

	if (doc == NULL) {
		*status = MSG_EXIT_INVALID;
		return NULL;
	}
	r = from_doc(doc, name, status);
	xmlFreeDoc(doc);
	return r;
}

/* XML when the first non-blank character (after a BOM) is '<'. */
static int
looks_xml(const char *s, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len &&
	    (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	return i < len && s[i] == '<';
}

struct resp *
resp_load(const char *file, int *status)
{
	size_t len = 0;
	int too_big = 0;
	char *data = read_file(file, xml_max_bytes, &len, &too_big);
	struct resp *r = NULL;

	*status = MSG_EXIT_OK;
	if (data == NULL) {
		if (too_big) {
			msg_at(MSG_TOO_BIG, file, 0, 0, xml_max_bytes);
			*status = MSG_EXIT_INVALID;
		} else {
			msg_at(MSG_OPEN, file, 0, 0, strerror(errno));
			*status = MSG_EXIT_SYSTEM;
		}
		return NULL;
	}
	if (looks_xml(data, len)) {
		xml_allow(file);
		r = resp_load_xml_memory(data, len, file, status);
	} else {
		struct csv_words w;
		char *msgs = xasprintf("%s/messages.xml", path_template_dir());

		if (csv_words_load(&w, msgs) != 0)
			*status = MSG_EXIT_SYSTEM;
		else
			r = csv_response(data, len, file, &w, status);
		csv_words_release(&w);
		free(msgs);
	}
	free(data);
	return r;
}
