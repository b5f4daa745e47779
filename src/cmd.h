/*
 * Subcommands and their option tables, for main.c and the cmd_*.c files.
 *
 * A new subcommand is one cmd_NAME.c defining `const struct cmd cmd_NAME`
 * plus one row in the table of main.c.  --help for every command is
 * generated from its option table.
 */
#ifndef ICOC_CMD_H
#define ICOC_CMD_H

#include <stddef.h>

struct opt {
	const char *name; /* long name, without "--" */
	int key;          /* short letter, or 0 */
	const char *arg;  /* argument name; NULL for a flag */
	const char *help;
	int repeat; /* may be given more than once */
};

struct cmd_args;

struct cmd {
	const char *name;
	const char *synopsis;   /* after "icoc NAME " */
	const char *summary;    /* one line for "icoc --help" */
	const struct opt *opts; /* ends with a {NULL} row */
	int min_args, max_args; /* positional operands; max -1: no limit */
	int (*run)(const struct cmd_args *a);
};

/* What a command's run() receives. */
struct cmd_args {
	const struct cmd *cmd;
	int argc; /* positional operands */
	char **argv;
	const char **
	    *vals; /* per option of cmd->opts: NULL-terminated values */
	size_t *nvals;
};

/* Last value of an option, or NULL when not given. */
const char *cmd_opt(const struct cmd_args *a, const char *name);
/* All values of a repeatable option (NULL-terminated; count in *n). */
const char **cmd_optv(const struct cmd_args *a, const char *name, size_t *n);
/* Non-zero when a flag was given. */
int cmd_flag(const struct cmd_args *a, const char *name);

/* --lang: NULL, "nl" or "en"; else a usage error.  0 or MSG_EXIT_USAGE. */
int cmd_check_lang(const char *lang);

/*
 * --format: every comma-separated word one of known (also a comma list);
 * else a usage error naming them.  0 or MSG_EXIT_USAGE.
 */
int cmd_check_formats(const char *formats, const char *known);

/* Print "icoc NAME --help" text from the option table. */
void cmd_help(const struct cmd *c, void *fp);

/* Options every command accepts (data path, --quiet, --strict, …). */
extern const struct opt cmd_global_opts[];

/*
 * Parse argv for command c (argv[0] is the command name).  Returns 0 and
 * fills a on success; MSG_EXIT_USAGE after printing why; -1 when --help
 * was printed.  Free with cmd_args_release().
 */
int cmd_parse(const struct cmd *c, int argc, char **argv, struct cmd_args *a);
void cmd_args_release(struct cmd_args *a);

extern const struct cmd cmd_validate, cmd_list, cmd_resolve, cmd_compile,
    cmd_check, cmd_wizard, cmd_diff, cmd_fo2pdf;

#endif
