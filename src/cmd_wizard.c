/*
 * icoc wizard: build a selection interactively (or from answers on stdin).
 */
#include "cmd.h"
#include "msg.h"

static const struct opt opts[] = {
	{"set", 0, "ID", "the requirement set (default: asked)", 0},
	{"output", 'o', "FILE", "write the selection to FILE (default: selection.xml)", 0},
	{"resume", 0, "FILE", "continue from a draft or an earlier selection", 0},
	{"lang", 0, "nl|en", "language of the prompts (default: the set's)", 0},
	{NULL, 0, NULL, NULL, 0}
};

static int
run(const struct cmd_args *a)
{
	(void)a;
	msg_at(MSG_GENERIC_ERROR, NULL, 0, 0, "wizard: not yet implemented");
	return MSG_EXIT_SYSTEM;
}

const struct cmd cmd_wizard = {
	"wizard", "[--set ID] [-o FILE] [--resume FILE] [--lang nl|en]",
	"build a selection for a tender, step by step",
	opts, 0, 0, run
};
