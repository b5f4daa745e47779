/*
 * The tender-FO tree: element and property validation against the
 * subset, property parsing and inheritance.
 */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "fo.h"
#include "hash.h"
#include "msg.h"
#include "util.h"
#include "xml.h"

#define FO_NS "http://www.w3.org/1999/XSL/Format"
#define XML_NS_URI "http://www.w3.org/XML/1998/namespace"
#define DC_NS "http://purl.org/dc/elements/1.1/"
#define NODES_PER_CHUNK 4096

#define B(t) (1ULL << (t))
#define BLOCKS                                                                 \
	(B(FO_BLOCK) | B(FO_BLOCK_CONTAINER) | B(FO_LIST_BLOCK) | B(FO_TABLE))
#define INLINES                                                                \
	(B(FO_INLINE) | B(FO_BASIC_LINK) | B(FO_PAGE_NUMBER) |                 \
	    B(FO_PAGE_NUMBER_CITATION) | B(FO_PAGE_NUMBER_CITATION_LAST) |     \
	    B(FO_LEADER) | B(FO_CHARACTER))

static const struct {
	const char *name;
	unsigned long long children; /* allowed child elements */
	int text;                    /* character data allowed */
} elems[FO__COUNT] = {
    [FO_ROOT] = {"root",
        B(FO_LAYOUT_MASTER_SET) | B(FO_DECLARATIONS) | B(FO_BOOKMARK_TREE) |
            B(FO_PAGE_SEQUENCE),
        0},
    [FO_LAYOUT_MASTER_SET] = {"layout-master-set",
        B(FO_SIMPLE_PAGE_MASTER) | B(FO_PAGE_SEQUENCE_MASTER), 0},
    [FO_SIMPLE_PAGE_MASTER] = {"simple-page-master",
        B(FO_REGION_BODY) | B(FO_REGION_BEFORE) | B(FO_REGION_AFTER), 0},
    [FO_REGION_BODY] = {"region-body", 0, 0},
    [FO_REGION_BEFORE] = {"region-before", 0, 0},
    [FO_REGION_AFTER] = {"region-after", 0, 0},
    [FO_PAGE_SEQUENCE_MASTER] = {"page-sequence-master",
        B(FO_REPEATABLE_PAGE_MASTER_ALTERNATIVES), 0},
    [FO_REPEATABLE_PAGE_MASTER_ALTERNATIVES] =
        {"repeatable-page-master-alternatives",
            B(FO_CONDITIONAL_PAGE_MASTER_REFERENCE), 0},
    [FO_CONDITIONAL_PAGE_MASTER_REFERENCE] =
        {"conditional-page-master-reference", 0, 0},
    [FO_DECLARATIONS] = {"declarations", 0, 0},
    [FO_PAGE_SEQUENCE] = {"page-sequence", B(FO_STATIC_CONTENT) | B(FO_FLOW),
        0},
    [FO_STATIC_CONTENT] = {"static-content", BLOCKS, 0},
    [FO_FLOW] = {"flow", BLOCKS, 0},
    [FO_BLOCK] = {"block", BLOCKS | INLINES, 1},
    [FO_BLOCK_CONTAINER] = {"block-container", BLOCKS, 0},
    [FO_INLINE] = {"inline", INLINES, 1},
    [FO_BASIC_LINK] = {"basic-link", INLINES, 1},
    [FO_PAGE_NUMBER] = {"page-number", 0, 0},
    [FO_PAGE_NUMBER_CITATION] = {"page-number-citation", 0, 0},
    [FO_PAGE_NUMBER_CITATION_LAST] = {"page-number-citation-last", 0, 0},
    [FO_LEADER] = {"leader", 0, 0},
    [FO_CHARACTER] = {"character", 0, 0},
    [FO_LIST_BLOCK] = {"list-block", B(FO_LIST_ITEM), 0},
    [FO_LIST_ITEM] = {"list-item", B(FO_LIST_ITEM_LABEL) | B(FO_LIST_ITEM_BODY),
        0},
    [FO_LIST_ITEM_LABEL] = {"list-item-label", BLOCKS, 0},
    [FO_LIST_ITEM_BODY] = {"list-item-body", BLOCKS, 0},
    [FO_TABLE] = {"table",
        B(FO_TABLE_COLUMN) | B(FO_TABLE_HEADER) | B(FO_TABLE_BODY), 0},
    [FO_TABLE_COLUMN] = {"table-column", 0, 0},
    [FO_TABLE_HEADER] = {"table-header", B(FO_TABLE_ROW), 0},
    [FO_TABLE_BODY] = {"table-body", B(FO_TABLE_ROW), 0},
    [FO_TABLE_ROW] = {"table-row", B(FO_TABLE_CELL), 0},
    [FO_TABLE_CELL] = {"table-cell", BLOCKS, 0},
    [FO_BOOKMARK_TREE] = {"bookmark-tree", B(FO_BOOKMARK), 0},
    [FO_BOOKMARK] = {"bookmark", B(FO_BOOKMARK_TITLE) | B(FO_BOOKMARK), 0},
    [FO_BOOKMARK_TITLE] = {"bookmark-title", 0, 1},
    [FO_TEXT] = {"#text", 0, 0},
};

/* PDF 1.7 standard structure types cairo 1.16 accepts, plus FOP's "artifact". */
static const char *const roles[] = {
    "Document",
    "Part",
    "Art",
    "Sect",
    "Div",
    "BlockQuote",
    "Caption",
    "TOC",
    "TOCI",
    "Index",
    "NonStruct",
    "Private",
    "P",
    "H",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "L",
    "LI",
    "Lbl",
    "LBody",
    "Table",
    "TR",
    "TH",
    "TD",
    "THead",
    "TBody",
    "TFoot",
    "Span",
    "Quote",
    "Note",
    "Reference",
    "BibEntry",
    "Code",
    "Link",
    "Annot",
    "Figure",
    "Formula",
    "Form",
    "artifact",
};

static const struct {
	const char *name;
	unsigned rgb;
} colors[] = {
    {"black", 0x000000},
    {"white", 0xFFFFFF},
    {"red", 0xFF0000},
    {"green", 0x008000},
    {"blue", 0x0000FF},
    {"gray", 0x808080},
    {"grey", 0x808080},
    {"silver", 0xC0C0C0},
    {"maroon", 0x800000},
    {"navy", 0x000080},
    {"teal", 0x008080},
    {"olive", 0x808000},
    {"purple", 0x800080},
    {"aqua", 0x00FFFF},
    {"fuchsia", 0xFF00FF},
    {"lime", 0x00FF00},
    {"yellow", 0xFFFF00},
    {"orange", 0xFFA500},
};

/* Per-element scratch state while its attributes are applied. */
struct pending {
	double bw[4]; /* border widths as given */
	int bs[4];    /* border style: -1 unset, 0 none, 1 solid */
	int bc_set[4];
	unsigned bc[4];
	double margin[4];
	int margin_set[4];
	int space_before_set, space_after_set;
	int si_body_start;
};

struct builder {
	struct fo_doc *d;
	struct hash *strs;            /* property strings, deduplicated */
	const struct fo_props **ptab; /* computed property sets, by content */
	size_t pcap, pcount;
	const char *file;
	int errors;
	const xmlNode *cur; /* element being built, for messages */
	enum fo_type curtype;
};

static void err(struct builder *b, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
err(struct builder *b, long line, const char *fmt, ...)
{
	va_list ap;
	char text[512];

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	msg_level_at(MSG_ERROR, b->file, line, 0, "%s", text);
	b->errors++;
}

/* Keep the allocated string c until fo_free(). */
static const char *
keep(struct fo_doc *d, char *c)
{
	d->strs = xgrow(d->strs, &d->capstrs, d->nstrs + 1, sizeof *d->strs);
	d->strs[d->nstrs++] = c;
	return c;
}

static const char *
intern(struct fo_doc *d, const char *s, size_t n)
{
	return keep(d, xstrndup(s, n));
}

/* A property value: equal strings share one copy, so equal property sets
 * compare equal byte for byte (props_share). */
static const char *
intern_prop(struct builder *b, const char *s, size_t n)
{
	char *c = xstrndup(s, n);
	const char *old = hash_get(b->strs, c);

	if (old != NULL) {
		free(c);
		return old;
	}
	hash_put(b->strs, c, c);
	return keep(b->d, c);
}

/* A hash of the bytes of p, a word at a time (FNV-1a on 64-bit words,
 * folded at the end: the low bits pick the slot). */
static uint64_t
props_hash(const struct fo_props *p)
{
	const unsigned char *s = (const unsigned char *)p;
	uint64_t h = 1469598103934665603ULL, w;
	size_t i;

	for (i = 0; i + sizeof w <= sizeof *p; i += sizeof w) {
		memcpy(&w, s + i, sizeof w);
		h = (h ^ w) * 1099511628211ULL;
	}
	for (; i < sizeof *p; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return h ^ (h >> 29) ^ (h >> 47);
}

/*
 * The shared copy of the computed property set p.  Most nodes compute
 * the same set as some other node (every paragraph of a kind, every text
 * node of its block): one copy each keeps the tree small.  p is built
 * from a zeroed struct with strings from intern_prop(), so equal sets are
 * equal bytes, padding included.
 */
static const struct fo_props *
props_share(struct builder *b, const struct fo_props *p)
{
	struct fo_doc *d = b->d;
	size_t i;
	struct fo_props *c;

	if (2 * (b->pcount + 1) > b->pcap) {
		size_t cap = b->pcap ? 2 * b->pcap : 256;
		const struct fo_props **t = xcalloc(cap, sizeof *t);

		for (size_t k = 0; k < b->pcap; k++)
			if (b->ptab[k] != NULL) {
				i = props_hash(b->ptab[k]) & (cap - 1);
				while (t[i] != NULL)
					i = (i + 1) & (cap - 1);
				t[i] = b->ptab[k];
			}
		free(b->ptab);
		b->ptab = t;
		b->pcap = cap;
	}
	i = props_hash(p) & (b->pcap - 1);
	for (; b->ptab[i] != NULL; i = (i + 1) & (b->pcap - 1))
		if (memcmp(b->ptab[i], p, sizeof *p) == 0)
			return b->ptab[i];
	c = xmalloc(sizeof *c);
	memcpy(c, p, sizeof *c);
	d->props =
	    xgrow(d->props, &d->capprops, d->nprops + 1, sizeof *d->props);
	d->props[d->nprops++] = c;
	b->ptab[i] = c;
	b->pcount++;
	return c;
}

const char *
fo_name(enum fo_type t)
{
	return t < FO__COUNT ? elems[t].name : "?";
}

/* ---- value parsers ---------------------------------------------------- */

static int
parse_number(const char *s, double *v, const char **end)
{
	char *e;

	if (!(isdigit((unsigned char)*s) || *s == '-' || *s == '+' ||
	        *s == '.'))
		return -1;
	*v = strtod(s, &e);
	if (e == s || !isfinite(*v))
		return -1;
	*end = e;
	return 0;
}

/* Length with unit; pct receives a percentage when allowed (pct != NULL). */
static int
parse_len(const char *s, double em, double *pt, double *pct)
{
	double v;
	const char *u;

	while (isspace((unsigned char)*s))
		s++;
	if (parse_number(s, &v, &u) != 0)
		return -1;
	if (fabs(v) > 1e6)
		return -1;
	if (strcmp(u, "pt") == 0)
		*pt = v;
	else if (strcmp(u, "mm") == 0)
		*pt = v * 72.0 / 25.4;
	else if (strcmp(u, "cm") == 0)
		*pt = v * 72.0 / 2.54;
	else if (strcmp(u, "in") == 0)
		*pt = v * 72.0;
	else if (strcmp(u, "pc") == 0)
		*pt = v * 12.0;
	else if (strcmp(u, "px") == 0)
		*pt = v; /* FOP's default source resolution: 72 dpi */
	else if (strcmp(u, "em") == 0)
		*pt = v * em;
	else if (strcmp(u, "%") == 0 && pct != NULL) {
		*pct = v;
		return 1;
	} else if (*u == '\0' && v == 0)
		*pt = 0;
	else
		return -1;
	return 0;
}

int
fo_length(const char *s, double font_size, double *pt)
{
	return parse_len(s, font_size, pt, NULL) == 0 ? 0 : -1;
}

static int
parse_color(const char *s, unsigned *rgb)
{
	size_t n = strlen(s);
	unsigned r, g, bl;

	if (s[0] == '#') {
		for (size_t i = 1; i < n; i++)
			if (!isxdigit((unsigned char)s[i]))
				return -1;
		if (n == 7) {
			*rgb = (unsigned)strtoul(s + 1, NULL, 16);
			return 0;
		}
		if (n == 4) {
			unsigned v = (unsigned)strtoul(s + 1, NULL, 16);
			r = (v >> 8) & 15, g = (v >> 4) & 15, bl = v & 15;
			*rgb = (r * 17) << 16 | (g * 17) << 8 | bl * 17;
			return 0;
		}
		return -1;
	}
	if (sscanf(s, "rgb(%u,%u,%u)", &r, &g, &bl) == 3 && r < 256 &&
	    g < 256 && bl < 256 && s[n - 1] == ')') {
		*rgb = r << 16 | g << 8 | bl;
		return 0;
	}
	for (size_t i = 0; i < NELEM(colors); i++)
		if (strcmp(s, colors[i].name) == 0) {
			*rgb = colors[i].rgb;
			return 0;
		}
	return -1;
}

static int
parse_int(const char *s, int min, int max, int *out)
{
	char *e;
	long v;

	if (!isdigit((unsigned char)*s) && *s != '-' && *s != '+')
		return -1;
	v = strtol(s, &e, 10);
	if (*e != '\0' || v < min || v > max)
		return -1;
	*out = (int)v;
	return 0;
}

/* Index of s in the NULL-terminated list, or -1. */
static int
oneof(const char *s, const char *const *list)
{
	for (int i = 0; list[i] != NULL; i++)
		if (strcmp(s, list[i]) == 0)
			return i;
	return -1;
}

static int
side_of(const char *s, size_t n)
{
	static const char *const names[] = {"top", "right", "bottom", "left",
	    "before", "end", "after", "start"};

	for (int i = 0; i < 8; i++)
		if (strlen(names[i]) == n && strncmp(s, names[i], n) == 0)
			return i % 4;
	return -1;
}

/* Split a shorthand into at most max space-separated tokens (in buf). */
static int
tokens(const char *s, char *buf, size_t bufsize, char **tok, int max)
{
	int n = 0;
	char *p;

	snprintf(buf, bufsize, "%s", s);
	for (p = strtok(buf, " \t\r\n"); p != NULL;
	     p = strtok(NULL, " \t\r\n")) {
		if (n == max)
			return -1;
		tok[n++] = p;
	}
	return n;
}

/* One border component: width, style or color; kind -1 detects. */
static int
border_part(const char *t, double em, double *w, int *style, unsigned *color,
    int *which)
{
	static const char *const widths[] = {"thin", "medium", "thick", NULL};
	static const double wv[] = {0.5, 1.0, 2.0};
	int k;

	if ((k = oneof(t, widths)) >= 0) {
		*w = wv[k];
		*which = 0;
		return 0;
	}
	if (parse_len(t, em, w, NULL) == 0) {
		*which = 0;
		return *w < 0 ? -1 : 0;
	}
	if (strcmp(t, "solid") == 0 || strcmp(t, "none") == 0 ||
	    strcmp(t, "hidden") == 0) {
		*style = strcmp(t, "solid") == 0;
		*which = 1;
		return 0;
	}
	if (parse_color(t, color) == 0) {
		*which = 2;
		return 0;
	}
	return -1;
}

/* ---- properties ------------------------------------------------------- */

enum { PASS_FONT, PASS_SHORT, PASS_REST };

static int
pass_of(const char *name)
{
	if (name[0] != 'f' && name[0] != 'm' && name[0] != 'p' &&
	    name[0] != 'b')
		return PASS_REST;
	if (strcmp(name, "font-size") == 0)
		return PASS_FONT;
	if (strcmp(name, "margin") == 0 || strcmp(name, "padding") == 0 ||
	    strcmp(name, "border") == 0 || strcmp(name, "border-width") == 0 ||
	    strcmp(name, "border-style") == 0 ||
	    strcmp(name, "border-color") == 0)
		return PASS_SHORT;
	if (strncmp(name, "border-", 7) == 0 && strchr(name + 7, '-') == NULL)
		return PASS_SHORT; /* border-top etc. before border-top-width */
	return PASS_REST;
}

static int
is_keep(const char *name, const char *base)
{
	size_t n = strlen(base);

	return strncmp(name, base, n) == 0 &&
	    (name[n] == '\0' || strcmp(name + n, ".within-page") == 0 ||
	        strcmp(name + n, ".within-column") == 0);
}

static int
is_space(const char *name, const char *base, const char **comp)
{
	size_t n = strlen(base);

	if (strncmp(name, base, n) != 0)
		return 0;
	*comp = name + n;
	return **comp == '\0' || strcmp(*comp, ".optimum") == 0 ||
	    strcmp(*comp, ".minimum") == 0 || strcmp(*comp, ".maximum") == 0 ||
	    strcmp(*comp, ".conditionality") == 0 ||
	    strcmp(*comp, ".precedence") == 0;
}

#define BAD_VALUE()                                                            \
	do {                                                                   \
		err(b, line, "bad value '%s' for property '%s' on <fo:%s>", v, \
		    name, fo_name(t));                                         \
		return;                                                        \
	} while (0)

/* Apply one attribute to p.  parent is the parent's computed properties. */
static void
apply(struct builder *b, enum fo_type t, long line, const char *name,
    const char *v, struct fo_props *p, const struct fo_props *parent,
    struct pending *pd, struct fo_node *n)
{
	double em = p->font_size, len, pct;
	const char *comp;
	int k, side;

	if (strcmp(v, "inherit") == 0 && parent != NULL &&
	    strcmp(name, "font-size") != 0) {
		err(b, line,
		    "value 'inherit' for property '%s' on <fo:%s> is not "
		    "supported",
		    name, fo_name(t));
		return;
	}
	if (strcmp(name, "font-size") == 0) {
		static const char *const kw[] = {"xx-small", "x-small", "small",
		    "medium", "large", "x-large", "xx-large", NULL};
		static const double kv[] = {7, 8, 10, 12, 14.4, 17.3, 20.7};
		double pem = parent ? parent->font_size : 12;

		if (strcmp(v, "inherit") == 0)
			return;
		if ((k = oneof(v, kw)) >= 0)
			p->font_size = kv[k];
		else if ((k = parse_len(v, pem, &len, &pct)) == 0)
			p->font_size = len;
		else if (k == 1)
			p->font_size = pem * pct / 100;
		else
			BAD_VALUE();
		if (p->font_size <= 0 || p->font_size > 1000) {
			err(b, line, "font-size '%s' on <fo:%s> out of range",
			    v, fo_name(t));
			p->font_size = 12;
		}
	} else if (strcmp(name, "font-family") == 0) {
		struct buf f = BUF_INIT;
		char *copy = xstrdup(v), *tok, *save = NULL;

		for (tok = strtok_r(copy, ",", &save); tok != NULL;
		     tok = strtok_r(NULL, ",", &save)) {
			size_t tl;

			while (isspace((unsigned char)*tok) || *tok == '\'' ||
			    *tok == '"')
				tok++;
			tl = strlen(tok);
			while (tl > 0 &&
			    (isspace((unsigned char)tok[tl - 1]) ||
			        tok[tl - 1] == '\'' || tok[tl - 1] == '"'))
				tok[--tl] = '\0';
			if (tl == 0)
				continue;
			if (f.len > 0)
				buf_putc(&f, ',');
			if (strcmp(tok, "sans-serif") == 0)
				tok = (char *)"DejaVu Sans";
			else if (strcmp(tok, "serif") == 0)
				tok = (char *)"DejaVu Serif";
			else if (strcmp(tok, "monospace") == 0)
				tok = (char *)"DejaVu Sans Mono";
			buf_puts(&f, tok);
		}
		free(copy);
		if (f.len == 0) {
			buf_release(&f);
			BAD_VALUE();
		}
		p->font_family = intern_prop(b, f.s, f.len);
		buf_release(&f);
	} else if (strcmp(name, "font-weight") == 0) {
		if (strcmp(v, "normal") == 0)
			p->font_weight = 400;
		else if (strcmp(v, "bold") == 0)
			p->font_weight = 700;
		else if (parse_int(v, 100, 900, &k) == 0 && k % 100 == 0)
			p->font_weight = k;
		else
			BAD_VALUE();
	} else if (strcmp(name, "font-style") == 0) {
		static const char *const kw[] = {
		    "normal", "italic", "oblique", NULL};
		if ((k = oneof(v, kw)) < 0)
			BAD_VALUE();
		p->italic = k > 0;
	} else if (strcmp(name, "line-height") == 0) {
		double num;
		const char *e;

		if (strcmp(v, "normal") == 0) {
			p->line_height = 1.2;
			p->lh_factor = 1;
		} else if (parse_number(v, &num, &e) == 0 && *e == '\0') {
			if (num <= 0 || num > 100)
				BAD_VALUE();
			p->line_height = num;
			p->lh_factor = 1;
		} else if ((k = parse_len(v, em, &len, &pct)) >= 0) {
			p->line_height = k == 1 ? em * pct / 100 : len;
			p->lh_factor = 0;
			if (p->line_height <= 0)
				BAD_VALUE();
		} else
			BAD_VALUE();
	} else if (strcmp(name, "color") == 0) {
		if (parse_color(v, &p->color) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "background-color") == 0) {
		if (strcmp(v, "transparent") == 0)
			p->has_background = 0;
		else if (parse_color(v, &p->background) == 0)
			p->has_background = 1;
		else
			BAD_VALUE();
	} else if (strcmp(name, "text-align") == 0 ||
	    strcmp(name, "text-align-last") == 0) {
		static const char *const kw[] = {"start", "left", "center",
		    "end", "right", "justify", "relative", NULL};
		static const enum fo_align kv[] = {FO_ALIGN_START,
		    FO_ALIGN_START, FO_ALIGN_CENTER, FO_ALIGN_END, FO_ALIGN_END,
		    FO_ALIGN_JUSTIFY};
		int last = name[10] != '\0';

		k = oneof(v, kw);
		if (k < 0 || (k == 6 && !last))
			BAD_VALUE();
		if (!last) {
			p->text_align = kv[k];
			p->text_align_last =
			    kv[k] == FO_ALIGN_JUSTIFY ? FO_ALIGN_START : kv[k];
		} else if (k == 6)
			p->text_align_last = p->text_align == FO_ALIGN_JUSTIFY
			    ? FO_ALIGN_START
			    : p->text_align;
		else
			p->text_align_last = kv[k];
	} else if (strcmp(name, "text-indent") == 0) {
		if (parse_len(v, em, &p->text_indent, NULL) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "letter-spacing") == 0) {
		if (strcmp(v, "normal") == 0)
			p->letter_spacing = 0;
		else if (parse_len(v, em, &p->letter_spacing, NULL) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "text-decoration") == 0) {
		if (strcmp(v, "underline") == 0)
			p->underline = 1;
		else if (strcmp(v, "none") == 0 ||
		    strcmp(v, "no-underline") == 0)
			p->underline = 0;
		else
			BAD_VALUE();
	} else if (strcmp(name, "baseline-shift") == 0) {
		if (strcmp(v, "baseline") == 0)
			p->baseline_shift = 0;
		else if (strcmp(v, "super") == 0)
			p->baseline_shift = em * 0.33;
		else if (strcmp(v, "sub") == 0)
			p->baseline_shift = -em * 0.2;
		else if ((k = parse_len(v, em, &len, &pct)) >= 0)
			p->baseline_shift = k == 1 ? em * pct / 100 : len;
		else
			BAD_VALUE();
	} else if (strcmp(name, "white-space-collapse") == 0) {
		if (strcmp(v, "true") != 0)
			goto only_default;
	} else if (strcmp(name, "linefeed-treatment") == 0) {
		if (strcmp(v, "treat-as-space") != 0)
			goto only_default;
	} else if (strcmp(name, "white-space-treatment") == 0) {
		if (strcmp(v, "ignore-if-surrounding-linefeed") != 0)
			goto only_default;
	} else if (strcmp(name, "hyphenate") == 0) {
		if (strcmp(v, "true") == 0)
			p->hyphenate = 1;
		else if (strcmp(v, "false") == 0)
			p->hyphenate = 0;
		else
			BAD_VALUE();
	} else if (strcmp(name, "xml:lang") == 0 ||
	    strcmp(name, "language") == 0) {
		size_t l = strlen(v);

		if (l == 0 || l > 35 ||
		    strspn(v,
		        "abcdefghijklmnopqrstuvwxyz"
		        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != l)
			BAD_VALUE();
		if (strcmp(v, "none") == 0)
			p->lang = NULL;
		else if (name[0] == 'l' && p->lang != NULL && parent != NULL &&
		    p->lang != parent->lang)
			; /* xml:lang given too: it wins */
		else
			p->lang = intern_prop(b, v, l);
	} else if (strcmp(name, "country") == 0) {
		if (strlen(v) > 3 ||
		    strspn(v,
		        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxy"
		        "z") != strlen(v))
			BAD_VALUE(); /* combined with language after the pass */
	} else if (is_space(name, "space-before", &comp) ||
	    is_space(name, "space-after", &comp)) {
		int after = name[6] == 'a';

		if (strcmp(comp, ".conditionality") == 0) {
			if (strcmp(v, "discard") != 0)
				goto only_default;
			return;
		}
		if (strcmp(comp, ".precedence") == 0) {
			if (strcmp(v, "0") != 0 && strcmp(v, "force") != 0)
				BAD_VALUE();
			return;
		}
		if (parse_len(v, em, &len, NULL) != 0)
			BAD_VALUE();
		if (comp[0] != '\0' && strcmp(comp, ".optimum") != 0)
			return; /* minimum/maximum: validated, not used */
		if (after) {
			p->space_after = len;
			pd->space_after_set = 1;
		} else {
			p->space_before = len;
			pd->space_before_set = 1;
		}
	} else if (strcmp(name, "start-indent") == 0) {
		if (strcmp(v, "body-start()") == 0)
			pd->si_body_start = 1;
		else if (parse_len(v, em, &p->start_indent, NULL) != 0)
			BAD_VALUE();
		n->start_set = 1;
	} else if (strcmp(name, "end-indent") == 0) {
		if (strcmp(v, "label-end()") == 0) {
			const struct fo_node *l = n->parent;

			while (l != NULL && l->type != FO_LIST_BLOCK)
				l = l->parent;
			if (l == NULL) {
				err(b, line,
				    "label-end() outside <fo:list-block>");
				return;
			}
			p->end_is_label_end = 1;
			p->end_indent =
			    l->p->start_indent + l->p->pdbs - l->p->pls;
		} else if (parse_len(v, em, &p->end_indent, NULL) == 0)
			p->end_is_label_end = 0;
		else
			BAD_VALUE();
		n->end_set = 1;
	} else if (strcmp(name, "margin") == 0 ||
	    strcmp(name, "padding") == 0) {
		char buf[256], *tok[4];
		double val[4];
		int nt = tokens(v, buf, sizeof buf, tok, 4);

		if (nt <= 0)
			BAD_VALUE();
		for (int i = 0; i < nt; i++)
			if (parse_len(tok[i], em, &val[i], NULL) != 0 ||
			    (name[0] == 'p' && val[i] < 0))
				BAD_VALUE();
		for (int s = 0; s < 4; s++) {
			/* CSS order: 1 all; 2 tb rl; 3 t rl b; 4 t r b l */
			int idx = nt == 1 ? 0
			    : nt == 2     ? s % 2
			    : nt == 3     ? (s == 3 ? 1 : s)
			                  : s;
			if (name[0] == 'm') {
				pd->margin[s] = val[idx];
				pd->margin_set[s] = 1;
			} else
				p->padding[s] = val[idx];
		}
	} else if (strncmp(name, "margin-", 7) == 0 &&
	    (side = side_of(name + 7, strlen(name + 7))) >= 0) {
		if (parse_len(v, em, &pd->margin[side], NULL) != 0)
			BAD_VALUE();
		pd->margin_set[side] = 1;
	} else if (strncmp(name, "padding-", 8) == 0 &&
	    (side = side_of(name + 8, strlen(name + 8))) >= 0) {
		if (strstr(name, ".conditionality") != NULL)
			goto unknown;
		if (parse_len(v, em, &p->padding[side], NULL) != 0 ||
		    p->padding[side] < 0)
			BAD_VALUE();
	} else if (strcmp(name, "border") == 0 ||
	    strcmp(name, "border-width") == 0 ||
	    strcmp(name, "border-style") == 0 ||
	    strcmp(name, "border-color") == 0 ||
	    (strncmp(name, "border-", 7) == 0)) {
		/* border[-SIDE][-width|-style|-color] */
		const char *rest = name[6] == '\0' ? "" : name + 7;
		const char *dash = strchr(rest, '-');
		int sides[4], ns = 0, part = -1; /* part -1: shorthand */
		char buf[256], *tok[3];
		int nt;

		if (strcmp(name, "border-collapse") == 0) {
			if (strcmp(v, "collapse") != 0 &&
			    strcmp(v, "separate") != 0)
				BAD_VALUE();
			return;
		}
		if (*rest == '\0')
			part = -1;
		else if (strcmp(rest, "width") == 0)
			part = 0;
		else if (strcmp(rest, "style") == 0)
			part = 1;
		else if (strcmp(rest, "color") == 0)
			part = 2;
		else {
			size_t sl = dash ? (size_t)(dash - rest) : strlen(rest);

			if ((side = side_of(rest, sl)) < 0)
				goto unknown;
			sides[ns++] = side;
			if (dash != NULL) {
				if (strcmp(dash, "-width") == 0)
					part = 0;
				else if (strcmp(dash, "-style") == 0)
					part = 1;
				else if (strcmp(dash, "-color") == 0)
					part = 2;
				else
					goto unknown;
			}
		}
		if (ns == 0)
			for (int s = 0; s < 4; s++)
				sides[ns++] = s;
		nt = tokens(v, buf, sizeof buf, tok, 3);
		if (nt <= 0 || (part >= 0 && nt != 1))
			BAD_VALUE();
		for (int i = 0; i < nt; i++) {
			double w = 0;
			int st = 0, which;
			unsigned c = 0;

			if (border_part(tok[i], em, &w, &st, &c, &which) != 0 ||
			    (part >= 0 && which != part)) {
				if (strcmp(tok[i], "dashed") == 0 ||
				    strcmp(tok[i], "dotted") == 0 ||
				    strcmp(tok[i], "double") == 0 ||
				    strcmp(tok[i], "groove") == 0 ||
				    strcmp(tok[i], "ridge") == 0 ||
				    strcmp(tok[i], "inset") == 0 ||
				    strcmp(tok[i], "outset") == 0) {
					err(b, line,
					    "border style '%s' on <fo:%s> is "
					    "not supported (only 'solid' and "
					    "'none')",
					    tok[i], fo_name(t));
					return;
				}
				BAD_VALUE();
			}
			for (int s = 0; s < ns; s++) {
				if (which == 0)
					pd->bw[sides[s]] = w;
				else if (which == 1)
					pd->bs[sides[s]] = st;
				else {
					pd->bc[sides[s]] = c;
					pd->bc_set[sides[s]] = 1;
				}
			}
		}
		if (part == -1) /* a shorthand without a style means none */
			for (int i = 0; i < nt; i++) {
				double w;
				int st, which;
				unsigned c;

				(void)border_part(
				    tok[i], em, &w, &st, &c, &which);
				if (which == 1)
					goto done_border;
			}
		if (part == -1)
			for (int s = 0; s < ns; s++)
				pd->bs[sides[s]] = 0;
	done_border:;
	} else if (strcmp(name, "break-before") == 0 ||
	    strcmp(name, "break-after") == 0) {
		if (strcmp(v, "auto") != 0 && strcmp(v, "page") != 0)
			BAD_VALUE();
		if (name[6] == 'b')
			p->break_before = v[0] == 'p';
		else
			p->break_after = v[0] == 'p';
	} else if (is_keep(name, "keep-together") ||
	    is_keep(name, "keep-with-next") ||
	    is_keep(name, "keep-with-previous")) {
		int on;

		if (strcmp(v, "auto") == 0)
			on = 0;
		else if (strcmp(v, "always") == 0 ||
		    parse_int(v, 1, 1000000, &k) == 0)
			on = 1;
		else
			BAD_VALUE();
		if (name[5] == 't')
			p->keep_together = on;
		else if (name[10] == 'n')
			p->keep_with_next = on;
		else
			p->keep_with_previous = on;
	} else if (strcmp(name, "widows") == 0 ||
	    strcmp(name, "orphans") == 0) {
		if (parse_int(v, 1, 100, &k) != 0)
			BAD_VALUE();
		if (name[0] == 'w')
			p->widows = k;
		else
			p->orphans = k;
	} else if (strcmp(name, "provisional-distance-between-starts") == 0 ||
	    strcmp(name, "provisional-label-separation") == 0) {
		if (parse_len(v, em, &len, NULL) != 0 || len < 0)
			BAD_VALUE();
		if (name[12] == 'd')
			p->pdbs = len;
		else
			p->pls = len;
	} else if (strcmp(name, "table-layout") == 0) {
		if (strcmp(v, "fixed") != 0) {
			err(b, line,
			    "table-layout='%s' on <fo:%s> is not supported "
			    "(only 'fixed')",
			    v, fo_name(t));
			return;
		}
		p->fixed_layout = 1;
	} else if (strcmp(name, "width") == 0) {
		if (strcmp(v, "auto") == 0)
			p->width.unit = FO_W_AUTO;
		else if ((k = parse_len(v, em, &len, &pct)) == 0 && len >= 0) {
			p->width.unit = FO_W_PT;
			p->width.v = len;
		} else if (k == 1 && pct >= 0 && pct <= 100) {
			p->width.unit = FO_W_PCT;
			p->width.v = pct;
		} else
			BAD_VALUE();
	} else if (strcmp(name, "column-width") == 0) {
		double f;
		const char *e;

		if (strncmp(v, "proportional-column-width(", 26) == 0 &&
		    parse_number(v + 26, &f, &e) == 0 && strcmp(e, ")") == 0 &&
		    f > 0 && f < 1e6) {
			p->column_width.unit = FO_W_PROP;
			p->column_width.v = f;
		} else if ((k = parse_len(v, em, &len, &pct)) == 0 &&
		    len >= 0) {
			p->column_width.unit = FO_W_PT;
			p->column_width.v = len;
		} else if (k == 1 && pct >= 0 && pct <= 100) {
			p->column_width.unit = FO_W_PCT;
			p->column_width.v = pct;
		} else
			BAD_VALUE();
	} else if (strcmp(name, "column-number") == 0) {
		if (parse_int(v, 1, 1000, &p->column_number) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "number-columns-spanned") == 0) {
		if (parse_int(v, 1, 1000, &p->columns_spanned) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "number-columns-repeated") == 0) {
		if (parse_int(v, 1, 1000, &p->columns_repeated) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "number-rows-spanned") == 0) {
		if (strcmp(v, "1") != 0) {
			err(b, line,
			    "number-rows-spanned='%s' on <fo:%s> is not "
			    "supported (only 1)",
			    v, fo_name(t));
			return;
		}
	} else if (strcmp(name, "display-align") == 0) {
		static const char *const kw[] = {
		    "auto", "before", "center", "after", NULL};
		if ((k = oneof(v, kw)) < 0)
			BAD_VALUE();
		p->display_align = k <= 1 ? FO_VALIGN_BEFORE
		    : k == 2              ? FO_VALIGN_CENTER
		                          : FO_VALIGN_AFTER;
	} else if (strcmp(name, "table-omit-header-at-break") == 0) {
		if (strcmp(v, "true") == 0)
			p->omit_header_at_break = 1;
		else if (strcmp(v, "false") == 0)
			p->omit_header_at_break = 0;
		else
			BAD_VALUE();
	} else if (strcmp(name, "id") == 0 || strcmp(name, "ref-id") == 0 ||
	    strcmp(name, "internal-destination") == 0 ||
	    strcmp(name, "master-name") == 0 ||
	    strcmp(name, "master-reference") == 0 ||
	    strcmp(name, "flow-name") == 0 ||
	    strcmp(name, "region-name") == 0) {
		size_t l = strlen(v);
		const char *s;

		if (l == 0 || l > 200 || strpbrk(v, " \t\r\n'\"\\<>&") != NULL)
			BAD_VALUE();
		s = intern_prop(b, v, l);
		if (name[0] == 'i' && name[1] == 'd')
			p->id = s;
		else if (strcmp(name, "ref-id") == 0)
			p->ref_id = s;
		else if (name[0] == 'i')
			p->internal_destination = s;
		else if (strcmp(name, "master-name") == 0)
			p->master_name = s;
		else if (name[0] == 'm')
			p->master_reference = s;
		else if (name[0] == 'f')
			p->flow_name = s;
		else
			p->region_name = s;
	} else if (strcmp(name, "external-destination") == 0) {
		size_t l = strlen(v);
		const char *s = v;

		if (strncmp(v, "url(", 4) == 0 && l > 5 && v[l - 1] == ')') {
			s = v + 4;
			l -= 5;
			if (l >= 2 && (s[0] == '\'' || s[0] == '"') &&
			    s[l - 1] == s[0]) {
				s++;
				l -= 2;
			}
		}
		if (l == 0 || l > 2000)
			BAD_VALUE();
		for (size_t i = 0; i < l; i++)
			if ((unsigned char)s[i] <= ' ' || s[i] == '\'' ||
			    s[i] == '\\')
				BAD_VALUE();
		p->external_destination = intern_prop(b, s, l);
	} else if (strcmp(name, "show-destination") == 0) {
		if (strcmp(v, "replace") != 0 && strcmp(v, "new") != 0)
			BAD_VALUE();
	} else if (strcmp(name, "role") == 0) {
		size_t i;

		for (i = 0; i < NELEM(roles); i++)
			if (strcmp(v, roles[i]) == 0)
				break;
		if (i == NELEM(roles)) {
			err(b, line,
			    "role '%s' on <fo:%s> is not a PDF structure type",
			    v, fo_name(t));
			return;
		}
		p->role = roles[i];
	} else if (strcmp(name, "page-width") == 0 ||
	    strcmp(name, "page-height") == 0) {
		if (strcmp(v, "auto") == 0)
			len = name[5] == 'w' ? 595.28 : 841.89;
		else if (parse_len(v, em, &len, NULL) != 0 || len < 36 ||
		    len > 14400)
			BAD_VALUE();
		if (name[5] == 'w')
			p->page_width = len;
		else
			p->page_height = len;
	} else if (strcmp(name, "extent") == 0) {
		if (parse_len(v, em, &p->extent, NULL) != 0 || p->extent < 0)
			BAD_VALUE();
	} else if (strcmp(name, "initial-page-number") == 0) {
		if (strcmp(v, "auto") == 0)
			p->initial_page_number = 0;
		else if (parse_int(v, 1, 1000000, &p->initial_page_number) != 0)
			BAD_VALUE();
	} else if (strcmp(name, "format") == 0) {
		static const char *const kw[] = {"1", "i", "I", "a", "A", NULL};
		if ((k = oneof(v, kw)) < 0)
			BAD_VALUE();
		p->format = kw[k];
	} else if (strcmp(name, "page-position") == 0) {
		static const char *const kw[] = {"any", "first", "rest", NULL};
		if ((k = oneof(v, kw)) < 0)
			BAD_VALUE();
		p->page_position = k;
	} else if (strcmp(name, "odd-or-even") == 0) {
		static const char *const kw[] = {"any", "odd", "even", NULL};
		if ((k = oneof(v, kw)) < 0)
			BAD_VALUE();
		p->odd_or_even = k;
	} else if (strcmp(name, "blank-or-not-blank") == 0) {
		if (strcmp(v, "any") != 0 && strcmp(v, "not-blank") != 0)
			BAD_VALUE();
	} else if (strcmp(name, "starting-state") == 0) {
		if (strcmp(v, "show") != 0 && strcmp(v, "hide") != 0)
			BAD_VALUE();
		p->show = v[0] == 's';
	} else if (strcmp(name, "leader-pattern") == 0) {
		static const char *const kw[] = {"space", "dots", "rule", NULL};
		if ((k = oneof(v, kw)) < 0)
			BAD_VALUE();
		p->leader_pattern = (enum fo_leader)k;
	} else if (strcmp(name, "leader-length") == 0 ||
	    strcmp(name, "leader-length.optimum") == 0 ||
	    strcmp(name, "leader-length.minimum") == 0 ||
	    strcmp(name, "leader-length.maximum") == 0) {
		if ((k = parse_len(v, em, &len, &pct)) < 0 ||
		    (k == 0 && len < 0))
			BAD_VALUE();
		/* only a fixed length changes anything: fill the line otherwise */
		if ((name[13] == '\0' || name[14] == 'o') && k == 0)
			p->leader_length = len;
	} else if (strcmp(name, "rule-thickness") == 0) {
		if (parse_len(v, em, &p->rule_thickness, NULL) != 0 ||
		    p->rule_thickness < 0)
			BAD_VALUE();
	} else if (strcmp(name, "character") == 0) {
		size_t l = strlen(v);

		if (l == 0 || l > 4)
			BAD_VALUE();
		p->character = intern_prop(b, v, l);
	} else {
	unknown:
		err(b, line, "unknown property '%s' on <fo:%s>", name,
		    fo_name(t));
	}
	return;
only_default:
	err(b, line,
	    "property '%s' on <fo:%s> supports only its default value, not "
	    "'%s'",
	    name, fo_name(t), v);
}

/* Defaults for the root: the initial values of XSL 1.1 plus ours. */
static void
initial(struct fo_props *p)
{
	memset(p, 0, sizeof *p);
	p->font_family = "DejaVu Sans";
	p->font_size = 12;
	p->font_weight = 400;
	p->line_height = 1.2;
	p->lh_factor = 1;
	p->widows = p->orphans = 2;
	p->leader_pattern = FO_LEADER_SPACE;
	p->leader_length = -1;
	p->rule_thickness = 1;
	p->pdbs = 24;
	p->pls = 6;
	p->format = "1";
	p->page_width = 595.28;
	p->page_height = 841.89;
	p->columns_spanned = 1;
	p->columns_repeated = 1;
}

/* Start from the parent's inherited values; reset the others. */
static void
inherit(struct fo_props *p, const struct fo_props *parent)
{
	struct fo_props d;

	initial(&d);
	d.font_family = parent->font_family;
	d.font_size = parent->font_size;
	d.font_weight = parent->font_weight;
	d.italic = parent->italic;
	d.line_height = parent->line_height;
	d.lh_factor = parent->lh_factor;
	d.color = parent->color;
	d.text_align = parent->text_align;
	d.text_align_last = parent->text_align_last;
	d.text_indent = parent->text_indent;
	d.letter_spacing = parent->letter_spacing;
	d.hyphenate = parent->hyphenate;
	d.lang = parent->lang;
	d.start_indent = parent->start_indent;
	d.end_indent = parent->end_indent;
	d.end_is_label_end = parent->end_is_label_end;
	d.pdbs = parent->pdbs;
	d.pls = parent->pls;
	d.widows = parent->widows;
	d.orphans = parent->orphans;
	d.underline = parent->underline;
	d.leader_pattern = parent->leader_pattern;
	d.leader_length = parent->leader_length;
	d.rule_thickness = parent->rule_thickness;
	d.display_align = parent->display_align;
	d.format = parent->format;
	memcpy(p, &d, sizeof d); /* padding too: props_share */
}

static int
is_blockish(enum fo_type t)
{
	return t == FO_BLOCK || t == FO_BLOCK_CONTAINER || t == FO_LIST_BLOCK ||
	    t == FO_LIST_ITEM || t == FO_TABLE || t == FO_TABLE_CELL ||
	    t == FO_LIST_ITEM_LABEL || t == FO_LIST_ITEM_BODY;
}

struct attr {
	const xmlAttr *a;
	char name[128]; /* "xml:lang" for attributes in the XML namespace */
	int pass;
};

static void
compute(struct builder *b, struct fo_node *n, const struct fo_props *parent,
    const xmlNode *x)
{
	struct fo_props props, *p = &props;
	struct pending pd;
	const char *country = NULL, *language = NULL;
	struct attr local[16], *attrs = local;
	size_t nattrs = 0, capattrs = NELEM(local);

	memset(&pd, 0, sizeof pd);
	for (int s = 0; s < 4; s++) {
		pd.bs[s] = -1;
		pd.bw[s] = 1.0; /* medium */
	}
	if (parent != NULL)
		inherit(p, parent);
	else
		initial(p);
	if (n->type == FO_TABLE_CELL) {
		/* cells are reference areas here: indents restart at 0 */
		p->start_indent = p->end_indent = 0;
		p->end_is_label_end = 0;
	}
	/* names once, then the properties in pass order */
	for (const xmlAttr *a = x->properties; a != NULL; a = a->next) {
		int xmlns = a->ns != NULL &&
		    strcmp((const char *)a->ns->href, XML_NS_URI) == 0;
		struct attr *at;

		if (a->ns != NULL && !xmlns &&
		    strcmp((const char *)a->ns->href, FO_NS) != 0)
			continue; /* foreign attributes (fox:alt-text) */
		if (nattrs == capattrs) {
			capattrs *= 2;
			attrs = attrs == local
			    ? memcpy(xmalloc(capattrs * sizeof *attrs), local,
			          nattrs * sizeof *attrs)
			    : xrealloc(attrs, capattrs * sizeof *attrs);
		}
		at = &attrs[nattrs++];
		at->a = a;
		at->name[0] = '\0';
		if (xmlns)
			memcpy(at->name, "xml:", 5);
		strncat(at->name, (const char *)a->name,
		    sizeof at->name - 1 - strlen(at->name));
		at->pass = pass_of(at->name);
	}
	for (int pass = PASS_FONT; pass <= PASS_REST; pass++)
		for (size_t i = 0; i < nattrs; i++) {
			const xmlAttr *a = attrs[i].a;
			const char *name = attrs[i].name;
			xmlChar *val = NULL;
			const char *v;

			if (attrs[i].pass != pass)
				continue;
			/* one text child is the usual case: no copy */
			if (a->children != NULL && a->children->next == NULL &&
			    a->children->type == XML_TEXT_NODE)
				v = (const char *)a->children->content;
			else
				v = (const char *)(val = xmlNodeGetContent(
				                       (const xmlNode *)a));
			if (v == NULL)
				v = "";
			if (strcmp(name, "country") == 0)
				country = intern_prop(b, v, strlen(v));
			if (strcmp(name, "language") == 0)
				language = (const char *)a;
			apply(b, n->type, n->line, name, v, p, parent, &pd, n);
			xmlFree(val);
		}
	if (attrs != local)
		free(attrs);
	if (language != NULL && country != NULL && p->lang != NULL &&
	    strchr(p->lang, '-') == NULL) {
		char *l = xasprintf("%s-%s", p->lang, country);
		p->lang = intern_prop(b, l, strlen(l));
		free(l);
	}
	/* borders: a side is drawn only with style solid */
	for (int s = 0; s < 4; s++) {
		p->border[s].width = pd.bs[s] == 1 ? pd.bw[s] : 0;
		p->border[s].color = pd.bc_set[s] ? pd.bc[s] : p->color;
	}
	/* margins: page geometry, or the corresponding block properties */
	if (n->type == FO_SIMPLE_PAGE_MASTER || n->type == FO_REGION_BODY) {
		for (int s = 0; s < 4; s++)
			p->margin[s] = pd.margin_set[s] ? pd.margin[s] : 0;
	} else if (is_blockish(n->type)) {
		if (pd.margin_set[FO_TOP] && !pd.space_before_set)
			p->space_before = pd.margin[FO_TOP];
		if (pd.margin_set[FO_BOTTOM] && !pd.space_after_set)
			p->space_after = pd.margin[FO_BOTTOM];
		if (pd.margin_set[FO_LEFT] && !n->start_set) {
			p->start_indent = (parent ? parent->start_indent : 0) +
			    pd.margin[FO_LEFT] + p->border[FO_LEFT].width +
			    p->padding[FO_LEFT];
			n->start_set = 1;
		}
		if (pd.margin_set[FO_RIGHT] && !n->end_set) {
			p->end_indent = (parent && !parent->end_is_label_end
			                        ? parent->end_indent
			                        : 0) +
			    pd.margin[FO_RIGHT] + p->border[FO_RIGHT].width +
			    p->padding[FO_RIGHT];
			p->end_is_label_end = 0;
			n->end_set = 1;
		}
	} else {
		for (int s = 0; s < 4; s++)
			if (pd.margin_set[s]) {
				err(b, n->line,
				    "property 'margin' on <fo:%s> is not "
				    "supported",
				    fo_name(n->type));
				break;
			}
	}
	/* list defaults: body-start() / label-end() unless given */
	if (n->type == FO_LIST_ITEM_BODY && !n->start_set)
		pd.si_body_start = 1;
	if (pd.si_body_start) {
		const struct fo_node *l = n->parent;

		while (l != NULL && l->type != FO_LIST_BLOCK)
			l = l->parent;
		if (l == NULL)
			err(b, n->line, "body-start() outside <fo:list-block>");
		else
			p->start_indent = l->p->start_indent + l->p->pdbs;
		n->start_set = 1;
	}
	if (n->type == FO_LIST_ITEM_LABEL && !n->end_set) {
		const struct fo_node *l = n->parent ? n->parent->parent : NULL;

		if (l != NULL && l->type == FO_LIST_BLOCK) {
			p->end_is_label_end = 1;
			p->end_indent =
			    l->p->start_indent + l->p->pdbs - l->p->pls;
		}
	}
	n->p = props_share(b, p);
}

/* ---- tree ------------------------------------------------------------- */

static struct fo_node *
new_node(struct builder *b, enum fo_type t, long line, struct fo_node *parent)
{
	struct fo_doc *d = b->d;
	struct fo_node *n;

	if (d->pool_left == 0) { /* nodes come in blocks: one malloc each */
		d->chunks = xgrow(d->chunks, &d->capchunks, d->nchunks + 1,
		    sizeof *d->chunks);
		d->pool = d->chunks[d->nchunks++] =
		    xcalloc(NODES_PER_CHUNK, sizeof *d->pool);
		d->pool_left = NODES_PER_CHUNK;
	}
	n = d->pool++;
	d->pool_left--;

	n->type = t;
	n->line = line;
	n->serial = d->nnodes;
	d->nodes =
	    xgrow(d->nodes, &d->capnodes, d->nnodes + 1, sizeof *d->nodes);
	d->nodes[d->nnodes++] = n;
	n->parent = parent;
	if (parent != NULL) {
		if (parent->last)
			parent->last->next = n;
		else
			parent->first = n;
		parent->last = n;
	}
	return n;
}

static enum fo_type
type_of(const xmlNode *x)
{
	for (int t = 0; t < FO_TEXT; t++)
		if (strcmp((const char *)x->name, elems[t].name) == 0)
			return (enum fo_type)t;
	return FO__COUNT;
}

static int
all_space(const char *s)
{
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

static void
find_title(struct builder *b, const xmlNode *x)
{
	for (const xmlNode *c = x->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (b->d->title == NULL && c->ns != NULL &&
		    strcmp((const char *)c->ns->href, DC_NS) == 0 &&
		    strcmp((const char *)c->name, "title") == 0) {
			xmlChar *t = xmlNodeGetContent(c);
			char *s = xstrdup((const char *)t);

			xmlFree(t);
			str_collapse(s);
			b->d->title = intern(b->d, s, strlen(s));
			free(s);
		}
		find_title(b, c);
	}
}

/* Character data c (from a text or CDATA node at line) inside n. */
static void
text(struct builder *b, struct fo_node *n, const char *s, long line)
{
	struct fo_node *tn;

	if (s == NULL || *s == '\0')
		return;
	if (!elems[n->type].text) {
		if (!all_space(s))
			err(b, line, "text is not allowed in <fo:%s>",
			    fo_name(n->type));
		return;
	}
	tn = new_node(b, FO_TEXT, line, n);
	tn->text = intern(b->d, s, strlen(s));
	tn->len = strlen(s);
	if (n->p->id != NULL) {
		struct fo_props tp;

		memcpy(&tp, n->p, sizeof tp);
		tp.id = NULL;
		tn->p = props_share(b, &tp);
	} else
		tn->p = n->p;
}

/* Element c at line inside n: its node, or NULL when it is refused. */
static struct fo_node *
element(struct builder *b, struct fo_node *n, const xmlNode *c, long line)
{
	struct fo_node *cn;
	enum fo_type t;

	if (c->ns == NULL || strcmp((const char *)c->ns->href, FO_NS) != 0) {
		err(b, line, "element <%s> is not XSL-FO (namespace '%s')",
		    c->name, c->ns ? (const char *)c->ns->href : "");
		return NULL;
	}
	t = type_of(c);
	if (t == FO__COUNT) {
		err(b, line, "unknown element <fo:%s> (outside tender-FO)",
		    c->name);
		return NULL;
	}
	if (!(elems[n->type].children & B(t))) {
		err(b, line, "<fo:%s> is not allowed in <fo:%s>", c->name,
		    fo_name(n->type));
		return NULL;
	}
	cn = new_node(b, t, line, n);
	compute(b, cn, n->p, c);
	return cn;
}

/*
 * Build the tree from r, a reader before the root element: a stream over
 * a file, or a walk over a document in memory.  The stream never holds
 * more of the XML than the element being read, so the FO of a long
 * annex does not exist twice (as XML tree and as FO tree).  Content that
 * is refused is skipped with a message; reading goes on to find more.
 */
static int
build(struct builder *b, xmlTextReaderPtr r)
{
	struct fo_node *n = NULL; /* the open element */
	int skip = -1;            /* depth of a skipped element, or -1 */
	int rc;

	while ((rc = xml_reader_read(r, b->file)) == 1) {
		int type = xmlTextReaderNodeType(r);
		int depth = xmlTextReaderDepth(r);
		const xmlNode *x = xmlTextReaderCurrentNode(r);
		long line = x ? xmlGetLineNo(x) : 0;
		struct fo_node *cn;

		if (line <= 0)
			line = xmlTextReaderGetParserLineNumber(r);
		if (skip >= 0) {
			if (type == XML_READER_TYPE_END_ELEMENT &&
			    depth == skip)
				skip = -1;
			continue;
		}
		switch (type) {
		case XML_READER_TYPE_ELEMENT:
			if (n == NULL) {
				if (x->ns == NULL ||
				    strcmp((const char *)x->ns->href, FO_NS) !=
				        0 ||
				    strcmp((const char *)x->name, "root") !=
				        0) {
					err(b, line,
					    "not an XSL-FO document: the root "
					    "element must be <fo:root>");
					return -1;
				}
				cn = b->d->root =
				    new_node(b, FO_ROOT, line, NULL);
				compute(b, cn, NULL, x);
			} else if (n->type == FO_DECLARATIONS) {
				cn = NULL; /* metadata: read by find_title */
			} else
				cn = element(b, n, x, line);
			if (cn != NULL && cn->type == FO_DECLARATIONS) {
				const xmlNode *e = xmlTextReaderExpand(r);

				if (e != NULL)
					find_title(b, e);
			}
			if (xmlTextReaderIsEmptyElement(r))
				break;
			if (cn == NULL || cn->type == FO_DECLARATIONS)
				skip = depth;
			else
				n = cn;
			break;
		case XML_READER_TYPE_END_ELEMENT:
			if (n != NULL)
				n = n->parent;
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			if (n != NULL)
				text(b, n,
				    (const char *)xmlTextReaderConstValue(r),
				    line);
			break;
		default:
			break; /* comments, PIs */
		}
	}
	if (rc == 0 && b->d->root == NULL) {
		err(b, 1, "empty document");
		return -1;
	}
	return rc;
}

static int
cmp_id(const void *a, const void *b)
{
	return strcmp((*(struct fo_node *const *)a)->p->id,
	    (*(struct fo_node *const *)b)->p->id);
}

const struct fo_node *
fo_lookup(const struct fo_doc *d, const char *id)
{
	size_t lo = 0, hi = d->nids;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(id, d->ids[mid]->p->id);

		if (c == 0)
			return d->ids[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static const struct fo_node *
child(const struct fo_node *n, enum fo_type t)
{
	for (const struct fo_node *c = n->first; c; c = c->next)
		if (c->type == t)
			return c;
	return NULL;
}

static int
has_master(const struct fo_node *lms, const char *name)
{
	for (const struct fo_node *m = lms->first; m; m = m->next)
		if (m->p->master_name && strcmp(m->p->master_name, name) == 0)
			return 1;
	return 0;
}

/* Checks that need the whole tree: ids, references, required children. */
static void
check(struct builder *b)
{
	struct fo_doc *d = b->d;
	const struct fo_node *root = d->root,
	                     *lms = child(root, FO_LAYOUT_MASTER_SET);

	for (unsigned i = 0; i < d->nnodes; i++)
		if (d->nodes[i]->p->id != NULL &&
		    d->nodes[i]->type != FO_TEXT) {
			d->ids =
			    xrealloc(d->ids, (d->nids + 1) * sizeof *d->ids);
			d->ids[d->nids++] = d->nodes[i];
		}
	if (d->nids > 1)
		qsort(d->ids, d->nids, sizeof *d->ids, cmp_id);
	for (size_t i = 1; i < d->nids; i++)
		if (strcmp(d->ids[i]->p->id, d->ids[i - 1]->p->id) == 0)
			err(b,
			    d->ids[i]->line > d->ids[i - 1]->line
			        ? d->ids[i]->line
			        : d->ids[i - 1]->line,
			    "duplicate id '%s'", d->ids[i]->p->id);
	if (lms == NULL)
		err(b, root->line, "<fo:root> needs <fo:layout-master-set>");
	if (child(root, FO_PAGE_SEQUENCE) == NULL)
		err(b, root->line,
		    "<fo:root> needs at least one <fo:page-sequence>");
	for (unsigned i = 0; i < d->nnodes; i++) {
		const struct fo_node *n = d->nodes[i];
		const struct fo_props *p = n->p;

		if (n->type == FO_TEXT)
			continue;
		if ((n->type == FO_PAGE_NUMBER_CITATION ||
		        n->type == FO_PAGE_NUMBER_CITATION_LAST) &&
		    p->ref_id == NULL)
			err(b, n->line, "<fo:%s> needs 'ref-id'",
			    fo_name(n->type));
		if (n->type == FO_PAGE_NUMBER_CITATION ||
		    n->type == FO_PAGE_NUMBER_CITATION_LAST) {
			if (p->ref_id && fo_lookup(d, p->ref_id) == NULL)
				err(b, n->line,
				    "unknown ref-id '%s' in <fo:%s>", p->ref_id,
				    fo_name(n->type));
		} else if (p->ref_id != NULL)
			err(b, n->line, "unknown property 'ref-id' on <fo:%s>",
			    fo_name(n->type));
		if (p->internal_destination &&
		    fo_lookup(d, p->internal_destination) == NULL)
			err(b, n->line,
			    "unknown internal-destination '%s' in <fo:%s>",
			    p->internal_destination, fo_name(n->type));
		if (n->type == FO_BASIC_LINK && !p->internal_destination &&
		    !p->external_destination)
			err(b, n->line,
			    "<fo:basic-link> needs 'internal-destination' or "
			    "'external-destination'");
		if (n->type == FO_BOOKMARK && !p->internal_destination &&
		    !p->external_destination)
			err(b, n->line,
			    "<fo:bookmark> needs 'internal-destination' or "
			    "'external-destination'");
		if (n->type == FO_BOOKMARK &&
		    (n->first == NULL || n->first->type != FO_BOOKMARK_TITLE))
			err(b, n->line,
			    "<fo:bookmark> needs <fo:bookmark-title> first");
		if (n->type == FO_SIMPLE_PAGE_MASTER) {
			const struct fo_node *rb = child(n, FO_REGION_BODY);
			double bw = p->page_width - p->margin[FO_LEFT] -
			    p->margin[FO_RIGHT];
			double bh = p->page_height - p->margin[FO_TOP] -
			    p->margin[FO_BOTTOM];

			if (p->master_name == NULL)
				err(b, n->line,
				    "<fo:simple-page-master> needs "
				    "'master-name'");
			if (rb == NULL)
				err(b, n->line,
				    "<fo:simple-page-master> needs "
				    "<fo:region-body>");
			else {
				bw -= rb->p->margin[FO_LEFT] +
				    rb->p->margin[FO_RIGHT];
				bh -= rb->p->margin[FO_TOP] +
				    rb->p->margin[FO_BOTTOM];
			}
			if (bw < 18 || bh < 18)
				err(b, n->line,
				    "region-body of page master '%s' is too "
				    "small (%.0fpt x %.0fpt)",
				    p->master_name ? p->master_name : "", bw,
				    bh);
		}
		if (n->type == FO_PAGE_SEQUENCE_MASTER &&
		    p->master_name == NULL)
			err(b, n->line,
			    "<fo:page-sequence-master> needs 'master-name'");
		if ((n->type == FO_PAGE_SEQUENCE ||
		        n->type == FO_CONDITIONAL_PAGE_MASTER_REFERENCE) &&
		    lms) {
			if (p->master_reference == NULL)
				err(b, n->line,
				    "<fo:%s> needs 'master-reference'",
				    fo_name(n->type));
			else if (!has_master(lms, p->master_reference))
				err(b, n->line,
				    "unknown master-reference '%s' in <fo:%s>",
				    p->master_reference, fo_name(n->type));
			else if (n->type ==
			    FO_CONDITIONAL_PAGE_MASTER_REFERENCE) {
				for (const struct fo_node *m = lms->first; m;
				     m = m->next)
					if (m->p->master_name &&
					    strcmp(m->p->master_name,
					        p->master_reference) == 0 &&
					    m->type != FO_SIMPLE_PAGE_MASTER)
						err(b, n->line,
						    "master-reference '%s' in "
						    "<fo:%s> must name a "
						    "simple-page-master",
						    p->master_reference,
						    fo_name(n->type));
			}
		}
		if (n->type == FO_PAGE_SEQUENCE && child(n, FO_FLOW) == NULL)
			err(b, n->line, "<fo:page-sequence> needs <fo:flow>");
		if (n->type == FO_FLOW || n->type == FO_STATIC_CONTENT) {
			const char *f = p->flow_name;

			if (f == NULL)
				err(b, n->line, "<fo:%s> needs 'flow-name'",
				    fo_name(n->type));
			else if (n->type == FO_FLOW &&
			    strcmp(f, "xsl-region-body") != 0)
				err(b, n->line,
				    "flow-name '%s' of <fo:flow> must be "
				    "'xsl-region-body'",
				    f);
		}
		if (n->type == FO_LIST_ITEM &&
		    (child(n, FO_LIST_ITEM_LABEL) == NULL ||
		        child(n, FO_LIST_ITEM_BODY) == NULL))
			err(b, n->line,
			    "<fo:list-item> needs <fo:list-item-label> and "
			    "<fo:list-item-body>");
		if (n->type == FO_TABLE_COLUMN &&
		    p->column_width.unit == FO_W_PROP && n->parent != NULL &&
		    !n->parent->p->fixed_layout)
			err(b, n->line,
			    "proportional-column-width() needs "
			    "table-layout=\"fixed\" on <fo:table> (as in FOP)");
		if (n->type == FO_CHARACTER && p->character == NULL)
			err(b, n->line, "<fo:character> needs 'character'");
	}
}

static struct fo_doc *
build_doc(xmlTextReaderPtr r, const char *file)
{
	struct builder b;
	struct fo_doc *d = xcalloc(1, sizeof *d);
	int rc;

	memset(&b, 0, sizeof b);
	b.d = d;
	b.strs = hash_new();
	b.file = d->file = intern(d, file, strlen(file));
	rc = build(&b, r);
	if (rc == 0 && b.errors == 0)
		check(&b);
	hash_free(b.strs);
	free(b.ptab);
	if (rc != 0 || b.errors > 0) {
		fo_free(d);
		return NULL;
	}
	return d;
}

struct fo_doc *
fo_build(const struct _xmlDoc *doc)
{
	xmlTextReaderPtr r = xmlReaderWalker((xmlDocPtr)doc);
	struct fo_doc *d;

	if (r == NULL) {
		msg_at(MSG_OOM, NULL, 0, 0);
		exit(MSG_EXIT_SYSTEM);
	}
	d = build_doc(r, doc->URL ? (const char *)doc->URL : "-");
	xmlFreeTextReader(r);
	return d;
}

struct fo_doc *
fo_build_file(const char *path, int *syserr)
{
	xmlTextReaderPtr r = xml_reader_open(path, syserr);
	struct fo_doc *d;

	if (r == NULL)
		return NULL;
	d = build_doc(r, path);
	xmlFreeTextReader(r);
	return d;
}

void
fo_free(struct fo_doc *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->nstrs; i++)
		free(d->strs[i]);
	free(d->strs);
	for (size_t i = 0; i < d->nchunks; i++)
		free(d->chunks[i]);
	free(d->chunks);
	free(d->nodes);
	for (size_t i = 0; i < d->nprops; i++)
		free(d->props[i]);
	free(d->props);
	free(d->ids);
	free(d);
}

void
fo_format_number(int n, const char *format, char *out, size_t size)
{
	static const char *const rl[] = {"m", "cm", "d", "cd", "c", "xc", "l",
	    "xl", "x", "ix", "v", "iv", "i"};
	static const int rv[] = {
	    1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	char buf[64];
	size_t k = 0;

	if (format == NULL || n <= 0 || format[0] == '1' || n > 100000) {
		snprintf(out, size, "%d", n);
		return;
	}
	if (format[0] == 'i' || format[0] == 'I') {
		int m = n;

		for (size_t i = 0; i < NELEM(rv) && k < sizeof buf - 3; i++)
			while (m >= rv[i] && k < sizeof buf - 3) {
				for (const char *c = rl[i]; *c; c++)
					buf[k++] = *c;
				m -= rv[i];
			}
	} else {
		int m = n;
		char tmp[16];
		size_t t = 0;

		while (m > 0 && t < sizeof tmp) {
			m--;
			tmp[t++] = (char)('a' + m % 26);
			m /= 26;
		}
		while (t > 0)
			buf[k++] = tmp[--t];
	}
	buf[k] = '\0';
	if (format[0] == 'I' || format[0] == 'A')
		for (size_t i = 0; i < k; i++)
			buf[i] = (char)toupper((unsigned char)buf[i]);
	snprintf(out, size, "%s", buf);
}
