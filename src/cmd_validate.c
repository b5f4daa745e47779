/*
 * icoc validate FILE...: schema and semantic checks of any icoc document.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cat.h"
#include "cmd.h"
#include "fo.h"
#include "load.h"
#include "msg.h"
#include "pdfmod.h"
#include "sel.h"
#include "set.h"
#include "util.h"
#include "xml.h"

static const struct opt opts[] = {{NULL, 0, NULL, NULL, 0}};

static int
validate_one(const char *file)
{
	int sys = 0, status = MSG_EXIT_OK;
	xmlDocPtr doc;

	/* Only the root element decides which loader checks the file; the
	 * loader parses it in full (and says what is wrong with it). */
	switch (xml_peek_kind(file)) {
	case XML_KIND_CATALOGUE: {
		struct cat *c = cat_load_file(file, &sys);
		if (c == NULL)
			return sys ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
		cat_free(c);
		return MSG_EXIT_OK;
	}
	case XML_KIND_CROSSWALK:
		return cat_check_crosswalk(file);
	case XML_KIND_SET: {
		struct set *s = set_load_file(file, &status);
		set_free(s);
		return status;
	}
	case XML_KIND_SELECTION:
		return sel_check_file(file);
	case XML_KIND_FO: {
		/* tender-FO: the formatter's own check of the subset */
		struct fo_doc *fo;
		if (pdfmod_load() != 0)
			return MSG_EXIT_SYSTEM;
		if ((doc = xml_load(file, &sys)) == NULL)
			return sys ? MSG_EXIT_SYSTEM : MSG_EXIT_INVALID;
		fo = pdfmod_fo_build(doc);
		xmlFreeDoc(doc);
		if (fo == NULL)
			return MSG_EXIT_INVALID;
		pdfmod_fo_free(fo);
		return MSG_EXIT_OK;
	}
	case XML_KIND_UNKNOWN:
	case XML_KIND_RESPONSE:
	case XML_KIND_RESOLVED:
	case XML_KIND_REPORT:
	case XML_KIND_DIFF:
	case XML_KIND__COUNT:
		break;
	}
	doc = load_doc(file, XML_KIND_UNKNOWN, &status);
	xmlFreeDoc(doc);
	return status;
}

static int
run(const struct cmd_args *a)
{
	int worst = MSG_EXIT_OK;

	for (int i = 0; i < a->argc; i++) {
		int rc = validate_one(a->argv[i]);
		if (rc == MSG_EXIT_SYSTEM ||
		    (rc > worst && worst != MSG_EXIT_SYSTEM))
			worst = rc;
		if (rc == MSG_EXIT_OK && !msg_quiet)
			printf("%s: ok\n", a->argv[i]);
	}
	return worst != MSG_EXIT_OK ? worst : msg_status_ok();
}

const struct cmd cmd_validate = {"validate", "FILE...",
    "check icoc documents against their schema and semantic rules", opts, 1, -1,
    run};
