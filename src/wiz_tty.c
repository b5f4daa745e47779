/*
 * The wizard's terminal front end: libedit's readline with history when
 * stdin is a terminal, plain lines otherwise (so a run can be scripted);
 * Ctrl-C sets a flag and the pending read returns "interrupted"; bold
 * headings and coloured refusals only on a terminal without NO_COLOR.
 */
#define _DEFAULT_SOURCE
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

static volatile sig_atomic_t interrupted;
static int interactive, color;
static struct sigaction old_int, old_term, old_hup;
static char *old_ctype; /* LC_CTYPE before init */

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

static enum wiz_read
read_plain(const char *prompt, struct buf *line)
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
	/* echo the answer, so a transcript of a scripted run reads well */
	printf("%s\n", line->s ? line->s : "");
	fflush(stdout);
	return WIZ_READ_LINE;
}

static enum wiz_read
tty_ask(void *ud, const char *prompt, struct buf *line)
{
	char *s;

	(void)ud;
	if (interrupted)
		return WIZ_READ_INTR;
	if (!interactive)
		return read_plain(prompt, line);
	s = readline(prompt);
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
		add_history(s);
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
		rl_catch_signals = 0;
		using_history();
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
		clear_history();
		setlocale(LC_CTYPE, old_ctype);
		free(old_ctype);
		old_ctype = NULL;
	}
}
