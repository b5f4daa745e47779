/*
 * icoc resolve SELECTION: write the resolved document.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "cmd.h"
#include "msg.h"
#include "res.h"
#include "util.h"

static const struct opt opts[] = {
    {"lang", 0, "nl|en", "language of the texts (default: the selection's)", 0},
    {"output", 'o', "FILE", "write to FILE instead of standard output", 0},
    {NULL, 0, NULL, NULL, 0}};

static int
run(const struct cmd_args *a)
{
	int status;
	const char *out = cmd_opt(a, "output"), *lang = cmd_opt(a, "lang");
	xmlDocPtr doc;
	struct atomic at;

	if (cmd_check_lang(lang) != 0)
		return MSG_EXIT_USAGE;
	if ((doc = res_from_file(a->argv[0], lang, &status)) == NULL)
		return status;
	/* straight into the file: no second copy of a large document */
	if (out == NULL || strcmp(out, "-") == 0)
		status =
		    xmlDocFormatDump(stdout, doc, 1) < 0 || fflush(stdout) != 0
		    ? MSG_EXIT_SYSTEM
		    : MSG_EXIT_OK;
	else if (atomic_open(&at, out) != 0)
		status = MSG_EXIT_SYSTEM;
	else if (xmlDocFormatDump(at.fp, doc, 1) < 0) {
		msg_at(MSG_WRITE, out, 0, 0, "cannot serialize");
		atomic_abort(&at);
		status = MSG_EXIT_SYSTEM;
	} else
		status =
		    atomic_commit(&at) == 0 ? MSG_EXIT_OK : MSG_EXIT_SYSTEM;
	xmlFreeDoc(doc);
	return status == MSG_EXIT_OK ? msg_status_ok() : status;
}

const struct cmd cmd_resolve = {"resolve", "SELECTION [--lang nl|en] [-o FILE]",
    "resolve a selection into the resolved document (the input of every "
    "output)",
    opts, 1, 1, run};
