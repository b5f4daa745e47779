/*
 * Translatable text: picking a language, plain-text rendering.
 */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

const struct text *
text_pick(const struct text *t, const char *lang, const char *fallback_lang,
    int *fallback)
{
	const struct text *p, *fb = NULL;

	if (fallback)
		*fallback = 0;
	if (t == NULL)
		return NULL;
	for (p = t; p != NULL; p = p->next) {
		if (lang != NULL && strcmp(p->lang, lang) == 0)
			return p;
		if (fb == NULL && fallback_lang != NULL &&
		    strcmp(p->lang, fallback_lang) == 0)
			fb = p;
	}
	if (fallback && lang != NULL)
		*fallback = 1;
	return fb ? fb : t;
}

static void
plain(struct buf *b, const struct text_node *n, text_param_fn *fn, void *ud)
{
	for (; n != NULL; n = n->next) {
		switch (n->kind) {
		case TEXT_STR:
			buf_puts(b, n->s);
			break;
		case TEXT_PARAM: {
			const char *v = fn ? fn(n->s, ud) : NULL;
			if (v != NULL)
				buf_puts(b, v);
			else
				buf_printf(b, "{%s}", n->s);
			break;
		}
		case TEXT_P:
		case TEXT_LIST:
		case TEXT_ITEM:
			buf_putc(b, ' ');
			plain(b, n->child, fn, ud);
			buf_putc(b, ' ');
			break;
		default:
			plain(b, n->child, fn, ud);
			break;
		}
	}
}

char *
text_plain(const struct text_node *n, text_param_fn *fn, void *ud)
{
	struct buf b = BUF_INIT;
	char *s;

	plain(&b, n, fn, ud);
	s = buf_detach(&b);
	str_collapse(s);
	return s;
}

void
text_each_param(const struct text_node *n,
    void (*fn)(const char *id, long line, void *ud), long line, void *ud)
{
	for (; n != NULL; n = n->next) {
		if (n->kind == TEXT_PARAM)
			fn(n->s, line, ud);
		text_each_param(n->child, fn, line, ud);
	}
}

void
text_nodes_free(struct text_node *n)
{
	while (n != NULL) {
		struct text_node *next = n->next;
		text_nodes_free(n->child);
		free(n->s);
		free(n);
		n = next;
	}
}

void
text_free(struct text *t)
{
	while (t != NULL) {
		struct text *next = t->next;
		text_nodes_free(t->body);
		free(t->lang);
		free(t);
		t = next;
	}
}

static struct text_node *
copy_nodes(const struct text_node *n)
{
	struct text_node *head = NULL, **tail = &head;

	for (; n != NULL; n = n->next) {
		struct text_node *c = xcalloc(1, sizeof *c);
		c->kind = n->kind;
		c->s = xstrdup(n->s);
		c->child = copy_nodes(n->child);
		*tail = c;
		tail = &c->next;
	}
	return head;
}

struct text *
text_copy(const struct text *t)
{
	struct text *head = NULL, **tail = &head;

	for (; t != NULL; t = t->next) {
		struct text *c = xcalloc(1, sizeof *c);
		c->lang = xstrdup(t->lang);
		c->line = t->line;
		c->body = copy_nodes(t->body);
		*tail = c;
		tail = &c->next;
	}
	return head;
}
