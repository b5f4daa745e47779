/*
 * icoc: the command table, global options and exit status.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "msg.h"
#include "path.h"
#include "util.h"
#include "xml.h"

#ifndef ICOC_VERSION
#define ICOC_VERSION "0.1.0"
#endif

static const struct cmd *const commands[] = {
    &cmd_validate,
    &cmd_list,
    &cmd_resolve,
    &cmd_compile,
    &cmd_check,
    &cmd_wizard,
    &cmd_diff,
    &cmd_fo2pdf,
};

static void
usage(FILE *fp)
{
	fputs(
	    "usage: icoc [-I DIR] COMMAND [OPTIONS] [ARGS]\n\n"
	    "icoc compiles cybersecurity procurement requirements (ICO sets)\n"
	    "into tender annexes and supplier checklists.\n\ncommands:\n",
	    fp);
	for (size_t i = 0; i < NELEM(commands); i++)
		fprintf(fp, "  %-10s %s\n", commands[i]->name,
		    commands[i]->summary);
	fputs("\nexit status: 0 ok, 1 negative result, 2 invalid input,\n"
	      "3 usage error, 4 system error, 130 interrupted\n\n"
	      "'icoc COMMAND --help' shows the options of a command.\n",
	    fp);
}

/* Apply the options every command shares. */
static int
apply_globals(const struct cmd_args *a)
{
	const char **dirs = cmd_optv(a, "include", NULL);
	const char *size = cmd_opt(a, "max-input-size");

	for (; *dirs != NULL; dirs++)
		path_add(*dirs);
	msg_quiet = cmd_flag(a, "quiet");
	msg_strict = cmd_flag(a, "strict");
	if (size != NULL) {
		char *end;
		unsigned long long v;

		errno = 0;
		v = strtoull(size, &end, 10);
		if (*end == 'k' || *end == 'K')
			v *= 1024, end++;
		else if (*end == 'M')
			v *= 1024 * 1024, end++;
		else if (*end == 'G')
			v *= 1024 * 1024 * 1024, end++;
		if (errno != 0 || end == size || *end != '\0' || v == 0) {
			msg_opt(MSG_USAGE, "max-input-size",
			    "expected a positive number of bytes (suffix K, M "
			    "or G allowed)");
			return MSG_EXIT_USAGE;
		}
		xml_max_bytes = (size_t)v;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	const struct cmd *c = NULL;
	struct cmd_args a;
	char **args;
	int n = 0, ci = -1, rc;

	if (argc < 2) {
		usage(stderr);
		return MSG_EXIT_USAGE;
	}
	/* Global options may precede the command: move them behind it. */
	for (int i = 1; i < argc; i++)
		if (argv[i][0] != '-') {
			ci = i;
			break;
		} else if (strcmp(argv[i], "-I") == 0 ||
		    strcmp(argv[i], "--include") == 0 ||
		    strcmp(argv[i], "--max-input-size") == 0)
			i++;
	if (ci < 0) {
		if (strcmp(argv[1], "--version") == 0) {
			printf("icoc %s\n", ICOC_VERSION);
			return MSG_EXIT_OK;
		}
		if (strcmp(argv[1], "--help") == 0 ||
		    strcmp(argv[1], "-h") == 0) {
			usage(stdout);
			return MSG_EXIT_OK;
		}
		usage(stderr);
		return MSG_EXIT_USAGE;
	}
	for (size_t i = 0; i < NELEM(commands); i++)
		if (strcmp(argv[ci], commands[i]->name) == 0)
			c = commands[i];
	if (c == NULL) {
		msg_at(MSG_UNKNOWN_COMMAND, NULL, 0, 0, argv[ci]);
		return MSG_EXIT_USAGE;
	}
	args = xcalloc((size_t)argc + 1, sizeof *args);
	args[n++] = argv[ci];
	for (int i = 1; i < argc; i++)
		if (i != ci)
			args[n++] = argv[i];

	xml_init();
	path_init(argv[0]);
	rc = cmd_parse(c, n, args, &a);
	if (rc == 0)
		rc = apply_globals(&a);
	if (rc == 0)
		rc = c->run(&a);
	else if (rc < 0)
		rc = MSG_EXIT_OK; /* --help */
	cmd_args_release(&a);
	free(args);
	path_release();
	xml_cleanup();
	return rc;
}
