/*
 * The wizard logic driven by scripted answers: every step, back
 * navigation, invalid values, ranges, exclusion reasons, drafts, resume.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "util.h"
#include "wiz.h"
#include "xml.h"

#define INTR "\003" /* an answer that stands for Ctrl-C */

struct script {
	const char *const *ans;
	size_t n, pos;
	struct buf out;   /* transcript: text, prompts and answers */
	struct buf saved; /* the last saved selection, as one line */
	int saves, draft, check;
};

static void
s_out(void *ud, enum wiz_out k, const char *text)
{
	struct script *s = ud;

	if (k == WIZ_OUT_ERROR)
		buf_puts(&s->out, "! ");
	buf_puts(&s->out, text);
}

static enum wiz_read
s_ask(void *ud, const char *prompt, struct buf *line)
{
	struct script *s = ud;

	buf_puts(&s->out, prompt);
	if (s->pos >= s->n) {
		buf_puts(&s->out, "<EOF>\n");
		return WIZ_READ_EOF;
	}
	if (strcmp(s->ans[s->pos], INTR) == 0) {
		s->pos++;
		buf_puts(&s->out, "<INTR>\n");
		return WIZ_READ_INTR;
	}
	buf_puts(line, s->ans[s->pos]);
	buf_printf(&s->out, "%s\n", s->ans[s->pos++]);
	return WIZ_READ_LINE;
}

static const char *const op_names[] = {
    "include", "exclude", "set-kind", "set-weight", "set-param"};

static int
s_save(void *ud, const struct sel *sel, const struct set *set)
{
	struct script *s = ud;
	struct buf *b = &s->saved;

	s->saves++;
	s->draft = sel->draft;
	s->check = sel_check(sel, set, sel->draft);
	buf_release(b);
	buf_printf(b, "%s%s", sel->set, sel->draft ? " draft" : "");
	if (sel->title) {
		char *t = text_plain(sel->title->body, NULL, NULL);
		buf_printf(b, " title=%s", t);
		free(t);
	}
	buf_printf(b, " ref=%s buyer=%s date=%s segments=",
	    sel->reference ? sel->reference : "-",
	    sel->buyer ? sel->buyer : "-", sel->date ? sel->date : "-");
	for (size_t i = 0; i < sel->nsegments; i++)
		buf_printf(b, "%s%s", i ? "," : "", sel->segments[i]);
	buf_printf(b, " level=%s", sel->level ? sel->level : "-");
	for (size_t i = 0; i < sel->nops; i++)
		buf_printf(b, "; %s %s%s%s", op_names[sel->ops[i].kind],
		    sel->ops[i].ref, sel->ops[i].value ? "=" : "",
		    sel->ops[i].value ? sel->ops[i].value : "");
	for (size_t i = 0; i < sel->ngroups; i++)
		buf_printf(b, "; group %s (%zu)", sel->groups[i].id,
		    sel->groups[i].nreqs);
	return 0;
}

static struct set *sets[2];

static int
setup(void **state)
{
	int status;

	(void)state;
	xml_init();
	path_init("icoc");
	path_add("tests/fixtures/sets");
	sets[0] = set_load("mini-base", NULL, &status);
	sets[1] = set_load("mini-branch", NULL, &status);
	return sets[0] && sets[1] ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	set_free(sets[0]);
	set_free(sets[1]);
	path_release();
	xml_cleanup();
	return 0;
}

/* Run the wizard over the answers; the result, with s filled in. */
static enum wiz_result
drive(struct script *s, const struct wiz_opts *o0, const char *const *ans,
    size_t n)
{
	struct wiz_io io;
	struct wiz_opts o = {NULL, NULL, "sel.xml", NULL};
	enum wiz_result r;

	if (o0 != NULL)
		o = *o0;
	memset(s, 0, sizeof *s);
	s->ans = ans;
	s->n = n;
	memset(&io, 0, sizeof io);
	io.out = s_out;
	io.ask = s_ask;
	io.save = s_save;
	io.ud = s;
	r = wiz_run(sets, 2, &o, &io);
	if (getenv("WIZ_TRACE"))
		fputs(s->out.s, stderr);
	return r;
}

static void
release(struct script *s)
{
	buf_release(&s->out);
	buf_release(&s->saved);
}

#define DRIVE(s, o, ...)                                                       \
	do {                                                                   \
		static const char *const a_[] = {__VA_ARGS__};                 \
		r = drive((s), (o), a_, NELEM(a_));                            \
	} while (0)

static int
has(const struct script *s, const char *needle)
{
	return s->out.s != NULL && strstr(s->out.s, needle) != NULL;
}

/* Every step, with invalid answers on the way. */
static void
test_full_run(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "7", "1",   /* set: out of range, then mini-base */
	    "", "Testaanbesteding", /* title: empty refused */
	    "T-2026-1", "Gemeente Voorbeeld", "31-02-2026",
	    "1-12-2026", /* date: invalid, then Dutch order */
	    "3", "9", "x",
	    "1-3", /* segments: additive alone, bad number, bad token, range */
	    "verhoogd", /* level by id */
	    "?2", "1", "",
	    "Geen eigen software", /* review: text, exclude KWB-01, empty reason refused */
	    "", "1", "", /* logging: include LOG-01 (level hoog) */
	    "1", "2", "0", "10",
	    "", /* award: KWB-02 weight 0 refused, then 10 */
	    "", "geen-mail",
	    "sec@voorbeeld.nl", /* meldpunt: no default, bad pattern */
	    "1",                /* regio: option 1 = NL */
	    "", "n");           /* save; no compile */
	assert_int_equal(r, WIZ_FINISHED);
	assert_int_equal(wiz_status(r), 0);
	assert_int_equal(s.saves, 1);
	assert_int_equal(s.check, 0);
	assert_false(s.draft);
	assert_string_equal(s.saved.s,
	    "mini-base title=Testaanbesteding ref=T-2026-1 buyer=Gemeente "
	    "Voorbeeld "
	    "date=2026-12-01 segments=cloud,software,keten level=verhoogd; "
	    "exclude KWB-01=Geen eigen software; include LOG-01; set-weight "
	    "KWB-02=10; "
	    "set-param meldpunt=sec@voorbeeld.nl; set-param regio=NL");
	assert_true(has(&s, "Stap 3 van 8 — Inkooponderdelen"));
	assert_true(has(&s, "! 'Ketenpartners' is een aanvulling"));
	assert_true(has(&s, "! '9' is geen nummer van 1 tot 3."));
	assert_true(has(&s, "! Geen geldige datum: '31-02-2026'"));
	assert_true(has(&s, "! Een reden is nodig"));
	assert_true(has(&s, "Reden voor uitsluiten van KWB-01: "));
	assert_true(has(&s, "! Het gewicht is een geheel getal"));
	assert_true(has(&s, "! 'geen-mail' past niet op het patroon"));
	assert_true(has(&s,
	    "Kies nummers (bijv. 1,3 of 2-4), ?N voor uitleg, b terug, q "
	    "opslaan en stoppen: 1-3"));
	assert_true(has(&s, "CVD-beleid")); /* ?2 showed the statement */
	assert_true(has(&s, "Uitgesloten:      1"));
	release(&s);
}

/* b walks back through steps and questions; answers stay as defaults. */
static void
test_back(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "b", /* at the first step: refused */
	    "2", "Titel", "REF-1", "Koper", "2026-12-01",
	    "b",                /* segments -> date */
	    "b",                /* date -> buyer */
	    "Andere koper", "", /* new buyer, date kept */
	    "1", "",            /* cloud, level basis */
	    "b", "b",           /* review group 1 -> level -> segments */
	    "1,4", "2",         /* cloud and ot, verhoogd */
	    "", "", "",         /* three groups */
	    "",                 /* award */
	    "",                 /* patch-kritiek default (7) */
	    "n", "", "j", "n"); /* n goes back to params; then save */
	assert_int_equal(r, WIZ_FINISHED);
	assert_true(has(&s, "! Dit is de eerste stap."));
	assert_true(
	    has(&s, "Datum van de aanbesteding (JJJJ-MM-DD) [2026-12-01]: b"));
	assert_true(
	    has(&s, "Naam van de aanbestedende dienst [Koper]: Andere koper"));
	assert_true(has(&s, "[1]: b"));
	assert_string_equal(s.saved.s,
	    "mini-branch title=Titel ref=REF-1 buyer=Andere koper "
	    "date=2026-12-01 "
	    "segments=cloud,ot level=verhoogd");
	release(&s);
}

/* all, none, ranges and ids in the review; one reason offered for the next. */
static void
test_ranges(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "1", "T", "R", "K", "2026-01-31", "1", "3", "none",
	    "Buiten scope", "", "", /* KWB-01 and KWB-02 off, same reason */
	    "all", "",         /* group 2: KET-01 included (LOG-01 is in) */
	    "b", "",           /* award -> group 2 -> award */
	    "", "", "j", "n"); /* award, regio, save */
	assert_int_equal(r, WIZ_FINISHED);
	assert_int_equal(s.check, 0);
	assert_true(
	    has(&s, "Reden voor uitsluiten van KWB-02 [Buiten scope]: "));
	assert_string_equal(s.saved.s,
	    "mini-base title=T ref=R buyer=K date=2026-01-31 segments=cloud "
	    "level=hoog; "
	    "exclude KWB-01=Buiten scope; exclude KWB-02=Buiten scope; include "
	    "KET-01");
	release(&s);
}

/* Turning a requirement back on removes its exclusion; 1-2 and ids work. */
static void
test_toggle_back_on(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "1", "T", "R", "K", "2026-01-31", "cloud", "2", "1-2",
	    "Eerste", "b", /* KWB-01 off; b keeps KWB-02 */
	    "kwb-01", "",  /* on again by id */
	    "", "", "", "a@b", "j", "n");
	assert_int_equal(r, WIZ_FINISHED);
	assert_true(has(&s, "KWB-02 blijft in de selectie."));
	assert_string_equal(s.saved.s,
	    "mini-base title=T ref=R buyer=K date=2026-01-31 segments=cloud "
	    "level=verhoogd; "
	    "set-param meldpunt=a@b");
	release(&s);
}

/* End of input: a draft with what was answered, status 1. */
static void
test_eof_draft(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "2", "Titel", "REF-1");
	assert_int_equal(r, WIZ_QUIT);
	assert_int_equal(wiz_status(r), 1);
	assert_true(s.draft);
	assert_int_equal(s.check, 0);
	assert_string_equal(s.saved.s,
	    "mini-branch draft title=Titel ref=REF-1 buyer=- date=- segments= "
	    "level=-");
	assert_true(has(&s,
	    "Concept opgeslagen in sel.xml; verder met: icoc wizard --resume "
	    "sel.xml"));
	release(&s);
}

/* q and Ctrl-C save a draft too; before a set is chosen nothing is saved. */
static void
test_quit_interrupt(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "1", "T", "R", "K", "2026-01-31", "1,2", "q");
	assert_int_equal(r, WIZ_QUIT);
	assert_string_equal(s.saved.s,
	    "mini-base draft title=T ref=R buyer=K date=2026-01-31 "
	    "segments=cloud,software level=-");
	release(&s);

	DRIVE(&s, NULL, "1", "T", INTR);
	assert_int_equal(r, WIZ_INTERRUPTED);
	assert_int_equal(wiz_status(r), 130);
	assert_true(s.draft);
	assert_true(has(&s, "Onderbroken."));
	release(&s);

	DRIVE(&s, NULL, "q");
	assert_int_equal(r, WIZ_QUIT);
	assert_int_equal(s.saves, 0);
	assert_true(has(&s, "Niets opgeslagen"));
	release(&s);
}

/* --resume: every answer offered as the default; Enter keeps them all. */
static void
test_resume(void **state)
{
	struct script s;
	enum wiz_result r;
	int status;
	struct sel *prev =
	    sel_load("tests/fixtures/selection-mini.xml", &status);
	struct wiz_opts o = {NULL, NULL, "sel.xml", prev};

	(void)state;
	assert_non_null(prev);
	DRIVE(&s, &o, "", "", "", "", "", "", "", "", "", "", "", "", "j", "n");
	assert_int_equal(r, WIZ_FINISHED);
	assert_int_equal(s.check, 0);
	assert_true(has(&s, "Kies een nummer, ? voor uitleg, q stoppen [2]: "));
	assert_true(has(&s, "Titel van de aanbesteding [Testaanbesteding]: "));
	assert_true(has(&s, "[1,4]: "));
	assert_true(has(&s, "Waarde, b terug, q opslaan en stoppen [5]: "));
	assert_string_equal(s.saved.s,
	    "mini-branch title=Testaanbesteding ref=TEST-2026-001 "
	    "buyer=Gemeente Voorbeeld "
	    "date=2026-12-01 segments=cloud,ot level=verhoogd; exclude "
	    "OT-01=Geen OT in scope.; "
	    "set-param patch-kritiek=5; set-param "
	    "meldpunt=security@voorbeeld.nl; group eigen (1)");
	release(&s);
	sel_free(prev);
}

static void
add_op(struct sel *sel, enum sel_op_kind k, const char *ref, const char *value)
{
	sel->ops = xrealloc(sel->ops, (sel->nops + 1) * sizeof *sel->ops);
	memset(&sel->ops[sel->nops], 0, sizeof *sel->ops);
	sel->ops[sel->nops].kind = k;
	sel->ops[sel->nops].ref = xstrdup(ref);
	sel->ops[sel->nops].value = xstrdup(value);
	sel->nops++;
}

/* A resumed selection with unknown or invalid answers: noted, left out. */
static void
test_resume_bad(void **state)
{
	struct script s;
	enum wiz_result r;
	struct sel *prev = xcalloc(1, sizeof *prev);
	struct wiz_opts o = {NULL, NULL, "sel.xml", prev};

	(void)state;
	prev->file = xstrdup("old.xml");
	prev->set = xstrdup("mini-base");
	prev->draft = 1;
	prev->segments = xcalloc(2, sizeof(char *));
	prev->segments[prev->nsegments++] = xstrdup("keten");
	prev->segments[prev->nsegments++] = xstrdup("nope");
	prev->level = xstrdup("extreem");
	add_op(prev, SEL_EXCLUDE, "KWB-99", "x");
	add_op(prev, SEL_EXCLUDE, "KWB-01", "");
	add_op(prev, SEL_SET_PARAM, "regio", "XX");
	add_op(prev, SEL_SET_WEIGHT, "KWB-02", "0");
	add_op(prev, SEL_INCLUDE, "LOG-01", NULL);
	DRIVE(&s, &o, "", "T", "R", "K", "2026-01-31", "", "1,3", "q");
	assert_int_equal(r, WIZ_QUIT);
	assert_int_equal(s.check, 0);
	assert_true(has(&s, "! Uit old.xml genegeerd: onderdeel 'nope'"));
	assert_true(has(&s, "! Uit old.xml genegeerd: niveau 'extreem'"));
	assert_true(has(&s, "! Uit old.xml genegeerd: eis 'KWB-99'"));
	assert_true(has(&s, "! Uit old.xml genegeerd: parameter 'regio'"));
	assert_true(has(&s,
	    "! 'Ketenpartners' is een aanvulling")); /* the default is checked */
	assert_string_equal(s.saved.s,
	    "mini-base draft title=T ref=R buyer=K date=2026-01-31 "
	    "segments=cloud,keten "
	    "level=-; include LOG-01");
	release(&s);
	sel_free(prev);
}

/* --set skips the first step; --lang en; an unknown set fails. */
static void
test_set_and_lang(void **state)
{
	struct script s;
	enum wiz_result r;
	struct wiz_opts o = {"en", "mini-base@2026.1", "out.xml", NULL};

	(void)state;
	DRIVE(&s, &o, "b", "Title", "REF", "Buyer", "2026-12-01", "2", "", "",
	    "", "", "", "y", "n");
	assert_int_equal(r, WIZ_FINISHED);
	assert_true(has(&s, "Step 2 of 8 — Tender"));
	assert_true(has(&s, "! This is the first step."));
	assert_true(has(&s, "Deadline for critical vulnerabilities"));
	assert_false(has(&s, "Step 1 of 8"));
	assert_string_equal(s.saved.s,
	    "mini-base title=Title ref=REF buyer=Buyer date=2026-12-01 "
	    "segments=software level=basis");
	release(&s);

	o.set = "nope";
	DRIVE(&s, &o, "");
	assert_int_equal(r, WIZ_FAILED);
	assert_true(has(&s, "unknown requirement set 'nope'"));
	release(&s);
}

/* Award criteria: a knock-out made an award by id, and back to knock-out. */
static void
test_kind_weight(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "1", "T", "R", "K", "2026-01-31", "1", "2", "klaar",
	    "KWB-99", "KWB-01", "3", "2",
	    "",       /* unknown id; bad kind; award, weight default 1 */
	    "2", "1", /* KWB-02 (second award) knock-out */
	    "", "", "x@y", "j", "n");
	assert_int_equal(r, WIZ_FINISHED);
	assert_true(has(&s, "! 'KWB-99' is geen eis in de selectie."));
	assert_false(has(&s, "(groep 2 van 2)")); /* klaar skipped it */
	assert_string_equal(s.saved.s,
	    "mini-base title=T ref=R buyer=K date=2026-01-31 segments=cloud "
	    "level=verhoogd; "
	    "set-kind KWB-01=award; set-kind KWB-02=knockout; set-param "
	    "meldpunt=x@y");
	release(&s);
}

/* Control characters and broken UTF-8 are refused; ?N out of range too. */
static void
test_bad_input(void **state)
{
	struct script s;
	enum wiz_result r;

	(void)state;
	DRIVE(&s, NULL, "1", "Ti\001tel", "Ti\xfftel", "Titel\tmet tab", "---",
	    "R-1", "K", "2026-02-29", "2028-02-29", "?9", "1", "?0", "?1");
	assert_int_equal(r, WIZ_QUIT);
	assert_int_equal(s.check, 0);
	assert_true(has(&s, "! Het antwoord bevat ongeldige tekens."));
	assert_true(
	    has(&s, "! Een kenmerk bevat minstens één letter of cijfer."));
	assert_true(has(&s, "! Geen geldige datum: '2026-02-29'"));
	assert_true(has(&s, "! '9' is geen nummer van 1 tot 3."));
	assert_true(has(&s, "Basis (basis): (geen verdere uitleg)"));
	assert_string_equal(s.saved.s,
	    "mini-base draft title=Titel met tab ref=R-1 buyer=K "
	    "date=2028-02-29 "
	    "segments=cloud level=-");
	release(&s);
}

/* Long lists are paged to the terminal height; a letter stops the list. */
static void
test_paging(void **state)
{
	struct script s;
	struct wiz_io io;
	struct wiz_opts o = {NULL, NULL, "sel.xml", NULL};
	static const char *const ans[] = {
	    "2", "q"}; /* typed at the paging prompt */

	(void)state;
	memset(&s, 0, sizeof s);
	s.ans = ans;
	s.n = NELEM(ans);
	memset(&io, 0, sizeof io);
	io.out = s_out;
	io.ask = s_ask;
	io.save = s_save;
	io.ud = &s;
	io.rows = 6;
	io.cols = 60;
	assert_int_equal(wiz_run(sets, 2, &o, &io), WIZ_QUIT);
	assert_true(has(&s, "-- meer: Enter"));
	assert_true(
	    has(&s, "Stap 2 van 8")); /* the answer went to the set question */
	assert_true(s.draft);
	release(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_full_run),
	    cmocka_unit_test(test_back),
	    cmocka_unit_test(test_ranges),
	    cmocka_unit_test(test_toggle_back_on),
	    cmocka_unit_test(test_eof_draft),
	    cmocka_unit_test(test_quit_interrupt),
	    cmocka_unit_test(test_resume),
	    cmocka_unit_test(test_resume_bad),
	    cmocka_unit_test(test_set_and_lang),
	    cmocka_unit_test(test_kind_weight),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_paging),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
