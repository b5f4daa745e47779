/*
 * icoc wizard: build a selection step by step (or from answers on
 * stdin), write it atomically, and offer to compile it at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "util.h"
#include "wiz.h"

static const struct opt opts[] = {
    {"set", 0, "ID[@VERSION]", "the requirement set (default: asked)", 0},
    {"output", 'o', "FILE",
        "write the selection to FILE (default: the --resume file, else "
        "selection.xml)",
        0},
    {"resume", 0, "FILE",
        "continue from a draft or an earlier selection; its answers become the "
        "defaults",
        0},
    {"lang", 0, "nl|en", "language of the prompts (default: the set's)", 0},
    {NULL, 0, NULL, NULL, 0}};

struct ctx {
	const char *output;
};

static int
save(void *ud, const struct sel *sel, const struct set *set)
{
	const struct ctx *c = ud;

	fflush(stdout);
	if (sel_check(sel, set, sel->draft) != MSG_EXIT_OK)
		return -1;
	return sel_write(sel, c->output);
}

/* Every set on the search path that loads (or only the one asked for). */
static int
load_sets(const char *spec, struct set ***out, size_t *nout)
{
	int status = MSG_EXIT_OK;

	*out = NULL;
	*nout = 0;
	if (spec != NULL) {
		char *id = xstrdup(spec), *at = strchr(id, '@');
		struct set *s;
		if (at)
			*at++ = '\0';
		s = set_load(id, at, &status);
		free(id);
		if (s == NULL)
			return status;
		*out = xcalloc(1, sizeof **out);
		(*out)[(*nout)++] = s;
		return MSG_EXIT_OK;
	} else {
		size_t n;
		const struct path_doc *d = path_docs(&n);
		for (size_t i = 0; i < n; i++) {
			struct set *s;
			int dup = 0;
			if (d[i].kind != XML_KIND_SET)
				continue;
			for (size_t k = 0; k < *nout; k++)
				dup |= strcmp((*out)[k]->id, d[i].id) == 0 &&
				    strcmp((*out)[k]->version,
				        d[i].version ? d[i].version : "") == 0;
			if (dup ||
			    (s = set_load(d[i].id, d[i].version, &status)) ==
			        NULL)
				continue;
			*out = xrealloc(*out, (*nout + 1) * sizeof **out);
			(*out)[(*nout)++] = s;
		}
	}
	return MSG_EXIT_OK;
}

static int
run(const struct cmd_args *a)
{
	const char *lang = cmd_opt(a, "lang"), *resume = cmd_opt(a, "resume");
	const char *output = cmd_opt(a, "output");
	struct wiz_opts o;
	struct wiz_io io;
	struct ctx c;
	struct set **sets;
	struct sel *prev = NULL;
	size_t nsets;
	enum wiz_result r;
	int status;

	if (cmd_check_lang(lang) != 0)
		return MSG_EXIT_USAGE;
	if (resume != NULL && (prev = sel_load(resume, &status)) == NULL)
		return status;
	if (output == NULL)
		output = resume ? resume : "selection.xml";
	if ((resume == NULL || strcmp(resume, output) != 0) &&
	    access(output, F_OK) == 0)
		msg_level_at(MSG_WARNING, output, 0, 0,
		    "file exists and will be replaced when the wizard saves "
		    "(--resume %s continues it)",
		    output);
	if ((status = load_sets(cmd_opt(a, "set"), &sets, &nsets)) !=
	    MSG_EXIT_OK) {
		sel_free(prev);
		return status;
	}
	memset(&o, 0, sizeof o);
	o.lang = lang;
	o.set = cmd_opt(a, "set");
	if (o.set != NULL && nsets == 1)
		o.set = sets[0]->id;
	o.output = output;
	o.resume = prev;
	c.output = output;
	memset(&io, 0, sizeof io);
	wiz_tty_init(&io);
	io.save = save;
	io.ud = &c; /* the terminal callbacks keep their state to themselves */
	r = wiz_run(sets, nsets, &o, &io);
	wiz_tty_release();
	status = wiz_status(r);
	if (r == WIZ_FINISHED_COMPILE) {
		char *argv[] = {(char *)"compile", (char *)output, NULL};
		struct cmd_args ca;
		fflush(stdout);
		status = cmd_parse(&cmd_compile, 2, argv, &ca);
		if (status == 0)
			status = cmd_compile.run(&ca);
		cmd_args_release(&ca);
	}
	for (size_t i = 0; i < nsets; i++)
		set_free(sets[i]);
	free(sets);
	sel_free(prev);
	return status;
}

const struct cmd cmd_wizard = {"wizard",
    "[--set ID] [-o FILE] [--resume FILE] [--lang nl|en]",
    "build a selection for a tender, step by step (answers may come from "
    "stdin)",
    opts, 0, 0, run};
