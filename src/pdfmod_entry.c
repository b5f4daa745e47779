/*
 * The entry point of the PDF module (icoc-pdf.so): the one symbol the
 * loader in pdfmod.c looks up.  Built into the module only.
 */
#include "fo.h"
#include "pdf.h"
#include "pdfmod.h"

extern const struct pdfmod_entry pdfmod_entry;

const struct pdfmod_entry pdfmod_entry = {
    .abi = PDFMOD_ABI,
    .size = sizeof(struct pdfmod_entry),
    .fo_build = fo_build,
    .fo_build_file = fo_build_file,
    .fo_free = fo_free,
    .render = pdf_render,
    .render_buf = pdf_render_buf,
    .last_pages = pdf_last_pages,
    .warm_up = pdf_warm_up,
};
