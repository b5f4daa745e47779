/*
 * icoc check RESPONSE: a supplier's response checked against a tender
 * (a selection) or a whole set.
 */
#include <stdio.h>

#include "cmd.h"
#include "msg.h"

static const struct opt opts[] = {
	{"selection", 0, "FILE", "check against the tender of this selection", 0},
	{"set", 0, "ID[@VERSION]", "check against a whole set (ahead of any tender)", 0},
	{"segment", 0, "S", "with --set: a segment (repeatable)", 1},
	{"level", 0, "L", "with --set: the level", 0},
	{"output", 'o', "DIR", "write into DIR (default: out/<tender reference or \"check\">)", 0},
	{"format", 'f', "LIST", "comma-separated formats: html,csv,xml (default: all)", 0},
	{"lang", 0, "nl|en", "language of the report (default: the selection's)", 0},
	{NULL, 0, NULL, NULL, 0}
};

static int
run(const struct cmd_args *a)
{
	(void)a;
	msg_at(MSG_GENERIC_ERROR, NULL, 0, 0, "check: not implemented yet");
	return MSG_EXIT_SYSTEM;
}

const struct cmd cmd_check = {
	"check",
	"RESPONSE (--selection FILE | --set ID[@VERSION] [--segment S]... [--level L]) [-o DIR] [--format html,csv,xml] [--lang nl|en]",
	"check a supplier's response against a tender or a set",
	opts, 1, 1, run
};
