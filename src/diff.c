/*
 * Comparing two versions of a set: levels, segments, parameters and
 * requirements, each by id, fields compared on the resolved values (so
 * the order of elements and white space in the files do not matter);
 * then the diff document for the templates.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "cat.h"
#include "diff.h"
#include "set.h"
#include "util.h"
#include "xml.h"

#ifndef ICOC_VERSION
#define ICOC_VERSION "0.1.0"
#endif

const char *
diff_what_name(enum diff_what w)
{
	static const char *const names[] = {
	    "level", "segment", "parameter", "requirement"};

	return names[w];
}

const char *
diff_change_name(enum diff_change c)
{
	static const char *const names[] = {
	    "added", "removed", "withdrawn", "changed"};

	return names[c];
}

/* ============================================================ texts */

/* Plain text of t in lang (else the set's language, else the first). */
static char *
plain(const struct text *t, const char *lang, const char *fallback)
{
	const struct text *p = text_pick(t, lang, fallback, NULL);

	return p ? text_plain(p->body, NULL, NULL) : NULL;
}

/*
 * A canonical form of a node list: the characters with white space
 * collapsed, markup as control characters, so two texts compare equal
 * when only the layout of the file differs.
 */
static void
canon_nodes(struct buf *b, const struct text_node *n)
{
	for (; n != NULL; n = n->next) {
		if (n->kind == TEXT_STR) {
			buf_puts(b, n->s);
			continue;
		}
		buf_putc(b, '\x01');
		buf_putc(b, (char)('A' + n->kind));
		if (n->s)
			buf_puts(b, n->s);
		buf_putc(b, '\x02');
		canon_nodes(b, n->child);
		buf_putc(b, '\x03');
	}
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static char *
canon(const struct text_node *n)
{
	struct buf b = BUF_INIT, o = BUF_INIT;
	size_t i;
	int space = 0;

	canon_nodes(&b, n);
	/* white space collapsed, none next to markup */
	for (i = 0; i < b.len; i++) {
		char c = b.s[i];
		if (is_space(c)) {
			space = 1;
			continue;
		}
		if (space && o.len > 0 && c > '\x03' && o.s[o.len - 1] > '\x03')
			buf_putc(&o, ' ');
		space = 0;
		buf_putc(&o, c);
	}
	buf_release(&b);
	if (o.s == NULL)
		buf_puts(&o, "");
	return buf_detach(&o);
}

/* The translation in exactly lang, or NULL. */
static const struct text *
text_in(const struct text *t, const char *lang)
{
	for (; t != NULL; t = t->next)
		if (strcmp(t->lang, lang) == 0)
			return t;
	return NULL;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Do two texts differ in any translation?  Returns 1 and the differing
 * languages (sorted, space-separated) in *langs, else 0.
 */
static int
text_differs(const struct text *a, const struct text *b, char **langs)
{
	const char *all[64];
	size_t n = 0;
	struct buf out = BUF_INIT;
	const struct text *t;

	for (int side = 0; side < 2; side++)
		for (t = side ? b : a; t != NULL && n < NELEM(all);
		     t = t->next) {
			size_t i;
			for (i = 0; i < n && strcmp(all[i], t->lang) != 0; i++)
				;
			if (i == n)
				all[n++] = t->lang;
		}
	qsort(all, n, sizeof *all, cmp_str);
	for (size_t i = 0; i < n; i++) {
		const struct text *x = text_in(a, all[i]),
		                  *y = text_in(b, all[i]);
		int differ;

		if (x == NULL || y == NULL)
			differ = 1;
		else {
			char *cx = canon(x->body), *cy = canon(y->body);
			differ = strcmp(cx, cy) != 0;
			free(cx);
			free(cy);
		}
		if (differ) {
			if (out.len)
				buf_putc(&out, ' ');
			buf_puts(&out, all[i]);
		}
	}
	*langs = out.s;
	return out.s != NULL;
}

/* ============================================================ entries */

struct ctx {
	struct diff *d;
	size_t cap;
	const char *flang_old, *flang_new; /* fallback languages */
};

static struct diff_entry *
entry_add(
    struct ctx *c, enum diff_what what, enum diff_change change, const char *id)
{
	struct diff *d = c->d;
	struct diff_entry *e;

	d->entries =
	    xgrow(d->entries, &c->cap, d->nentries + 1, sizeof *d->entries);
	e = &d->entries[d->nentries++];
	memset(e, 0, sizeof *e);
	e->what = what;
	e->change = change;
	e->id = xstrdup(id);
	return e;
}

/* Drop the last entry when no field differed. */
static void
entry_keep_if_changed(struct ctx *c)
{
	struct diff *d = c->d;
	struct diff_entry *e = &d->entries[d->nentries - 1];

	if (e->change == DIFF_CHANGED && e->nfields == 0) {
		free(e->id);
		free(e->title);
		free(e->group);
		free(e->gtitle);
		free(e->layer);
		free(e->reason);
		free(e->fields);
		d->nentries--;
	}
}

static struct diff_field *
field_add(struct diff_entry *e, const char *name)
{
	struct diff_field *f;

	e->fields = xrealloc(e->fields, (e->nfields + 1) * sizeof *e->fields);
	f = &e->fields[e->nfields++];
	memset(f, 0, sizeof *f);
	f->name = name;
	return f;
}

/* A snapshot field of an added (new side) or removed (old side) object. */
static void
snap(struct diff_entry *e, const char *name, char *value, const char *note,
    int new_side)
{
	struct diff_field *f;

	if (value == NULL)
		return;
	f = field_add(e, name);
	if (new_side) {
		f->new = value;
		f->new_note = xstrdup(note);
	} else {
		f->old = value;
		f->old_note = xstrdup(note);
	}
}

/* Compare a text field; both sides shown in the diff's language. */
static void
cmp_text(struct ctx *c, struct diff_entry *e, const char *name,
    const struct text *a, const struct text *b)
{
	char *langs;
	struct diff_field *f;

	if (!text_differs(a, b, &langs))
		return;
	f = field_add(e, name);
	f->langs = langs;
	f->old = plain(a, c->d->lang, c->flang_old);
	f->new = plain(b, c->d->lang, c->flang_new);
	if (f->old != NULL && f->new != NULL &&strcmp(f->old, f->new) == 0) {
		/* only another translation changed: show that one */
		char *first = xstrndup(langs, strcspn(langs, " "));
		free(f->old);
		free(f->new);
		f->old = plain(a, first, c->flang_old);
		f->new = plain(b, first, c->flang_new);
		free(first);
	}
}

/* Compare a value (NULL: absent) with notes; the notes count too. */
static void
cmp_value(struct diff_entry *e, const char *name, const char *a, const char *b,
    const char *na, const char *nb, int notes_count)
{
	struct diff_field *f;
	int same = (a == NULL) == (b == NULL) && (a == NULL || !strcmp(a, b));

	if (same && notes_count)
		same = (na == NULL) == (nb == NULL) &&
		    (na == NULL || !strcmp(na, nb));
	if (same)
		return;
	f = field_add(e, name);
	f->old = xstrdup(a);
	f->new = xstrdup(b);
	f->old_note = xstrdup(na);
	f->new_note = xstrdup(nb);
}

/* Sorted copy of a list of strings (the strings borrowed). */
static char **
sorted(char *const *v, size_t n)
{
	char **s = xcalloc(n + 1, sizeof *s);

	if (n)
		memcpy(s, v, n * sizeof *s);
	qsort(s, n, sizeof *s, cmp_str);
	return s;
}

static char *
join(char *const *v, size_t n, const char *sep)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_puts(&b, sep);
		buf_puts(&b, v[i]);
	}
	if (b.s == NULL)
		buf_puts(&b, "");
	return buf_detach(&b);
}

/*
 * Compare two lists as sets.  old_s and new_s are what is shown (NULL:
 * the sorted lists joined by spaces); ownership passes to the field.
 * Returns the field, or NULL when the sets are equal and old_s equals
 * new_s.
 */
static struct diff_field *
cmp_list(struct diff_entry *e, const char *name, char *const *a, size_t na,
    char *const *b, size_t nb, char *old_s, char *new_s)
{
	char **x = sorted(a, na), **y = sorted(b, nb);
	char **add = NULL, **rem = NULL;
	size_t nadd = 0, nrem = 0, i = 0, j = 0;
	struct diff_field *f = NULL;

	while (i < na || j < nb) {
		int c = i == na ? 1 : j == nb ? -1 : strcmp(x[i], y[j]);
		if (c < 0) {
			rem = xrealloc(rem, (nrem + 1) * sizeof *rem);
			rem[nrem++] = xstrdup(x[i++]);
		} else if (c > 0) {
			add = xrealloc(add, (nadd + 1) * sizeof *add);
			add[nadd++] = xstrdup(y[j++]);
		} else
			i++, j++;
	}
	if (old_s == NULL)
		old_s = join(x, na, " ");
	if (new_s == NULL)
		new_s = join(y, nb, " ");
	if (nadd || nrem || strcmp(old_s, new_s) != 0) {
		f = field_add(e, name);
		f->old = old_s;
		f->new = new_s;
		f->added = add;
		f->nadded = nadd;
		f->removed = rem;
		f->nremoved = nrem;
	} else {
		free(old_s);
		free(new_s);
	}
	free(x);
	free(y);
	return f;
}

/* ============================================================ levels */

static void
diff_levels(struct ctx *c)
{
	const struct set *a = c->d->old, *b = c->d->new;
	const char *lang = c->d->lang;

	for (size_t i = 0; i < b->nlevels; i++) {
		const struct set_level *n = &b->levels[i];
		const struct set_level *o = set_level(a, n->id);
		struct diff_entry *e;
		char ra[32], rb[32];

		snprintf(rb, sizeof rb, "%d", n->rank + 1);
		e = entry_add(
		    c, DIFF_LEVEL, o ? DIFF_CHANGED : DIFF_ADDED, n->id);
		e->title = plain(n->title, lang, c->flang_new);
		if (o == NULL) {
			e->layer = xstrdup(n->layer);
			snap(e, "order", xstrdup(rb), NULL, 1);
			continue;
		}
		snprintf(ra, sizeof ra, "%d", o->rank + 1);
		cmp_text(c, e, "title", o->title, n->title);
		cmp_text(c, e, "description", o->desc, n->desc);
		cmp_value(e, "order", ra, rb, NULL, NULL, 0);
		entry_keep_if_changed(c);
	}
	for (size_t i = 0; i < a->nlevels; i++) {
		const struct set_level *o = &a->levels[i];
		struct diff_entry *e;
		char ra[32];

		if (set_level(b, o->id) != NULL)
			continue;
		snprintf(ra, sizeof ra, "%d", o->rank + 1);
		e = entry_add(c, DIFF_LEVEL, DIFF_REMOVED, o->id);
		e->title = plain(o->title, lang, c->flang_old);
		e->layer = xstrdup(o->layer);
		snap(e, "order", xstrdup(ra), NULL, 0);
	}
}

/* ============================================================ segments */

static void
diff_segments(struct ctx *c)
{
	const struct set *a = c->d->old, *b = c->d->new;
	const char *lang = c->d->lang;

	for (size_t i = 0; i < b->nsegments; i++) {
		const struct set_segment *n = &b->segments[i];
		const struct set_segment *o = set_segment(a, n->id);
		struct diff_entry *e;

		e = entry_add(
		    c, DIFF_SEGMENT, o ? DIFF_CHANGED : DIFF_ADDED, n->id);
		e->title = plain(n->title, lang, c->flang_new);
		if (o == NULL) {
			e->layer = xstrdup(n->layer);
			snap(e, "additive",
			    xstrdup(n->additive ? "true" : "false"), NULL, 1);
			continue;
		}
		cmp_text(c, e, "title", o->title, n->title);
		cmp_text(c, e, "description", o->desc, n->desc);
		cmp_value(e, "additive", o->additive ? "true" : "false",
		    n->additive ? "true" : "false", NULL, NULL, 0);
		entry_keep_if_changed(c);
	}
	for (size_t i = 0; i < a->nsegments; i++) {
		const struct set_segment *o = &a->segments[i];
		struct diff_entry *e;

		if (set_segment(b, o->id) != NULL)
			continue;
		e = entry_add(c, DIFF_SEGMENT, DIFF_REMOVED, o->id);
		e->title = plain(o->title, lang, c->flang_old);
		e->layer = xstrdup(o->layer);
		snap(e, "additive", xstrdup(o->additive ? "true" : "false"),
		    NULL, 0);
	}
}

/* ============================================================ parameters */

static const char *
ptype_name(enum set_ptype t)
{
	return t == SET_P_INTEGER ? "integer"
	    : t == SET_P_STRING   ? "string"
	                          : "choice";
}

static char *
range(const struct set_param *p)
{
	if (p->has_min && p->has_max)
		return xasprintf("%ld..%ld", p->min, p->max);
	if (p->has_min)
		return xasprintf("%ld..", p->min);
	if (p->has_max)
		return xasprintf("..%ld", p->max);
	return NULL;
}

static int
cmp_opt(const void *x, const void *y)
{
	const struct set_option *a = *(const struct set_option *const *)x;
	const struct set_option *b = *(const struct set_option *const *)y;

	return strcmp(a->value, b->value);
}

/* "EER (Europese Economische Ruimte), NL (Nederland)", by value */
static char *
options(const struct ctx *c, const struct set_param *p, const char *fb)
{
	struct buf b = BUF_INIT;
	const struct set_option **v = xcalloc(p->nopts + 1, sizeof *v);

	for (size_t i = 0; i < p->nopts; i++)
		v[i] = &p->opts[i];
	qsort(v, p->nopts, sizeof *v, cmp_opt);
	for (size_t i = 0; i < p->nopts; i++) {
		char *l = plain(v[i]->label, c->d->lang, fb);
		if (i)
			buf_puts(&b, ", ");
		buf_puts(&b, v[i]->value);
		if (l != NULL && *l != '\0')
			buf_printf(&b, " (%s)", l);
		free(l);
	}
	free(v);
	if (b.s == NULL)
		buf_puts(&b, "");
	return buf_detach(&b);
}

static void
opt_values(const struct set_param *p, char ***v)
{
	*v = xcalloc(p->nopts + 1, sizeof **v);
	for (size_t i = 0; i < p->nopts; i++)
		(*v)[i] = p->opts[i].value;
}

static void
cmp_options(struct ctx *c, struct diff_entry *e, const struct set_param *o,
    const struct set_param *n)
{
	char **va, **vb;
	int labels = 0;
	struct diff_field *f;

	opt_values(o, &va);
	opt_values(n, &vb);
	for (size_t i = 0; i < n->nopts; i++)
		for (size_t j = 0; j < o->nopts; j++)
			if (strcmp(n->opts[i].value, o->opts[j].value) == 0) {
				char *langs = NULL;
				if (text_differs(o->opts[j].label,
				        n->opts[i].label, &langs))
					labels = 1;
				free(langs);
			}
	f = cmp_list(e, "options", va, o->nopts, vb, n->nopts,
	    options(c, o, c->flang_old), options(c, n, c->flang_new));
	if (f == NULL && labels) {
		f = field_add(e, "options");
		f->old = options(c, o, c->flang_old);
		f->new = options(c, n, c->flang_new);
	}
	free(va);
	free(vb);
}

static void
param_snap(struct ctx *c, struct diff_entry *e, const struct set_param *p,
    int new_side)
{
	const char *fb = new_side ? c->flang_new : c->flang_old;

	snap(e, "type", xstrdup(ptype_name(p->type)), NULL, new_side);
	snap(e, "range", range(p), NULL, new_side);
	snap(e, "pattern", xstrdup(p->pattern), NULL, new_side);
	snap(e, "unit", xstrdup(p->unit), NULL, new_side);
	if (p->nopts)
		snap(e, "options", options(c, p, fb), NULL, new_side);
	snap(e, "default", xstrdup(p->def), p->def_layer, new_side);
}

static void
diff_params(struct ctx *c)
{
	const struct set *a = c->d->old, *b = c->d->new;
	const char *lang = c->d->lang;

	for (size_t i = 0; i < b->nparams; i++) {
		const struct set_param *n = &b->params[i];
		const struct set_param *o = set_param(a, n->id);
		struct diff_entry *e;
		char *ra, *rb;

		e = entry_add(
		    c, DIFF_PARAM, o ? DIFF_CHANGED : DIFF_ADDED, n->id);
		e->title = plain(n->label, lang, c->flang_new);
		if (o == NULL) {
			e->layer = xstrdup(n->layer);
			param_snap(c, e, n, 1);
			continue;
		}
		cmp_value(e, "type", ptype_name(o->type), ptype_name(n->type),
		    NULL, NULL, 0);
		ra = range(o);
		rb = range(n);
		cmp_value(e, "range", ra, rb, NULL, NULL, 0);
		free(ra);
		free(rb);
		cmp_value(e, "pattern", o->pattern, n->pattern, NULL, NULL, 0);
		cmp_value(e, "unit", o->unit, n->unit, NULL, NULL, 0);
		cmp_options(c, e, o, n);
		cmp_value(e, "default", o->def, n->def,
		    o->def ? o->def_layer : NULL, n->def ? n->def_layer : NULL,
		    1);
		cmp_text(c, e, "label", o->label, n->label);
		cmp_text(c, e, "description", o->desc, n->desc);
		entry_keep_if_changed(c);
	}
	for (size_t i = 0; i < a->nparams; i++) {
		const struct set_param *o = &a->params[i];
		struct diff_entry *e;

		if (set_param(b, o->id) != NULL)
			continue;
		e = entry_add(c, DIFF_PARAM, DIFF_REMOVED, o->id);
		e->title = plain(o->label, lang, c->flang_old);
		e->layer = xstrdup(o->layer);
		param_snap(c, e, o, 0);
	}
}

/* ============================================================ requirements */

static char **
map_keys(const struct set_req *r)
{
	char **v = xcalloc(r->nmaps + 1, sizeof *v);

	for (size_t i = 0; i < r->nmaps; i++)
		v[i] =
		    xasprintf("%s %s", r->maps[i].catalogue, r->maps[i].clause);
	return v;
}

static void
free_strv(char **v, size_t n)
{
	for (size_t i = 0; v != NULL && i < n; i++)
		free(v[i]);
	free(v);
}

static char *
weight_str(const struct set_req *r)
{
	return r->kind == SET_AWARD ? xasprintf("%d", r->weight) : NULL;
}

static void
req_common(struct ctx *c, struct diff_entry *e, const struct set_req *r,
    const char *fb)
{
	e->title = plain(r->title, c->d->lang, fb);
	if (r->group != NULL) {
		e->group = xstrdup(r->group->id);
		e->gtitle = plain(r->group->title, c->d->lang, fb);
	}
}

static void
req_snap(
    struct ctx *c, struct diff_entry *e, const struct set_req *r, int new_side)
{
	const char *fb = new_side ? c->flang_new : c->flang_old;
	char **keys = map_keys(r), **s;

	snap(e, "statement", plain(r->statement, c->d->lang, fb), NULL,
	    new_side);
	snap(e, "level", xstrdup(r->level ? r->level->id : ""), NULL, new_side);
	snap(e, "kind", xstrdup(set_kind_name(r->kind)), NULL, new_side);
	snap(e, "weight", weight_str(r), NULL, new_side);
	if (r->applies != SET_APPLIES_NONE)
		snap(e, "applies-to", xstrdup(set_applies_name(r->applies)),
		    NULL, new_side);
	s = sorted(r->segments, r->nseg);
	snap(e, "segments", join(s, r->nseg, " "), NULL, new_side);
	free(s);
	s = sorted(keys, r->nmaps);
	snap(e, "maps", join(s, r->nmaps, ", "), NULL, new_side);
	free(s);
	free_strv(keys, r->nmaps);
}

static void
req_compare(struct ctx *c, struct diff_entry *e, const struct set_req *o,
    const struct set_req *n)
{
	const char *lang = c->d->lang;
	char **ka, **kb, *wa, *wb;
	struct diff_field *f;

	cmp_text(c, e, "title", o->title, n->title);
	cmp_text(c, e, "statement", o->statement, n->statement);
	cmp_text(c, e, "guidance", o->guidance, n->guidance);
	cmp_text(c, e, "evidence", o->evidence, n->evidence);
	if (o->level && n->level && strcmp(o->level->id, n->level->id) != 0) {
		f = field_add(e, "level");
		f->old = xstrdup(o->level->id);
		f->new = xstrdup(n->level->id);
		f->old_note = plain(o->level->title, lang, c->flang_old);
		f->new_note = plain(n->level->title, lang, c->flang_new);
	}
	cmp_value(e, "kind", set_kind_name(o->kind), set_kind_name(n->kind),
	    NULL, NULL, 0);
	wa = weight_str(o);
	wb = weight_str(n);
	if (wa != NULL && wb != NULL)
		cmp_value(e, "weight", wa, wb, NULL, NULL, 0);
	free(wa);
	free(wb);
	cmp_list(e, "segments", o->segments, o->nseg, n->segments, n->nseg,
	    NULL, NULL);
	cmp_value(e, "applies-to", set_applies_name(o->applies),
	    set_applies_name(n->applies), NULL, NULL, 0);
	ka = map_keys(o);
	kb = map_keys(n);
	{
		char **x = sorted(ka, o->nmaps), **y = sorted(kb, n->nmaps);
		cmp_list(e, "maps", ka, o->nmaps, kb, n->nmaps,
		    join(x, o->nmaps, ", "), join(y, n->nmaps, ", "));
		free(x);
		free(y);
	}
	free_strv(ka, o->nmaps);
	free_strv(kb, n->nmaps);
	if (o->group && n->group && strcmp(o->group->id, n->group->id) != 0) {
		f = field_add(e, "group");
		f->old = xstrdup(o->group->id);
		f->new = xstrdup(n->group->id);
		f->old_note = plain(o->group->title, lang, c->flang_old);
		f->new_note = plain(n->group->title, lang, c->flang_new);
	}
}

static void
diff_reqs(struct ctx *c)
{
	const struct set *a = c->d->old, *b = c->d->new;

	for (size_t i = 0; i < b->nreqs; i++) {
		const struct set_req *n = b->reqs[i];
		const struct set_req *o = set_req(a, n->id);
		struct diff_entry *e;

		if (o != NULL && o->withdrawn)
			o = NULL; /* withdrawn before: as if absent */
		if (n->withdrawn) {
			if (o == NULL)
				continue;
			e = entry_add(c, DIFF_REQ, DIFF_WITHDRAWN, n->id);
			req_common(c, e, o, c->flang_old);
			e->layer = xstrdup(n->withdrawn_by);
			e->reason = xstrdup(n->withdraw_reason);
			req_snap(c, e, o, 0);
			continue;
		}
		e = entry_add(
		    c, DIFF_REQ, o ? DIFF_CHANGED : DIFF_ADDED, n->id);
		req_common(c, e, n, c->flang_new);
		if (o == NULL) {
			e->layer = xstrdup(n->layer);
			req_snap(c, e, n, 1);
			continue;
		}
		req_compare(c, e, o, n);
		entry_keep_if_changed(c);
	}
	for (size_t i = 0; i < a->nreqs; i++) {
		const struct set_req *o = a->reqs[i];
		struct diff_entry *e;

		if (o->withdrawn || set_req(b, o->id) != NULL)
			continue;
		e = entry_add(c, DIFF_REQ, DIFF_REMOVED, o->id);
		req_common(c, e, o, c->flang_old);
		e->layer = xstrdup(o->layer);
		req_snap(c, e, o, 0);
	}
}

static int
cmp_entry(const void *x, const void *y)
{
	const struct diff_entry *a = x, *b = y;

	if (a->what != b->what)
		return a->what < b->what ? -1 : 1;
	return strcmp(a->id, b->id);
}

struct diff *
diff_sets(const struct set *old, const struct set *new, const char *lang)
{
	struct diff *d = xcalloc(1, sizeof *d);
	struct ctx c;

	d->old = old;
	d->new = new;
	d->lang = xstrdup(lang ? lang : new->lang);
	memset(&c, 0, sizeof c);
	c.d = d;
	c.flang_old = old->lang;
	c.flang_new = new->lang;
	diff_levels(&c);
	diff_segments(&c);
	diff_params(&c);
	diff_reqs(&c);
	if (d->nentries > 1)
		qsort(d->entries, d->nentries, sizeof *d->entries, cmp_entry);
	for (size_t i = 0; i < d->nentries; i++)
		d->count[d->entries[i].what][d->entries[i].change]++;
	d->total = d->nentries;
	return d;
}

void
diff_free(struct diff *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->nentries; i++) {
		struct diff_entry *e = &d->entries[i];
		for (size_t j = 0; j < e->nfields; j++) {
			struct diff_field *f = &e->fields[j];
			free(f->old);
			free(f->new);
			free(f->old_note);
			free(f->new_note);
			free(f->langs);
			free_strv(f->added, f->nadded);
			free_strv(f->removed, f->nremoved);
		}
		free(e->fields);
		free(e->id);
		free(e->title);
		free(e->group);
		free(e->gtitle);
		free(e->layer);
		free(e->reason);
	}
	free(d->entries);
	free(d->lang);
	free(d);
}

/* ============================================================ words */

static int
is_word(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') ||
	    (u >= 'a' && u <= 'z') || u == '_' || u == '-';
}

struct tok {
	const char *s;
	size_t len;
	int space; /* white space between words */
};

/* Words (letters, digits, any non-ASCII byte), single signs and white space. */
static struct tok *
tokens(const char *s, size_t *n)
{
	struct tok *t = NULL;
	size_t cap = 0;

	*n = 0;
	while (*s != '\0') {
		const char *p = s;
		int space = is_space(*p);

		if (space)
			while (*p != '\0' && is_space(*p))
				p++;
		else
			while (*p != '\0' && is_word(*p))
				p++;
		if (p == s)
			p++;
		t = xgrow(t, &cap, *n + 1, sizeof *t);
		t[*n].s = s;
		t[*n].len = (size_t)(p - s);
		t[*n].space = space;
		(*n)++;
		s = p;
	}
	return t;
}

static int
tok_eq(const struct tok *a, const struct tok *b)
{
	/* white space is white space: only the words count */
	if (a->space || b->space)
		return a->space && b->space;
	return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

struct step {
	enum diff_op op;
	const struct tok *t;
};

/* Emit the text of the steps [i, j) that have operation op, as one run. */
static void
emit(const struct step *st, size_t i, size_t j, enum diff_op op,
    diff_word_fn *fn, void *ud)
{
	struct buf b = BUF_INIT;

	for (; i < j; i++)
		if (st[i].op == op)
			buf_add(&b, st[i].t->s, st[i].t->len);
	if (b.len)
		fn(op, b.s, b.len, ud);
	buf_release(&b);
}

#define DIFF_WORDS_MAX 4000000 /* cells of the LCS table */

void
diff_words(const char *a, const char *b, diff_word_fn *fn, void *ud)
{
	size_t na, nb, i, j, n = 0;
	struct tok *ta = tokens(a, &na), *tb = tokens(b, &nb);
	/* room for a step per token and a split space per old token */
	struct step *st = xcalloc(2 * na + nb + 1, sizeof *st);
	unsigned *L = NULL;

	i = j = 0;
	if (na > 0 && nb > 0 && (na + 1) * (nb + 1) <= DIFF_WORDS_MAX) {
		/* L[i][j]: length of the LCS of ta[i..] and tb[j..] */
		size_t w = nb + 1;
		L = xcalloc((na + 1) * w, sizeof *L);
		for (i = na; i-- > 0;)
			for (j = nb; j-- > 0;)
				L[i * w + j] = tok_eq(&ta[i], &tb[j])
				    ? L[(i + 1) * w + j + 1] + 1
				    : (L[(i + 1) * w + j] >= L[i * w + j + 1]
				              ? L[(i + 1) * w + j]
				              : L[i * w + j + 1]);
		i = j = 0;
		while (i < na && j < nb) {
			if (tok_eq(&ta[i], &tb[j])) {
				/* the old text's spacing; both are collapsed */
				st[n].op = DIFF_SAME;
				st[n++].t = &ta[i];
				i++, j++;
			} else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) {
				st[n].op = DIFF_DEL;
				st[n++].t = &ta[i++];
			} else {
				st[n].op = DIFF_INS;
				st[n++].t = &tb[j++];
			}
		}
	}
	for (; i < na; i++) {
		st[n].op = DIFF_DEL;
		st[n++].t = &ta[i];
	}
	for (; j < nb; j++) {
		st[n].op = DIFF_INS;
		st[n++].t = &tb[j];
	}
	/*
	 * White space alone between two changes belongs to the change, so a
	 * replaced phrase reads as one deletion and one insertion.
	 */
	for (size_t k = 1; k + 1 < n; k++)
		if (st[k].op == DIFF_SAME && st[k].t->space &&
		    st[k - 1].op != DIFF_SAME && st[k + 1].op != DIFF_SAME) {
			st[k].op = DIFF_DEL;
			/* the same space on the new side, after the deletion */
			memmove(
			    &st[k + 2], &st[k + 1], (n - k - 1) * sizeof *st);
			st[k + 1].op = DIFF_INS;
			st[k + 1].t = st[k].t;
			n++;
			k++;
		}
	/* each block of changes: the deletions, then the insertions */
	for (size_t k = 0; k < n;) {
		size_t e = k + 1;
		if (st[k].op == DIFF_SAME) {
			while (e < n && st[e].op == DIFF_SAME)
				e++;
			emit(st, k, e, DIFF_SAME, fn, ud);
		} else {
			while (e < n && st[e].op != DIFF_SAME)
				e++;
			emit(st, k, e, DIFF_DEL, fn, ud);
			emit(st, k, e, DIFF_INS, fn, ud);
		}
		k = e;
	}
	free(st);
	free(L);
	free(ta);
	free(tb);
}

/* ============================================================ XML */

static int
is_text_field(const char *name)
{
	static const char *const names[] = {"title", "statement", "guidance",
	    "evidence", "label", "description"};

	for (size_t i = 0; i < NELEM(names); i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

static void
prop(xmlNodePtr n, const char *name, const char *value)
{
	if (value != NULL)
		xmlNewProp(n, BAD_CAST name, BAD_CAST value);
}

static xmlNodePtr
child(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
	return xmlNewTextChild(parent, ns, BAD_CAST name, BAD_CAST text);
}

struct words_ctx {
	xmlNodePtr parent;
	xmlNsPtr ns;
};

static void
words_el(enum diff_op op, const char *s, size_t len, void *ud)
{
	static const char *const names[] = {"same", "del", "ins"};
	struct words_ctx *w = ud;
	char *t = xstrndup(s, len);

	child(w->parent, w->ns, names[op], t);
	free(t);
}

/* A map item "cat clause" as catalogue, clause and the clause's title. */
static void
map_item(const struct diff *d, xmlNodePtr el, const char *key, int new_side)
{
	const char *sp = strchr(key, ' ');
	char *cat = sp ? xstrndup(key, (size_t)(sp - key)) : xstrdup(key);
	const char *clause = sp ? sp + 1 : "";
	const struct set *s = new_side ? d->new : d->old;
	const struct cat *c = set_cat(s, cat);
	const struct cat_clause *cl = c ? cat_find(c, clause) : NULL;

	prop(el, "value", clause);
	prop(el, "catalogue", cat);
	if (cl != NULL) {
		char *t = plain(cl->title, d->lang, c->lang);
		if (t != NULL && *t != '\0')
			prop(el, "title", t);
		free(t);
	}
	free(cat);
}

static void
field_xml(const struct diff *d, xmlNodePtr parent, xmlNsPtr ns,
    const struct diff_field *f)
{
	xmlNodePtr el = xmlNewChild(parent, ns, BAD_CAST "field", NULL);
	int maps = strcmp(f->name, "maps") == 0;

	prop(el, "name", f->name);
	prop(el, "langs", f->langs);
	if (f->old != NULL)
		prop(child(el, ns, "old", f->old), "note", f->old_note);
	if (f->new != NULL)
		prop(child(el, ns, "new", f->new), "note", f->new_note);
	if (f->old != NULL && f->new != NULL &&is_text_field(f->name)) {
		struct words_ctx w;
		w.parent = xmlNewChild(el, ns, BAD_CAST "words", NULL);
		w.ns = ns;
		diff_words(f->old, f->new, words_el, &w);
	}
	for (size_t i = 0; i < f->nadded; i++) {
		xmlNodePtr it = xmlNewChild(el, ns, BAD_CAST "added", NULL);
		if (maps)
			map_item(d, it, f->added[i], 1);
		else
			prop(it, "value", f->added[i]);
	}
	for (size_t i = 0; i < f->nremoved; i++) {
		xmlNodePtr it = xmlNewChild(el, ns, BAD_CAST "removed", NULL);
		if (maps)
			map_item(d, it, f->removed[i], 0);
		else
			prop(it, "value", f->removed[i]);
	}
}

static void
side_xml(const struct diff *d, xmlNodePtr root, xmlNsPtr ns, const char *name,
    const struct set *s)
{
	xmlNodePtr el = xmlNewChild(root, ns, BAD_CAST name, NULL);
	char *t;

	prop(el, "id", s->id);
	prop(el, "version", s->version);
	t = plain(s->layers[s->nlayers - 1].title, d->lang, s->lang);
	if (t != NULL)
		child(el, ns, "title", t);
	free(t);
	for (size_t i = 0; i < s->nlayers; i++) {
		const struct set_layer *l = &s->layers[i];
		xmlNodePtr ly = xmlNewChild(el, ns, BAD_CAST "layer", NULL);
		prop(ly, "id", l->id);
		prop(ly, "version", l->version);
		prop(ly, "extends", l->extends);
		prop(ly, "extends-version", l->extends_version);
		t = plain(l->title, d->lang, l->lang);
		if (t != NULL)
			child(ly, ns, "title", t);
		free(t);
	}
}

struct _xmlDoc *
diff_xml(const struct diff *d)
{
	static const char *const lists[] = {
	    "levels", "segments", "parameters", "requirements"};
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "diff");
	xmlNsPtr ns = xmlNewNs(root, BAD_CAST XML_NS, NULL);
	xmlNodePtr sum, list[DIFF__NWHAT];
	char num[32];

	xmlSetNs(root, ns);
	xmlDocSetRootElement(doc, root);
	xmlNodeSetLang(root, BAD_CAST d->lang);
	prop(root, "generator", "icoc " ICOC_VERSION);
	snprintf(num, sizeof num, "%zu", d->total);
	prop(root, "changes", num);
	side_xml(d, root, ns, "old", d->old);
	side_xml(d, root, ns, "new", d->new);
	sum = xmlNewChild(root, ns, BAD_CAST "summary", NULL);
	for (int w = 0; w < DIFF__NWHAT; w++) {
		xmlNodePtr cn = xmlNewChild(sum, ns, BAD_CAST "count", NULL);
		prop(cn, "what", diff_what_name((enum diff_what)w));
		for (int k = 0; k < DIFF__NCHANGE; k++) {
			if (w != DIFF_REQ && k == DIFF_WITHDRAWN)
				continue;
			snprintf(num, sizeof num, "%zu", d->count[w][k]);
			prop(cn, diff_change_name((enum diff_change)k), num);
		}
	}
	for (int w = 0; w < DIFF__NWHAT; w++)
		list[w] = xmlNewChild(root, ns, BAD_CAST lists[w], NULL);
	for (size_t i = 0; i < d->nentries; i++) {
		const struct diff_entry *e = &d->entries[i];
		xmlNodePtr el = xmlNewChild(
		    list[e->what], ns, BAD_CAST diff_what_name(e->what), NULL);

		prop(el, "id", e->id);
		prop(el, "change", diff_change_name(e->change));
		prop(el, "group", e->group);
		prop(el, "layer", e->layer);
		prop(el, "reason", e->reason);
		if (e->title != NULL)
			child(el, ns, "title", e->title);
		if (e->gtitle != NULL)
			child(el, ns, "group-title", e->gtitle);
		for (size_t j = 0; j < e->nfields; j++)
			field_xml(d, el, ns, &e->fields[j]);
	}
	return doc;
}
