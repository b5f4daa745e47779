/*
 * The PDF module, for the commands that build tender-FO trees or write PDF
 * (validate on FO files, compile, check, fo2pdf).
 *
 * The formatter and the PDF writer (fo.c, fo_layout.c, pdf.c, hyph.c) need
 * pango, cairo, fontconfig, harfbuzz, glib and libhyphen: some 4 MB of
 * shared libraries that every other command would load for nothing.  So
 * they live in a module, icoc-pdf.so, that this loader dlopen()s on first
 * use.  It is looked for beside the running executable (the build tree),
 * then in ../lib/icoc from the executable's directory and in the
 * directory the build was configured with (PREFIX/lib/icoc): never
 * anywhere an environment variable names.  The module calls back into the
 * executable (msg_*, xml_*, the xmalloc family), which exports its
 * symbols for it, so both share one error state.
 *
 * The pdfmod_ functions forward to the module's fo_ and pdf_ functions of
 * the same meaning (fo.h, pdf.h).  They have names of their own because
 * the module would bind to an executable's symbol of the same name.
 */
#ifndef ICOC_PDFMOD_H
#define ICOC_PDFMOD_H

#include <stddef.h>

struct _xmlDoc;
struct buf;
struct fo_doc;
struct pdf_meta;

/* File name of the module. */
#define PDFMOD_FILE "icoc-pdf.so"

/*
 * Bump when struct pdfmod_entry, struct pdf_meta, the fo_ tree of fo.h,
 * or any executable function the module calls changes its meaning or
 * layout: a module of another build is then refused instead of crashing.
 */
#define PDFMOD_ABI 2

/* The module's one entry point, the data symbol PDFMOD_ENTRY. */
struct pdfmod_entry {
	int abi;     /* PDFMOD_ABI the module was built with */
	size_t size; /* sizeof(struct pdfmod_entry) there */
	struct fo_doc *(*fo_build)(const struct _xmlDoc *doc);
	struct fo_doc *(*fo_build_file)(const char *path, int *syserr);
	void (*fo_free)(struct fo_doc *d);
	int (*render)(const struct fo_doc *d, const char *out_path,
	    const struct pdf_meta *meta);
	int (*render_buf)(
	    struct _xmlDoc *fo, const struct pdf_meta *meta, struct buf *out);
	int (*last_pages)(void);
	void (*warm_up)(void);
};
#define PDFMOD_ENTRY "pdfmod_entry"

/*
 * Load the module unless it is loaded.  Returns 0, or -1 after printing
 * why it cannot be loaded (the caller exits with MSG_EXIT_SYSTEM before
 * writing anything; later calls return -1 without a second message).
 * Call it from the main thread before any thread uses the module; the
 * wrappers below call it too, so commands call it first only to fail
 * before they have done any work.
 */
int pdfmod_load(void);

/* fo_build(); NULL also when the module cannot be loaded (pdfmod_load first). */
struct fo_doc *pdfmod_fo_build(const struct _xmlDoc *doc);
/* fo_build_file(); *syserr is set when the module cannot be loaded. */
struct fo_doc *pdfmod_fo_build_file(const char *path, int *syserr);
void pdfmod_fo_free(struct fo_doc *d);

/* pdf_render() and pdf_render_buf(); MSG_EXIT_SYSTEM without the module. */
int pdfmod_render(
    const struct fo_doc *d, const char *out_path, const struct pdf_meta *meta);
int pdfmod_render_buf(
    struct _xmlDoc *fo, const struct pdf_meta *meta, struct buf *out);
/* pdf_last_pages(); 0 without the module. */
int pdfmod_last_pages(void);
/* pdf_warm_up(); nothing without the module. */
void pdfmod_warm_up(void);

#endif
