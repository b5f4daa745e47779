/*
 * icoc diff OLD NEW: what changed between two versions of a set.
 */
#include "cmd.h"
#include "msg.h"

static const struct opt opts[] = {
    {"output", 'o', "DIR", "write into DIR", 0}, {NULL, 0, NULL, NULL, 0}};

static int
run(const struct cmd_args *a)
{
	(void)a;
	msg_at(MSG_GENERIC_ERROR, NULL, 0, 0, "diff: not implemented yet");
	return MSG_EXIT_SYSTEM;
}

const struct cmd cmd_diff = {"diff", "OLD NEW [-o DIR]",
    "compare two versions of a set", opts, 2, 2, run};
