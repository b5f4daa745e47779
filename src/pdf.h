/*
 * The PDF writer, for the commands that produce PDF (fo2pdf, compile).
 *
 * Renders a tender-FO document with cairo and pango: fonts through
 * fontconfig, embedded as subsets; tagged PDF; outline from
 * fo:bookmark-tree; links; Info metadata.  Output is written atomically:
 * on any error no file is left at the target path.  Same input, same
 * metadata: byte-identical output.
 */
#ifndef ICOC_PDF_H
#define ICOC_PDF_H

struct _xmlDoc;
struct fo_doc;
struct buf;

/* Info dictionary entries; every field may be NULL. */
struct pdf_meta {
	const char *title; /* NULL: dc:title from fo:declarations, if any */
	const char *author;
	const char *subject;
	const char *keywords;
	const char *creator;
	/*
	 * Creation date, ISO 8601 ("2026-01-31T12:00:00Z").  Used when
	 * SOURCE_DATE_EPOCH is not set; NULL means a fixed date
	 * (2000-01-01T00:00:00Z), so output never depends on the clock.
	 */
	const char *date;
};

/*
 * Render the XSL-FO document fo (parsed by xml_load) to out_path.
 * Returns MSG_EXIT_OK, MSG_EXIT_INVALID (the FO is outside the subset;
 * errors printed with file and line) or MSG_EXIT_SYSTEM.
 */
int pdf_render_fo(
    struct _xmlDoc *fo, const char *out_path, const struct pdf_meta *meta);

/*
 * The same, with the PDF returned in out instead of a file (through a
 * temporary file).  Consumes fo: it is freed as soon as the FO tree is
 * built, before layout, so large documents do not hold both.
 * Returns MSG_EXIT_OK, MSG_EXIT_INVALID or MSG_EXIT_SYSTEM.
 */
int pdf_render_buf(
    struct _xmlDoc *fo, const struct pdf_meta *meta, struct buf *out);

/* The same for a tree already built with fo_build(). */
int pdf_render(
    const struct fo_doc *d, const char *out_path, const struct pdf_meta *meta);

/*
 * Start loading the fonts' configuration (fontconfig's files and caches,
 * a pango font map) on a thread of its own; the next pdf_render() takes
 * it over.  For callers that read or make the FO first, which leaves a
 * processor idle meanwhile.  Optional: rendering loads it otherwise.
 */
void pdf_warm_up(void);

/* Number of pages the last successful pdf_render() wrote (for tests). */
int pdf_last_pages(void);

#endif
