/*
 * PDF output: draws the pages fo_layout() made on a cairo PDF surface,
 * with structure tags, destinations, links, outline and metadata.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/tree.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "fo.h"
#include "fo_int.h"
#include "hyph.h"
#include "msg.h"
#include "pdf.h"
#include "util.h"

#define FIXED_DATE "2000-01-01T00:00:00Z"
#define MAX_TAG_DEPTH 1024

struct pdf {
	cairo_t *cr;
	cairo_surface_t *surface;
	const char
	    *stack[MAX_TAG_DEPTH]; /* our own check of cairo's tag stack */
	int issued[MAX_TAG_DEPTH]; /* begun in cairo yet */
	int direct[MAX_TAG_DEPTH]; /* content drawn right inside it */
	int untagged;              /* drawing content outside the structure */
	int page_drawn;            /* something is drawn on this page */
	int depth;
	int tag_error;
	double pw, ph;         /* current page size */
	int notags;            /* write no structure at all */
	cairo_glyph_t *glyphs; /* for draw_glyphs() */
	cairo_text_cluster_t *clusters;
	size_t capglyphs;
};

static int last_pages;

int
pdf_last_pages(void)
{
	return last_pages;
}

static cairo_status_t
write_fp(void *closure, const unsigned char *data, unsigned int len)
{
	FILE *fp = closure;

	return fwrite(data, 1, len, fp) == len ? CAIRO_STATUS_SUCCESS
	                                       : CAIRO_STATUS_WRITE_ERROR;
}

static void
rgb(cairo_t *cr, unsigned c)
{
	cairo_set_source_rgb(cr, ((c >> 16) & 255) / 255.0,
	    ((c >> 8) & 255) / 255.0, (c & 255) / 255.0);
}

/*
 * Structure elements are begun in cairo only when content is drawn in
 * them: cairo 1.16 fails the whole file (CAIRO_STATUS_TAG_ERROR) on some
 * elements without content, and an empty element carries nothing anyway.
 */
static void
tag_flush(struct pdf *P)
{
	P->page_drawn = 1;
	if (P->notags || P->untagged)
		return;
	for (int i = 0; i < P->depth; i++)
		if (!P->issued[i]) {
			cairo_tag_begin(P->cr, P->stack[i], NULL);
			P->issued[i] = 1;
		}
	if (P->depth > 0)
		P->direct[P->depth - 1] = 1;
}

/*
 * At the end of a page, end the innermost element if content was drawn
 * right inside it; it begins again, as a new element of the same type,
 * when the next page draws in it.  cairo 1.16 reopens a leaf element at
 * the top of the next page, and the running header drawn there would
 * become part of it.
 */
static void
tag_page_end(struct pdf *P)
{
	int top = P->depth - 1;

	if (top >= 0 && P->issued[top] && P->direct[top]) {
		cairo_tag_end(P->cr, P->stack[top]);
		P->issued[top] = P->direct[top] = 0;
	}
}

static void
tag_begin(struct pdf *P, const char *name, const char *attrs)
{
	if (P->depth == MAX_TAG_DEPTH) {
		P->tag_error = 1;
		return;
	}
	if (attrs != NULL && !P->notags &&
	    !P->untagged) { /* links: begun at once, around their text */
		tag_flush(P);
		cairo_tag_begin(P->cr, name, attrs);
	}
	P->issued[P->depth] = attrs != NULL && !P->notags && !P->untagged;
	P->direct[P->depth] = 0;
	P->stack[P->depth++] = name;
}

static void
tag_end(struct pdf *P, const char *name)
{
	if (P->depth == 0 || strcmp(P->stack[P->depth - 1], name) != 0) {
		P->tag_error = 1;
		return;
	}
	P->depth--;
	/* an empty table cell still holds its place in the row, unless
	 * nothing at all was drawn on the page (cairo fails on that) */
	if (!P->issued[P->depth] && P->page_drawn && !P->notags &&
	    !P->untagged &&
	    (strcmp(name, "TD") == 0 || strcmp(name, "TH") == 0)) {
		for (int i = 0; i <= P->depth; i++)
			if (!P->issued[i]) {
				cairo_tag_begin(P->cr, P->stack[i], NULL);
				P->issued[i] = 1;
			}
	}
	if (P->issued[P->depth])
		cairo_tag_end(P->cr, name);
}

/* cairo attribute string value: single quotes, \ and ' escaped. */
static void
quoted(struct buf *b, const char *s)
{
	buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			buf_putc(b, '\\');
		buf_putc(b, *s);
	}
	buf_putc(b, '\'');
}

static char *
link_attrs(const char *dest, const char *uri)
{
	struct buf b = BUF_INIT;

	buf_puts(&b, dest ? "dest=" : "uri=");
	quoted(&b, dest ? dest : uri);
	return buf_detach(&b);
}

static void
draw_box(struct pdf *P, const struct fo_op *op)
{
	const struct fo_props *p = op->node->p;
	cairo_t *cr = P->cr;
	double x = op->x, y = op->y, w = op->w, h = op->h;

	if (h <= 0 || w <= 0)
		return;
	if (p->has_background) {
		P->page_drawn = 1;
		rgb(cr, p->background);
		cairo_rectangle(cr, x, y, w, h);
		cairo_fill(cr);
	}
	for (int s = 0; s < 4; s++) {
		double bw = p->border[s].width;

		if (bw <= 0 || !(op->edges & (1u << s)))
			continue;
		P->page_drawn = 1;
		rgb(cr, p->border[s].color);
		if (op->centered) {
			cairo_set_line_width(cr, bw);
			cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
			switch (s) {
			case FO_TOP:
				cairo_move_to(cr, x, y);
				cairo_line_to(cr, x + w, y);
				break;
			case FO_BOTTOM:
				cairo_move_to(cr, x, y + h);
				cairo_line_to(cr, x + w, y + h);
				break;
			case FO_LEFT:
				cairo_move_to(cr, x, y);
				cairo_line_to(cr, x, y + h);
				break;
			default:
				cairo_move_to(cr, x + w, y);
				cairo_line_to(cr, x + w, y + h);
				break;
			}
			cairo_stroke(cr);
			continue;
		}
		switch (s) {
		case FO_TOP:
			cairo_rectangle(cr, x, y, w, bw);
			break;
		case FO_BOTTOM:
			cairo_rectangle(cr, x, y + h - bw, w, bw);
			break;
		case FO_LEFT:
			cairo_rectangle(cr, x, y, bw, h);
			break;
		default:
			cairo_rectangle(cr, x + w - bw, y, bw, h);
			break;
		}
		cairo_fill(cr);
	}
}

/* The run as a pango glyph item (owning a font reference), to draw. */
static PangoGlyphItem *
glyph_item(const struct fo_run *r)
{
	PangoGlyphItem *gi = g_slice_new0(PangoGlyphItem);
	PangoItem *item = pango_item_new();
	PangoGlyphString *gs = pango_glyph_string_new();

	item->offset = r->offset;
	item->length = r->length;
	item->num_chars = r->num_chars;
	item->analysis.font = g_object_ref(r->font);
	item->analysis.language = r->language;
	item->analysis.script = r->script;
	item->analysis.level = r->level;
	item->analysis.gravity = r->gravity;
	item->analysis.flags = r->aflags;
	pango_glyph_string_set_size(gs, r->nglyphs);
	for (int i = 0; i < r->nglyphs; i++) {
		PangoGlyphInfo *g = &gs->glyphs[i];

		if (r->g != NULL) {
			g->glyph = r->g[i].glyph == FO_GLYPH_EMPTY
			    ? PANGO_GLYPH_EMPTY
			    : r->g[i].glyph;
			g->geometry.width = r->g[i].width;
			g->attr.is_cluster_start =
			    (r->g[i].cluster & FO_CLUSTER_START) != 0;
			g->attr.is_color =
			    (r->g[i].cluster & FO_CLUSTER_COLOR) != 0;
			gs->log_clusters[i] =
			    (int)(r->g[i].cluster & FO_CLUSTER_BYTE);
		} else {
			g->glyph = r->wg[i].glyph;
			g->geometry.width = r->wg[i].width;
			g->attr.is_cluster_start = r->wg[i].start;
			g->attr.is_color = r->wg[i].color;
			gs->log_clusters[i] = (int)r->wg[i].cluster;
		}
		g->geometry.x_offset = r->off ? r->off[i][0] : 0;
		g->geometry.y_offset = r->off ? r->off[i][1] : 0;
	}
	gi->item = item;
	gi->glyphs = gs;
	gi->y_offset = r->y_offset;
	gi->start_x_offset = r->start_x_offset;
	gi->end_x_offset = r->end_x_offset;
	return gi;
}

static void
draw_leader(
    struct pdf *P, const struct fo_node *n, double x, double base, double w)
{
	cairo_t *cr = P->cr;
	const struct fo_props *p = n->p;

	if (w <= 0)
		return;
	tag_flush(P);
	rgb(cr, p->color);
	if (p->leader_pattern == FO_LEADER_RULE) {
		cairo_rectangle(
		    cr, x, base - p->font_size * 0.25, w, p->rule_thickness);
		cairo_fill(cr);
	} else if (p->leader_pattern == FO_LEADER_DOTS) {
		/* dots on a grid in absolute x, so columns of leaders line up */
		double step = p->font_size * 0.5, r = p->font_size * 0.06;
		double first = ceil((x + r) / step) * step;

		for (double dx = first; dx + r <= x + w; dx += step) {
			cairo_new_sub_path(cr);
			cairo_arc(cr, dx, base - r, r, 0, 2 * G_PI);
		}
		cairo_fill(cr);
	}
}

/* Underline w points of run r from x on baseline base. */
static void
underline(
    struct pdf *P, const struct fo_run *r, double x, double base, double w)
{
	double th = (double)r->ul_thick / PANGO_SCALE;

	cairo_rectangle(P->cr, x, base - (double)r->ul_pos / PANGO_SCALE, w,
	    th > 0 ? th : 0.5);
	cairo_fill(P->cr);
}

/* Draw one run (or part of one) at x on baseline base with pango. */
static void
draw_piece(struct pdf *P, const char *text, const struct fo_run *r,
    PangoGlyphItem *gi, double x, double base)
{
	cairo_t *cr = P->cr;

	tag_flush(P);
	/* pango applies rise when drawing, not in y_offset */
	base -= (double)r->rise / PANGO_SCALE;
	base -= (double)gi->y_offset / PANGO_SCALE;
	rgb(cr, r->color);
	cairo_move_to(cr, x, base);
	pango_cairo_show_glyph_item(cr, text, gi);
	if (r->underline)
		underline(P, r, x, base,
		    (double)pango_glyph_string_get_width(gi->glyphs) /
		        PANGO_SCALE);
}

/* Byte of glyph i in its left-to-right compact run; the run's end past
 * the last glyph. */
static int
cluster_at(const struct fo_run *r, int i)
{
	return i < r->nglyphs ? (int)(r->g[i].cluster & FO_CLUSTER_BYTE)
	                      : r->length;
}

/* Can draw_glyphs() take r: compact, left to right, no colour glyphs. */
static int
plain_run(const struct fo_run *r)
{
	if (r->g == NULL || r->level % 2 != 0)
		return 0;
	for (int i = 0; i < r->nglyphs; i++)
		if (r->g[i].cluster & FO_CLUSTER_COLOR)
			return 0;
	return 1;
}

/*
 * Draw glyphs g0 to g1 of the plain run r at x on baseline base straight
 * with cairo, as pango's renderer does it: glyphs of one text position
 * make one cluster (so the PDF maps them back to their text), empty
 * glyphs count in their cluster but are not drawn.  Returns the width
 * drawn, points.
 */
static double
draw_glyphs(struct pdf *P, const char *text, const struct fo_run *r, int g0,
    int g1, double x, double base)
{
	cairo_t *cr = P->cr;
	int ng = 0, nc = 0, pos = 0, b0 = cluster_at(r, g0),
	    b1 = cluster_at(r, g1);
	double x0, y0;

	if (P->capglyphs < (size_t)r->nglyphs + 1) {
		P->capglyphs = (size_t)r->nglyphs + 1;
		P->glyphs =
		    xrealloc(P->glyphs, P->capglyphs * sizeof *P->glyphs);
		P->clusters =
		    xrealloc(P->clusters, P->capglyphs * sizeof *P->clusters);
	}
	/* where pango's renderer starts: cairo's current point, which
	 * keeps 1/256 pt */
	base -= (double)(r->rise + r->y_offset) / PANGO_SCALE;
	x0 = nearbyint(x * 256) / 256;
	y0 = nearbyint(base * 256) / 256;
	for (int i = g0; i < g1;) {
		int c = cluster_at(r, i), n = 0, j;

		for (j = i; j < g1 && cluster_at(r, j) == c; j++) {
			cairo_glyph_t *g = &P->glyphs[ng];

			if (r->g[j].glyph != FO_GLYPH_EMPTY) {
				g->index = r->g[j].glyph;
				g->x = x0 +
				    (double)(pos +
				        (r->off ? r->off[j][0] : 0)) /
				        PANGO_SCALE;
				g->y = y0 +
				    (r->off ? (double)r->off[j][1] / PANGO_SCALE
				            : 0);
				ng++;
				n++;
			}
			pos += r->g[j].width;
		}
		P->clusters[nc].num_bytes = cluster_at(r, j) - c;
		P->clusters[nc].num_glyphs = n;
		nc++;
		i = j;
	}
	tag_flush(P);
	rgb(cr, r->color);
	cairo_set_scaled_font(cr, r->scaled);
	cairo_show_text_glyphs(cr, text + r->offset + b0, b1 - b0, P->glyphs,
	    ng, P->clusters, nc, 0);
	if (r->underline)
		underline(P, r, x, base, (double)pos / PANGO_SCALE);
	return (double)pos / PANGO_SCALE;
}

static void draw_runs(struct pdf *P, const struct fo_op *op,
    const struct fo_line *line, const char *text, double x);

static void
draw_line(struct pdf *P, const struct fo_op *op)
{
	const struct fo_para *pa = op->para;
	const struct fo_line *line = &pa->lines[op->line];
	double x = op->x;

	/* off the page entirely (hostile indents): cairo would drop the
	 * glyphs and then fail on the empty structure element */
	if (x >= P->pw || x + line->w <= 0 || op->y - op->h >= P->ph ||
	    op->y + op->h <= 0)
		return;
	P->untagged = op->untagged;
	draw_runs(P, op, line, pa->text, x);
	P->untagged = 0;
}

/*
 * Text beside a link goes in a Span: cairo 1.16 marks no content of an
 * element that has child elements, so the paragraph's own text would
 * fall out of the structure.
 */
static void
span(struct pdf *P, const struct fo_para *pa, int *in, int want)
{
	if (pa->nlinks == 0 || P->untagged || *in == want)
		return;
	if (want)
		tag_begin(P, "Span", NULL);
	else
		tag_end(P, "Span");
	*in = want;
}

/* The link whose text holds byte off of pa, or NULL. */
static const struct fo_link *
link_at(const struct fo_para *pa, int off)
{
	const struct fo_link *lk = NULL;

	for (size_t k = 0; k < pa->nlinks; k++)
		if (off >= pa->links[k].start && off < pa->links[k].end)
			lk = &pa->links[k];
	return lk;
}

/* Open the structure of a piece of text in link lk, or outside links. */
static void
link_begin(struct pdf *P, const struct fo_para *pa, int *in_span,
    const struct fo_link *lk)
{
	char *attrs;

	span(P, pa, in_span, lk == NULL);
	if (lk == NULL)
		return;
	attrs = link_attrs(lk->dest, lk->uri);
	tag_begin(P, CAIRO_TAG_LINK, attrs);
	free(attrs);
}

static void
link_end(struct pdf *P, const struct fo_link *lk)
{
	if (lk != NULL)
		tag_end(P, CAIRO_TAG_LINK);
}

static void
draw_runs(struct pdf *P, const struct fo_op *op, const struct fo_line *line,
    const char *text, double x)
{
	const struct fo_para *pa = op->para;
	int in_span = 0;

	for (int ri = line->run; ri < line->run + line->nruns; ri++) {
		const struct fo_run *run = &pa->runs[ri];
		int off = run->offset, end = off + run->length;
		double w = (double)run->width / PANGO_SCALE;
		PangoGlyphItem *rest;
		int cuts[64], ncut = 0;

		if (run->shape) {
			const struct fo_link *lk = link_at(pa, off);

			for (size_t i = 0; i < pa->nleaders; i++)
				if (pa->leaders[i].index >= off &&
				    pa->leaders[i].index < end &&
				    (pa->leaders[i].node->p->leader_pattern ==
				            FO_LEADER_SPACE ||
				        w < 1))
					lk =
					    NULL; /* nothing drawn: no empty link */
			/* a TOC line: the dots link too */
			link_begin(P, pa, &in_span, lk);
			for (size_t i = 0; i < pa->nleaders; i++)
				if (pa->leaders[i].index >= off &&
				    pa->leaders[i].index < end)
					draw_leader(P, pa->leaders[i].node, x,
					    op->y, w);
			link_end(P, lk);
			x += w;
			continue;
		}
		/* split the run where links start and end */
		for (size_t i = 0; i < pa->nlinks && ncut < 62; i++) {
			if (pa->links[i].start > off &&
			    pa->links[i].start < end)
				cuts[ncut++] = pa->links[i].start;
			if (pa->links[i].end > off && pa->links[i].end < end)
				cuts[ncut++] = pa->links[i].end;
		}
		for (int i = 1; i < ncut; i++) /* insertion sort, few cuts */
			for (int k = i; k > 0 && cuts[k] < cuts[k - 1]; k--) {
				int t = cuts[k];
				cuts[k] = cuts[k - 1];
				cuts[k - 1] = t;
			}
		if (plain_run(run)) {
			int g0 = 0;

			for (int i = 0; i <= ncut; i++) {
				int g1 = run->nglyphs;
				const struct fo_link *lk;

				if (i < ncut)
					for (g1 = g0; g1 < run->nglyphs &&
					     off + cluster_at(run, g1) <
					         cuts[i];
					     g1++)
						;
				if (g1 <= g0)
					continue;
				lk = link_at(pa, off + cluster_at(run, g0));
				link_begin(P, pa, &in_span, lk);
				x +=
				    draw_glyphs(P, text, run, g0, g1, x, op->y);
				link_end(P, lk);
				g0 = g1;
			}
			continue;
		}
		rest = glyph_item(run);
		for (int i = 0; i <= ncut; i++) {
			PangoGlyphItem *piece;
			const struct fo_link *lk;

			if (i < ncut) {
				if (cuts[i] <= rest->item->offset ||
				    cuts[i] >=
				        rest->item->offset + rest->item->length)
					continue;
				piece =
				    pango_glyph_item_split(rest, text, cuts[i]);
				if (piece == NULL)
					continue;
			} else
				piece = rest;
			lk = link_at(pa, piece->item->offset);
			link_begin(P, pa, &in_span, lk);
			draw_piece(P, text, run, piece, x, op->y);
			link_end(P, lk);
			x += (double)pango_glyph_string_get_width(
			         piece->glyphs) /
			    PANGO_SCALE;
			pango_glyph_item_free(piece);
		}
	}
	span(P, pa, &in_span, 0);
}

static void
draw_page(struct pdf *P, const struct fo_page *pg)
{
	for (size_t i = 0; i < pg->nops; i++) {
		const struct fo_op *op = &pg->ops[i];
		struct buf b = BUF_INIT;

		switch (op->kind) {
		case FO_OP_BOX:
			draw_box(P, op);
			break;
		case FO_OP_LINE:
			draw_line(P, op);
			break;
		case FO_OP_TAG:
			tag_begin(P, op->tag, NULL);
			break;
		case FO_OP_END:
			tag_end(P, op->tag);
			break;
		case FO_OP_DEST:
			buf_puts(&b, "name=");
			quoted(&b, op->node->p->id);
			buf_printf(&b, " x=%.2f y=%.2f", op->x, op->y);
			cairo_tag_begin(P->cr, CAIRO_TAG_DEST, b.s);
			cairo_tag_end(P->cr, CAIRO_TAG_DEST);
			buf_release(&b);
			break;
		}
	}
}

static void
bookmark_title(const struct fo_node *bm, struct buf *b)
{
	for (const struct fo_node *t = bm->first; t; t = t->next)
		if (t->type == FO_BOOKMARK_TITLE)
			for (const struct fo_node *c = t->first; c; c = c->next)
				if (c->type == FO_TEXT)
					buf_puts(b, c->text);
}

static void
outline(struct pdf *P, const struct fo_node *parent, int parent_id)
{
	for (const struct fo_node *bm = parent->first; bm; bm = bm->next) {
		struct buf title = BUF_INIT;
		char *attrs;
		int id;

		if (bm->type != FO_BOOKMARK)
			continue;
		bookmark_title(bm, &title);
		buf_add(&title, "", 0);
		str_collapse(title.s);
		attrs = link_attrs(
		    bm->p->internal_destination, bm->p->external_destination);
		id = cairo_pdf_surface_add_outline(P->surface, parent_id,
		    title.s, attrs,
		    bm->p->show ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
		free(attrs);
		buf_release(&title);
		outline(P, bm, id);
	}
}

static void
metadata(cairo_surface_t *s, const struct fo_doc *d, const struct pdf_meta *m)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	char date[64];
	const char *title = m && m->title ? m->title : d->title;

	if (title)
		cairo_pdf_surface_set_metadata(
		    s, CAIRO_PDF_METADATA_TITLE, title);
	if (m && m->author)
		cairo_pdf_surface_set_metadata(
		    s, CAIRO_PDF_METADATA_AUTHOR, m->author);
	if (m && m->subject)
		cairo_pdf_surface_set_metadata(
		    s, CAIRO_PDF_METADATA_SUBJECT, m->subject);
	if (m && m->keywords)
		cairo_pdf_surface_set_metadata(
		    s, CAIRO_PDF_METADATA_KEYWORDS, m->keywords);
	if (m && m->creator)
		cairo_pdf_surface_set_metadata(
		    s, CAIRO_PDF_METADATA_CREATOR, m->creator);
	snprintf(date, sizeof date, "%s", m && m->date ? m->date : FIXED_DATE);
	if (sde != NULL && *sde != '\0') {
		char *end;
		long long v;
		time_t t;
		struct tm tm;

		errno = 0;
		v = strtoll(sde, &end, 10);
		t = (time_t)v;
		if (errno == 0 && *end == '\0' && v >= 0 &&
		    gmtime_r(&t, &tm) != NULL)
			strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static PangoContext *
new_context(PangoFontMap **fm)
{
	PangoContext *ctx;
	cairo_font_options_t *fo = cairo_font_options_create();

	*fm = pango_cairo_font_map_new();
	pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(*fm), 72);
	ctx = pango_font_map_create_context(*fm);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(ctx, fo);
	pango_cairo_context_set_resolution(ctx, 72);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	cairo_font_options_destroy(fo);
	return ctx;
}

/* pdf_warm_up()'s thread and what it made, until pdf_render() takes it. */
static struct {
	pthread_t tid;
	int started, registered;
	PangoFontMap *fm;
	PangoContext *ctx;
} warm;

static void *
warm_run(void *arg)
{
	(void)arg;
	warm.ctx = new_context(&warm.fm);
	return NULL;
}

/* Wait for the warm-up; returns its context, or NULL if none ran. */
static PangoContext *
warm_take(PangoFontMap **fm)
{
	PangoContext *ctx;

	if (!warm.started)
		return NULL;
	pthread_join(warm.tid, NULL);
	warm.started = 0;
	*fm = warm.fm;
	ctx = warm.ctx;
	warm.ctx = NULL;
	warm.fm = NULL;
	return ctx;
}

/* At exit, when nothing was rendered after all (the FO was bad). */
static void
warm_drop(void)
{
	PangoFontMap *fm;
	PangoContext *ctx = warm_take(&fm);

	if (ctx != NULL) {
		g_object_unref(ctx);
		g_object_unref(fm);
	}
}

void
pdf_warm_up(void)
{
	if (warm.started)
		return;
	if (!warm.registered) {
		atexit(warm_drop);
		warm.registered = 1;
	}
	if (pthread_create(&warm.tid, NULL, warm_run, NULL) == 0)
		warm.started = 1;
}

/* Begin a document on fp, its first page like first. */
static void
doc_begin(struct pdf *P, FILE *fp, const struct fo_doc *d,
    const struct pdf_meta *meta, const struct fo_page *first, int tags)
{
	memset(P, 0, sizeof *P);
	P->notags = !tags;
	P->surface = cairo_pdf_surface_create_for_stream(
	    write_fp, fp, first->width, first->height);
	metadata(P->surface, d, meta);
	P->cr = cairo_create(P->surface);
	P->pw = first->width;
	P->ph = first->height;
	tag_begin(P, "Document", NULL);
}

/* Draw pg, the document's last page when last. */
static void
doc_page(struct pdf *P, const struct fo_page *pg, int last)
{
	/* only on a change: cairo 1.16 loses structure tags around it */
	if (pg->width != P->pw || pg->height != P->ph)
		cairo_pdf_surface_set_size(P->surface, pg->width, pg->height);
	P->pw = pg->width;
	P->ph = pg->height;
	draw_page(P, pg);
	if (last) {
		/* every element ends on the last page: cairo drops tag
		 * operations recorded after the last cairo_show_page() */
		if (P->depth != 1)
			P->tag_error = 1;
		else
			tag_end(P, "Document");
	}
	tag_page_end(P);
	cairo_show_page(P->cr);
	P->page_drawn = 0;
}

/* Let go of the document's cairo objects and buffers (whatever is not
 * finished is not written either). */
static void
doc_free(struct pdf *P)
{
	cairo_destroy(P->cr);
	cairo_surface_destroy(P->surface);
	free(P->glyphs);
	free(P->clusters);
	P->cr = NULL;
	P->surface = NULL;
	P->glyphs = NULL;
	P->clusters = NULL;
}

/* Finish the document: its outline, then cairo's status, in which tag
 * errors show only now. */
static cairo_status_t
doc_end(struct pdf *P, const struct fo_doc *d)
{
	cairo_status_t st;

	for (const struct fo_node *c = d->root->first; c; c = c->next)
		if (c->type == FO_BOOKMARK_TREE)
			outline(P, c, CAIRO_PDF_OUTLINE_ROOT);
	st = cairo_status(P->cr);
	cairo_destroy(P->cr);
	P->cr = NULL;
	cairo_surface_finish(P->surface);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(P->surface);
	doc_free(P);
	return st;
}

/* What a finished document's status means: a MSG_EXIT_* status, with
 * *tag_failed set when cairo refused the structure (nothing is kept). */
static int
doc_status(const struct pdf *P, cairo_status_t st, const struct fo_doc *d,
    const char *out_path, int *tag_failed)
{
	*tag_failed = 0;
	if (P->tag_error) {
		msg_level_at(MSG_ERROR, d->file, 0, 0,
		    "internal error: unbalanced structure tags");
		return MSG_EXIT_SYSTEM;
	}
	if (st == CAIRO_STATUS_TAG_ERROR && !P->notags) {
		*tag_failed = 1;
		return MSG_EXIT_SYSTEM;
	}
	if (st != CAIRO_STATUS_SUCCESS) {
		msg_level_at(MSG_ERROR, out_path, 0, 0, "cannot write PDF: %s",
		    cairo_status_to_string(st));
		return MSG_EXIT_SYSTEM;
	}
	return MSG_EXIT_OK;
}

/* Keep at's file when rc says so, remove it otherwise. */
static int
doc_keep(struct atomic *at, int rc)
{
	if (rc == MSG_EXIT_OK && atomic_commit(at) != 0)
		return MSG_EXIT_SYSTEM;
	if (rc != MSG_EXIT_OK)
		atomic_abort(at);
	return rc;
}

/*
 * Write the pages of r to a temporary file beside out_path, renamed into
 * place when all went well; with tags 0 no structure elements are
 * written.  Returns a MSG_EXIT_* status; sets *tag_failed when cairo
 * refused the structure (and nothing was kept).
 */
static int
write_pdf(const struct fo_doc *d, const struct fo_result *r,
    const char *out_path, const struct pdf_meta *meta, int tags,
    int *tag_failed)
{
	struct atomic at;
	struct pdf P;

	*tag_failed = 0;
	if (atomic_open(&at, out_path) != 0)
		return MSG_EXIT_SYSTEM;
	doc_begin(&P, at.fp, d, meta, &r->pages[0], tags);
	for (size_t i = 0; i < r->npages; i++)
		doc_page(&P, &r->pages[i], i + 1 == r->npages);
	return doc_keep(
	    &at, doc_status(&P, doc_end(&P, d), d, out_path, tag_failed));
}

/* Lay out d, then write it (write_pdf(), tagged); *rp gets the layout. */
static int
render_then_write(const struct fo_doc *d, PangoContext *ctx,
    const char *out_path, const struct pdf_meta *meta, struct fo_result **rp,
    int *tag_failed)
{
	struct fo_result *r = *rp = fo_layout(d, ctx);

	*tag_failed = 0;
	return r != NULL && r->npages > 0
	    ? write_pdf(d, r, out_path, meta, 1, tag_failed)
	    : MSG_EXIT_INVALID;
}

/* ---- drawing while the layout goes on ------------------------------- */

/*
 * The pages of the layout's last passes (fo_sink), drawn on a thread of
 * their own as they come: the layout's final pass and the drawing, each
 * on a processor, overlap.  A page with a run that only pango draws
 * (right to left, colour glyphs) waits until the layout is done.
 */
struct feed {
	pthread_mutex_t lock;
	pthread_cond_t cv;
	struct fo_page *pages; /* copies of the pages given */
	size_t n, cap, next;   /* given; the next to draw */
	int done;              /* all pages are given */
	int restart;           /* void what is drawn; the drawing clears it */
	int stop;              /* the layout failed: draw no more */
	/* the drawing thread's */
	FILE *fp;
	const struct fo_doc *d;
	const struct pdf_meta *meta;
	struct pdf P;
	int begun;
	cairo_status_t st;
};

/* Are all runs of pg drawn without pango? */
static int
page_plain(const struct fo_page *pg)
{
	for (size_t i = 0; i < pg->nops; i++) {
		const struct fo_op *op = &pg->ops[i];
		const struct fo_line *ln;

		if (op->kind != FO_OP_LINE)
			continue;
		ln = &op->para->lines[op->line];
		for (int k = ln->run; k < ln->run + ln->nruns; k++)
			if (!op->para->runs[k].shape &&
			    !plain_run(&op->para->runs[k]))
				return 0;
	}
	return 1;
}

/* Drop what was drawn: the surface, and the bytes written so far. */
static void
feed_drop(struct feed *F)
{
	if (!F->begun)
		return;
	doc_free(&F->P);
	F->begun = 0;
	fflush(F->fp);
	if (ftruncate(fileno(F->fp), 0) != 0)
		clearerr(F->fp); /* a write error shows when it is written */
	rewind(F->fp);
}

static void *
feed_draw(void *arg)
{
	struct feed *F = arg;

	pthread_mutex_lock(&F->lock);
	for (;;) {
		struct fo_page pg;
		int last;

		if (F->stop)
			break;
		if (F->restart) {
			feed_drop(F);
			F->next = 0;
			F->restart = 0;
			pthread_cond_broadcast(&F->cv);
			continue;
		}
		if (F->done && F->next == F->n) {
			if (F->begun)
				F->st = doc_end(&F->P, F->d);
			F->begun = 0;
			break;
		}
		/* the last page is known only when the layout is done */
		if (F->next >= F->n || (!F->done && F->next + 1 == F->n) ||
		    (!F->done && !page_plain(&F->pages[F->next]))) {
			pthread_cond_wait(&F->cv, &F->lock);
			continue;
		}
		pg = F->pages[F->next];
		last = F->done && F->next + 1 == F->n;
		pthread_mutex_unlock(&F->lock);
		if (!F->begun) {
			doc_begin(&F->P, F->fp, F->d, F->meta, &pg, 1);
			F->begun = 1;
		}
		doc_page(&F->P, &pg, last);
		pthread_mutex_lock(&F->lock);
		F->next++;
	}
	feed_drop(F);
	pthread_mutex_unlock(&F->lock);
	return NULL;
}

static void
feed_page(void *ud, const struct fo_page *pg)
{
	struct feed *F = ud;

	pthread_mutex_lock(&F->lock);
	F->pages = xgrow(F->pages, &F->cap, F->n + 1, sizeof *F->pages);
	F->pages[F->n++] = *pg;
	pthread_cond_broadcast(&F->cv);
	pthread_mutex_unlock(&F->lock);
}

static void
feed_restart(void *ud)
{
	struct feed *F = ud;

	pthread_mutex_lock(&F->lock);
	F->n = 0;
	F->done = 0;
	F->restart = 1;
	pthread_cond_broadcast(&F->cv);
	while (F->restart)
		pthread_cond_wait(&F->cv, &F->lock);
	pthread_mutex_unlock(&F->lock);
}

static void
feed_done(void *ud)
{
	struct feed *F = ud;

	pthread_mutex_lock(&F->lock);
	F->done = 1;
	pthread_cond_broadcast(&F->cv);
	pthread_mutex_unlock(&F->lock);
}

/*
 * Lay out d and draw its pages as they come (struct feed).  *rp gets the
 * layout (NULL when it failed).  Returns a MSG_EXIT_* status;
 * *tag_failed as write_pdf().
 */
static int
render_fed(const struct fo_doc *d, PangoContext *ctx, const char *out_path,
    const struct pdf_meta *meta, struct fo_result **rp, int *tag_failed)
{
	struct feed *F = xcalloc(1, sizeof *F);
	struct fo_sink sink = {feed_page, feed_restart, feed_done, F};
	struct fo_result *r;
	struct atomic at;
	pthread_t tid;
	int rc;

	*tag_failed = 0;
	*rp = NULL;
	if (atomic_open(&at, out_path) != 0) {
		free(F);
		return MSG_EXIT_SYSTEM;
	}
	pthread_mutex_init(&F->lock, NULL);
	pthread_cond_init(&F->cv, NULL);
	F->fp = at.fp;
	F->d = d;
	F->meta = meta;
	if (pthread_create(&tid, NULL, feed_draw, F) != 0) {
		/* no thread: lay out, then draw */
		atomic_abort(&at);
		rc = render_then_write(d, ctx, out_path, meta, &r, tag_failed);
	} else {
		r = fo_layout_to(d, ctx, &sink);
		/* the drawing allocates in its thread's own malloc arena,
		 * where the layout's freed memory is not reused: give that
		 * back, or both would count at once */
		malloc_trim(0);
		if (r == NULL || r->npages == 0) {
			pthread_mutex_lock(&F->lock);
			F->stop = 1;
			pthread_cond_broadcast(&F->cv);
			pthread_mutex_unlock(&F->lock);
		}
		pthread_join(tid, NULL);
		if (r == NULL || r->npages == 0) {
			atomic_abort(&at);
			rc = MSG_EXIT_INVALID;
		} else
			rc = doc_keep(&at,
			    doc_status(&F->P, F->st, d, out_path, tag_failed));
	}
	pthread_cond_destroy(&F->cv);
	pthread_mutex_destroy(&F->lock);
	free(F->pages);
	free(F);
	*rp = r;
	return rc;
}

int
pdf_render(
    const struct fo_doc *d, const char *out_path, const struct pdf_meta *meta)
{
	PangoFontMap *fm;
	PangoContext *ctx = warm_take(&fm);
	struct fo_result *r;
	int rc, tag_failed = 0;

	if (ctx == NULL)
		ctx = new_context(&fm);
	last_pages = 0;
	/* with threads to shape on, the drawing gets one too */
	if (fo_threads(d) > 1)
		rc = render_fed(d, ctx, out_path, meta, &r, &tag_failed);
	else
		rc = render_then_write(d, ctx, out_path, meta, &r, &tag_failed);
	if (r != NULL && r->npages == 0)
		msg_level_at(MSG_ERROR, d->file, 0, 0, "no pages to write");
	if (tag_failed) {
		msg_level_at(MSG_WARNING, d->file, 0, 0,
		    "cairo refused the structure tags; writing an untagged "
		    "PDF");
		rc = write_pdf(d, r, out_path, meta, 0, &tag_failed);
	}
	if (rc == MSG_EXIT_OK)
		last_pages = (int)r->npages;
	fo_result_free(r);
	g_object_unref(ctx);
	g_object_unref(fm);
	return rc;
}

int
pdf_render_buf(struct _xmlDoc *fo, const struct pdf_meta *meta, struct buf *out)
{
	char tmp[] = "/tmp/icoc-pdf-XXXXXX";
	struct fo_doc *d = fo_build(fo);
	char *data;
	size_t len = 0;
	int fd, too_big, rc;

	xmlFreeDoc(fo);
	if (d == NULL)
		return MSG_EXIT_INVALID;
	if ((fd = mkstemp(tmp)) < 0) {
		msg_at(MSG_WRITE, tmp, 0, 0, strerror(errno));
		fo_free(d);
		return MSG_EXIT_SYSTEM;
	}
	close(fd);
	rc = pdf_render(d, tmp, meta);
	fo_free(d);
	if (rc == MSG_EXIT_OK) {
		if ((data = read_file(tmp, 0, &len, &too_big)) != NULL) {
			buf_add(out, data, len);
			free(data);
		} else {
			msg_at(MSG_OPEN, tmp, 0, 0, strerror(errno));
			rc = MSG_EXIT_SYSTEM;
		}
	}
	unlink(tmp);
	return rc;
}

int
pdf_render_fo(
    struct _xmlDoc *fo, const char *out_path, const struct pdf_meta *meta)
{
	struct fo_doc *d = fo_build(fo);
	int rc;

	if (d == NULL)
		return MSG_EXIT_INVALID;
	rc = pdf_render(d, out_path, meta);
	fo_free(d);
	return rc;
}
