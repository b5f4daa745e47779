/*
 * icoc fo2pdf: the PDF formatter on its own (tender-FO subset).
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "cmd.h"
#include "fo.h"
#include "msg.h"
#include "pdf.h"
#include "pdfmod.h"
#include "util.h"
#include "xml.h"

static const struct opt opts[] = {
    {"output", 'o', "FILE", "write the PDF to FILE (default: FILE with .pdf)",
        0},
    {NULL, 0, NULL, NULL, 0}};

/* FILE.fo -> FILE.pdf; anything else gets .pdf appended.  Caller frees. */
static char *
default_output(const char *in)
{
	size_t n = strlen(in);

	if (n > 3 && strcmp(in + n - 3, ".fo") == 0)
		return xasprintf("%.*s.pdf", (int)(n - 3), in);
	return xasprintf("%s.pdf", in);
}

static int
run(const struct cmd_args *a)
{
	const char *in = a->argv[0], *out = cmd_opt(a, "output");
	struct pdf_meta meta = {NULL, NULL, NULL, NULL, "icoc fo2pdf", NULL};
	char *path = out ? xstrdup(out) : default_output(in);
	struct fo_doc *fo;
	int syserr, rc;

	/* fonts load while the FO is read */
	pdfmod_warm_up();
	/* read as a stream: a long annex never exists as an XML tree */
	fo = pdfmod_fo_build_file(in, &syserr);
	if (fo == NULL) {
		free(path);
		return syserr ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
	}
	/* fo2pdf output must not depend on the clock: meta.date NULL is a fixed date */
	rc = pdfmod_render(fo, path, &meta);
	pdfmod_fo_free(fo);
	free(path);
	return rc == MSG_EXIT_OK ? msg_status_ok() : rc;
}

const struct cmd cmd_fo2pdf = {"fo2pdf", "FILE.fo [-o FILE.pdf]",
    "render a tender-FO file to PDF", opts, 1, 1, run};
