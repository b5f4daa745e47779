/*
 * Diagnostics: one table of messages, one printer.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "msg.h"

int msg_quiet;
int msg_strict;

static FILE *out;
static int nerrors, nwarnings;

static const struct {
	enum msg_level level;
	const char *text;
} table[MSG__COUNT] = {
    [MSG_GENERIC_ERROR] = {MSG_ERROR, "%s"},
    [MSG_GENERIC_WARNING] = {MSG_WARNING, "%s"},
    [MSG_GENERIC_NOTE] = {MSG_NOTE, "%s"},
    [MSG_XML] = {MSG_ERROR, "%s"},
    [MSG_XML_WARNING] = {MSG_WARNING, "%s"},
    [MSG_XSLT] = {MSG_ERROR, "%s"},
    [MSG_SCHEMA] = {MSG_ERROR, "%s"},
    [MSG_OPEN] = {MSG_ERROR, "cannot open: %s"},
    [MSG_WRITE] = {MSG_ERROR, "cannot write: %s"},
    [MSG_TOO_BIG] = {MSG_ERROR,
        "file larger than %zu bytes (see --max-input-size)"},
    [MSG_DOCTYPE] = {MSG_ERROR,
        "document type declarations are not allowed in icoc documents"},
    [MSG_NOT_ICOC] = {MSG_ERROR,
        "not an icoc document: root element <%s> in namespace '%s'"},
    [MSG_WRONG_KIND] = {MSG_ERROR, "expected a <%s> document, found <%s>"},
    [MSG_NO_SCHEMA] = {MSG_ERROR,
        "schema '%s' not found in the data directories"},
    [MSG_DUP_ID] = {MSG_ERROR,
        "duplicate %s id '%s' (first defined at %s:%ld)"},
    [MSG_UNKNOWN_REF] = {MSG_ERROR, "unknown %s '%s' in <%s>"},
    [MSG_UNKNOWN_CLAUSE] = {MSG_ERROR, "clause '%s' not in catalogue '%s'"},
    [MSG_UNKNOWN_CATALOGUE] = {MSG_ERROR,
        "catalogue '%s' not found on the search path"},
    [MSG_EXTENDS_CYCLE] = {MSG_ERROR, "cycle in extends: %s"},
    [MSG_EXTENDS_MISSING] = {MSG_ERROR,
        "set '%s' extends '%s', which is not on the search path"},
    [MSG_EXTENDS_VERSION] = {MSG_ERROR,
        "set '%s' was written against '%s' version %s, found %s"},
    [MSG_EXTENDS_PATCH] = {MSG_WARNING,
        "set '%s' was written against '%s' version %s, found %s (patch "
        "difference)"},
    [MSG_SET_NOT_FOUND] = {MSG_ERROR, "%s '%s' not found on the search path"},
    [MSG_SET_AMBIGUOUS] = {MSG_ERROR,
        "%s '%s' version %s is defined twice: %s and %s"},
    [MSG_BAD_DEFAULT] = {MSG_ERROR, "default of parameter '%s': %s"},
    [MSG_BAD_PATTERN] = {MSG_ERROR,
        "pattern does not compile at character %zu: %s"},
    [MSG_REGEX_LIMIT] = {MSG_ERROR, "pattern too complex: match limit reached"},
    [MSG_BAD_VALUE] = {MSG_ERROR, "value of parameter '%s': %s"},
    [MSG_MISSING_REASON] = {MSG_ERROR, "<%s ref='%s'> needs a reason"},
    [MSG_ADDITIVE_ALONE] = {MSG_ERROR,
        "segment '%s' is additive and cannot be chosen alone"},
    [MSG_DRAFT] = {MSG_ERROR,
        "this selection is a draft; finish it with 'icoc wizard --resume %s'"},
    [MSG_USAGE] = {MSG_ERROR, "%s"},
    [MSG_UNKNOWN_OPTION] = {MSG_ERROR, "unknown option"},
    [MSG_UNKNOWN_COMMAND] = {MSG_ERROR,
        "unknown command '%s'; see 'icoc --help'"},
    [MSG_OOM] = {MSG_ERROR, "out of memory"},
    [MSG_PDF_MODULE] = {MSG_ERROR, "cannot load the PDF module: %s"},
    [MSG_PDF_MODULE_ABI] = {MSG_ERROR,
        "PDF module of another build: ABI %d, this icoc needs %d"},
    [MSG_PDF_MODULE_ALSO] = {MSG_NOTE, "not here either"},
};

static const char *const level_names[] = {"note", "warning", "error"};

void
msg_set_stream(void *fp)
{
	out = fp;
}

static void
vprint(enum msg_level lvl, const char *file, long line, long col,
    const char *option, const char *fmt, va_list ap)
{
	FILE *fp = out ? out : stderr;

	if (lvl == MSG_ERROR)
		nerrors++;
	else if (lvl == MSG_WARNING)
		nwarnings++;
	if (msg_quiet && lvl != MSG_ERROR)
		return;
	fputs("icoc: ", fp);
	if (option != NULL)
		fprintf(fp, "--%s: ", option);
	else if (file != NULL) {
		fputs(file, fp);
		if (line > 0)
			fprintf(fp, ":%ld", line);
		if (line > 0 && col > 0)
			fprintf(fp, ":%ld", col);
		fputs(": ", fp);
	}
	fprintf(fp, "%s: ", level_names[lvl]);
	vfprintf(fp, fmt, ap);
	fputc('\n', fp);
}

void
msg_at(enum msg_id id, const char *file, long line, long col, ...)
{
	va_list ap;

	va_start(ap, col);
	vprint(table[id].level, file, line, col, NULL, table[id].text, ap);
	va_end(ap);
}

void
msg_opt(enum msg_id id, const char *option, ...)
{
	va_list ap;

	va_start(ap, option);
	vprint(table[id].level, NULL, 0, 0, option, table[id].text, ap);
	va_end(ap);
}

void
msg_level_at(enum msg_level lvl, const char *file, long line, long col,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprint(lvl, file, line, col, NULL, fmt, ap);
	va_end(ap);
}

int
msg_errors(void)
{
	return nerrors;
}

int
msg_warnings(void)
{
	return nwarnings;
}

void
msg_reset(void)
{
	nerrors = nwarnings = 0;
}

int
msg_status_ok(void)
{
	return msg_strict && nwarnings > 0 ? MSG_EXIT_NEGATIVE : MSG_EXIT_OK;
}
