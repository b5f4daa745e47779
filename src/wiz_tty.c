/*
 * The wizard's terminal front end: libedit's readline with history when
 * stdin is a terminal, plain lines otherwise (so a run can be scripted);
 * Ctrl-C sets a flag and the pending read returns "interrupted"; bold
 * headings and coloured refusals only on a terminal without NO_COLOR.
 *
 * libedit is dlopen()ed here, when the wizard talks to a terminal, so no
 * other command loads it (nor the libtinfo, libbsd and libmd it needs);
 * without it the wizard reads plain lines on the terminal too.
 */
#define _DEFAULT_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <editline/readline.h>

#include "util.h"
#include "wiz.h"

#define MAX_LINE 4096
#define EDIT_LIB "libedit.so.2"

static volatile sig_atomic_t interrupted;
static int interactive, color;
static struct sigaction old_int, old_term, old_hup;
static char *old_ctype; /* LC_CTYPE before init */

/* The part of libedit's readline interface the wizard uses. */
static struct {
	char *(*readline)(const char *);
	int (*add_history)(const char *);
	void (*using_history)(void);
	void (*clear_history)(void);
	int *catch_signals; /* rl_catch_signals */
} edit;

/*
 * Load libedit once; 0 when its functions are at hand.  The sizeof
 * expressions check the pointers against <editline/readline.h> at compile
 * time without referring to the symbols (sizeof does not evaluate).
 */
static int
edit_load(void)
{
	static int tried;
	void *h;

	(void)sizeof(edit.readline = readline);
	(void)sizeof(edit.add_history = add_history);
	(void)sizeof(edit.using_history = using_history);
	(void)sizeof(edit.clear_history = clear_history);
	(void)sizeof(edit.catch_signals = &rl_catch_signals);
	if (tried)
		return edit.readline ? 0 : -1;
	tried = 1;
	if ((h = dlopen(EDIT_LIB, RTLD_NOW | RTLD_LOCAL)) == NULL)
		return -1;
	*(void **)&edit.readline = dlsym(h, "readline");
	*(void **)&edit.add_history = dlsym(h, "add_history");
	*(void **)&edit.using_history = dlsym(h, "using_history");
	*(void **)&edit.clear_history = dlsym(h, "clear_history");
	edit.catch_signals = dlsym(h, "rl_catch_signals");
	if (!edit.readline || !edit.add_history || !edit.using_history ||
	    !edit.clear_history || !edit.catch_signals) {
		memset(&edit, 0, sizeof edit);
		dlclose(h);
		return -1;
	}
	return 0; /* never dlclose()d: its history lives until exit */
}

static void
on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void
tty_out(void *ud, enum wiz_out kind, const char *text)
{
	size_t n = strlen(text);
	int nl = n > 0 && text[n - 1] == '\n';

	(void)ud;
	if (color && kind != WIZ_OUT_TEXT) {
		fputs(kind == WIZ_OUT_HEAD ? "\033[1m" : "\033[31m", stdout);
		fwrite(text, 1, nl ? n - 1 : n, stdout);
		fputs("\033[0m", stdout);
		if (nl)
			putchar('\n');
	} else
		fwrite(text, 1, n, stdout);
	fflush(stdout);
}

/* A line without libedit; echo repeats it, for a transcript of a scripted
 * run (a terminal has shown it already). */
static enum wiz_read
read_plain(const char *prompt, struct buf *line, int echo)
{
	int c, any = 0;

	fputs(prompt, stdout);
	fflush(stdout);
	for (;;) {
		errno = 0;
		c = getc(stdin);
		if (c == EOF) {
			if (interrupted)
				break;
			if (ferror(stdin) && errno == EINTR) {
				clearerr(stdin);
				continue;
			}
			break;
		}
		any = 1;
		if (c == '\n')
			break;
		if (line->len < MAX_LINE)
			buf_putc(line, (char)c);
	}
	if (interrupted) {
		clearerr(stdin);
		putchar('\n');
		return WIZ_READ_INTR;
	}
	if (!any) {
		putchar('\n');
		return WIZ_READ_EOF;
	}
	if (echo) {
		printf("%s\n", line->s ? line->s : "");
		fflush(stdout);
	}
	return WIZ_READ_LINE;
}

static enum wiz_read
tty_ask(void *ud, const char *prompt, struct buf *line)
{
	char *s;

	(void)ud;
	if (interrupted)
		return WIZ_READ_INTR;
	if (!interactive || edit.readline == NULL)
		return read_plain(prompt, line, !interactive);
	s = edit.readline(prompt);
	if (interrupted) {
		free(s);
		putchar('\n');
		return WIZ_READ_INTR;
	}
	if (s == NULL) {
		putchar('\n');
		return WIZ_READ_EOF;
	}
	if (*s != '\0')
		edit.add_history(s);
	buf_add(line, s, strnlen(s, MAX_LINE));
	free(s);
	return WIZ_READ_LINE;
}

void
wiz_tty_init(struct wiz_io *io)
{
	struct sigaction sa;
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	interrupted = 0;
	interactive = isatty(0);
	color = isatty(1) && (nc == NULL || *nc == '\0') &&
	    !(term != NULL && strcmp(term, "dumb") == 0);
	io->out = tty_out;
	io->ask = tty_ask;
	io->ud = NULL;
	io->rows = io->cols = 0;
	if (isatty(1)) {
		struct winsize ws;
		if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) {
			io->cols = ws.ws_col;
			if (interactive)
				io->rows = ws.ws_row;
		}
	}
	if (interactive) {
		/* libedit needs the locale's character set to edit UTF-8 */
		const char *cur = setlocale(LC_CTYPE, NULL);
		old_ctype = xstrdup(cur ? cur : "C");
		setlocale(LC_CTYPE, "");
		if (edit_load() == 0) {
			*edit.catch_signals = 0;
			edit.using_history();
		}
	}
	/* no SA_RESTART: a pending read returns, and the wizard saves a draft */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
}

void
wiz_tty_release(void)
{
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	if (interactive) {
		if (edit.clear_history != NULL)
			edit.clear_history();
		setlocale(LC_CTYPE, old_ctype);
		free(old_ctype);
		old_ctype = NULL;
	}
}
