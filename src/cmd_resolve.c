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
	{NULL, 0, NULL, NULL, 0}
};

static int
run(const struct cmd_args *a)
{
	int status;
	const char *out = cmd_opt(a, "output"), *lang = cmd_opt(a, "lang");
	xmlDocPtr doc;
	xmlChar *mem;
	int len;

	if (lang != NULL && strcmp(lang, "nl") != 0 && strcmp(lang, "en") != 0) {
		msg_opt(MSG_USAGE, "lang", "expected 'nl' or 'en'");
		return MSG_EXIT_USAGE;
	}
	if ((doc = res_from_file(a->argv[0], lang, &status)) == NULL)
		return status;
	xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
	xmlFreeDoc(doc);
	if (out == NULL || strcmp(out, "-") == 0) {
		status = fwrite(mem, 1, (size_t)len, stdout) == (size_t)len
		    ? MSG_EXIT_OK : MSG_EXIT_SYSTEM;
	} else
		status = write_file_atomic(out, (const char *)mem, (size_t)len) == 0
		    ? MSG_EXIT_OK : MSG_EXIT_SYSTEM;
	xmlFree(mem);
	return status == MSG_EXIT_OK ? msg_status_ok() : status;
}

const struct cmd cmd_resolve = {
	"resolve", "SELECTION [--lang nl|en] [-o FILE]",
	"resolve a selection into the resolved document (the input of every output)",
	opts, 1, 1, run
};
