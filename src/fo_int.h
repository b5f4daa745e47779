/*
 * Laid-out pages, for fo_layout.c and pdf.c only.
 *
 * fo_layout() turns the FO tree into pages of drawing operations in
 * points, origin at the top left of the page.  Text is shaped by pango
 * (one layout per paragraph) and kept as glyph runs per line; an
 * operation names a paragraph's line.  The result owns the paragraphs;
 * fo_result_free() releases them.
 */
#ifndef ICOC_FO_INT_H
#define ICOC_FO_INT_H

#include <stdint.h>

#include <pango/pangocairo.h>

#include "fo.h"

/* A link inside a paragraph: byte range of the layout text. */
struct fo_link {
	int start, end;
	const char *dest; /* internal destination (an id), or NULL */
	const char *uri;  /* external destination, or NULL */
};

/* A leader: the U+FFFC at index is drawn as dots, a rule or space. */
struct fo_leader_run {
	int index;
	const struct fo_node *node;
};

/* An inline id: a destination at the line holding index. */
struct fo_anchor {
	int index;
	const struct fo_node *node;
};

/*
 * A run of glyphs in one font and style, copied out of the paragraph's
 * pango layout once its lines are known, so that the layout itself (its
 * attribute lists, items and per-character tables) can go: drawing needs
 * only these.  Offsets are bytes of the paragraph's text.
 */
struct fo_glyph {
	uint16_t glyph;
	uint16_t cluster; /* FO_CLUSTER_* bits; the rest: byte in the run */
	int32_t width;    /* pango units */
};
#define FO_GLYPH_EMPTY 0xFFFFu /* PANGO_GLYPH_EMPTY (no font has 0xFFFF) */
#define FO_CLUSTER_START 0x8000u
#define FO_CLUSTER_COLOR 0x4000u
#define FO_CLUSTER_BYTE 0x3FFFu

/* A glyph that does not fit struct fo_glyph (a large glyph id, pango's
 * empty and unknown glyphs, a cluster far into a long run). */
struct fo_wide_glyph {
	uint32_t glyph;
	uint32_t cluster; /* byte in the run */
	int32_t width;
	unsigned start : 1, color : 1;
};

struct fo_run {
	PangoFont *font; /* a reference */
	PangoLanguage *language;
	int32_t (*off)[2];        /* x and y offset per glyph, or NULL: all 0 */
	struct fo_glyph *g;       /* in the paragraph's pool, or NULL: wg */
	struct fo_wide_glyph *wg; /* its own, when one glyph needs it */
	int offset, length, num_chars, nglyphs;
	int width; /* pango units */
	int y_offset, start_x_offset, end_x_offset;
	int rise;                    /* pango units, positive raises */
	cairo_scaled_font_t *scaled; /* the font's, to draw with */
	int ul_pos, ul_thick;        /* underline, pango units (underline) */
	unsigned color;              /* 0xRRGGBB */
	short script;
	unsigned char level, gravity, aflags;
	unsigned underline : 1, shape : 1;
};

struct fo_line {
	double x, h, base, w; /* points: left, height, baseline, width */
	int start, length;    /* bytes of the text */
	int run, nruns;       /* its runs, in visual order */
};

struct fo_para {
	char *text; /* the laid-out text */
	const struct fo_node *block;
	struct fo_link *links;
	size_t nlinks;
	struct fo_leader_run *leaders;
	size_t nleaders;
	struct fo_anchor *anchors;
	size_t nanchors;
	double width; /* the layout's width, points */
	int nlines;
	struct fo_line *lines;
	struct fo_run *runs;
	int nruns;
	struct fo_glyph *glyphs; /* the runs' compact glyphs */
	int nglyphs;
	int shared; /* text, lines, runs and glyphs are another's */
};

enum fo_op_kind {
	FO_OP_BOX,  /* background and borders of node in x y w h */
	FO_OP_LINE, /* line of para; x left of the line, y its baseline */
	FO_OP_TAG,  /* begin structure element tag */
	FO_OP_END,  /* end the innermost structure element */
	FO_OP_DEST  /* named destination tag at x y */
};

struct fo_op {
	double x, y, w, h;
	union {                             /* by kind */
		const struct fo_node *node; /* BOX: decoration; DEST: target */
		const struct fo_para *para; /* LINE */
		const char *tag;            /* TAG, END: structure type */
	};
	int line;               /* LINE */
	unsigned char kind;     /* enum fo_op_kind */
	unsigned char edges;    /* BOX: sides drawn (1 << enum fo_side) */
	unsigned char centered; /* BOX: borders centred on the edges (cells) */
	unsigned char untagged; /* LINE: static content or a repeated header */
};

struct fo_page {
	double width, height;
	char label[32]; /* formatted page number */
	struct fo_op *ops;
	size_t nops, capops;
};

struct fo_result {
	struct fo_page *pages;
	size_t npages, cappages;
	struct fo_para **paras;
	size_t nparas, capparas;
	int *first_page, *last_page; /* per node serial: 1-based page, 0 none */
	int passes;                  /* layout passes needed */
	size_t given;                /* pages handed to the sink, valid */
	GPtrArray *maps; /* font maps and contexts of the shaping threads */
};

/*
 * Lay out d with fonts from ctx (a pangocairo context at 72 dpi, hinting
 * off).  Runs passes until page references are stable.  Returns NULL
 * after printing an error (document too large).  Free with
 * fo_result_free().
 */
struct fo_result *fo_layout(const struct fo_doc *d, PangoContext *ctx);
void fo_result_free(struct fo_result *r);

/*
 * Where fo_layout_to() hands pages on as soon as they are laid out, so
 * that they can be drawn meanwhile.  Every pass after the first may be
 * the last: its pages go to page() in order, copies whose ops stay valid
 * until restart() or until the result is freed.  restart(): the pages
 * given so far are void (another pass follows, or a destination was
 * added to one); it returns when they are no longer used.  done(): all
 * the result's pages have been given.  Called on fo_layout_to()'s thread,
 * which does not otherwise wait for the one taking the pages.  Runs
 * drawn while the layout goes on must not touch pango: plain runs (left
 * to right, compact, no colour glyphs) carry what drawing needs.
 */
struct fo_sink {
	void (*page)(void *ud, const struct fo_page *pg);
	void (*restart)(void *ud);
	void (*done)(void *ud);
	void *ud;
};
struct fo_result *fo_layout_to(
    const struct fo_doc *d, PangoContext *ctx, const struct fo_sink *sink);

/* The threads fo_layout() shapes with for d (ICOC_THREADS or the CPUs). */
int fo_threads(const struct fo_doc *d);

#endif
