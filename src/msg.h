/*
 * Diagnostics and exit status, for every module.
 *
 * Every message a user sees goes through msg_at() or msg_opt(), so the
 * format "icoc: FILE:LINE:COL: LEVEL: text" holds everywhere.  A new
 * diagnostic is one enum value here plus one row in msg.c.
 */
#ifndef ICOC_MSG_H
#define ICOC_MSG_H

#include <stdarg.h>

/* Exit statuses, as ARCHITECTURE.md defines them. */
enum msg_status {
	MSG_EXIT_OK = 0,
	MSG_EXIT_NEGATIVE =
	    1, /* check failed, diff found changes, --strict warnings */
	MSG_EXIT_INVALID = 2, /* invalid input; nothing written */
	MSG_EXIT_USAGE = 3,   /* bad command line */
	MSG_EXIT_SYSTEM = 4,  /* I/O, memory, missing data files */
	MSG_EXIT_INTERRUPTED = 130
};

enum msg_level { MSG_NOTE, MSG_WARNING, MSG_ERROR };

/* One value per diagnostic; texts and levels live in the table in msg.c. */
enum msg_id {
	MSG_GENERIC_ERROR, /* "%s": already worded by the caller */
	MSG_GENERIC_WARNING,
	MSG_GENERIC_NOTE,
	MSG_XML, /* libxml2 error, routed */
	MSG_XML_WARNING,
	MSG_XSLT,   /* libxslt error, routed */
	MSG_SCHEMA, /* RELAX NG violation */
	MSG_OPEN,   /* cannot open: strerror */
	MSG_WRITE,  /* cannot write: strerror */
	MSG_TOO_BIG,
	MSG_DOCTYPE,
	MSG_NOT_ICOC,
	MSG_WRONG_KIND,
	MSG_NO_SCHEMA,
	MSG_DUP_ID,
	MSG_UNKNOWN_REF,
	MSG_UNKNOWN_CLAUSE,
	MSG_UNKNOWN_CATALOGUE,
	MSG_EXTENDS_CYCLE,
	MSG_EXTENDS_MISSING,
	MSG_EXTENDS_VERSION,
	MSG_EXTENDS_PATCH,
	MSG_SET_NOT_FOUND,
	MSG_SET_AMBIGUOUS,
	MSG_BAD_DEFAULT,
	MSG_BAD_PATTERN,
	MSG_REGEX_LIMIT,
	MSG_BAD_VALUE,
	MSG_MISSING_REASON,
	MSG_ADDITIVE_ALONE,
	MSG_DRAFT,
	MSG_USAGE,
	MSG_UNKNOWN_OPTION,
	MSG_UNKNOWN_COMMAND,
	MSG_OOM,
	MSG_PDF_MODULE,      /* dlopen()/dlsym() failed: dlerror */
	MSG_PDF_MODULE_ABI,  /* module of another build */
	MSG_PDF_MODULE_ALSO, /* another place looked in */
	MSG__COUNT
};

extern int msg_quiet;  /* --quiet: no warnings or notes */
extern int msg_strict; /* --strict: warnings make the exit status 1 */

/*
 * Print a diagnostic.  file may be NULL; line <= 0 leaves the line out,
 * col <= 0 leaves the column out.  The arguments fill the table text.
 */
void msg_at(enum msg_id id, const char *file, long line, long col, ...);

/* Print a diagnostic about a command-line option ("icoc: --grep: error: …"). */
void msg_opt(enum msg_id id, const char *option, ...);

/* Same as msg_at() with an explicit level (for routed library messages). */
void msg_level_at(enum msg_level lvl, const char *file, long line, long col,
    const char *fmt, ...);

/* Counters since start (or the last msg_reset()). */
int msg_errors(void);
int msg_warnings(void);
void msg_reset(void);

/* Exit status for a run that wrote its result: 0, or 1 under --strict with warnings. */
int msg_status_ok(void);

/* Redirect output (tests).  NULL means stderr. */
void msg_set_stream(void *fp);

#endif
