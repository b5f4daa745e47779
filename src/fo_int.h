/*
 * Laid-out pages, for fo_layout.c and pdf.c only.
 *
 * fo_layout() turns the FO tree into pages of drawing operations in
 * points, origin at the top left of the page.  Text stays in pango
 * layouts (one per paragraph); an operation names a layout line.  The
 * result owns every layout; fo_result_free() releases them.
 */
#ifndef ICOC_FO_INT_H
#define ICOC_FO_INT_H

#include <pango/pango.h>

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

struct fo_para {
	PangoLayout *layout;
	const struct fo_node *block;
	struct fo_link *links;
	size_t nlinks;
	struct fo_leader_run *leaders;
	size_t nleaders;
	struct fo_anchor *anchors;
	size_t nanchors;
	double width; /* the layout's width, points */
	int nlines;
	double *line_x, *line_y, *line_h, *line_base; /* per line, points */
};

enum fo_op_kind {
	FO_OP_BOX,  /* background and borders of node in x y w h */
	FO_OP_LINE, /* line of para; x left of the line, y its baseline */
	FO_OP_TAG,  /* begin structure element tag */
	FO_OP_END,  /* end the innermost structure element */
	FO_OP_DEST  /* named destination tag at x y */
};

struct fo_op {
	enum fo_op_kind kind;
	double x, y, w, h;
	const struct fo_node *node; /* BOX: decoration source; DEST: target */
	unsigned edges;             /* BOX: sides drawn (1 << enum fo_side) */
	int centered; /* BOX: borders centred on the edges (cells) */
	const struct fo_para *para; /* LINE */
	int line;
	int untagged;    /* LINE: static content or a repeated header */
	const char *tag; /* TAG: structure type */
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
};

/*
 * Lay out d with fonts from ctx (a pangocairo context at 72 dpi, hinting
 * off).  Runs passes until page references are stable.  Returns NULL
 * after printing an error (document too large).  Free with
 * fo_result_free().
 */
struct fo_result *fo_layout(const struct fo_doc *d, PangoContext *ctx);
void fo_result_free(struct fo_result *r);

#endif
