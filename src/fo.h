/*
 * The tender-FO tree, for the formatter (fo_layout.c), the PDF writer
 * and the commands that render FO.
 *
 * fo_build() turns a parsed XSL-FO document into this tree, rejecting
 * everything outside the tender-FO subset (TECH-NOTES.md §2) with a
 * FILE:LINE error that names the element or property.  Properties are
 * resolved here: every node carries its computed values, inherited
 * ones already copied down, lengths in points.  The tree is read-only
 * afterwards.  This header needs no libxml2.
 */
#ifndef ICOC_FO_H
#define ICOC_FO_H

#include <stddef.h>

struct _xmlDoc;

enum fo_type {
	FO_ROOT,
	FO_LAYOUT_MASTER_SET,
	FO_SIMPLE_PAGE_MASTER,
	FO_REGION_BODY,
	FO_REGION_BEFORE,
	FO_REGION_AFTER,
	FO_PAGE_SEQUENCE_MASTER,
	FO_REPEATABLE_PAGE_MASTER_ALTERNATIVES,
	FO_CONDITIONAL_PAGE_MASTER_REFERENCE,
	FO_DECLARATIONS,
	FO_PAGE_SEQUENCE,
	FO_STATIC_CONTENT,
	FO_FLOW,
	FO_BLOCK,
	FO_BLOCK_CONTAINER,
	FO_INLINE,
	FO_BASIC_LINK,
	FO_PAGE_NUMBER,
	FO_PAGE_NUMBER_CITATION,
	FO_PAGE_NUMBER_CITATION_LAST,
	FO_LEADER,
	FO_CHARACTER,
	FO_LIST_BLOCK,
	FO_LIST_ITEM,
	FO_LIST_ITEM_LABEL,
	FO_LIST_ITEM_BODY,
	FO_TABLE,
	FO_TABLE_COLUMN,
	FO_TABLE_HEADER,
	FO_TABLE_BODY,
	FO_TABLE_ROW,
	FO_TABLE_CELL,
	FO_BOOKMARK_TREE,
	FO_BOOKMARK,
	FO_BOOKMARK_TITLE,
	FO_TEXT, /* character data (not an element) */
	FO__COUNT
};

enum fo_align {
	FO_ALIGN_START,
	FO_ALIGN_CENTER,
	FO_ALIGN_END,
	FO_ALIGN_JUSTIFY
};
enum fo_leader { FO_LEADER_SPACE, FO_LEADER_DOTS, FO_LEADER_RULE };
enum fo_valign { FO_VALIGN_BEFORE, FO_VALIGN_CENTER, FO_VALIGN_AFTER };
enum fo_side { FO_TOP, FO_RIGHT, FO_BOTTOM, FO_LEFT };

/* A width that may depend on the containing area. */
struct fo_width {
	enum { FO_W_AUTO, FO_W_PT, FO_W_PCT, FO_W_PROP } unit;
	double v; /* points, percent, or proportional factor */
};

struct fo_border {
	double width;   /* points; 0 when style is none */
	unsigned color; /* 0xRRGGBB */
};

/* Computed properties of one node (lr-tb writing mode: before = top). */
struct fo_props {
	/* inherited */
	const char *font_family; /* pango family list */
	double font_size;
	int font_weight; /* 100..900 */
	int italic;
	double line_height; /* points, or a factor when lh_factor */
	int lh_factor;
	unsigned color;
	enum fo_align text_align, text_align_last;
	double text_indent, letter_spacing;
	int hyphenate;
	const char *lang;                /* "nl", "en-GB", or NULL */
	double start_indent, end_indent; /* from the reference area's edges */
	int end_is_label_end; /* end_indent holds label-end()'s offset */
	double pdbs,
	    pls; /* provisional-distance-between-starts, -label-separation */
	int widows, orphans;
	int underline;
	enum fo_leader leader_pattern;
	double leader_length; /* < 0: fill the line */
	double rule_thickness;
	enum fo_valign display_align;
	/* not inherited */
	double space_before, space_after;
	double padding[4]; /* enum fo_side order */
	struct fo_border border[4];
	unsigned background;
	int has_background;
	int break_before, break_after; /* page breaks */
	int keep_together, keep_with_next, keep_with_previous;
	double baseline_shift; /* points, positive raises */
	struct fo_width width, column_width;
	int columns_spanned, column_number, columns_repeated;
	int omit_header_at_break;
	int fixed_layout; /* table-layout="fixed" */
	const char *id, *ref_id, *internal_destination, *external_destination;
	const char *role; /* PDF structure type, or NULL */
	const char *master_name, *master_reference, *flow_name, *region_name;
	double page_width, page_height, margin[4], extent;
	int initial_page_number; /* 0: continue */
	const char *format;      /* page number format: 1 i I a A */
	int page_position;       /* 0 any, 1 first, 2 rest */
	int odd_or_even;         /* 0 any, 1 odd, 2 even */
	int show;                /* bookmark starting-state="show" */
	const char *character;
};

struct fo_node {
	enum fo_type type;
	long line;
	unsigned serial; /* 0..fo_doc.nnodes-1, document order */
	struct fo_node *parent, *first, *last, *next;
	const char *text; /* FO_TEXT only, NUL-terminated */
	size_t len;
	const struct fo_props *p; /* shared by nodes with equal values */
	int start_set, end_set;   /* start-/end-indent given explicitly */
};

struct fo_doc {
	struct fo_node *root;
	const char *file;  /* for messages */
	const char *title; /* dc:title in fo:declarations, or NULL */
	unsigned nnodes;
	struct fo_node **ids; /* nodes with an id, sorted by id */
	size_t nids;
	/* private: allocation pools */
	char **strs;
	size_t nstrs, capstrs;
	struct fo_node **nodes;
	size_t capnodes;
	struct fo_node **chunks, *pool; /* nodes are allocated in blocks */
	size_t nchunks, capchunks, pool_left;
	struct fo_props **props;
	size_t nprops, capprops;
};

/*
 * Build the tree.  Returns NULL after printing every error found (the
 * caller exits with MSG_EXIT_INVALID).  Free with fo_free().
 */
struct fo_doc *fo_build(const struct _xmlDoc *doc);
/* The same read as a stream from path (*syserr set when it cannot be read). */
struct fo_doc *fo_build_file(const char *path, int *syserr);
void fo_free(struct fo_doc *d);

/* Node with this id, or NULL. */
const struct fo_node *fo_lookup(const struct fo_doc *d, const char *id);

/* Element name without prefix ("block"). */
const char *fo_name(enum fo_type t);

/*
 * Parse a length ("12pt", "2.5mm", "1em", "0") into points; em is
 * relative to font_size.  Percentages are refused.  Returns 0 on
 * success, -1 when s is not a length in the subset.
 */
int fo_length(const char *s, double font_size, double *pt);

/* Format page number n in an XSL format token ("1", "i", "I", "a", "A"). */
void fo_format_number(int n, const char *format, char *out, size_t size);

#endif
