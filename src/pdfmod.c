/*
 * Loader of the PDF module (icoc-pdf.so): one dlopen(), one checked entry
 * point, and the forwarding functions the commands call.
 */
#define _DEFAULT_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "msg.h"
#include "pdfmod.h"

/* Set by the Makefile: where `make install` puts the module. */
#ifndef ICOC_PKGLIBDIR
#define ICOC_PKGLIBDIR "/usr/local/lib/icoc"
#endif

static const struct pdfmod_entry *mod;
static int failed; /* tried, and said why it did not load */

/* Directory of the running executable into dir; -1 when unknown. */
static int
exe_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	char *slash;

	if (n <= 0)
		return -1;
	dir[n] = '\0';
	if ((slash = strrchr(dir, '/')) == NULL)
		return -1;
	*slash = '\0';
	return 0;
}

/* dlopen() path and check its entry point; NULL after printing why. */
static const struct pdfmod_entry *
open_module(const char *path)
{
	const struct pdfmod_entry *e;
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);

	if (h == NULL) {
		msg_at(MSG_PDF_MODULE, path, 0, 0, dlerror());
		return NULL;
	}
	if ((e = dlsym(h, PDFMOD_ENTRY)) == NULL) {
		msg_at(MSG_PDF_MODULE, path, 0, 0, dlerror());
		dlclose(h);
		return NULL;
	}
	if (e->abi != PDFMOD_ABI || e->size != sizeof *e) {
		msg_at(MSG_PDF_MODULE_ABI, path, 0, 0, e->abi, PDFMOD_ABI);
		dlclose(h);
		return NULL;
	}
	/* never dlclose()d: pango and fontconfig keep state until exit */
	return e;
}

int
pdfmod_load(void)
{
	char dir[PATH_MAX], paths[3][PATH_MAX + 32];
	size_t n = 0, i;

	if (mod != NULL)
		return 0;
	if (failed)
		return -1;
	failed = 1;
	if (exe_dir(dir, sizeof dir) == 0) {
		char *slash;
		snprintf(
		    paths[n++], sizeof paths[0], "%s/%s", dir, PDFMOD_FILE);
		/* installed: PREFIX/bin/icoc, PREFIX/lib/icoc/icoc-pdf.so */
		if ((slash = strrchr(dir, '/')) != NULL) {
			*slash = '\0';
			snprintf(paths[n++], sizeof paths[0], "%s/lib/icoc/%s",
			    dir, PDFMOD_FILE);
		}
	}
	snprintf(
	    paths[n], sizeof paths[0], "%s/%s", ICOC_PKGLIBDIR, PDFMOD_FILE);
	if (n == 0 || strcmp(paths[n], paths[n - 1]) != 0)
		n++;
	/* the first that exists, loaded or not: never a fallback past a bad one */
	for (i = 0; i < n; i++)
		if (access(paths[i], F_OK) == 0)
			break;
	if (i == n) {
		/* dlopen() names the reason for the first place looked */
		open_module(paths[0]);
		for (i = 1; i < n; i++)
			msg_at(MSG_PDF_MODULE_ALSO, paths[i], 0, 0);
		return -1;
	}
	if ((mod = open_module(paths[i])) == NULL)
		return -1;
	failed = 0;
	return 0;
}

struct fo_doc *
pdfmod_fo_build(const struct _xmlDoc *doc)
{
	return pdfmod_load() == 0 ? mod->fo_build(doc) : NULL;
}

struct fo_doc *
pdfmod_fo_build_file(const char *path, int *syserr)
{
	if (pdfmod_load() != 0) {
		*syserr = 1;
		return NULL;
	}
	return mod->fo_build_file(path, syserr);
}

void
pdfmod_fo_free(struct fo_doc *d)
{
	if (d != NULL && mod != NULL)
		mod->fo_free(d);
}

int
pdfmod_render(
    const struct fo_doc *d, const char *out_path, const struct pdf_meta *meta)
{
	if (pdfmod_load() != 0)
		return MSG_EXIT_SYSTEM;
	return mod->render(d, out_path, meta);
}

int
pdfmod_render_buf(
    struct _xmlDoc *fo, const struct pdf_meta *meta, struct buf *out)
{
	if (pdfmod_load() != 0) {
		xmlFreeDoc(fo); /* consumed, as by pdf_render_buf() */
		return MSG_EXIT_SYSTEM;
	}
	return mod->render_buf(fo, meta, out);
}

int
pdfmod_last_pages(void)
{
	return mod != NULL ? mod->last_pages() : 0;
}

void
pdfmod_warm_up(void)
{
	if (pdfmod_load() == 0)
		mod->warm_up();
}
