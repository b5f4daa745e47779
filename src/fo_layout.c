/*
 * The formatter: FO tree to pages of drawing operations.
 *
 * Each pass builds a vertical list per flow (boxes opening and closing,
 * text lines, table rows, spaces, forced breaks), marks where keeps,
 * widows and orphans forbid a break, then fills pages greedily, breaking
 * at the last allowed place that fits.  Page numbers and citations take
 * their values from the previous pass; passes repeat until no reference
 * moves (at most MAX_PASSES).  Plain C and pango: no libxml2 here.
 */
#define _GNU_SOURCE /* memmem */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pango/pango.h>
#include <pango/pangocairo.h>

#include "fo_int.h"
#include "hyph.h"
#include "msg.h"
#include "util.h"

#define EPS 0.01
#define MAX_PAGES 50000
#define MAX_PASSES 5
#define OBJ "\xEF\xBF\xBC" /* U+FFFC, stands for a leader */

enum vk { V_OPEN, V_CLOSE, V_LINE, V_SPACE, V_ROW, V_BREAK };

struct vbox;
struct vrow;

struct vitem {
	enum vk k;
	unsigned hard : 1; /* no break in the gap before this item */
	unsigned keep : 1; /* a keep asks for no break there */
	int line;          /* LINE */
	double h;
	double x;                     /* LINE: left of the layout */
	union {                       /* by k */
		struct vbox *box;     /* OPEN, CLOSE */
		struct fo_para *para; /* LINE */
		struct vrow *row;     /* ROW */
	};
};

struct vlist {
	struct vitem *v;
	size_t n, cap;
};

struct vtable {
	struct vrow **header;
	size_t nheader;
	double header_h;
	int omit;
};

struct vbox {
	const struct fo_node *node;
	double x, w;        /* border box, from the reference area's left */
	double top, bottom; /* border + padding */
	const char *tag;
	struct vlist label; /* list-item: the label's content */
	int has_label;
	struct vtable *table; /* table: rows to repeat */
	int deco;
	size_t open_idx;
};

struct vcell {
	const struct fo_node *node;
	double x, w, top, bottom;
	struct vlist content;
	double ch; /* content height */
};

struct vrow {
	const struct fo_node *node;
	struct vcell *cells;
	int ncells;
	double x, w, h;
	int header;
};

/* Builder of one vertical list. */
struct vb {
	struct vlist *vl;
	int pending_kwn; /* keep-with-next waiting for the next content */
};

struct lay {
	const struct fo_doc *d;
	PangoContext *ctx;
	struct fo_result *r;
	const struct fo_result *prev;
	unsigned char *dest_done;
	int lognum; /* logical number of the next page */
	const char *format;
	const char *cur_label; /* static content: this page's number */
	int failed;
	struct fo_para **cache;     /* by serial of a run's first inline node */
	const unsigned char *vol;   /* per serial: shows a page number */
	struct jobs *jobs;          /* preshape() collecting, or NULL */
	struct jobs *pending;       /* the first pass: jobs still shaping */
	const struct fo_sink *sink; /* finished pages go here too, or NULL */
	GHashTable *shaped;         /* reuse key -> paragraph (reuse_key()),
	                             or job while jobs are pending */
};

/* ---- small helpers ----------------------------------------------------- */

static struct vitem *
vpush(struct vb *b, enum vk k, double h)
{
	struct vlist *vl = b->vl;
	struct vitem *it;

	vl->v = xgrow(vl->v, &vl->cap, vl->n + 1, sizeof *vl->v);
	it = &vl->v[vl->n++];
	memset(it, 0, sizeof *it);
	it->k = k;
	it->h = h > 0 ? h : 0;
	if (b->pending_kwn) {
		it->keep = 1;
		if (k == V_LINE || k == V_ROW || k == V_OPEN)
			b->pending_kwn = 0;
	}
	return it;
}

static double
end_indent(const struct fo_props *p, double W)
{
	return p->end_is_label_end ? W - p->end_indent : p->end_indent;
}

static int
is_inline(enum fo_type t)
{
	return t == FO_TEXT || t == FO_INLINE || t == FO_BASIC_LINK ||
	    t == FO_PAGE_NUMBER || t == FO_PAGE_NUMBER_CITATION ||
	    t == FO_PAGE_NUMBER_CITATION_LAST || t == FO_LEADER ||
	    t == FO_CHARACTER;
}

static void
mark(struct lay *L, const struct fo_node *n)
{
	int page = (int)L->r->npages;

	if (L->r->first_page[n->serial] == 0)
		L->r->first_page[n->serial] = page;
	L->r->last_page[n->serial] = page;
}

static const char *
prev_label(struct lay *L, int page)
{
	if (L->prev == NULL || page <= 0 || (size_t)page > L->prev->npages)
		return "0";
	return L->prev->pages[page - 1].label;
}

/* ---- paragraphs ------------------------------------------------------- */

struct tb {
	struct buf s;
	PangoAttrList *attrs;
	struct fo_para *para;
	int last_space;
	PangoAttrShape **shapes; /* per leader */
	struct buf sig;          /* the runs' ranges and styles */
};

#define MAX_WORKERS 8

/* Paragraphs to shape on worker threads (preshape_start()). */
struct job {
	struct tb t;
	const struct fo_props *bp;
	double width;
	long key;
	struct job *same; /* shapes like this earlier one: shares, not shaped */
	int done;         /* shaped (under the lock) */
};

struct jobs {
	struct job **v;
	size_t n, cap;
	size_t next;         /* next job to take */
	int done;            /* no more jobs will come */
	int loading;         /* workers still loading their fonts */
	unsigned char *seen; /* per serial: collected */
	PangoContext *ctx;   /* the collecting thread's */
	const struct fo_doc *d;
	GHashTable *shaped;  /* reuse key -> the job that shapes it */
	struct job **copies; /* jobs that copy another's shape */
	size_t ncopies, capcopies;
	struct job **bykey; /* per serial: its job, or NULL */
	GPtrArray *keep;    /* the workers' contexts and font maps */
	struct worker *workers;
	pthread_t tid[MAX_WORKERS];
	int started; /* workers running: tid[1..started] */
	pthread_mutex_t lock, load_lock;
	pthread_cond_t more, shaped_cv;
};

static void jobs_help(struct jobs *J);
static void wait_shaped(struct jobs *J, struct job *jb);
static void await_para(struct lay *L, long key);

static void
run_attrs(struct tb *t, const struct fo_props *p, size_t start, size_t end)
{
	PangoAttribute *a;
	double lh =
	    p->lh_factor ? p->line_height * p->font_size : p->line_height;

	if (end <= start)
		return;
	{ /* what the attributes below take from p (reuse_key()) */
		struct {
			size_t start, end;
			const char *family, *lang;
			double size, lh, shift, spacing;
			int weight, italic, underline;
			unsigned color;
		} r;

		memset(&r, 0, sizeof r);
		r.start = start;
		r.end = end;
		r.family = p->font_family;
		r.lang = p->lang;
		r.size = p->font_size;
		r.lh = lh;
		r.shift = p->baseline_shift;
		r.spacing = p->letter_spacing;
		r.weight = p->font_weight;
		r.italic = p->italic;
		r.underline = p->underline;
		r.color = p->color;
		buf_add(&t->sig, (const char *)&r, sizeof r);
	}
#define ADD(x)                                                                 \
	do {                                                                   \
		a = (x);                                                       \
		a->start_index = (guint)start;                                 \
		a->end_index = (guint)end;                                     \
		pango_attr_list_insert(t->attrs, a);                           \
	} while (0)
	ADD(pango_attr_family_new(p->font_family));
	ADD(pango_attr_size_new((int)lround(p->font_size * PANGO_SCALE)));
	ADD(pango_attr_weight_new((PangoWeight)p->font_weight));
	ADD(pango_attr_style_new(
	    p->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL));
	ADD(pango_attr_foreground_new((guint16)(((p->color >> 16) & 255) * 257),
	    (guint16)(((p->color >> 8) & 255) * 257),
	    (guint16)((p->color & 255) * 257)));
	if (p->underline)
		ADD(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE));
	if (p->baseline_shift != 0)
		ADD(pango_attr_rise_new(
		    (int)lround(p->baseline_shift * PANGO_SCALE)));
	if (p->letter_spacing != 0)
		ADD(pango_attr_letter_spacing_new(
		    (int)lround(p->letter_spacing * PANGO_SCALE)));
	ADD(pango_attr_line_height_new_absolute((int)lround(lh * PANGO_SCALE)));
	if (p->lang != NULL)
		ADD(pango_attr_language_new(
		    pango_language_from_string(p->lang)));
#undef ADD
}

/* Append text with white space collapsed (and hyphenated when asked). */
static void
add_text(struct tb *t, const struct fo_props *p, const char *s, size_t n,
    int collapse)
{
	struct buf tmp = BUF_INIT;
	size_t start = t->s.len;
	char *h = NULL;

	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (collapse &&
		    (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
			if (!t->last_space)
				buf_putc(&tmp, ' ');
			t->last_space = 1;
		} else {
			buf_putc(&tmp, c);
			t->last_space = 0;
		}
	}
	if (tmp.len == 0)
		return;
	if (p->hyphenate && p->lang != NULL)
		h = hyph_text(p->lang, tmp.s, tmp.len);
	if (h != NULL) {
		buf_puts(&t->s, h);
		free(h);
	} else
		buf_add(&t->s, tmp.s, tmp.len);
	buf_release(&tmp);
	run_attrs(t, p, start, t->s.len);
}

static const struct fo_node *
block_of(const struct fo_node *n)
{
	while (
	    n != NULL && n->type != FO_BLOCK && n->type != FO_BLOCK_CONTAINER)
		n = n->parent;
	return n;
}

static void
inl(struct lay *L, struct tb *t, const struct fo_node *n)
{
	struct fo_para *pa = t->para;
	char num[32];
	const struct fo_node *target;
	size_t start;

	if (n->type != FO_TEXT && n->p->id != NULL) {
		pa->anchors = xrealloc(
		    pa->anchors, (pa->nanchors + 1) * sizeof *pa->anchors);
		pa->anchors[pa->nanchors].index = (int)t->s.len;
		pa->anchors[pa->nanchors++].node = n;
	}
	switch (n->type) {
	case FO_TEXT:
		add_text(t, n->p, n->text, n->len, 1);
		break;
	case FO_INLINE:
	case FO_BASIC_LINK:
		start = t->s.len;
		for (const struct fo_node *c = n->first; c; c = c->next)
			inl(L, t, c);
		if (n->type == FO_BASIC_LINK && t->s.len > start) {
			pa->links = xrealloc(
			    pa->links, (pa->nlinks + 1) * sizeof *pa->links);
			pa->links[pa->nlinks].start = (int)start;
			pa->links[pa->nlinks].end = (int)t->s.len;
			pa->links[pa->nlinks].dest = n->p->internal_destination;
			pa->links[pa->nlinks++].uri = n->p->internal_destination
			    ? NULL
			    : n->p->external_destination;
		}
		break;
	case FO_PAGE_NUMBER:
		if (L->cur_label != NULL)
			snprintf(num, sizeof num, "%s", L->cur_label);
		else {
			const struct fo_node *b = block_of(n);
			snprintf(num, sizeof num, "%s",
			    prev_label(L,
			        L->prev && b ? L->prev->first_page[b->serial]
			                     : 0));
		}
		add_text(t, n->p, num, strlen(num), 0);
		break;
	case FO_PAGE_NUMBER_CITATION:
	case FO_PAGE_NUMBER_CITATION_LAST:
		target = fo_lookup(L->d, n->p->ref_id);
		snprintf(num, sizeof num, "%s",
		    prev_label(L,
		        L->prev && target
		            ? (n->type == FO_PAGE_NUMBER_CITATION
		                      ? L->prev->first_page[target->serial]
		                      : L->prev->last_page[target->serial])
		            : 0));
		add_text(t, n->p, num, strlen(num), 0);
		break;
	case FO_CHARACTER:
		add_text(t, n->p, n->p->character, strlen(n->p->character), 1);
		break;
	case FO_LEADER: {
		PangoRectangle rect = {0, 0, 0, 0};
		PangoAttribute *a;

		start = t->s.len;
		buf_add(&t->s, OBJ, 3);
		t->last_space = 0;
		run_attrs(t, n->p, start, t->s.len);
		/* size_leaders() reads it: part of the shape (reuse_key()) */
		buf_add(&t->sig, (const char *)&n->p->leader_length,
		    sizeof n->p->leader_length);
		if (n->p->leader_length >= 0)
			rect.width =
			    (int)lround(n->p->leader_length * PANGO_SCALE);
		a = pango_attr_shape_new(&rect, &rect);
		a->start_index = (guint)start;
		a->end_index = (guint)t->s.len;
		pango_attr_list_insert(t->attrs, a);
		pa->leaders = xrealloc(
		    pa->leaders, (pa->nleaders + 1) * sizeof *pa->leaders);
		t->shapes =
		    xrealloc(t->shapes, (pa->nleaders + 1) * sizeof *t->shapes);
		t->shapes[pa->nleaders] = (PangoAttrShape *)a;
		pa->leaders[pa->nleaders].index = (int)start;
		pa->leaders[pa->nleaders++].node = n;
		break;
	}
	default:
		break;
	}
}

static void
tb_start(struct tb *t, const struct fo_node *blk)
{
	memset(t, 0, sizeof *t);
	t->attrs = pango_attr_list_new();
	t->para = xcalloc(1, sizeof *t->para);
	t->para->block = blk;
	t->last_space = 1;
}

static void
para_free(struct fo_para *pa)
{
	if (pa == NULL)
		return;
	for (int i = 0; !pa->shared && i < pa->nruns; i++) {
		g_object_unref(pa->runs[i].font);
		free(pa->runs[i].off);
		free(pa->runs[i].wg);
	}
	if (!pa->shared) {
		free(pa->runs);
		free(pa->glyphs);
		free(pa->lines);
		free(pa->text);
	}
	free(pa->links);
	free(pa->leaders);
	free(pa->anchors);
	free(pa);
}

static const PangoAttribute *
item_attr(const PangoItem *item, PangoAttrType type)
{
	for (GSList *l = item->analysis.extra_attrs; l; l = l->next) {
		const PangoAttribute *a = l->data;

		if (a->klass->type == type)
			return a;
	}
	return NULL;
}

/*
 * Copy one glyph run of the layout into r, its glyphs to g.  The empty
 * glyphs pango leaves at the end of a left-to-right run (the white space
 * a line breaks after) are not kept: drawn, each would cost an empty
 * marked-content span with ActualText in the PDF and show nothing.
 */
static void
copy_run(struct fo_run *r, struct fo_glyph *g, const PangoGlyphItem *gi,
    const char *text)
{
	const PangoItem *item = gi->item;
	const PangoGlyphString *gs = gi->glyphs;
	const PangoAttribute *a;

	memset(r, 0, sizeof *r);
	r->font = g_object_ref(item->analysis.font);
	r->language = item->analysis.language;
	r->script = (short)item->analysis.script;
	r->level = item->analysis.level;
	r->gravity = item->analysis.gravity;
	r->aflags = item->analysis.flags;
	r->offset = item->offset;
	r->length = item->length;
	r->num_chars = item->num_chars;
	r->nglyphs = gs->num_glyphs;
	r->g = g;
	r->width = pango_glyph_string_get_width((PangoGlyphString *)gs);
	r->y_offset = gi->y_offset;
	r->start_x_offset = gi->start_x_offset;
	r->end_x_offset = gi->end_x_offset;
	if ((a = item_attr(item, PANGO_ATTR_FOREGROUND)) != NULL) {
		const PangoColor *c = &((const PangoAttrColor *)a)->color;

		r->color = (unsigned)(c->red >> 8) << 16 |
		    (unsigned)(c->green >> 8) << 8 | (unsigned)(c->blue >> 8);
	}
	if ((a = item_attr(item, PANGO_ATTR_RISE)) != NULL)
		r->rise = ((const PangoAttrInt *)a)->value;
	r->underline = item_attr(item, PANGO_ATTR_UNDERLINE) != NULL;
	r->shape = item_attr(item, PANGO_ATTR_SHAPE) != NULL;
	/* what drawing needs of the font, taken here: the shaping thread
	 * owns it (fo_sink) */
	r->scaled = pango_cairo_font_get_scaled_font(
	    PANGO_CAIRO_FONT(item->analysis.font));
	if (r->underline) {
		PangoFontMetrics *m = pango_font_get_metrics(
		    item->analysis.font, item->analysis.language);

		r->ul_pos = pango_font_metrics_get_underline_position(m);
		r->ul_thick = pango_font_metrics_get_underline_thickness(m);
		pango_font_metrics_unref(m);
	}
	for (int i = 0; i < gs->num_glyphs && r->g != NULL; i++)
		if ((gs->glyphs[i].glyph >= FO_GLYPH_EMPTY &&
		        gs->glyphs[i].glyph != PANGO_GLYPH_EMPTY) ||
		    (unsigned)gs->log_clusters[i] > FO_CLUSTER_BYTE) {
			r->g = NULL;
			r->wg = xcalloc((size_t)gs->num_glyphs, sizeof *r->wg);
		}
	for (int i = 0; i < gs->num_glyphs; i++) {
		const PangoGlyphInfo *gl = &gs->glyphs[i];

		if (r->g != NULL) {
			g[i].glyph = gl->glyph == PANGO_GLYPH_EMPTY
			    ? FO_GLYPH_EMPTY
			    : (uint16_t)gl->glyph;
			g[i].width = gl->geometry.width;
			g[i].cluster = (uint16_t)(gs->log_clusters[i] |
			    (gl->attr.is_cluster_start ? FO_CLUSTER_START : 0) |
			    (gl->attr.is_color ? FO_CLUSTER_COLOR : 0));
		} else {
			r->wg[i].glyph = gl->glyph;
			r->wg[i].width = gl->geometry.width;
			r->wg[i].cluster = (uint32_t)gs->log_clusters[i];
			r->wg[i].start = gl->attr.is_cluster_start;
			r->wg[i].color = gl->attr.is_color;
		}
		if ((gl->geometry.x_offset != 0 ||
		        gl->geometry.y_offset != 0) &&
		    r->off == NULL)
			r->off =
			    xcalloc((size_t)gs->num_glyphs, sizeof *r->off);
		if (r->off != NULL) {
			r->off[i][0] = gl->geometry.x_offset;
			r->off[i][1] = gl->geometry.y_offset;
		}
	}
	if (r->level % 2 == 0)
		while (r->nglyphs > 0 &&
		    gs->glyphs[r->nglyphs - 1].glyph == PANGO_GLYPH_EMPTY &&
		    gs->glyphs[r->nglyphs - 1].geometry.width == 0 &&
		    gs->glyphs[r->nglyphs - 1].attr.is_cluster_start) {
			int cut = gs->log_clusters[r->nglyphs - 1];

			r->num_chars -= (int)g_utf8_strlen(
			    text + r->offset + cut, r->length - cut);
			r->length = cut;
			r->nglyphs--;
		}
}

/*
 * Take what drawing and pagination need from the finished layout: line
 * geometry, the glyph runs of every line, the text.  The layout can go
 * afterwards.
 */
static void
para_lines(struct fo_para *pa, PangoLayout *lo)
{
	PangoLayoutIter *it = pango_layout_get_iter(lo);
	const char *text = pango_layout_get_text(lo);
	int k = 0, nruns = 0, nglyphs = 0;

	pa->nlines = pango_layout_get_line_count(lo);
	pa->lines = xcalloc((size_t)pa->nlines, sizeof *pa->lines);
	for (GSList *l = pango_layout_get_lines_readonly(lo); l; l = l->next)
		for (GSList *r = ((PangoLayoutLine *)l->data)->runs; r;
		     r = r->next) {
			nruns++;
			nglyphs +=
			    ((PangoGlyphItem *)r->data)->glyphs->num_glyphs;
		}
	pa->runs =
	    xcalloc((size_t)nruns > 0 ? (size_t)nruns : 1, sizeof *pa->runs);
	pa->glyphs = xcalloc(
	    (size_t)nglyphs > 0 ? (size_t)nglyphs : 1, sizeof *pa->glyphs);
	nglyphs = 0;
	do {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		struct fo_line *ln = &pa->lines[k];
		PangoRectangle log;
		int y0, y1;

		if (k >= pa->nlines)
			break;
		pango_layout_iter_get_line_extents(it, NULL, &log);
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		ln->x = (double)log.x / PANGO_SCALE;
		ln->w = (double)log.width / PANGO_SCALE;
		ln->h = (double)(y1 - y0) / PANGO_SCALE;
		ln->base = (double)(pango_layout_iter_get_baseline(it) - y0) /
		    PANGO_SCALE;
		ln->start = line->start_index;
		ln->length = line->length;
		ln->run = pa->nruns;
		for (GSList *r = line->runs; r; r = r->next) {
			const PangoGlyphItem *gi = r->data;

			copy_run(&pa->runs[pa->nruns++], pa->glyphs + nglyphs,
			    gi, text);
			nglyphs += gi->glyphs->num_glyphs;
		}
		ln->nruns = pa->nruns - ln->run;
		k++;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	pa->nglyphs = nglyphs;
	pa->text = xstrdup(pango_layout_get_text(lo));
}

/* Give every filling leader the room left on its line. */
static void
size_leaders(struct tb *t, PangoLayout *lo, int width)
{
	struct fo_para *pa = t->para;
	gboolean just = pango_layout_get_justify(lo);
	gboolean last = pango_layout_get_justify_last_line(lo);
	int nl;

	/* measure the natural width: justification would fill the line */
	pango_layout_set_justify(lo, FALSE);
	pango_layout_set_justify_last_line(lo, FALSE);
	nl = pango_layout_get_line_count(lo);

	for (int k = 0; k < nl; k++) {
		PangoLayoutLine *line = pango_layout_get_line_readonly(lo, k);
		PangoRectangle log;
		int cnt = 0, room;

		for (size_t i = 0; i < pa->nleaders; i++)
			if (pa->leaders[i].index >= line->start_index &&
			    pa->leaders[i].index <
			        line->start_index + line->length &&
			    pa->leaders[i].node->p->leader_length < 0)
				cnt++;
		if (cnt == 0)
			continue;
		pango_layout_line_get_extents(line, NULL, &log);
		room = width - log.width - PANGO_SCALE / 2;
		if (k == 0 && pango_layout_get_indent(lo) > 0)
			room -= pango_layout_get_indent(lo);
		if (room < 0)
			room = 0;
		for (size_t i = 0; i < pa->nleaders; i++)
			if (pa->leaders[i].index >= line->start_index &&
			    pa->leaders[i].index <
			        line->start_index + line->length &&
			    pa->leaders[i].node->p->leader_length < 0)
				t->shapes[i]->logical_rect.width =
				    t->shapes[i]->ink_rect.width = room / cnt;
	}
	pango_layout_set_justify(lo, just);
	pango_layout_set_justify_last_line(lo, last);
	pango_layout_context_changed(lo);
}

/*
 * Keep only the soft hyphens where a line broke.  The others would reach
 * the PDF as empty glyph clusters, each an ActualText span that splits
 * the text of its structure element.  Removing break opportunities that
 * were not taken leaves pango's first-fit line breaks as they are.
 */
static void
drop_soft_hyphens(struct fo_para *pa, PangoLayout *lo)
{
	const char *text = pango_layout_get_text(lo);
	size_t len = strlen(text), removed = 0, *shift;
	int nl = pango_layout_get_line_count(lo);
	char *keep, *out;
	struct buf b = BUF_INIT;
	PangoAttrList *attrs;
	GSList *list;

	if (len < 2 || memmem(text, len, "\xC2\xAD", 2) == NULL)
		return;
	keep = xcalloc(len, 1);
	for (int k = 0; k < nl; k++) {
		PangoLayoutLine *line = pango_layout_get_line_readonly(lo, k);
		size_t e = (size_t)line->start_index + (size_t)line->length;

		if (e >= 2 && e <= len && (unsigned char)text[e - 2] == 0xC2 &&
		    (unsigned char)text[e - 1] == 0xAD)
			keep[e - 2] = 1;
	}
	shift = xcalloc(len + 1, sizeof *shift);
	for (size_t i = 0; i < len;) {
		shift[i] = removed;
		if (i + 1 < len && (unsigned char)text[i] == 0xC2 &&
		    (unsigned char)text[i + 1] == 0xAD && !keep[i]) {
			shift[i + 1] = removed;
			removed += 2;
			i += 2;
		} else
			buf_putc(&b, text[i++]);
	}
	shift[len] = removed;
	free(keep);
	if (removed == 0) {
		free(shift);
		buf_release(&b);
		return;
	}
#define MAP(x) ((x) - (int)shift[(size_t)(x) < len ? (size_t)(x) : len])
	attrs = pango_attr_list_new();
	list = pango_attr_list_get_attributes(pango_layout_get_attributes(lo));
	for (GSList *l = list; l != NULL; l = l->next) {
		PangoAttribute *a = l->data;

		if (a->start_index != PANGO_ATTR_INDEX_FROM_TEXT_BEGINNING)
			a->start_index = (guint)MAP(
			    (int)(a->start_index < len ? a->start_index : len));
		if (a->end_index != PANGO_ATTR_INDEX_TO_TEXT_END)
			a->end_index = (guint)MAP(
			    (int)(a->end_index < len ? a->end_index : len));
		pango_attr_list_insert(attrs, a);
	}
	g_slist_free(list);
	for (size_t i = 0; i < pa->nlinks; i++) {
		pa->links[i].start = MAP(pa->links[i].start);
		pa->links[i].end = MAP(pa->links[i].end);
	}
	for (size_t i = 0; i < pa->nleaders; i++)
		pa->leaders[i].index = MAP(pa->leaders[i].index);
	for (size_t i = 0; i < pa->nanchors; i++)
		pa->anchors[i].index = MAP(pa->anchors[i].index);
#undef MAP
	out = buf_detach(&b);
	pango_layout_set_text(lo, out, (int)strlen(out));
	pango_layout_set_attributes(lo, attrs);
	pango_attr_list_unref(attrs);
	free(out);
	free(shift);
}

/* The text of t is not needed any more: its shape comes from elsewhere. */
static void
tb_drop_text(struct tb *t)
{
	pango_attr_list_unref(t->attrs);
	t->attrs = NULL;
	buf_release(&t->s);
	buf_release(&t->sig);
	free(t->shapes);
	t->shapes = NULL;
}

/* Drop an unfinished paragraph. */
static void
tb_free(struct tb *t)
{
	tb_drop_text(t);
	para_free(t->para);
}

/*
 * What decides how t shapes: the block's font, indent and alignment,
 * the width, every run's range and style, the text.  Paragraphs with equal keys
 * shape alike (labels, references and boilerplate repeat in a tender),
 * so one is shaped and the others share its glyphs (leaders too: their
 * size on the line is in the glyphs, their length in the runs' styles).
 * NULL for paragraphs that keep more than their glyphs from shaping: soft
 * hyphens (dropped where no line broke, moving the links).
 */
static GBytes *
reuse_key(const struct tb *t, const struct fo_props *bp, double width)
{
	struct buf k = BUF_INIT;
	struct {
		const char *family;
		double size, indent, width;
		int weight, italic, align, align_last;
		size_t sig;
	} b;

	if (t->s.len > 0 && memmem(t->s.s, t->s.len, "\xC2\xAD", 2) != NULL)
		return NULL;
	/* what para_shape() takes from the block (its id does not count) */
	memset(&b, 0, sizeof b);
	b.family = bp->font_family;
	b.size = bp->font_size;
	b.indent = bp->text_indent;
	b.width = width;
	b.weight = bp->font_weight;
	b.italic = bp->italic;
	b.align = (int)bp->text_align;
	b.align_last = (int)bp->text_align_last;
	b.sig = t->sig.len;
	buf_add(&k, (const char *)&b, sizeof b);
	buf_add(&k, t->sig.s ? t->sig.s : "", t->sig.len);
	buf_add(&k, t->s.s ? t->s.s : "", t->s.len);
	return g_bytes_new_take(
	    buf_detach(&k), sizeof b + t->sig.len + t->s.len);
}

/*
 * Give pa the lines, runs, glyphs and text of src, shaped from equal
 * input.  They stay src's: src is a paragraph of the cache, which lives
 * as long as pa, and nothing changes a shaped paragraph.
 */
static void
para_share(struct fo_para *pa, const struct fo_para *src)
{
	pa->shared = 1;
	pa->text = src->text;
	pa->width = src->width;
	pa->nlines = src->nlines;
	pa->lines = src->lines;
	pa->nglyphs = src->nglyphs;
	pa->glyphs = src->glyphs;
	pa->nruns = src->nruns;
	pa->runs = src->runs;
}

/* Trim the text in t; 0 when there is nothing to lay out (t is freed). */
static int
para_prepare(struct tb *t)
{
	struct fo_para *pa = t->para;

	while (t->s.len > 0 && t->s.s[t->s.len - 1] == ' ')
		t->s.s[--t->s.len] = '\0';
	if (t->s.len == 0 && pa->nleaders == 0) {
		/* nothing to show; inline ids still need a place */
		if (pa->nanchors == 0) {
			tb_free(t);
			return 0;
		}
		pango_attr_list_unref(t->attrs);
		free(t->shapes);
		buf_add(&t->s, "", 0);
		t->attrs = pango_attr_list_new();
		t->shapes = NULL;
	}
	return 1;
}

/* The font of p, as pango describes it. */
static PangoFontDescription *
font_desc(const struct fo_props *p)
{
	PangoFontDescription *fd = pango_font_description_new();

	pango_font_description_set_family(fd, p->font_family);
	pango_font_description_set_size(
	    fd, (int)lround(p->font_size * PANGO_SCALE));
	pango_font_description_set_weight(fd, (PangoWeight)p->font_weight);
	pango_font_description_set_style(
	    fd, p->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
	return fd;
}

/*
 * Shape and break the text of t into lines of width points with fonts of
 * ctx; t->para gets its lines and glyph runs, and t is used up.  Touches
 * nothing but t and ctx: workers run it side by side, each with its own
 * context (preshape()).
 */
static void
para_shape(
    PangoContext *ctx, struct tb *t, const struct fo_props *bp, double width)
{
	struct fo_para *pa = t->para;
	PangoLayout *lo;
	PangoFontDescription *fd;
	PangoAlignment al;
	int w = (int)lround(width * PANGO_SCALE);

	lo = pango_layout_new(ctx);
	fd = font_desc(bp);
	pango_layout_set_font_description(lo, fd);
	pango_font_description_free(fd);
	pango_layout_set_text(lo, t->s.s ? t->s.s : "", (int)t->s.len);
	pango_layout_set_attributes(lo, t->attrs);
	pango_attr_list_unref(t->attrs);
	pango_layout_set_width(lo, w);
	pango_layout_set_wrap(lo, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_indent(lo, (int)lround(bp->text_indent * PANGO_SCALE));
	al = bp->text_align == FO_ALIGN_CENTER ? PANGO_ALIGN_CENTER
	    : bp->text_align == FO_ALIGN_END   ? PANGO_ALIGN_RIGHT
	                                       : PANGO_ALIGN_LEFT;
	if (bp->text_align == FO_ALIGN_JUSTIFY) {
		pango_layout_set_justify(lo, TRUE);
		al = bp->text_align_last == FO_ALIGN_CENTER ? PANGO_ALIGN_CENTER
		    : bp->text_align_last == FO_ALIGN_END   ? PANGO_ALIGN_RIGHT
		                                            : PANGO_ALIGN_LEFT;
	}
	pango_layout_set_alignment(lo, al);
	if (bp->text_align_last == FO_ALIGN_JUSTIFY) {
		pango_layout_set_justify(lo, TRUE);
		pango_layout_set_justify_last_line(lo, TRUE);
	}
	if (pa->nleaders > 0)
		size_leaders(t, lo, w);
	free(t->shapes);
	buf_release(&t->s);
	drop_soft_hyphens(pa, lo);
	para_lines(pa, lo);
	g_object_unref(lo);
	pa->width = width;
	buf_release(&t->sig);
}

/*
 * Finish the paragraph in t: a laid-out para, or NULL when it has no
 * text.  While preshape() collects, a cacheable paragraph becomes a job
 * instead (and NULL comes back: that pass's pages are not used).
 */
static struct fo_para *
para_make(struct lay *L, struct tb *t, const struct fo_props *bp, double width,
    long key)
{
	struct fo_para *pa = t->para;
	GBytes *k;

	if (L->jobs != NULL) {
		struct jobs *J = L->jobs;
		struct job *jb;

		if (key < 0 || J->seen[key]) {
			tb_free(t);
			return NULL;
		}
		J->seen[key] = 1;
		if (!para_prepare(t))
			return NULL;
		jb = xcalloc(1, sizeof *jb);
		jb->t = *t;
		jb->bp = bp;
		jb->width = width;
		jb->key = key;
		J->bykey[key] = jb;
		if ((k = reuse_key(t, bp, width)) != NULL &&
		    (jb->same = g_hash_table_lookup(J->shaped, k)) != NULL) {
			/* filled in after shaping (preshape()), not queued */
			tb_drop_text(&jb->t);
			g_bytes_unref(k);
			J->copies = xgrow(J->copies, &J->capcopies,
			    J->ncopies + 1, sizeof *J->copies);
			J->copies[J->ncopies++] = jb;
			return NULL;
		}
		if (k != NULL)
			g_hash_table_insert(J->shaped, k, jb);
		pthread_mutex_lock(&J->lock);
		J->v = xgrow(J->v, &J->cap, J->n + 1, sizeof *J->v);
		J->v[J->n++] = jb;
		pthread_cond_signal(&J->more);
		pthread_mutex_unlock(&J->lock);
		/* a short queue: unshaped text is bulky, so lend a hand */
		jobs_help(J);
		return NULL;
	}
	if (!para_prepare(t))
		return NULL;
	/* only paragraphs the cache keeps are worth remembering */
	k = key >= 0 && L->cache[key] == NULL ? reuse_key(t, bp, width) : NULL;
	if (k != NULL && L->pending != NULL) {
		/* the table names jobs yet and takes nothing new */
		struct job *jb = g_hash_table_lookup(L->shaped, k);

		g_bytes_unref(k);
		k = NULL;
		if (jb != NULL) {
			wait_shaped(L->pending, jb);
			tb_drop_text(t);
			para_share(pa, jb->t.para);
		} else
			para_shape(L->ctx, t, bp, width);
	} else if (k != NULL) {
		const struct fo_para *src = g_hash_table_lookup(L->shaped, k);

		if (src != NULL) {
			tb_drop_text(t);
			para_share(pa, src);
			g_bytes_unref(k);
		} else {
			para_shape(L->ctx, t, bp, width);
			g_hash_table_insert(L->shaped, k, pa);
		}
	} else
		para_shape(L->ctx, t, bp, width);
	if (key >= 0 && L->cache[key] == NULL) {
		L->cache[key] = pa; /* owned by the cache, shared by passes */
		return pa;
	}
	L->r->paras = xgrow(L->r->paras, &L->r->capparas, L->r->nparas + 1,
	    sizeof *L->r->paras);
	L->r->paras[L->r->nparas++] = pa;
	return pa;
}

/* ---- vertical lists ---------------------------------------------------- */

static void build_blocks(
    struct lay *L, struct vb *b, const struct fo_node *parent, double W);
static void build_one(
    struct lay *L, struct vb *b, const struct fo_node *c, double W);

static void
vlist_free(struct vlist *vl)
{
	for (size_t i = 0; i < vl->n; i++) {
		struct vitem *it = &vl->v[i];

		if (it->k == V_OPEN) {
			vlist_free(&it->box->label);
			if (it->box->table) {
				free(it->box->table->header);
				free(it->box->table);
			}
			free(it->box);
		} else if (it->k == V_ROW) {
			for (int c = 0; c < it->row->ncells; c++)
				vlist_free(&it->row->cells[c].content);
			free(it->row->cells);
			free(it->row);
		}
	}
	free(vl->v);
	memset(vl, 0, sizeof *vl);
}

/* Adjacent spaces (not separated by border or padding) merge: the largest wins. */
static void
merge_spaces(struct vlist *vl)
{
	size_t i = 0;

	while (i < vl->n) {
		size_t j = i, best = SIZE_MAX;

		while (j < vl->n) {
			struct vitem *it = &vl->v[j];

			if (it->k == V_SPACE) {
				if (best == SIZE_MAX || it->h > vl->v[best].h)
					best = j;
			} else if (!((it->k == V_OPEN || it->k == V_CLOSE) &&
			               it->h == 0) &&
			    it->k != V_BREAK)
				break;
			j++;
		}
		if (best != SIZE_MAX) {
			double h = vl->v[best].h;
			int first = 1;

			for (size_t k = i; k < j; k++)
				if (vl->v[k].k == V_SPACE) {
					vl->v[k].h = first ? h : 0;
					first = 0;
				}
		}
		i = j > i ? j : i + 1;
	}
}

/* Structural break rules: breaks only between content, never just inside a box. */
static void
mark_hard(struct vlist *vl)
{
	for (size_t i = 0; i < vl->n; i++)
		vl->v[i].hard =
		    i == 0 || vl->v[i - 1].k == V_OPEN || vl->v[i].k == V_CLOSE;
}

static void
finish_list(struct vlist *vl)
{
	merge_spaces(vl);
	mark_hard(vl);
}

/* Height of items [from, to), spaces at either end left out. */
static double
range_height(const struct vlist *vl, size_t from, size_t to)
{
	double h = 0;

	while (from < to && vl->v[from].k == V_SPACE)
		from++;
	while (to > from && vl->v[to - 1].k == V_SPACE)
		to--;
	for (size_t i = from; i < to; i++)
		h += vl->v[i].h;
	return h;
}

static void
keep_with_previous(struct vlist *vl, size_t idx)
{
	vl->v[idx].keep = 1;
	while (idx > 0 &&
	    (vl->v[idx - 1].k == V_SPACE || vl->v[idx - 1].k == V_OPEN)) {
		idx--;
		vl->v[idx].keep = 1;
	}
}

static struct vbox *
new_box(const struct fo_node *n, double cx, double cw, const char *tag)
{
	struct vbox *bx = xcalloc(1, sizeof *bx);
	const struct fo_props *p = n->p;

	bx->node = n;
	bx->x = cx - p->padding[FO_LEFT] - p->border[FO_LEFT].width;
	bx->w = cw + p->padding[FO_LEFT] + p->padding[FO_RIGHT] +
	    p->border[FO_LEFT].width + p->border[FO_RIGHT].width;
	bx->top = p->border[FO_TOP].width + p->padding[FO_TOP];
	bx->bottom = p->border[FO_BOTTOM].width + p->padding[FO_BOTTOM];
	bx->tag =
	    p->role ? (strcmp(p->role, "artifact") == 0 ? NULL : p->role) : tag;
	bx->deco = p->has_background;
	for (int s = 0; s < 4; s++)
		if (p->border[s].width > 0)
			bx->deco = 1;
	return bx;
}

static void
open_box(struct vb *b, struct vbox *bx)
{
	const struct fo_props *p = bx->node->p;

	if (p->break_before)
		vpush(b, V_BREAK, 0);
	vpush(b, V_SPACE, p->space_before);
	bx->open_idx = b->vl->n;
	vpush(b, V_OPEN, bx->top)->box = bx;
	if (p->keep_with_previous)
		keep_with_previous(b->vl, bx->open_idx);
}

static void
close_box(struct vb *b, struct vbox *bx)
{
	const struct fo_props *p = bx->node->p;

	vpush(b, V_CLOSE, bx->bottom)->box = bx;
	if (p->keep_together)
		for (size_t i = bx->open_idx + 1; i < b->vl->n; i++)
			b->vl->v[i].keep = 1;
	if (p->keep_with_next)
		b->pending_kwn = 1;
	vpush(b, V_SPACE, p->space_after);
	if (p->break_after)
		vpush(b, V_BREAK, 0);
}

static void
push_para(
    struct vb *b, struct fo_para *pa, double cx, const struct fo_props *bp)
{
	for (int k = 0; k < pa->nlines; k++) {
		struct vitem *it = vpush(b, V_LINE, pa->lines[k].h);

		it->para = pa;
		it->line = k;
		it->x = cx;
		if (k > 0 && (k < bp->orphans || pa->nlines - k < bp->widows))
			it->keep = 1;
	}
}

static int
has_inline_content(const struct fo_node *n)
{
	for (const struct fo_node *c = n->first; c; c = c->next) {
		if (c->type == FO_TEXT) {
			for (size_t i = 0; i < c->len; i++)
				if (c->text[i] != ' ' && c->text[i] != '\n' &&
				    c->text[i] != '\t' && c->text[i] != '\r')
					return 1;
		} else if (is_inline(c->type))
			return 1;
	}
	return 0;
}

static void
build_block(struct lay *L, struct vb *b, const struct fo_node *n, double W)
{
	const struct fo_props *p = n->p;
	double cx = p->start_indent,
	       cw = W - p->start_indent - end_indent(p, W);
	struct vbox *bx;
	struct tb t;

	if (p->width.unit == FO_W_PT && p->width.v < cw)
		cw = p->width.v;
	else if (p->width.unit == FO_W_PCT)
		cw = cw * p->width.v / 100;
	if (cw < 1)
		cw = 1;
	bx = new_box(n, cx, cw, has_inline_content(n) ? "P" : "Div");
	open_box(b, bx);
	for (const struct fo_node *c = n->first; c != NULL;) {
		const struct fo_node *e = c, *x;
		struct fo_para *pa = NULL;
		int vol = 0;

		if (!is_inline(c->type)) {
			build_one(L, b, c, W);
			c = c->next;
			continue;
		}
		/* a run of inline content is one paragraph; without page
		 * numbers in it, every pass and page gets the same one */
		for (; e != NULL && is_inline(e->type); e = e->next)
			vol |= L->vol[e->serial];
		if (!vol && L->pending != NULL)
			await_para(L, c->serial);
		if (!vol && L->cache[c->serial] != NULL &&
		    L->cache[c->serial]->width == cw)
			pa = L->cache[c->serial];
		else {
			tb_start(&t, n);
			for (x = c; x != e; x = x->next)
				inl(L, &t, x);
			pa =
			    para_make(L, &t, p, cw, vol ? -1 : (long)c->serial);
		}
		if (pa != NULL)
			push_para(b, pa, cx, p);
		c = e;
	}
	close_box(b, bx);
}

static void build_table(
    struct lay *L, struct vb *b, const struct fo_node *n, double W);

static void
build_list(struct lay *L, struct vb *b, const struct fo_node *n, double W)
{
	const struct fo_props *p = n->p;
	double cx = p->start_indent, cw = W - cx - end_indent(p, W);
	struct vbox *bx;

	if (cw < 1)
		cw = 1;
	bx = new_box(n, cx, cw, "L");
	open_box(b, bx);
	for (const struct fo_node *it = n->first; it; it = it->next) {
		const struct fo_props *ip = it->p;
		double ix = ip->start_indent, iw = W - ix - end_indent(ip, W);
		struct vbox *ib;

		if (it->type != FO_LIST_ITEM)
			continue;
		if (iw < 1)
			iw = 1;
		ib = new_box(it, ix, iw, "LI");
		open_box(b, ib);
		for (const struct fo_node *c = it->first; c; c = c->next) {
			if (c->type == FO_LIST_ITEM_LABEL) {
				struct vb lb = {&ib->label, 0};

				build_blocks(L, &lb, c, W);
				finish_list(&ib->label);
				ib->has_label = 1;
			} else if (c->type == FO_LIST_ITEM_BODY) {
				double bxx = c->p->start_indent,
				       bw = W - bxx - end_indent(c->p, W);
				struct vbox *body;

				if (bw < 1)
					bw = 1;
				body = new_box(c, bxx, bw, "LBody");
				open_box(b, body);
				build_blocks(L, b, c, W);
				close_box(b, body);
			}
		}
		close_box(b, ib);
		/* a label taller than the body: the item grows to hold it */
		if (ib->has_label) {
			size_t ci = b->vl->n;
			double lh = range_height(&ib->label, 0, ib->label.n),
			       bh = 0;

			while (ci > 0 &&
			    (b->vl->v[ci - 1].k != V_CLOSE ||
			        b->vl->v[ci - 1].box != ib))
				ci--;
			if (ci > 0) {
				ci--; /* the CLOSE of ib */
				bh = range_height(b->vl, ib->open_idx + 1, ci);
				if (lh > bh)
					b->vl->v[ci].h += lh - bh;
			}
		}
	}
	close_box(b, bx);
}

static void
build_one(struct lay *L, struct vb *b, const struct fo_node *c, double W)
{
	switch (c->type) {
	case FO_BLOCK:
	case FO_BLOCK_CONTAINER:
		build_block(L, b, c, W);
		break;
	case FO_LIST_BLOCK:
		build_list(L, b, c, W);
		break;
	case FO_TABLE:
		build_table(L, b, c, W);
		break;
	default:
		break;
	}
}

/* Block-level children of parent. */
static void
build_blocks(
    struct lay *L, struct vb *b, const struct fo_node *parent, double W)
{
	for (const struct fo_node *c = parent->first; c; c = c->next)
		build_one(L, b, c, W);
}

static void shift_list(struct vlist *vl, double dx);

static struct vrow *
build_row(struct lay *L, const struct fo_node *rn, const double *colx,
    const double *colw, int ncols, double tx, double tw, int header)
{
	struct vrow *r = xcalloc(1, sizeof *r);
	int col = 0, nc = 0;

	for (const struct fo_node *c = rn->first; c; c = c->next)
		nc++;
	r->cells = xcalloc((size_t)(nc > 0 ? nc : 1), sizeof *r->cells);
	r->node = rn;
	r->header = header;
	r->x = tx;
	r->w = tw;
	for (const struct fo_node *c = rn->first; c; c = c->next) {
		const struct fo_props *p = c->p;
		struct vcell *cell;
		struct vb cb;
		int span = p->columns_spanned;
		double w = 0, cw;

		if (c->type != FO_TABLE_CELL)
			continue;
		if (p->column_number > 0)
			col = p->column_number - 1;
		if (col >= ncols)
			break;
		if (col + span > ncols)
			span = ncols - col;
		for (int k = col; k < col + span; k++)
			w += colw[k];
		cell = &r->cells[r->ncells++];
		cell->node = c;
		cell->x = colx[col];
		cell->w = w;
		cell->top = p->padding[FO_TOP] + p->border[FO_TOP].width / 2;
		cell->bottom =
		    p->padding[FO_BOTTOM] + p->border[FO_BOTTOM].width / 2;
		cw = w - p->padding[FO_LEFT] - p->padding[FO_RIGHT] -
		    (p->border[FO_LEFT].width + p->border[FO_RIGHT].width) / 2;
		if (cw < 1)
			cw = 1;
		cb.vl = &cell->content;
		cb.pending_kwn = 0;
		/* cell content is built from the cell's content edge */
		build_blocks(L, &cb, c, cw);
		shift_list(&cell->content,
		    cell->x + p->padding[FO_LEFT] +
		        p->border[FO_LEFT].width / 2);
		finish_list(&cell->content);
		cell->ch = range_height(&cell->content, 0, cell->content.n);
		if (cell->top + cell->ch + cell->bottom > r->h)
			r->h = cell->top + cell->ch + cell->bottom;
		col += span;
	}
	return r;
}

static void
shift_row(struct vrow *r, double dx)
{
	r->x += dx;
	for (int c = 0; c < r->ncells; c++) {
		r->cells[c].x += dx;
		shift_list(&r->cells[c].content, dx);
	}
}

/* Move everything in vl right by dx (nested cell content). */
static void
shift_list(struct vlist *vl, double dx)
{
	for (size_t i = 0; i < vl->n; i++) {
		struct vitem *it = &vl->v[i];

		if (it->k == V_LINE)
			it->x += dx;
		else if (it->k == V_OPEN) {
			it->box->x += dx;
			shift_list(&it->box->label, dx);
		} else if (it->k == V_ROW)
			shift_row(it->row, dx);
	}
}

static void
build_table(struct lay *L, struct vb *b, const struct fo_node *n, double W)
{
	const struct fo_props *p = n->p;
	double avail = W - p->start_indent - end_indent(p, W), tw, fixed = 0,
	       prop = 0;
	double *colx, *colw;
	struct fo_width *spec = NULL;
	int ncols = 0, cap = 0, first_body = 1;
	struct vbox *bx;
	struct vtable *vt;
	double tx = p->start_indent;

	if (avail < 1)
		avail = 1;
	tw = p->width.unit == FO_W_PT   ? p->width.v
	    : p->width.unit == FO_W_PCT ? avail * p->width.v / 100
	                                : avail;
	if (tw < 1)
		tw = 1;
	for (const struct fo_node *c = n->first; c; c = c->next)
		if (c->type == FO_TABLE_COLUMN)
			for (int k = 0; k < c->p->columns_repeated; k++) {
				if (ncols == cap) {
					cap = cap ? 2 * cap : 8;
					spec = xrealloc(
					    spec, (size_t)cap * sizeof *spec);
				}
				spec[ncols++] = c->p->column_width;
			}
	/* columns used by rows but not declared get a proportional share */
	for (const struct fo_node *s = n->first; s; s = s->next)
		for (const struct fo_node *r = s->first;
		     r && s->type != FO_TABLE_COLUMN; r = r->next) {
			int used = 0;

			for (const struct fo_node *c = r->first; c; c = c->next)
				used = (c->p->column_number > 0
				               ? c->p->column_number - 1
				               : used) +
				    c->p->columns_spanned;
			while (ncols < used && ncols < 1000) {
				if (ncols == cap) {
					cap = cap ? 2 * cap : 8;
					spec = xrealloc(
					    spec, (size_t)cap * sizeof *spec);
				}
				spec[ncols].unit = FO_W_PROP;
				spec[ncols++].v = 1;
			}
		}
	if (ncols == 0) {
		spec = xrealloc(spec, sizeof *spec);
		spec[0].unit = FO_W_PROP;
		spec[0].v = 1;
		ncols = 1;
	}
	colx = xcalloc((size_t)ncols, sizeof *colx);
	colw = xcalloc((size_t)ncols, sizeof *colw);
	for (int k = 0; k < ncols; k++) {
		if (spec[k].unit == FO_W_PT)
			colw[k] = spec[k].v;
		else if (spec[k].unit == FO_W_PCT)
			colw[k] = tw * spec[k].v / 100;
		else {
			prop += spec[k].unit == FO_W_PROP ? spec[k].v : 1;
			continue;
		}
		fixed += colw[k];
	}
	for (int k = 0; k < ncols; k++)
		if (spec[k].unit == FO_W_PROP || spec[k].unit == FO_W_AUTO) {
			double share = tw - fixed > 0 ? tw - fixed : 0;
			colw[k] = prop > 0 ? share *
			        (spec[k].unit == FO_W_PROP ? spec[k].v : 1) /
			        prop
			                   : 0;
		}
	for (int k = 0; k < ncols; k++)
		colx[k] = (k == 0 ? tx : colx[k - 1] + colw[k - 1]);

	bx = new_box(n, tx, tw, "Table");
	vt = bx->table = xcalloc(1, sizeof *vt);
	vt->omit = p->omit_header_at_break;
	open_box(b, bx);
	for (const struct fo_node *s = n->first; s; s = s->next) {
		struct vbox *sb;
		int header = s->type == FO_TABLE_HEADER;

		if (s->type != FO_TABLE_HEADER && s->type != FO_TABLE_BODY)
			continue;
		sb = new_box(s, tx, tw, header ? "THead" : "TBody");
		sb->top = sb->bottom = 0; /* rows carry the geometry */
		sb->deco = s->p->has_background;
		open_box(b, sb);
		if (!header && first_body && vt->nheader > 0)
			b->vl->v[sb->open_idx].keep = 1;
		if (!header)
			first_body = 0;
		for (const struct fo_node *r = s->first; r; r = r->next) {
			struct vrow *row;
			struct vitem *it;

			if (r->type != FO_TABLE_ROW)
				continue;
			row =
			    build_row(L, r, colx, colw, ncols, tx, tw, header);
			if (r->p->break_before && !header)
				vpush(b, V_BREAK, 0);
			it = vpush(b, V_ROW, row->h);
			it->row = row;
			if (r->p->keep_with_previous)
				it->keep = 1;
			if (r->p->keep_with_next)
				b->pending_kwn = 1;
			if (r->p->break_after && !header)
				vpush(b, V_BREAK, 0);
			if (header) {
				vt->header = xrealloc(vt->header,
				    (vt->nheader + 1) * sizeof *vt->header);
				vt->header[vt->nheader++] = row;
				vt->header_h += row->h;
			}
		}
		close_box(b, sb);
	}
	close_box(b, bx);
	free(spec);
	free(colx);
	free(colw);
}

/* ---- emitting pages ---------------------------------------------------- */

struct pb {
	struct fo_page *pg;
	struct fo_op *deco, *content;
	size_t ndeco, capdeco, ncontent, capcontent;
};

struct sent {
	struct vbox *box;
	size_t deco; /* index in pb->deco, or SIZE_MAX */
	double ytop;
};

struct emitter {
	struct lay *L;
	struct pb *pb;
	double ox, oy;
	int tags; /* structure tags and destinations */
	struct sent *st;
	size_t nst, capst;
};

static struct fo_op *
op_add(struct fo_op **ops, size_t *n, size_t *cap, enum fo_op_kind k)
{
	struct fo_op *op;

	*ops = xgrow(*ops, cap, *n + 1, sizeof **ops);
	op = &(*ops)[(*n)++];
	memset(op, 0, sizeof *op);
	op->kind = k;
	return op;
}

static struct fo_op *
content_op(struct emitter *E, enum fo_op_kind k)
{
	return op_add(&E->pb->content, &E->pb->ncontent, &E->pb->capcontent, k);
}

static size_t
deco_op(struct emitter *E, const struct fo_node *n, double x, double y,
    double w, double h, unsigned edges, int centered)
{
	struct fo_op *op =
	    op_add(&E->pb->deco, &E->pb->ndeco, &E->pb->capdeco, FO_OP_BOX);

	op->node = n;
	op->x = E->ox + x;
	op->y = E->oy + y;
	op->w = w;
	op->h = h;
	op->edges = edges;
	op->centered = centered;
	return E->pb->ndeco - 1;
}

static void
dest(struct emitter *E, const struct fo_node *n, double x, double y)
{
	struct fo_op *op;

	mark(E->L, n);
	if (n->p->id == NULL || !E->tags || E->L->dest_done[n->serial])
		return;
	E->L->dest_done[n->serial] = 1;
	op = content_op(E, FO_OP_DEST);
	op->node = n;
	op->x = E->ox + x;
	op->y = E->oy + y;
}

static void
tag(struct emitter *E, const char *t)
{
	if (E->tags && t != NULL)
		content_op(E, FO_OP_TAG)->tag = t;
}

static void
tag_end(struct emitter *E, const char *t)
{
	if (E->tags && t != NULL)
		content_op(E, FO_OP_END)->tag = t;
}

static double e_range(struct emitter *E, const struct vlist *vl, size_t from,
    size_t to, double y);

static void
e_open(struct emitter *E, struct vbox *bx, double y, unsigned edges)
{
	struct sent *s;

	E->st = xgrow(E->st, &E->capst, E->nst + 1, sizeof *E->st);
	s = &E->st[E->nst++];
	s->box = bx;
	s->ytop = y;
	s->deco = bx->deco ? deco_op(E, bx->node, bx->x, y, bx->w, 0, edges, 0)
	                   : SIZE_MAX;
}

static void
e_label(struct emitter *E, struct vbox *bx, double y)
{
	struct emitter sub = *E;

	sub.st = NULL;
	sub.nst = sub.capst = 0;
	tag(E, "Lbl");
	e_range(&sub, &bx->label, 0, bx->label.n, y);
	free(sub.st);
	tag_end(E, "Lbl");
}

static void
e_close(struct emitter *E, double y, unsigned drop)
{
	struct sent *s = &E->st[--E->nst];

	if (s->deco != SIZE_MAX) {
		E->pb->deco[s->deco].h = y - s->ytop;
		E->pb->deco[s->deco].edges &= ~drop;
	}
	mark(E->L, s->box->node);
	tag_end(E, s->box->tag);
}

static void
e_line(struct emitter *E, const struct vitem *it, double y)
{
	struct fo_para *pa = it->para;
	const struct fo_line *line = &pa->lines[it->line];
	struct fo_op *op;

	for (size_t i = 0; i < pa->nanchors; i++)
		if (pa->anchors[i].index >= line->start &&
		    (pa->anchors[i].index < line->start + line->length ||
		        it->line == pa->nlines - 1))
			dest(E, pa->anchors[i].node, it->x + line->x, y);
	op = content_op(E, FO_OP_LINE);
	op->untagged = !E->tags;
	op->para = pa;
	op->line = it->line;
	op->x = E->ox + it->x + line->x;
	op->y = E->oy + y + line->base;
	op->h = line->h;
}

/* Boxes open at position idx of vl (outermost first); caller frees. */
static struct vbox **
open_at(const struct vlist *vl, size_t idx, size_t *n)
{
	struct vbox **st = NULL;
	size_t cap = 0;

	*n = 0;
	for (size_t i = 0; i < idx && i < vl->n; i++)
		if (vl->v[i].k == V_OPEN) {
			st = xgrow(st, &cap, *n + 1, sizeof *st);
			st[(*n)++] = vl->v[i].box;
		} else if (vl->v[i].k == V_CLOSE && *n > 0)
			(*n)--;
	return st;
}

/* Draw row cells with content [from[c], to[c]); h is the fragment height. */
static void
e_row(struct emitter *E, const struct vrow *r, double y, double h,
    const size_t *from, const size_t *to, int tags)
{
	int savetags = E->tags;

	E->tags = savetags && tags;
	if (r->node->p->has_background)
		deco_op(E, r->node, r->x, y, r->w, h, 0, 0);
	dest(E, r->node, r->x, y);
	tag(E, "TR");
	for (int c = 0; c < r->ncells; c++) {
		const struct vcell *cell = &r->cells[c];
		const struct fo_props *p = cell->node->p;
		size_t f = from ? from[c] : 0, t = to ? to[c] : cell->content.n;
		double yc = y + cell->top,
		       ch = range_height(&cell->content, f, t);
		struct emitter sub = *E;
		struct vbox **open;
		size_t nopen;

		deco_op(E, cell->node, cell->x, y, cell->w, h, 15, 1);
		dest(E, cell->node, cell->x, y);
		tag(E, r->header ? "TH" : "TD");
		if (p->display_align == FO_VALIGN_CENTER)
			yc += (h - cell->top - cell->bottom - ch) / 2;
		else if (p->display_align == FO_VALIGN_AFTER)
			yc += h - cell->top - cell->bottom - ch;
		sub.st = NULL;
		sub.nst = sub.capst = 0;
		open = open_at(&cell->content, f, &nopen);
		for (size_t k = 0; k < nopen; k++) {
			e_open(&sub, open[k], yc, 15u & ~(1u << FO_TOP));
			tag(&sub, open[k]->tag);
		}
		free(open);
		while (f < t && cell->content.v[f].k == V_SPACE)
			f++;
		yc = e_range(&sub, &cell->content, f, t, yc);
		while (sub.nst > 0)
			e_close(&sub, yc, 1u << FO_BOTTOM);
		free(sub.st);
		tag_end(E, r->header ? "TH" : "TD");
	}
	tag_end(E, "TR");
	E->tags = savetags;
}

static double
e_range(
    struct emitter *E, const struct vlist *vl, size_t from, size_t to, double y)
{
	for (size_t i = from; i < to; i++) {
		const struct vitem *it = &vl->v[i];

		switch (it->k) {
		case V_SPACE:
			y += it->h;
			break;
		case V_BREAK:
			break;
		case V_OPEN:
			e_open(E, it->box, y, 15);
			dest(E, it->box->node, it->box->x, y);
			tag(E, it->box->tag);
			if (it->box->has_label)
				e_label(E, it->box, y + it->h);
			y += it->h;
			break;
		case V_CLOSE:
			y += it->h;
			if (E->nst > 0)
				e_close(E, y, 0);
			break;
		case V_LINE:
			e_line(E, it, y);
			y += it->h;
			break;
		case V_ROW:
			e_row(E, it->row, y, it->h, NULL, NULL, 1);
			y += it->h;
			break;
		}
	}
	return y;
}

/* ---- pages ------------------------------------------------------------- */

struct geo {
	double pw, ph;
	double bx, by, bw, bh;      /* region-body */
	double ax, ay, aw, ah;      /* region-before */
	double fx, fy, fw, fh;      /* region-after */
	const char *before, *after; /* region names */
	int has_before, has_after;
};

static const struct fo_node *
find_master(const struct fo_doc *d, const char *name)
{
	const struct fo_node *lms;

	for (lms = d->root->first; lms && lms->type != FO_LAYOUT_MASTER_SET;
	     lms = lms->next)
		;
	for (const struct fo_node *m = lms ? lms->first : NULL; m; m = m->next)
		if (m->p->master_name && strcmp(m->p->master_name, name) == 0)
			return m;
	return NULL;
}

/* The simple-page-master for page idx (0-based) of a sequence numbered lognum. */
static const struct fo_node *
choose_master(
    const struct fo_doc *d, const struct fo_node *seq, int idx, int lognum)
{
	const struct fo_node *m = find_master(d, seq->p->master_reference);

	if (m == NULL || m->type == FO_SIMPLE_PAGE_MASTER)
		return m;
	for (const struct fo_node *alt = m->first; alt; alt = alt->next)
		for (const struct fo_node *c = alt->first; c; c = c->next) {
			const struct fo_props *p = c->p;

			if ((p->page_position == 1 && idx != 0) ||
			    (p->page_position == 2 && idx == 0) ||
			    (p->odd_or_even == 1 && lognum % 2 == 0) ||
			    (p->odd_or_even == 2 && lognum % 2 == 1))
				continue;
			return find_master(d, p->master_reference);
		}
	/* nothing matched: the first reference */
	for (const struct fo_node *alt = m->first; alt; alt = alt->next)
		if (alt->first)
			return find_master(d, alt->first->p->master_reference);
	return NULL;
}

static void
geometry(const struct fo_node *spm, struct geo *g)
{
	const struct fo_props *p = spm->p;
	double cx = p->margin[FO_LEFT], cy = p->margin[FO_TOP];
	double cw = p->page_width - p->margin[FO_LEFT] - p->margin[FO_RIGHT];
	double ch = p->page_height - p->margin[FO_TOP] - p->margin[FO_BOTTOM];

	memset(g, 0, sizeof *g);
	g->pw = p->page_width;
	g->ph = p->page_height;
	g->bx = cx;
	g->by = cy;
	g->bw = cw;
	g->bh = ch;
	g->before = "xsl-region-before";
	g->after = "xsl-region-after";
	for (const struct fo_node *r = spm->first; r; r = r->next) {
		const struct fo_props *rp = r->p;

		if (r->type == FO_REGION_BODY) {
			g->bx = cx + rp->margin[FO_LEFT];
			g->by = cy + rp->margin[FO_TOP];
			g->bw = cw - rp->margin[FO_LEFT] - rp->margin[FO_RIGHT];
			g->bh = ch - rp->margin[FO_TOP] - rp->margin[FO_BOTTOM];
		} else if (r->type == FO_REGION_BEFORE) {
			g->has_before = 1;
			g->ax = cx, g->ay = cy, g->aw = cw, g->ah = rp->extent;
			if (rp->region_name)
				g->before = rp->region_name;
		} else if (r->type == FO_REGION_AFTER) {
			g->has_after = 1;
			g->fx = cx, g->fy = cy + ch - rp->extent, g->fw = cw,
			g->fh = rp->extent;
			if (rp->region_name)
				g->after = rp->region_name;
		}
	}
	if (g->bw < 1)
		g->bw = 1;
	if (g->bh < 1)
		g->bh = 1;
}

static void
static_region(struct lay *L, struct pb *pb, const struct fo_node *seq,
    const char *name, double x, double y, double w)
{
	for (const struct fo_node *sc = seq->first; sc; sc = sc->next) {
		struct vlist vl = {NULL, 0, 0};
		struct vb b = {&vl, 0};
		struct emitter E;

		if (sc->type != FO_STATIC_CONTENT ||
		    strcmp(sc->p->flow_name, name) != 0)
			continue;
		L->cur_label = pb->pg->label;
		build_blocks(L, &b, sc, w);
		L->cur_label = NULL;
		finish_list(&vl);
		memset(&E, 0, sizeof E);
		E.L = L;
		E.pb = pb;
		E.ox = x;
		E.oy = y;
		mark(L, sc);
		{
			size_t f = 0;
			while (f < vl.n && vl.v[f].k == V_SPACE)
				f++;
			e_range(&E, &vl, f, vl.n, 0);
		}
		while (E.nst > 0)
			e_close(&E, 0, 0);
		free(E.st);
		vlist_free(&vl);
	}
}

/* Does n or anything in it have an id (a page-number-citation target)? */
static int
has_id(const struct fo_node *n)
{
	if (n->type != FO_TEXT && n->p->id != NULL)
		return 1;
	for (const struct fo_node *c = n->first; c != NULL; c = c->next)
		if (has_id(c))
			return 1;
	return 0;
}

/*
 * Headers and footers change no page break and no page number: the
 * first pass, whose pages are not drawn, needs them only for their ids.
 */
static int
static_needed(const struct lay *L, const struct fo_node *seq)
{
	if (L->prev != NULL)
		return 1;
	for (const struct fo_node *c = seq->first; c != NULL; c = c->next)
		if (c->type == FO_STATIC_CONTENT && has_id(c))
			return 1;
	return 0;
}

static struct pb *
page_new(struct lay *L, const struct fo_node *seq, int idx, struct geo *g)
{
	struct fo_result *r = L->r;
	const struct fo_node *spm = choose_master(L->d, seq, idx, L->lognum);
	struct pb *pb;
	struct fo_page *pg;

	if (r->npages >= MAX_PAGES) {
		if (!L->failed)
			msg_level_at(MSG_ERROR, L->d->file, seq->line, 0,
			    "document too long: more than %d pages", MAX_PAGES);
		L->failed = 1;
		return NULL;
	}
	geometry(spm, g);
	r->pages =
	    xgrow(r->pages, &r->cappages, r->npages + 1, sizeof *r->pages);
	pg = &r->pages[r->npages++];
	memset(pg, 0, sizeof *pg);
	pg->width = g->pw;
	pg->height = g->ph;
	fo_format_number(L->lognum++, L->format, pg->label, sizeof pg->label);
	pb = xcalloc(1, sizeof *pb);
	pb->pg = pg;
	mark(L, seq);
	mark(L, L->d->root);
	for (const struct fo_node *c = seq->first; c; c = c->next)
		if (c->type == FO_FLOW)
			mark(L, c);
	if (!static_needed(L, seq))
		return pb;
	if (g->has_before)
		static_region(L, pb, seq, g->before, g->ax, g->ay, g->aw);
	if (g->has_after)
		static_region(L, pb, seq, g->after, g->fx, g->fy, g->fw);
	return pb;
}

static void
page_finish(struct lay *L, struct pb *pb)
{
	struct fo_page *pg = pb->pg;

	pg->nops = pb->ndeco + pb->ncontent;
	pg->capops = pg->nops;
	pg->ops = xcalloc(pg->nops ? pg->nops : 1, sizeof *pg->ops);
	if (pb->ndeco)
		memcpy(pg->ops, pb->deco, pb->ndeco * sizeof *pb->deco);
	if (pb->ncontent)
		memcpy(pg->ops + pb->ndeco, pb->content,
		    pb->ncontent * sizeof *pb->content);
	free(pb->deco);
	free(pb->content);
	free(pb);
	if (L->sink != NULL) {
		L->sink->page(L->sink->ud, pg);
		L->r->given = (size_t)(pg - L->r->pages) + 1;
	}
}

/* Where to cut a cell's content [from, n) to fit avail; from when nothing fits. */
static size_t
cut_list(const struct vlist *vl, size_t from, double avail)
{
	double y = 0;
	size_t cand = from, i;

	while (from < vl->n && vl->v[from].k == V_SPACE)
		from++;
	for (i = from; i < vl->n; i++) {
		const struct vitem *it = &vl->v[i];

		if (i > from && !it->hard && !it->keep && y <= avail + EPS)
			cand = i;
		if (y + it->h > avail + EPS && it->k != V_SPACE)
			break;
		y += it->h;
	}
	if (i == vl->n)
		return vl->n;
	if (cand == from) {
		/* keeps cannot all be honoured: any structural break */
		y = 0;
		for (i = from; i < vl->n; i++) {
			if (i > from && !vl->v[i].hard && y <= avail + EPS)
				cand = i;
			if (y + vl->v[i].h > avail + EPS)
				break;
			y += vl->v[i].h;
		}
	}
	return cand;
}

/*
 * Place the next fragment of a row taller than a page, at most avail
 * high.  pos holds each cell's next item.  Returns 1 when the row is
 * done; *used gets the height drawn.
 */
static int
row_fragment(struct emitter *E, const struct vrow *r, size_t *pos, double y,
    double avail, double *used)
{
	size_t *to = xcalloc((size_t)(r->ncells ? r->ncells : 1), sizeof *to);
	double need = 0;
	int done = 1;

	for (int c = 0; c < r->ncells; c++) {
		const struct vcell *cell = &r->cells[c];
		double h = cell->top +
		    range_height(&cell->content, pos[c], cell->content.n) +
		    cell->bottom;

		if (h > need)
			need = h;
	}
	if (need <= avail + EPS) {
		for (int c = 0; c < r->ncells; c++)
			to[c] = r->cells[c].content.n;
		e_row(E, r, y, need, pos, to, 1);
		free(to);
		*used = need;
		return 1;
	}
	for (int c = 0; c < r->ncells; c++) {
		const struct vcell *cell = &r->cells[c];
		size_t t = cut_list(
		    &cell->content, pos[c], avail - cell->top - cell->bottom);

		if (t == pos[c] && t < cell->content.n) {
			/* not even one line fits: take one item anyway */
			while (t < cell->content.n &&
			    cell->content.v[t].k == V_SPACE)
				t++;
			if (t < cell->content.n)
				t++;
		}
		to[c] = t;
		if (t < cell->content.n)
			done = 0;
	}
	e_row(E, r, y, avail, pos, to, 1);
	memcpy(pos, to, (size_t)r->ncells * sizeof *pos);
	free(to);
	*used = avail;
	return done;
}

/*
 * Innermost open table in the main flow, when it has a header to repeat
 * on a page of height H: a header taller than half a page is not repeated.
 */
static struct vbox *
open_table(struct emitter *E, double H)
{
	for (size_t i = E->nst; i-- > 0;)
		if (E->st[i].box->table != NULL) {
			const struct vtable *t = E->st[i].box->table;

			return t->nheader > 0 && !t->omit && t->header_h < H / 2
			    ? E->st[i].box
			    : NULL;
		}
	return NULL;
}

/* End a page: boxes still open are drawn to y without their bottom edge. */
static void
suspend(struct emitter *E, double y)
{
	for (size_t k = 0; k < E->nst; k++)
		if (E->st[k].deco != SIZE_MAX) {
			E->pb->deco[E->st[k].deco].h = y - E->st[k].ytop;
			E->pb->deco[E->st[k].deco].edges &= ~(1u << FO_BOTTOM);
		}
}

/* Start a page: boxes still open continue from the top, without top edge. */
static double
resume(struct emitter *E, int first, double H)
{
	struct vbox *tb;
	double y = 0;

	for (size_t k = 0; k < E->nst; k++) {
		struct sent *s = &E->st[k];

		s->ytop = 0;
		s->deco = s->box->deco
		    ? deco_op(E, s->box->node, s->box->x, 0, s->box->w, 0,
		          15u & ~(1u << FO_TOP), 0)
		    : SIZE_MAX;
		mark(E->L, s->box->node);
	}
	if (!first && (tb = open_table(E, H)) != NULL)
		for (size_t k = 0; k < tb->table->nheader; k++) {
			e_row(E, tb->table->header[k], y,
			    tb->table->header[k]->h, NULL, NULL, 0);
			y += tb->table->header[k]->h;
		}
	return y;
}

static void
flow_pages(struct lay *L, const struct fo_node *seq, struct vlist *vl)
{
	struct emitter E;
	size_t i = 0, *rowpos = NULL;
	int idx = 0;

	memset(&E, 0, sizeof E);
	E.L = L;
	E.tags = 1;
	while (!L->failed && (idx == 0 || i < vl->n)) {
		struct geo g;
		struct pb *pb = page_new(L, seq, idx, &g);
		double y, H, full, used;
		size_t j, end = vl->n, last_ok = SIZE_MAX, forced = SIZE_MAX;
		int split = 0, consume = 0;
		struct vbox *tb;

		if (pb == NULL)
			break;
		E.pb = pb;
		E.ox = g.bx;
		E.oy = g.by;
		H = g.bh;
		y = resume(&E, idx == 0, H);
		tb = open_table(&E, H);
		if (rowpos != NULL) {
			if (!row_fragment(
			        &E, vl->v[i].row, rowpos, y, H - y, &used)) {
				suspend(&E, H);
				page_finish(L, pb);
				idx++;
				continue;
			}
			y += used;
			free(rowpos);
			rowpos = NULL;
			i++;
		}
		while (i < vl->n &&
		    (vl->v[i].k == V_SPACE || vl->v[i].k == V_BREAK))
			i++;
		{
			double yy = y;

			for (j = i; j < vl->n; j++) {
				const struct vitem *it = &vl->v[j];

				if (j > i && !it->hard) {
					forced = j;
					if (!it->keep)
						last_ok = j;
				}
				if (it->k == V_BREAK) {
					if (j > i) {
						end = j;
						consume = 1;
						break;
					}
					continue;
				}
				if (yy + it->h <= H + EPS || it->k == V_SPACE) {
					yy += it->h;
					continue;
				}
				tb = open_table(&E, H);
				full = H - (tb ? tb->table->header_h : 0);
				if (it->k == V_ROW && it->h > full) {
					end = j;
					split = H - yy > 36 || j == i;
				} else if (last_ok != SIZE_MAX)
					end = last_ok;
				else if (forced != SIZE_MAX)
					end = forced;
				else
					end = j +
					    1; /* taller than any page: overflow */
				break;
			}
		}
		/* a page never starts with the ends of boxes (forced breaks
		 * can land there): they stay with what they close */
		while (!split && !consume && end < vl->n &&
		    vl->v[end].k == V_CLOSE)
			end++;
		y = e_range(&E, vl, i, end, y);
		i = end;
		if (split) {
			rowpos = xcalloc(
			    (size_t)(vl->v[i].row->ncells ? vl->v[i].row->ncells
			                                  : 1),
			    sizeof *rowpos);
			if (row_fragment(
			        &E, vl->v[i].row, rowpos, y, H - y, &used)) {
				free(rowpos);
				rowpos = NULL;
				i++;
			}
			y += used;
		} else if (consume)
			i++;
		suspend(&E, y);
		page_finish(L, pb);
		idx++;
	}
	free(rowpos);
	free(E.st);
}

/* ---- passes ------------------------------------------------------------ */

static void
sequence(struct lay *L, const struct fo_node *seq)
{
	const struct fo_node *spm, *flow = NULL;
	struct geo g;
	struct vlist vl = {NULL, 0, 0};
	struct vb b = {&vl, 0};

	if (seq->p->initial_page_number > 0)
		L->lognum = seq->p->initial_page_number;
	L->format = seq->p->format;
	spm = choose_master(L->d, seq, 0, L->lognum);
	if (spm == NULL)
		return;
	geometry(spm, &g);
	for (const struct fo_node *c = seq->first; c; c = c->next)
		if (c->type == FO_FLOW)
			flow = c;
	if (flow != NULL)
		build_blocks(L, &b, flow, g.bw);
	finish_list(&vl);
	if (L->jobs == NULL) /* collecting needs no pages */
		flow_pages(L, seq, &vl);
	vlist_free(&vl);
}

/* Ids that got no place of their own point at their nearest placed ancestor. */
/* Will orphan_dests() add a destination to a page? */
static int
orphans(const struct lay *L)
{
	for (size_t i = 0; i < L->d->nids; i++)
		if (!L->dest_done[L->d->ids[i]->serial] && L->r->npages > 0)
			return 1;
	return 0;
}

static void
orphan_dests(struct lay *L)
{
	const struct fo_doc *d = L->d;
	struct fo_result *r = L->r;

	for (size_t i = 0; i < d->nids; i++) {
		const struct fo_node *n = d->ids[i], *a = n;
		struct fo_page *pg;
		struct fo_op *op;
		int page;

		if (L->dest_done[n->serial] || r->npages == 0)
			continue;
		while (a != NULL && r->first_page[a->serial] == 0)
			a = a->parent;
		page = a ? r->first_page[a->serial] : 1;
		if (r->first_page[n->serial] == 0) {
			r->first_page[n->serial] = page;
			r->last_page[n->serial] =
			    a ? r->last_page[a->serial] : page;
		}
		pg = &r->pages[r->first_page[n->serial] - 1];
		pg->ops =
		    xgrow(pg->ops, &pg->capops, pg->nops + 1, sizeof *pg->ops);
		op = &pg->ops[pg->nops++];
		memset(op, 0, sizeof *op);
		op->kind = FO_OP_DEST;
		op->node = n;
		L->dest_done[n->serial] = 1;
	}
}

/* Warn once per family list whose first family fontconfig does not have. */
static void
check_fonts(const struct fo_doc *d, PangoContext *ctx)
{
	PangoFontFamily **fams = NULL;
	int nfam = 0;
	const char **seen = NULL;
	size_t nseen = 0, capseen = 0;

	pango_font_map_list_families(
	    pango_context_get_font_map(ctx), &fams, &nfam);
	for (unsigned i = 0; i < d->nnodes; i++) {
		const struct fo_node *n = d->nodes[i];
		const char *f = n->p->font_family;
		size_t len = strcspn(f, ",");
		int found = 0;

		if (n->type == FO_TEXT ||
		    (n->parent != NULL && n->parent->p->font_family == f))
			continue;
		for (size_t k = 0; k < nseen && !found; k++)
			found = strcmp(seen[k], f) == 0;
		if (found)
			continue;
		seen = xgrow(seen, &capseen, nseen + 1, sizeof *seen);
		seen[nseen++] = f;
		for (int k = 0; k < nfam && !found; k++) {
			const char *name = pango_font_family_get_name(fams[k]);

			found = strlen(name) == len &&
			    g_ascii_strncasecmp(name, f, len) == 0;
		}
		if (!found)
			msg_level_at(MSG_WARNING, d->file, n->line, 0,
			    "font family '%.*s' is not installed; fontconfig "
			    "substitutes another",
			    (int)len, f);
	}
	free(seen);
	g_free(fams);
}

static struct fo_result *
pass(const struct fo_doc *d, PangoContext *ctx, const struct fo_result *prev,
    struct fo_para **cache, const unsigned char *vol, struct jobs *jobs,
    struct jobs *pending, GHashTable *shaped, const struct fo_sink *sink)
{
	struct lay L;
	struct fo_result *r = xcalloc(1, sizeof *r);

	memset(&L, 0, sizeof L);
	L.d = d;
	L.ctx = ctx;
	L.r = r;
	L.prev = prev;
	L.lognum = 1;
	L.cache = cache;
	L.vol = vol;
	L.jobs = jobs;
	L.pending = pending;
	L.sink = sink;
	L.shaped = shaped;
	r->first_page = xcalloc(d->nnodes, sizeof *r->first_page);
	r->last_page = xcalloc(d->nnodes, sizeof *r->last_page);
	L.dest_done = xcalloc(d->nnodes, 1);
	for (const struct fo_node *c = d->root->first; c && !L.failed;
	     c = c->next)
		if (c->type == FO_PAGE_SEQUENCE)
			sequence(&L, c);
	if (!L.failed && jobs == NULL) {
		/* pages already given change: give them again */
		if (sink != NULL && orphans(&L)) {
			sink->restart(sink->ud);
			r->given = 0;
		}
		orphan_dests(&L);
	}
	free(L.dest_done);
	if (L.failed) {
		if (sink != NULL && r->given > 0)
			sink->restart(sink->ud); /* before its pages go */
		fo_result_free(r);
		return NULL;
	}
	return r;
}

/* ---- shaping in parallel -------------------------------------------- */

#define JOBS_PER_TAKE 16
#define QUEUE_MAX 256 /* paragraphs collected, not shaped yet */
#define PARALLEL_MIN_NODES 2000

/*
 * Threads to shape with: ICOC_THREADS, or the processors online for a
 * document large enough to gain from them (starting them and loading
 * their fonts costs a few milliseconds).
 */
int
fo_threads(const struct fo_doc *d)
{
	const char *e = getenv("ICOC_THREADS");
	long n;

	if (e != NULL && *e != '\0')
		n = strtol(e, NULL, 10);
	else if (d->nnodes < PARALLEL_MIN_NODES)
		n = 1;
	else
		n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > MAX_WORKERS ? MAX_WORKERS : (int)n;
}

/*
 * Load into ctx every font the document can ask of it: each distinct
 * font of its property sets, in its language, for each character of its
 * text (and what layout adds: ASCII for page numbers, hyphens, the
 * leader's U+FFFC).  Pango's font maps are per thread, but creating
 * fonts goes through fontconfig and cairo state they share: fonts made
 * in two threads at once came out, rarely, with other metrics.  So the
 * workers load theirs one after another before they shape, and only
 * the main thread makes fonts while shaping.
 */
static void
load_fonts(PangoContext *ctx, const struct fo_doc *d)
{
	unsigned char *seen = xcalloc(0x110000, 1);
	gunichar *chars = NULL;
	size_t nchars = 0, cap = 0;
	GHashTable *fonts = g_hash_table_new_full(g_str_hash, g_str_equal, free,
	    NULL); /* done: "family|size|weight|italic|lang" */
	GHashTable *made = g_hash_table_new(NULL, NULL); /* of this key */
	static const gunichar extra[] = {0x2010, 0xAD, 0xFFFC};

#define ADD(ch)                                                                \
	do {                                                                   \
		if ((ch) < 0x110000 && !seen[(ch)]) {                          \
			seen[(ch)] = 1;                                        \
			chars = xgrow(chars, &cap, nchars + 1, sizeof *chars); \
			chars[nchars++] = (ch);                                \
		}                                                              \
	} while (0)
	for (gunichar ch = 0x20; ch < 0x7F; ch++)
		ADD(ch);
	for (size_t k = 0; k < NELEM(extra); k++)
		ADD(extra[k]);
	for (unsigned i = 0; i < d->nnodes; i++) {
		const char *t = d->nodes[i]->text;

		for (; t != NULL && *t != '\0'; t = g_utf8_next_char(t))
			ADD(g_utf8_get_char(t));
	}
#undef ADD
	for (size_t i = 0; i < d->nprops; i++) {
		const struct fo_props *p = d->props[i];
		PangoFontDescription *fd;
		PangoLanguage *lang;
		PangoFontset *fs;

		if (!g_hash_table_add(fonts,
		        xasprintf("%s|%.3f|%d|%d|%s", p->font_family,
		            p->font_size, p->font_weight, p->italic,
		            p->lang ? p->lang : "")))
			continue;
		fd = font_desc(p);
		lang = p->lang ? pango_language_from_string(p->lang)
		               : pango_context_get_language(ctx);
		fs = pango_context_load_fontset(ctx, fd, lang);
		g_hash_table_remove_all(made); /* metrics are per language */
		for (size_t k = 0; fs != NULL && k < nchars; k++) {
			PangoFont *f = pango_fontset_get_font(fs, chars[k]);

			if (f != NULL && g_hash_table_add(made, f)) {
				(void)pango_font_get_hb_font(f);
				pango_font_metrics_unref(
				    pango_font_get_metrics(f, lang));
			}
			if (f != NULL)
				g_object_unref(f);
		}
		if (fs != NULL)
			g_object_unref(fs);
		pango_font_description_free(fd);
	}
	g_hash_table_destroy(fonts);
	g_hash_table_destroy(made);
	free(chars);
	free(seen);
}

struct worker {
	struct jobs *jobs;
	PangoContext *ctx;
};

/*
 * Take up to JOBS_PER_TAKE jobs into out while more than keep are
 * queued and no worker is loading fonts; with wait, wait for that until
 * the collecting is done.  Returns how many.
 */
static size_t
take(struct jobs *J, struct job **out, int wait, size_t keep)
{
	size_t k = 0;

	pthread_mutex_lock(&J->lock);
	while (wait && (J->loading > 0 || (J->next == J->n && !J->done)))
		pthread_cond_wait(&J->more, &J->lock);
	while (J->loading == 0 && k < JOBS_PER_TAKE && J->n - J->next > keep)
		out[k++] = J->v[J->next++];
	pthread_mutex_unlock(&J->lock);
	return k;
}

static void
shape_jobs(struct jobs *J, PangoContext *ctx, struct job **jb, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		para_shape(ctx, &jb[i]->t, jb[i]->bp, jb[i]->width);
		pthread_mutex_lock(&J->lock);
		jb[i]->done = 1;
		pthread_cond_broadcast(&J->shaped_cv);
		pthread_mutex_unlock(&J->lock);
	}
}

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct jobs *J = w->jobs;
	struct job *jb[JOBS_PER_TAKE];
	size_t n;

	/* one worker at a time, and nobody shapes meanwhile (load_fonts()) */
	pthread_mutex_lock(&J->load_lock);
	load_fonts(w->ctx, J->d);
	pthread_mutex_unlock(&J->load_lock);
	pthread_mutex_lock(&J->lock);
	J->loading--;
	pthread_cond_broadcast(&J->more);
	pthread_mutex_unlock(&J->lock);
	while ((n = take(J, jb, 1, 0)) > 0)
		shape_jobs(J, w->ctx, jb, n);
	return NULL;
}

/* The collecting thread shapes too while the queue is long. */
static void
jobs_help(struct jobs *J)
{
	struct job *jb[JOBS_PER_TAKE];
	size_t n;

	while ((n = take(J, jb, 0, QUEUE_MAX)) > 0)
		shape_jobs(J, J->ctx, jb, n);
}

/*
 * Wait until jb is shaped, shaping queued jobs here meanwhile (the
 * first pass takes paragraphs in the order they were queued, so those
 * are the next it needs).
 */
static void
wait_shaped(struct jobs *J, struct job *jb)
{
	struct job *mine[JOBS_PER_TAKE];
	size_t n;

	pthread_mutex_lock(&J->lock);
	while (!jb->done) {
		for (n = 0; J->loading == 0 && n < 4 && J->next < J->n; n++)
			mine[n] = J->v[J->next++];
		if (n == 0) {
			pthread_cond_wait(&J->shaped_cv, &J->lock);
			continue;
		}
		pthread_mutex_unlock(&J->lock);
		shape_jobs(J, J->ctx, mine, n);
		pthread_mutex_lock(&J->lock);
	}
	pthread_mutex_unlock(&J->lock);
}

/* The first pass wants the paragraph of key: if a job makes it, wait. */
static void
await_para(struct lay *L, long key)
{
	struct job *jb = L->pending->bykey[key];

	if (jb == NULL || L->cache[key] != NULL)
		return;
	wait_shaped(L->pending, jb->same ? jb->same : jb);
	if (jb->same != NULL)
		para_share(jb->t.para, jb->same->t.para);
	L->cache[key] = jb->t.para;
}

/* A context like ctx on a font map of its own: pango's are not shared
 * between threads. */
static PangoContext *
context_like(PangoContext *ctx, GPtrArray *keep)
{
	PangoFontMap *fm = pango_cairo_font_map_new();
	PangoContext *c;

	pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(fm),
	    pango_cairo_font_map_get_resolution(
	        PANGO_CAIRO_FONT_MAP(pango_context_get_font_map(ctx))));
	c = pango_font_map_create_context(fm);
	pango_cairo_context_set_font_options(
	    c, pango_cairo_context_get_font_options(ctx));
	pango_cairo_context_set_resolution(
	    c, pango_cairo_context_get_resolution(ctx));
	pango_context_set_round_glyph_positions(
	    c, pango_context_get_round_glyph_positions(ctx));
	g_ptr_array_add(keep, fm);
	g_ptr_array_add(keep, c);
	return c;
}

/*
 * Shaping is most of the formatter's time and each paragraph's is its
 * own: before the first pass, collect every paragraph that does not show
 * a page number (a pass that builds the vertical lists but no pages) and
 * shape them side by side, the calling thread as one of the workers.
 * The first pass runs while they shape: it waits for each paragraph it
 * comes to (await_para()), shaping queued ones itself meanwhile; then
 * preshape_finish() puts them all in the cache.  Shaping does not depend
 * on the thread, so the output does not either.  NULL: one thread only.
 */
static struct jobs *
preshape_start(const struct fo_doc *d, PangoContext *ctx,
    struct fo_para **cache, const unsigned char *vol, GHashTable *shaped)
{
	int nw = fo_threads(d);
	struct jobs *J;
	struct worker *w;

	if (nw < 2)
		return NULL;
	J = xcalloc(1, sizeof *J);
	w = xcalloc((size_t)nw, sizeof *w);
	J->seen = xcalloc(d->nnodes, 1);
	J->bykey = xcalloc(d->nnodes, sizeof *J->bykey);
	J->keep = g_ptr_array_new_with_free_func(g_object_unref);
	J->ctx = ctx;
	J->d = d;
	J->shaped = shaped; /* naming jobs until they are shaped */
	J->workers = w;
	pthread_mutex_init(&J->lock, NULL);
	pthread_mutex_init(&J->load_lock, NULL);
	pthread_cond_init(&J->more, NULL);
	pthread_cond_init(&J->shaped_cv, NULL);
	/* workers load their fonts (work()) while this thread collects;
	 * this thread makes its own as it shapes, the only one that does */
	for (int i = 1; i < nw; i++) {
		w[i].jobs = J;
		w[i].ctx = context_like(ctx, J->keep);
	}
	J->loading = nw - 1;
	for (int i = 1; i < nw; i++) {
		if (pthread_create(&J->tid[i], NULL, work, &w[i]) != 0)
			break; /* fewer workers: the rest is done here */
		J->started = i;
	}
	pthread_mutex_lock(&J->lock);
	J->loading -= nw - 1 - J->started; /* those that did not start */
	pthread_mutex_unlock(&J->lock);
	fo_result_free(pass(d, ctx, NULL, cache, vol, J, NULL, shaped, NULL));
	pthread_mutex_lock(&J->lock);
	J->done = 1;
	pthread_cond_broadcast(&J->more);
	/* the first pass shapes too (page numbers): not while loading */
	while (J->loading > 0)
		pthread_cond_wait(&J->more, &J->lock);
	pthread_mutex_unlock(&J->lock);
	return J;
}

/*
 * After the first pass: the rest of the jobs shaped, every paragraph in
 * the cache and the reuse table.  Returns the contexts and font maps the
 * workers used (their fonts are referenced by the runs).
 */
static GPtrArray *
preshape_finish(struct jobs *J, struct fo_para **cache, GHashTable *shaped)
{
	GHashTableIter it;
	gpointer v;
	GPtrArray *keep = J->keep;
	struct job *jb[JOBS_PER_TAKE];
	size_t n;

	while ((n = take(J, jb, 1, 0)) > 0)
		shape_jobs(J, J->ctx, jb, n);
	for (int i = 1; i <= J->started; i++)
		pthread_join(J->tid[i], NULL);
	for (size_t i = 0; i < J->n; i++) {
		struct job *j = J->v[i];

		if (cache[j->key] == NULL)
			cache[j->key] = j->t.para;
	}
	for (size_t i = 0; i < J->ncopies; i++) {
		struct job *c = J->copies[i];

		if (cache[c->key] == NULL) {
			para_share(c->t.para, c->same->t.para);
			cache[c->key] = c->t.para;
		}
		free(c);
	}
	/* the passes share these too: the table now names paragraphs */
	g_hash_table_iter_init(&it, shaped);
	while (g_hash_table_iter_next(&it, NULL, &v))
		g_hash_table_iter_replace(&it, ((struct job *)v)->t.para);
	for (size_t i = 0; i < J->n; i++)
		free(J->v[i]);
	free(J->copies);
	pthread_cond_destroy(&J->shaped_cv);
	pthread_cond_destroy(&J->more);
	pthread_mutex_destroy(&J->load_lock);
	pthread_mutex_destroy(&J->lock);
	free(J->v);
	free(J->seen);
	free(J->bykey);
	free(J->workers);
	free(J);
	return keep;
}

static int
stable(const struct fo_doc *d, const struct fo_result *a,
    const struct fo_result *b)
{
	if (a->npages != b->npages)
		return 0;
	for (size_t i = 0; i < a->npages; i++)
		if (strcmp(a->pages[i].label, b->pages[i].label) != 0)
			return 0;
	for (size_t i = 0; i < d->nids; i++) {
		unsigned s = d->ids[i]->serial;

		if (a->first_page[s] != b->first_page[s] ||
		    a->last_page[s] != b->last_page[s])
			return 0;
	}
	return 1;
}

struct fo_result *
fo_layout(const struct fo_doc *d, PangoContext *ctx)
{
	return fo_layout_to(d, ctx, NULL);
}

struct fo_result *
fo_layout_to(
    const struct fo_doc *d, PangoContext *ctx, const struct fo_sink *sink)
{
	struct fo_result *prev = NULL, *r = NULL;
	struct fo_para **cache = xcalloc(d->nnodes, sizeof *cache);
	GHashTable *shaped = g_hash_table_new_full(
	    g_bytes_hash, g_bytes_equal, (GDestroyNotify)g_bytes_unref, NULL);
	GPtrArray *maps = NULL;
	struct jobs *J;
	unsigned char *vol = xcalloc(d->nnodes, 1);

	/* nodes whose text depends on page numbers (their ancestors too) */
	for (unsigned i = 0; i < d->nnodes; i++) {
		const struct fo_node *n = d->nodes[i];

		if (n->type == FO_PAGE_NUMBER ||
		    n->type == FO_PAGE_NUMBER_CITATION ||
		    n->type == FO_PAGE_NUMBER_CITATION_LAST)
			for (; n != NULL && !vol[n->serial]; n = n->parent)
				vol[n->serial] = 1;
	}
	check_fonts(d, ctx);
	J = preshape_start(d, ctx, cache, vol, shaped);
	for (int n = 1;; n++) {
		/* the first pass only guesses the page numbers: not given */
		r = pass(d, ctx, prev, cache, vol, NULL, J, shaped,
		    n > 1 ? sink : NULL);
		if (J != NULL) {
			maps = preshape_finish(J, cache, shaped);
			J = NULL;
		}
		if (r == NULL)
			break;
		r->passes = n;
		if (prev != NULL && stable(d, prev, r))
			break;
		if (n == MAX_PASSES) {
			msg_level_at(MSG_WARNING, d->file, 0, 0,
			    "page numbers still change after %d layout passes; "
			    "page references may be off by a page",
			    MAX_PASSES);
			break;
		}
		if (sink != NULL && n > 1)
			sink->restart(sink->ud); /* another pass follows */
		fo_result_free(prev);
		prev = r;
		/* the next pass reads only its page numbers: drop the rest */
		for (size_t i = 0; i < prev->npages; i++) {
			free(prev->pages[i].ops);
			prev->pages[i].ops = NULL;
			prev->pages[i].nops = prev->pages[i].capops = 0;
		}
		for (size_t i = 0; i < prev->nparas; i++)
			para_free(prev->paras[i]);
		prev->nparas = 0;
	}
	fo_result_free(prev);
	if (r != NULL && sink != NULL) {
		for (size_t i = r->given; i < r->npages; i++)
			sink->page(sink->ud, &r->pages[i]);
		r->given = r->npages;
		sink->done(sink->ud);
	}
	/* the result takes the shared paragraphs */
	for (unsigned i = 0; i < d->nnodes; i++)
		if (cache[i] != NULL) {
			if (r != NULL) {
				r->paras = xgrow(r->paras, &r->capparas,
				    r->nparas + 1, sizeof *r->paras);
				r->paras[r->nparas++] = cache[i];
			} else
				para_free(cache[i]);
		}
	g_hash_table_destroy(shaped);
	free(cache);
	free(vol);
	if (r != NULL)
		r->maps = maps; /* the workers' fonts are in the runs */
	else if (maps != NULL)
		g_ptr_array_unref(maps);
	return r;
}

void
fo_result_free(struct fo_result *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->npages; i++)
		free(r->pages[i].ops);
	free(r->pages);
	for (size_t i = 0; i < r->nparas; i++)
		para_free(r->paras[i]);
	free(r->paras);
	free(r->first_page);
	free(r->last_page);
	if (r->maps != NULL)
		g_ptr_array_unref(r->maps);
	free(r);
}
