/*
 * The selection wizard, for cmd_wizard.c and the unit tests: the steps
 * as plain C with no I/O of their own.  A struct wiz_io shows text and
 * reads answer lines; the wizard builds a struct sel and hands it to
 * io->save, which checks and writes it.
 */
#ifndef ICOC_WIZ_H
#define ICOC_WIZ_H

#include <stddef.h>

#include "util.h"

struct set;
struct sel;

enum wiz_read {
	WIZ_READ_LINE, /* a line (without its newline) is in *line */
	WIZ_READ_EOF,  /* end of input */
	WIZ_READ_INTR  /* interrupted (Ctrl-C) */
};

enum wiz_out {
	WIZ_OUT_TEXT, /* ordinary text */
	WIZ_OUT_HEAD, /* a step heading (may be shown in bold) */
	WIZ_OUT_ERROR /* why an answer was refused (may be shown in colour) */
};

struct wiz_io {
	/* Show text; it ends in a newline when it is a whole line. */
	void (*out)(void *ud, enum wiz_out kind, const char *text);
	/* Show prompt and read one answer into line (reset first). */
	enum wiz_read (*ask)(void *ud, const char *prompt, struct buf *line);
	/*
	 * Check and write the selection (sel->draft tells which kind);
	 * 0 when written, -1 after printing why not.
	 */
	int (*save)(void *ud, const struct sel *sel, const struct set *set);
	void *ud;
	int rows, cols; /* terminal size for paging and cutting; 0: none */
};

struct wiz_opts {
	const char *lang; /* prompts: "nl" or "en"; NULL: the set's language */
	const char *set;  /* --set ID or ID@VERSION: skip the first step */
	const char *output;       /* where io->save writes, for messages */
	const struct sel *resume; /* answers offered as defaults, or NULL */
};

enum wiz_result {
	WIZ_FINISHED,         /* the selection was written */
	WIZ_FINISHED_COMPILE, /* … and the user wants it compiled now */
	WIZ_QUIT, /* q or end of input: a draft was written if possible */
	WIZ_INTERRUPTED, /* Ctrl-C: a draft was written if possible */
	WIZ_FAILED       /* io->save failed, or no set to choose from */
};

/*
 * Run the wizard over the sets found (in search-path order).  Borrowed
 * pointers only; nothing is left allocated.
 */
enum wiz_result wiz_run(struct set *const *sets, size_t nsets,
    const struct wiz_opts *o, const struct wiz_io *io);

/*
 * The terminal front end (wiz_tty.c): fills io->out, io->ask, rows and
 * cols; line editing with history when stdin is a terminal, plain lines
 * otherwise; Ctrl-C makes ask return WIZ_READ_INTR.  Release restores
 * the signal handlers.
 */
void wiz_tty_init(struct wiz_io *io);
void wiz_tty_release(void);

/* Exit status for a result (ARCHITECTURE.md: 0, 1, 130; 4 on failure). */
int wiz_status(enum wiz_result r);

#endif
