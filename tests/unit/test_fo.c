#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <cairo.h>
#include <libxml/parser.h>
#include <pango/pangocairo.h>

#include "fo.h"
#include "fo_int.h"
#include "hyph.h"
#include "msg.h"
#include "pdf.h"
#include "util.h"

#define HEAD                                                                   \
	"<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format' "               \
	"font-size='10pt'>"                                                    \
	"<fo:layout-master-set><fo:simple-page-master master-name='A' "        \
	"page-width='200pt' page-height='200pt' "                              \
	"margin='10pt'><fo:region-body/>"                                      \
	"</fo:simple-page-master></fo:layout-master-set>"                      \
	"<fo:page-sequence master-reference='A'><fo:flow "                     \
	"flow-name='xsl-region-body'>"
#define TAIL "</fo:flow></fo:page-sequence></fo:root>"

static char errs[4096];

/* Build a tree from FO text; diagnostics go to errs. */
static struct fo_doc *
build(const char *fo)
{
	xmlDocPtr doc = xmlReadMemory(fo, (int)strlen(fo), "t.fo", NULL, 0);
	FILE *fp = tmpfile();
	struct fo_doc *d;
	size_t n;

	assert_non_null(doc);
	msg_set_stream(fp);
	d = fo_build(doc);
	msg_set_stream(NULL);
	rewind(fp);
	n = fread(errs, 1, sizeof errs - 1, fp);
	errs[n] = '\0';
	fclose(fp);
	xmlFreeDoc(doc);
	return d;
}

static const struct fo_node *
find(const struct fo_doc *d, const char *id)
{
	const struct fo_node *n = fo_lookup(d, id);

	assert_non_null(n);
	return n;
}

/* The laid-out paragraph of the block with id (the last one in it). */
static const struct fo_para *
para_of(const struct fo_result *r, const struct fo_doc *d, const char *id)
{
	const struct fo_para *pa = NULL;

	for (size_t i = 0; i < r->nparas; i++)
		if (r->paras[i]->block == find(d, id))
			pa = r->paras[i];
	assert_non_null(pa);
	return pa;
}

static void
test_lengths(void **state)
{
	double pt;

	(void)state;
	assert_int_equal(fo_length("12pt", 10, &pt), 0);
	assert_true(pt == 12);
	assert_int_equal(fo_length("1in", 10, &pt), 0);
	assert_true(pt == 72);
	assert_int_equal(fo_length("25.4mm", 10, &pt), 0);
	assert_true(pt > 71.999 && pt < 72.001);
	assert_int_equal(fo_length("2.54cm", 10, &pt), 0);
	assert_true(pt > 71.999 && pt < 72.001);
	assert_int_equal(fo_length("1.5em", 10, &pt), 0);
	assert_true(pt == 15);
	assert_int_equal(fo_length("2pc", 10, &pt), 0);
	assert_true(pt == 24);
	assert_int_equal(fo_length("3px", 10, &pt), 0);
	assert_true(pt == 3);
	assert_int_equal(fo_length("0", 10, &pt), 0);
	assert_true(pt == 0);
	assert_int_equal(fo_length("-4pt", 10, &pt), 0);
	assert_true(pt == -4);
	assert_int_equal(fo_length("12ft", 10, &pt), -1);
	assert_int_equal(fo_length("12", 10, &pt), -1);
	assert_int_equal(fo_length("50%", 10, &pt), -1);
	assert_int_equal(fo_length("", 10, &pt), -1);
	assert_int_equal(fo_length("pt", 10, &pt), -1);
	assert_int_equal(fo_length("1e999pt", 10, &pt), -1);
}

static void
test_numbers(void **state)
{
	char b[32];

	(void)state;
	fo_format_number(4, "i", b, sizeof b);
	assert_string_equal(b, "iv");
	fo_format_number(1999, "I", b, sizeof b);
	assert_string_equal(b, "MCMXCIX");
	fo_format_number(28, "a", b, sizeof b);
	assert_string_equal(b, "ab");
	fo_format_number(3, "A", b, sizeof b);
	assert_string_equal(b, "C");
	fo_format_number(12, "1", b, sizeof b);
	assert_string_equal(b, "12");
}

static void
test_inheritance(void **state)
{
	struct fo_doc *d = build(HEAD
	    "<fo:block id='outer' font-size='150%' font-weight='bold' "
	    "color='#336699' "
	    "margin-left='10pt' padding-left='2pt' border-left='1pt solid red' "
	    "line-height='1.5' xml:lang='nl' hyphenate='true'>"
	    "<fo:block id='inner' space-before='1em' font-style='italic'>x"
	    "<fo:inline id='in' font-size='0.5em' "
	    "font-weight='normal'>y</fo:inline></fo:block>"
	    "</fo:block>" TAIL);
	const struct fo_props *o, *i, *in;

	(void)state;
	assert_non_null(d);
	o = find(d, "outer")->p;
	i = find(d, "inner")->p;
	in = find(d, "in")->p;
	assert_true(o->font_size == 15);
	assert_true(i->font_size == 15);
	assert_true(in->font_size == 7.5);
	assert_int_equal(o->font_weight, 700);
	assert_int_equal(i->font_weight, 700);
	assert_int_equal(in->font_weight, 400);
	assert_int_equal(i->italic, 1);
	assert_int_equal(i->color, 0x336699);
	assert_true(i->space_before == 15); /* em of its own font size */
	assert_true(o->start_indent == 13); /* margin + border + padding */
	assert_true(i->start_indent == 13); /* inherited */
	assert_true(o->border[FO_LEFT].width == 1);
	assert_int_equal(o->border[FO_LEFT].color, 0xFF0000);
	assert_true(o->border[FO_TOP].width == 0);
	assert_true(i->border[FO_LEFT].width == 0); /* not inherited */
	assert_int_equal(in->lh_factor, 1);
	assert_true(in->line_height == 1.5);
	assert_string_equal(in->lang, "nl");
	assert_int_equal(in->hyphenate, 1);
	fo_free(d);
}

static void
test_lists_and_tables(void **state)
{
	struct fo_doc *d = build(
	    HEAD "<fo:list-block start-indent='5pt' "
	         "provisional-distance-between-starts='20pt' "
	         "provisional-label-separation='4pt'><fo:list-item>"
	         "<fo:list-item-label end-indent='label-end()'><fo:block "
	         "id='lbl'>1</fo:block></fo:list-item-label>"
	         "<fo:list-item-body start-indent='body-start()'><fo:block "
	         "id='body'>x</fo:block></fo:list-item-body>"
	         "</fo:list-item></fo:list-block>"
	         "<fo:table start-indent='30pt' "
	         "table-layout='fixed'><fo:table-column "
	         "column-width='proportional-column-width(2)'/>"
	         "<fo:table-column column-width='25%' "
	         "number-columns-repeated='2'/><fo:table-body><fo:table-row>"
	         "<fo:table-cell number-columns-spanned='2'><fo:block "
	         "id='cell'>c</fo:block></fo:table-cell>"
	         "</fo:table-row></fo:table-body></fo:table>" TAIL);
	const struct fo_props *p;

	(void)state;
	assert_non_null(d);
	p = find(d, "body")->p;
	assert_true(p->start_indent == 25);
	p = find(d, "lbl")->p;
	assert_int_equal(p->end_is_label_end, 1);
	assert_true(p->end_indent == 21); /* start + distance - separation */
	p = find(d, "cell")->p;
	assert_true(p->start_indent == 0); /* cells restart indents */
	fo_free(d);
}

static void
test_errors(void **state)
{
	static const struct {
		const char *body, *msg;
	} cases[] = {
	    {"<fo:block font-variant='small-caps'>x</fo:block>",
	        "t.fo:1: error: unknown property 'font-variant' on <fo:block>"},
	    {"<fo:float/>",
	        "t.fo:1: error: unknown element <fo:float> (outside "
	        "tender-FO)"},
	    {"<fo:block space-after='3furlong'/>",
	        "error: bad value '3furlong' for property 'space-after' on "
	        "<fo:block>"},
	    {"<fo:block color='bleu'/>",
	        "bad value 'bleu' for property 'color'"},
	    {"<fo:block keep-together.within-line='always'/>",
	        "unknown property 'keep-together.within-line'"},
	    {"<fo:block linefeed-treatment='preserve'/>",
	        "property 'linefeed-treatment' on <fo:block> supports only its "
	        "default value"},
	    {"<fo:block><fo:page-number-citation ref-id='x'/></fo:block>",
	        "unknown ref-id 'x' in <fo:page-number-citation>"},
	    {"<fo:block><fo:basic-link>x</fo:basic-link></fo:block>",
	        "<fo:basic-link> needs 'internal-destination' or "
	        "'external-destination'"},
	    {"<fo:inline>x</fo:inline>",
	        "<fo:inline> is not allowed in <fo:flow>"},
	    {"text", "text is not allowed in <fo:flow>"},
	    {"<fo:table><fo:table-body><fo:table-row><fo:table-cell "
	     "number-rows-spanned='2'>"
	     "<fo:block/></fo:table-cell></fo:table-row></fo:table-body></"
	     "fo:table>",
	        "number-rows-spanned='2' on <fo:table-cell> is not supported"},
	    {"<fo:block border='1pt dotted red'/>", "border style 'dotted'"},
	    {"<fo:block width='-5pt'/>",
	        "bad value '-5pt' for property 'width'"},
	    {"<fo:block><x:y xmlns:x='urn:x'/></fo:block>",
	        "element <y> is not XSL-FO"},
	};
	char buf[2048];

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct fo_doc *d;

		snprintf(buf, sizeof buf, "%s%s%s", HEAD, cases[i].body, TAIL);
		d = build(buf);
		if (d != NULL || strstr(errs, cases[i].msg) == NULL)
			fail_msg("case %zu: got '%s', want '%s'", i, errs,
			    cases[i].msg);
	}
}

static PangoContext *
context(PangoFontMap **fm)
{
	PangoContext *ctx;
	cairo_font_options_t *o = cairo_font_options_create();

	*fm = pango_cairo_font_map_new();
	pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(*fm), 72);
	ctx = pango_font_map_create_context(*fm);
	cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(ctx, o);
	cairo_font_options_destroy(o);
	return ctx;
}

/* The text of the first paragraph laid out for the block with this id. */
static const char *
para_text(const struct fo_result *r, const struct fo_doc *d, const char *id)
{
	const struct fo_node *n = find(d, id);

	for (size_t i = 0; i < r->nparas; i++)
		if (r->paras[i]->block == n)
			return r->paras[i]->text;
	return NULL;
}

static void
test_pagination(void **state)
{
	struct fo_doc *d = build(
	    HEAD "<fo:block id='toc'>see <fo:page-number-citation ref-id='c'/>"
	         " to <fo:page-number-citation-last ref-id='c'/></fo:block>"
	         "<fo:block break-before='page'>two</fo:block>"
	         "<fo:block id='c' break-before='page'>"
	         "<fo:block space-after='100pt'>a</fo:block><fo:block "
	         "space-after='100pt'>b</fo:block>"
	         "<fo:block>c</fo:block></fo:block>" TAIL);
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;

	(void)state;
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	assert_int_equal(r->npages, 4);
	assert_int_equal(r->first_page[find(d, "c")->serial], 3);
	assert_int_equal(r->last_page[find(d, "c")->serial], 4);
	assert_string_equal(para_text(r, d, "toc"), "see 3 to 4");
	assert_true(r->passes >= 2);
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

static void
test_keeps(void **state)
{
	/* 10pt lines, 12pt apart; a 180pt body holds 15 of them */
	char buf[8192];
	size_t n = 0;
	struct fo_doc *d;
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;

	(void)state;
	n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", HEAD);
	for (int i = 0; i < 14; i++)
		n += (size_t)snprintf(
		    buf + n, sizeof buf - n, "<fo:block>line %d</fo:block>", i);
	n += (size_t)snprintf(buf + n, sizeof buf - n,
	    "<fo:block id='h' keep-with-next='always'>"
	    "heading</fo:block><fo:block id='p'>para</fo:block>%s",
	    TAIL);
	d = build(buf);
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	/* the heading would fit on page 1, but goes with its paragraph */
	assert_int_equal(r->first_page[find(d, "h")->serial], 2);
	assert_int_equal(r->first_page[find(d, "p")->serial], 2);
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

static void
test_hyphenation(void **state)
{
	struct fo_doc *d = build(HEAD
	    "<fo:block id='h' xml:lang='nl' hyphenate='true' "
	    "width='90pt'>De aanbestedingsdocumenten en de beveiligingseisen "
	    "voor de leverancier.</fo:block>" TAIL);
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;
	const struct fo_para *pa = NULL;
	const char *text;
	int shy = 0;

	(void)state;
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	pa = para_of(r, d, "h");
	text = pa->text;
	/* soft hyphens remain only where a line broke */
	for (int k = 0; k < pa->nlines; k++) {
		const struct fo_line *l = &pa->lines[k];

		for (int i = l->start; i + 1 < l->start + l->length; i++)
			if ((unsigned char)text[i] == 0xC2 &&
			    (unsigned char)text[i + 1] == 0xAD) {
				assert_int_equal(i + 2, l->start + l->length);
				shy++;
			}
	}
	assert_true(shy > 0);
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

static void
test_render(void **state)
{
	struct fo_doc *d = build(HEAD "<fo:block>Hallo <fo:basic-link "
	                              "external-destination=\"url('https://"
	                              "example.org/')\">wereld</fo:basic-link>"
	                              "</fo:block>" TAIL);
	char path[] = "/tmp/test_fo_XXXXXX";
	int fd = mkstemp(path);
	struct pdf_meta meta = {"T", NULL, NULL, NULL, "test", NULL};
	FILE *fp;

	(void)state;
	assert_non_null(d);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pdf_render(d, path, &meta), MSG_EXIT_OK);
	assert_int_equal(pdf_last_pages(), 1);
	assert_int_equal(access(path, R_OK), 0);
	unlink(path);
	/* an unwritable target: a system error, nothing left behind */
	msg_set_stream(fp = tmpfile());
	assert_int_equal(
	    pdf_render(d, "/nonexistent/dir/x.pdf", &meta), MSG_EXIT_SYSTEM);
	msg_set_stream(NULL);
	fclose(fp);
	fo_free(d);
}

/* Reading a file as a stream builds the tree that walking its document
 * builds; equal property sets are one shared copy. */
static void
test_stream_and_shared_props(void **state)
{
	const char *fo = HEAD "<fo:block id='a' font-weight='bold'>Eén "
	                      "<fo:inline font-style='italic'>twee</fo:inline>"
	                      "<![CDATA[ <drie> ]]></fo:block>"
	                      "<fo:block font-weight='bold'>vier</fo:block>"
	                      "<fo:block font-weight='bold'>vijf</fo:block>"
	                      "<!-- a comment --><fo:block/>" TAIL;
	char path[] = "/tmp/test_fo_XXXXXX";
	int fd = mkstemp(path);
	struct fo_doc *a = build(fo), *b;
	const struct fo_node *x, *y;
	int syserr = 0;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, fo, strlen(fo)), (int)strlen(fo));
	close(fd);
	b = fo_build_file(path, &syserr);
	unlink(path);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(a->nnodes, b->nnodes);
	for (unsigned i = 0; i < a->nnodes; i++) {
		x = a->nodes[i];
		y = b->nodes[i];
		assert_int_equal(x->type, y->type);
		assert_int_equal(x->line, y->line);
		assert_int_equal(x->parent ? (int)x->parent->serial : -1,
		    y->parent ? (int)y->parent->serial : -1);
		if (x->text != NULL)
			assert_string_equal(x->text, y->text);
		assert_int_equal(x->p->font_weight, y->p->font_weight);
		assert_int_equal(x->p->italic, y->p->italic);
	}
	/* the second and third block: the same values, one copy; the text
	 * of block a has a's values without its id */
	x = a->root;
	for (unsigned i = 0; i < a->nnodes; i++)
		if (a->nodes[i]->type == FO_TEXT &&
		    strcmp(a->nodes[i]->text, "vier") == 0)
			x = a->nodes[i]->parent;
	assert_int_equal(x->type, FO_BLOCK);
	assert_ptr_equal(x->p, x->next->p);
	assert_ptr_not_equal(x->p, find(a, "a")->p);
	assert_null(find(a, "a")->first->p->id);
	assert_int_equal(find(a, "a")->first->p->font_weight, 700);
	fo_free(a);
	fo_free(b);
	/* a file that cannot be read is a system error */
	msg_set_stream(tmpfile());
	assert_null(fo_build_file("/nonexistent/x.fo", &syserr));
	msg_set_stream(NULL);
	assert_int_equal(syserr, 1);
}

/* A glyph no font has (pango's unknown-glyph box) keeps its wide id. */
static void
test_wide_glyphs(void **state)
{
	struct fo_doc *d =
	    build(HEAD "<fo:block id='w'>a \xF4\x8F\xBF\xBD b</fo:block>" TAIL);
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;
	const struct fo_para *pa = NULL;
	int wide = 0;

	(void)state;
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	pa = para_of(r, d, "w");
	assert_int_equal(pa->nlines, 1);
	for (int i = 0; i < pa->nruns; i++)
		if (pa->runs[i].wg != NULL) {
			assert_null(pa->runs[i].g);
			for (int k = 0; k < pa->runs[i].nglyphs; k++)
				wide += pa->runs[i].wg[k].glyph ==
				    (PANGO_GLYPH_UNKNOWN_FLAG | 0x10FFFD);
		} else
			for (int k = 0; k < pa->runs[i].nglyphs; k++)
				assert_true(pa->runs[i].g[k].glyph < 0x8000 ||
				    pa->runs[i].g[k].glyph == FO_GLYPH_EMPTY);
	assert_int_equal(wide, 1);
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

/* Equal paragraphs are shaped once and share the glyphs; a paragraph that differs
 * only in style or in where its link goes is its own. */
static void
test_reuse(void **state)
{
	struct fo_doc *d = build(
	    HEAD "<fo:block id='a'>Gevraagd bewijs</fo:block>"
	         "<fo:block id='b'>Gevraagd bewijs</fo:block>"
	         "<fo:block id='c'><fo:inline font-weight='bold'>Gevraagd "
	         "bewijs</fo:inline></fo:block>"
	         "<fo:block id='d'><fo:basic-link internal-destination='a'>zie "
	         "a</fo:basic-link></fo:block>"
	         "<fo:block id='e'><fo:basic-link internal-destination='b'>zie "
	         "a</fo:basic-link></fo:block>" TAIL);
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;
	const struct fo_para *p[5] = {NULL};
	const char *ids = "abcde";

	(void)state;
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	for (int k = 0; k < 5; k++) {
		char id[2] = {ids[k], '\0'};

		p[k] = para_of(r, d, id);
	}
	/* a and b: b shares a's glyphs */
	assert_int_equal(p[0]->shared, 0);
	assert_int_equal(p[1]->shared, 1);
	assert_ptr_equal(p[0]->glyphs, p[1]->glyphs);
	assert_ptr_equal(p[0]->runs, p[1]->runs);
	assert_string_equal(p[1]->text, "Gevraagd bewijs");
	/* c: the same text in bold is shaped with its own font */
	assert_int_equal(p[2]->shared, 0);
	assert_string_equal(p[0]->text, p[2]->text);
	assert_ptr_not_equal(p[0]->runs[0].font, p[2]->runs[0].font);
	/* d and e: the same glyphs, each with its own destination */
	assert_int_equal(p[3]->nlinks, 1);
	assert_int_equal(p[4]->nlinks, 1);
	assert_string_equal(p[3]->links[0].dest, "a");
	assert_string_equal(p[4]->links[0].dest, "b");
	assert_ptr_equal(p[3]->glyphs, p[4]->glyphs);
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

/* Lines end in glyphs: the space a line breaks after is not kept as an
 * empty glyph (drawn, each would be an empty ActualText span). */
static void
test_line_ends(void **state)
{
	struct fo_doc *d = build(HEAD
	    "<fo:block id='p' text-align='justify'>Een alinea van een "
	    "paar regels lang, zodat de tekst op meerdere plaatsen na "
	    "een spatie breekt en de regels worden uitgevuld.</fo:block>" TAIL);
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;
	const struct fo_para *pa = NULL;

	(void)state;
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	pa = para_of(r, d, "p");
	assert_true(pa->nlines > 2);
	for (int k = 0; k < pa->nlines; k++) {
		const struct fo_line *ln = &pa->lines[k];
		const struct fo_run *last = &pa->runs[ln->run + ln->nruns - 1];

		assert_true(last->nglyphs > 0);
		assert_int_not_equal(
		    last->g[last->nglyphs - 1].glyph, FO_GLYPH_EMPTY);
		/* the run's text ends where its glyphs do */
		assert_int_not_equal(
		    pa->text[last->offset + last->length - 1], ' ');
	}
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

/* Paragraphs with leaders are reused too, but only with equal leaders. */
static void
test_reuse_leaders(void **state)
{
	struct fo_doc *d = build(
	    HEAD "<fo:block id='a'>Inhoud<fo:leader leader-length='30pt' "
	         "leader-pattern='dots'/>3</fo:block>"
	         "<fo:block id='b'>Inhoud<fo:leader leader-length='30pt' "
	         "leader-pattern='rule'/>3</fo:block>"
	         "<fo:block id='c'>Inhoud<fo:leader leader-length='60pt' "
	         "leader-pattern='dots'/>3</fo:block>"
	         "<fo:block id='d' text-align-last='justify'>Inhoud<fo:leader "
	         "leader-pattern='dots'/>3</fo:block>" TAIL);
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct fo_result *r;
	const struct fo_para *p[4] = {NULL};
	const char *ids = "abcd";

	(void)state;
	assert_non_null(d);
	r = fo_layout(d, ctx);
	assert_non_null(r);
	for (int k = 0; k < 4; k++) {
		char id[2] = {ids[k], '\0'};

		p[k] = para_of(r, d, id);
	}
	/* a and b differ only in how the leader is drawn: shared, each with
	 * its own leader node */
	assert_int_equal(p[1]->shared, 1);
	assert_ptr_equal(p[0]->runs, p[1]->runs);
	assert_ptr_not_equal(p[0]->leaders[0].node, p[1]->leaders[0].node);
	/* c: a longer leader, d: one that fills the line */
	assert_int_equal(p[2]->shared, 0);
	assert_int_equal(p[3]->shared, 0);
	assert_true(p[2]->lines[0].w > p[0]->lines[0].w + 25);
	assert_true(p[3]->lines[0].w > p[2]->lines[0].w);
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

struct sunk {
	struct fo_page pages[64]; /* copies: the result's array moves */
	size_t n;
	int restarts, done;
};

static void
sunk_page(void *ud, const struct fo_page *pg)
{
	struct sunk *s = ud;

	assert_false(s->done);
	assert_true(s->n < 64);
	s->pages[s->n++] = *pg;
}

static void
sunk_restart(void *ud)
{
	struct sunk *s = ud;

	s->n = 0;
	s->restarts++;
}

static void
sunk_done(void *ud)
{
	((struct sunk *)ud)->done = 1;
}

/* The pages handed to a sink while the layout goes on are, at the end,
 * the result's; a pass that is not the last takes its pages back. */
static void
test_sink(void **state)
{
	struct buf fo = BUF_INIT;
	struct fo_doc *d;
	PangoFontMap *fm;
	PangoContext *ctx = context(&fm);
	struct sunk s;
	struct fo_sink sink = {sunk_page, sunk_restart, sunk_done, &s};
	struct fo_result *r;

	(void)state;
	/* "0" in the first pass, "11" in the second: its longer first
	 * paragraph moves the target, so a third pass follows */
	buf_puts(&fo, HEAD "<fo:block>Zie");
	for (int i = 0; i < 40; i++)
		buf_puts(&fo, " <fo:page-number-citation ref-id='z'/>");
	buf_puts(&fo, ".</fo:block>");
	for (int i = 0; i < 146; i++)
		buf_printf(&fo, "<fo:block>Regel %d.</fo:block>", i);
	buf_puts(&fo, "<fo:block id='z'>Doel.</fo:block>" TAIL);
	d = build(fo.s);
	buf_release(&fo);
	assert_non_null(d);
	memset(&s, 0, sizeof s);
	r = fo_layout_to(d, ctx, &sink);
	assert_non_null(r);
	assert_int_equal(r->passes, 3);
	assert_int_equal(s.restarts, 1);
	assert_true(s.done);
	assert_int_equal(s.n, r->npages);
	for (size_t i = 0; i < r->npages; i++) {
		assert_ptr_equal(s.pages[i].ops, r->pages[i].ops);
		assert_int_equal(s.pages[i].nops, r->pages[i].nops);
		assert_string_equal(s.pages[i].label, r->pages[i].label);
	}
	fo_result_free(r);
	fo_free(d);
	g_object_unref(ctx);
	g_object_unref(fm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lengths),
	    cmocka_unit_test(test_numbers),
	    cmocka_unit_test(test_inheritance),
	    cmocka_unit_test(test_lists_and_tables),
	    cmocka_unit_test(test_errors),
	    cmocka_unit_test(test_pagination),
	    cmocka_unit_test(test_keeps),
	    cmocka_unit_test(test_hyphenation),
	    cmocka_unit_test(test_render),
	    cmocka_unit_test(test_stream_and_shared_props),
	    cmocka_unit_test(test_wide_glyphs),
	    cmocka_unit_test(test_reuse),
	    cmocka_unit_test(test_reuse_leaders),
	    cmocka_unit_test(test_line_ends),
	    cmocka_unit_test(test_sink),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	hyph_cleanup();
	xmlCleanupParser();
	return rc;
}
