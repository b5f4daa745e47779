/*
 * Option parsing and --help generation from the option tables.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "msg.h"
#include "util.h"

const struct opt cmd_global_opts[] = {
    {"include", 'I', "DIR",
        "look for sets, catalogues and templates in DIR first", 1},
    {"quiet", 'q', NULL, "print errors only", 0},
    {"strict", 0, NULL, "treat warnings as a negative result (exit status 1)",
        0},
    {"max-input-size", 0, "BYTES",
        "refuse input files larger than BYTES (default 512M)", 0},
    {NULL, 0, NULL, NULL, 0}};

static size_t
count_opts(const struct opt *o)
{
	size_t n = 0;

	while (o != NULL && o[n].name != NULL)
		n++;
	return n;
}

/* The i-th option of the command's table followed by the global table. */
static const struct opt *
nth(const struct cmd *c, size_t i)
{
	size_t n = count_opts(c->opts);

	return i < n ? &c->opts[i] : &cmd_global_opts[i - n];
}

static size_t
total(const struct cmd *c)
{
	return count_opts(c->opts) + count_opts(cmd_global_opts);
}

static long
find(const struct cmd *c, const char *name, size_t len, int key)
{
	for (size_t i = 0; i < total(c); i++) {
		const struct opt *o = nth(c, i);
		if (key != 0 ? o->key == key
		             : strlen(o->name) == len &&
		            strncmp(o->name, name, len) == 0)
			return (long)i;
	}
	return -1;
}

static void
add_val(struct cmd_args *a, size_t i, const char *v)
{
	a->vals[i] = xrealloc(a->vals[i], (a->nvals[i] + 2) * sizeof(char *));
	a->vals[i][a->nvals[i]++] = v;
	a->vals[i][a->nvals[i]] = NULL;
}

int
cmd_parse(const struct cmd *c, int argc, char **argv, struct cmd_args *a)
{
	size_t n = total(c);
	int only_operands = 0;

	memset(a, 0, sizeof *a);
	a->cmd = c;
	a->vals = xcalloc(n, sizeof *a->vals);
	a->nvals = xcalloc(n, sizeof *a->nvals);
	a->argv = xcalloc((size_t)argc + 1, sizeof(char *));

	for (int i = 1; i < argc; i++) {
		char *s = argv[i];
		const char *val = NULL;
		char optname[64];
		long k;

		if (only_operands || s[0] != '-' || s[1] == '\0') {
			a->argv[a->argc++] = s;
			continue;
		}
		if (strcmp(s, "--") == 0) {
			only_operands = 1;
			continue;
		}
		if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
			cmd_help(c, stdout);
			return -1;
		}
		if (s[1] == '-') {
			const char *eq = strchr(s + 2, '=');
			size_t len = eq ? (size_t)(eq - s - 2) : strlen(s + 2);
			k = find(c, s + 2, len, 0);
			snprintf(
			    optname, sizeof optname, "%.*s", (int)len, s + 2);
			if (eq != NULL)
				val = eq + 1;
		} else {
			k = find(c, NULL, 0, (unsigned char)s[1]);
			snprintf(optname, sizeof optname, "%c", s[1]);
			if (s[2] != '\0')
				val = s + 2;
		}
		if (k < 0) {
			msg_opt(MSG_UNKNOWN_OPTION, optname);
			fprintf(stderr, "usage: icoc %s %s\n", c->name,
			    c->synopsis);
			return MSG_EXIT_USAGE;
		}
		if (nth(c, (size_t)k)->arg == NULL) {
			if (val != NULL) {
				msg_opt(MSG_USAGE, optname, "takes no value");
				return MSG_EXIT_USAGE;
			}
			add_val(a, (size_t)k, "");
			continue;
		}
		if (val == NULL) {
			if (i + 1 >= argc) {
				msg_opt(MSG_USAGE, optname, "needs a value");
				return MSG_EXIT_USAGE;
			}
			val = argv[++i];
		}
		if (a->nvals[k] > 0 && !nth(c, (size_t)k)->repeat) {
			msg_opt(MSG_USAGE, optname, "given more than once");
			return MSG_EXIT_USAGE;
		}
		add_val(a, (size_t)k, val);
	}
	if (a->argc < c->min_args ||
	    (c->max_args >= 0 && a->argc > c->max_args)) {
		msg_at(MSG_USAGE, NULL, 0, 0,
		    a->argc < c->min_args ? "missing operand"
		                          : "too many operands");
		fprintf(stderr, "usage: icoc %s %s\n", c->name, c->synopsis);
		return MSG_EXIT_USAGE;
	}
	return 0;
}

void
cmd_args_release(struct cmd_args *a)
{
	if (a->cmd != NULL)
		for (size_t i = 0; i < total(a->cmd); i++)
			free(a->vals[i]);
	free(a->vals);
	free(a->nvals);
	free(a->argv);
	memset(a, 0, sizeof *a);
}

static long
index_of(const struct cmd_args *a, const char *name)
{
	return find(a->cmd, name, strlen(name), 0);
}

const char *
cmd_opt(const struct cmd_args *a, const char *name)
{
	long k = index_of(a, name);

	if (k < 0 || a->nvals[k] == 0)
		return NULL;
	return a->vals[k][a->nvals[k] - 1];
}

const char **
cmd_optv(const struct cmd_args *a, const char *name, size_t *n)
{
	static const char *none[] = {NULL};
	long k = index_of(a, name);

	if (k < 0 || a->nvals[k] == 0) {
		if (n)
			*n = 0;
		return none;
	}
	if (n)
		*n = a->nvals[k];
	return a->vals[k];
}

int
cmd_flag(const struct cmd_args *a, const char *name)
{
	long k = index_of(a, name);

	return k >= 0 && a->nvals[k] > 0;
}

static void
print_opts(FILE *fp, const struct opt *o)
{
	for (; o != NULL && o->name != NULL; o++) {
		char left[64];

		if (o->key)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->key,
			    o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->name,
			    o->arg ? " " : "", o->arg ? o->arg : "");
		fprintf(fp, "  %-28s %s%s\n", left, o->help,
		    o->repeat ? " (repeatable)" : "");
	}
}

void
cmd_help(const struct cmd *c, void *stream)
{
	FILE *fp = stream;

	fprintf(
	    fp, "usage: icoc %s %s\n\n%s\n", c->name, c->synopsis, c->summary);
	if (count_opts(c->opts) > 0) {
		fputs("\noptions:\n", fp);
		print_opts(fp, c->opts);
	}
	fputs("\ncommon options:\n", fp);
	print_opts(fp, cmd_global_opts);
	fprintf(fp, "  %-28s %s\n", "-h, --help", "show this help");
}

int
cmd_check_lang(const char *lang)
{
	if (lang == NULL || strcmp(lang, "nl") == 0 || strcmp(lang, "en") == 0)
		return 0;
	msg_opt(MSG_USAGE, "lang", "expected 'nl' or 'en'");
	return MSG_EXIT_USAGE;
}

int
cmd_check_formats(const char *formats, const char *known)
{
	struct buf b = BUF_INIT;
	const char *last;

	if (str_list_check(formats, known) == 0)
		return 0;
	/* "html,pdf,csv" -> "unknown format; expected html, pdf or csv" */
	buf_puts(&b, "unknown format; expected ");
	last = strrchr(known, ',');
	for (const char *p = known; *p != '\0'; p++)
		if (*p != ',')
			buf_putc(&b, *p);
		else
			buf_puts(&b, p == last ? " or " : ", ");
	msg_opt(MSG_USAGE, "format", b.s);
	buf_release(&b);
	return MSG_EXIT_USAGE;
}
