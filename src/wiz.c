/*
 * The selection wizard: a state machine over eight steps (set, tender,
 * segments, level, review per group, award criteria, parameters,
 * summary).  Every answer is kept in struct wiz, so going back shows the
 * earlier answer as the default; the selection is built from that state
 * when it is saved, as a draft or finished.  No stdio here: struct
 * wiz_io shows text and reads lines.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cat.h"
#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "util.h"
#include "wiz.h"

/* ---- messages (nl, en) ------------------------------------------------ */

enum m {
	M_STEP,
	M_FIRST_STEP,
	M_HELP_COMMON,
	M_NO_SETS,
	M_UNKNOWN_SET,
	M_S_SET,
	M_S_TENDER,
	M_S_SEGMENTS,
	M_S_LEVEL,
	M_S_REVIEW,
	M_S_AWARD,
	M_S_PARAMS,
	M_S_SUMMARY,
	M_SET_INTRO,
	M_SET_EXTENDS,
	M_SET_ASK,
	M_SET_HELP,
	M_PICK_RANGE,
	M_TENDER_INTRO,
	M_T_TITLE,
	M_T_REF,
	M_T_BUYER,
	M_T_DATE,
	M_TENDER_HELP,
	M_NEED_VALUE,
	M_TOO_LONG,
	M_BAD_DATE,
	M_BAD_REF,
	M_BAD_CHARS,
	M_SEG_INTRO,
	M_SEG_ADDITIVE,
	M_SEG_ADD_SHORT,
	M_SEG_ASK,
	M_SEG_HELP,
	M_SEG_ALONE,
	M_SEG_NONE,
	M_BAD_NUMBER,
	M_BAD_TOKEN,
	M_NO_DESC,
	M_LEVEL_INTRO,
	M_LEVEL_LINE,
	M_LEVEL_ASK,
	M_LEVEL_HELP,
	M_LEVEL_ONE,
	M_REVIEW_GROUP,
	M_REVIEW_INTRO,
	M_REVIEW_ASK,
	M_REVIEW_HELP,
	M_REVIEW_OUTSIDE,
	M_REASON_ASK,
	M_REASON_SAME,
	M_REASON_NEEDED,
	M_KEPT,
	M_TURNED_ON,
	M_TURNED_OFF,
	M_INCLUDED,
	M_EXCLUDED,
	M_REVIEW_SUB,
	M_AWARD_INTRO,
	M_AWARD_NONE,
	M_AWARD_ASK,
	M_AWARD_HELP,
	M_KIND_ASK,
	M_WEIGHT_ASK,
	M_BAD_WEIGHT,
	M_NOT_SELECTED,
	M_PARAM_NONE,
	M_PARAM_HEAD,
	M_PARAM_UNIT,
	M_PARAM_RANGE,
	M_PARAM_PATTERN,
	M_PARAM_USED,
	M_PARAM_ASK,
	M_PARAM_HELP,
	M_BAD_INT,
	M_BELOW,
	M_ABOVE,
	M_NO_MATCH,
	M_NOT_OPTION,
	M_SUM_TENDER,
	M_SUM_SET,
	M_SUM_SEGMENTS,
	M_SUM_LEVEL,
	M_SUM_REQS,
	M_SUM_GROUP,
	M_SUM_GROUP_HEAD,
	M_SUM_GROUP_COLS,
	M_SUM_COVER_CRA,
	M_SUM_COVER,
	M_SUM_EXCLUDED,
	M_SUM_INCLUDED,
	M_SUM_CHANGED,
	M_SUM_PARAMS,
	M_SUM_PVALUE,
	M_SUM_DEFAULT,
	M_SUM_BUYER,
	M_SUM_ASK,
	M_SUM_HELP,
	M_YES_NO,
	M_SAVED,
	M_COMPILE_ASK,
	M_COMPILE_LATER,
	M_DRAFT_SAVED,
	M_NOTHING_SAVED,
	M_INTERRUPTED,
	M_MORE,
	M_IGNORED,
	M_RESUMED,
	M_KIND_KO,
	M_KIND_AWARD,
	M_WEIGHT,
	M_LEVEL_WORD,
	M_OWN,
	M__COUNT
};

static const char *const msgs[M__COUNT][2] = {
    [M_STEP] = {"Stap %d van %d — %s", "Step %d of %d — %s"},
    [M_FIRST_STEP] = {"Dit is de eerste stap.", "This is the first step."},
    [M_HELP_COMMON] = {"Op elke vraag: b gaat terug, q slaat een concept op en "
                       "stopt, ? geeft uitleg,\n"
                       "Enter neemt wat tussen [ ] staat.",
        "At every question: b goes back, q saves a draft and quits, ? "
        "explains,\n"
        "Enter takes what is shown in [ ]."},
    [M_NO_SETS] = {"geen eisensets gevonden op het zoekpad",
        "no requirement sets found on the search path"},
    [M_UNKNOWN_SET] = {"onbekende eisenset '%s'",
        "unknown requirement set '%s'"},
    [M_S_SET] = {"Eisenset", "Requirement set"},
    [M_S_TENDER] = {"Aanbesteding", "Tender"},
    [M_S_SEGMENTS] = {"Inkooponderdelen", "Procurement segments"},
    [M_S_LEVEL] = {"Niveau", "Level"},
    [M_S_REVIEW] = {"Eisen per groep", "Requirements by group"},
    [M_S_AWARD] = {"Gunningscriteria", "Award criteria"},
    [M_S_PARAMS] = {"Parameters", "Parameters"},
    [M_S_SUMMARY] = {"Overzicht en opslaan", "Summary and save"},
    [M_SET_INTRO] = {"Welke eisenset gebruikt u? Een aanvulling bevat de set "
                     "die zij aanvult.",
        "Which requirement set do you use? An overlay contains the set it "
        "extends."},
    [M_SET_EXTENDS] = {"aanvulling op %s %s", "extends %s %s"},
    [M_SET_ASK] = {"Kies een nummer, ? voor uitleg, q stoppen",
        "Choose a number, ? for help, q to quit"},
    [M_SET_HELP] = {"Een eisenset is een verzameling inkoopeisen (bijvoorbeeld "
                    "de nationale basisset).\n"
                    "Een branche kan een aanvulling publiceren; die bevat de "
                    "basisset plus eigen eisen.\n"
                    "Typ het nummer of het id van de set.",
        "A requirement set is a collection of procurement requirements (e.g. "
        "the national set).\n"
        "A branch can publish an overlay: the base set plus its own "
        "requirements.\n"
        "Type the number or the id of the set."},
    [M_PICK_RANGE] = {"Kies een nummer van 1 tot %zu.",
        "Choose a number from 1 to %zu."},
    [M_TENDER_INTRO] = {"Gegevens van de aanbesteding; ze staan op de "
                        "voorpagina van de bijlage.",
        "Tender data; they appear on the cover of the annex."},
    [M_T_TITLE] = {"Titel van de aanbesteding", "Title of the tender"},
    [M_T_REF] = {"Kenmerk van de aanbesteding (bijv. WS-2026-014)",
        "Reference of the tender (e.g. WS-2026-014)"},
    [M_T_BUYER] = {"Naam van de aanbestedende dienst", "Name of the buyer"},
    [M_T_DATE] = {"Datum van de aanbesteding (JJJJ-MM-DD)",
        "Date of the tender (YYYY-MM-DD)"},
    [M_TENDER_HELP] =
        {"Titel: de naam van de opdracht.  Kenmerk: uw zaak- of dossiernummer; "
         "de uitvoer\n"
         "komt in out/<kenmerk>.  Datum: de publicatiedatum, als 2026-12-01 of "
         "1-12-2026;\n"
         "CRA-bepalingen die pas later gelden worden daarmee aangegeven.",
            "Title: the name of the contract.  Reference: your case or file "
            "number; output\n"
            "goes to out/<reference>.  Date: the publication date, as "
            "2026-12-01 or 1-12-2026;\n"
            "CRA clauses that apply only later are marked against it."},
    [M_NEED_VALUE] = {"Een antwoord is nodig.", "An answer is needed."},
    [M_TOO_LONG] = {"Te lang: hoogstens %d tekens.",
        "Too long: at most %d characters."},
    [M_BAD_DATE] =
        {"Geen geldige datum: '%s'. Gebruik JJJJ-MM-DD, bijv. 2026-12-01.",
            "Not a valid date: '%s'. Use YYYY-MM-DD, e.g. 2026-12-01."},
    [M_BAD_REF] = {"Een kenmerk bevat minstens één letter of cijfer.",
        "A reference contains at least one letter or digit."},
    [M_BAD_CHARS] = {"Het antwoord bevat ongeldige tekens.",
        "The answer contains invalid characters."},
    [M_SEG_INTRO] = {"Welke onderdelen koopt u in? Meer dan één mag.",
        "What are you buying? More than one is allowed."},
    [M_SEG_ADDITIVE] = {"aanvulling: alleen samen met een ander onderdeel",
        "supplement: only together with another segment"},
    [M_SEG_ADD_SHORT] = {"aanvulling", "supplement"},
    [M_SEG_ASK] = {"Kies nummers (bijv. 1,3 of 2-4), ?N voor uitleg, b terug, "
                   "q opslaan en stoppen",
        "Choose numbers (e.g. 1,3 or 2-4), ?N to explain, b back, q save and "
        "quit"},
    [M_SEG_HELP] = {"Elk inkooponderdeel brengt de eisen mee die erop van "
                    "toepassing zijn.\n"
                    "Een aanvulling (zoals ketenpartners of privacy) komt "
                    "bovenop een ander onderdeel.\n"
                    "Typ bijvoorbeeld 1,3 of 2-4; ?2 toont de volledige uitleg "
                    "van onderdeel 2.",
        "Each segment brings the requirements that apply to it.\n"
        "A supplement (such as chain partners or privacy) comes on top of "
        "another segment.\n"
        "Type e.g. 1,3 or 2-4; ?2 shows the full description of segment 2."},
    [M_SEG_ALONE] = {"'%s' is een aanvulling en kan niet alleen gekozen "
                     "worden; kies ook een ander onderdeel.",
        "'%s' is a supplement and cannot be chosen alone; choose another "
        "segment too."},
    [M_SEG_NONE] = {"Kies minstens één onderdeel.",
        "Choose at least one segment."},
    [M_BAD_NUMBER] = {"'%s' is geen nummer van 1 tot %zu.",
        "'%s' is not a number from 1 to %zu."},
    [M_BAD_TOKEN] = {"'%s' begrijp ik niet; typ nummers zoals 1,3 of 2-4.",
        "'%s' is not understood; type numbers such as 1,3 or 2-4."},
    [M_NO_DESC] = {"(geen verdere uitleg)", "(no further description)"},
    [M_LEVEL_INTRO] = {"Welk beveiligingsniveau? Elk niveau bevat ook de eisen "
                       "van de lagere niveaus.",
        "Which security level? Each level also contains the requirements of "
        "the levels below it."},
    [M_LEVEL_LINE] = {"voegt %zu eisen toe, totaal %zu",
        "adds %zu requirements, %zu in total"},
    [M_LEVEL_ASK] =
        {"Kies een nummer, ?N voor uitleg, b terug, q opslaan en stoppen",
            "Choose a number, ?N to explain, b back, q save and quit"},
    [M_LEVEL_HELP] = {"Basis past bij de meeste aanbestedingen; kies hoger bij "
                      "gevoelige gegevens of\n"
                      "vitale processen.  ?N toont wat niveau N betekent.",
        "Basic suits most tenders; choose higher for sensitive data or "
        "critical\n"
        "processes.  ?N shows what level N means."},
    [M_LEVEL_ONE] = {"Kies één niveau.", "Choose one level."},
    [M_REVIEW_GROUP] = {"%s (groep %zu van %zu)", "%s (group %zu of %zu)"},
    [M_REVIEW_INTRO] = {"Per groep de eisen die uit uw keuzes volgen. Enter "
                        "neemt een groep over zoals\n"
                        "hij is; klaar neemt ook alle volgende groepen over.",
        "Per group, the requirements that follow from your choices. Enter "
        "takes a group\n"
        "as it is; done takes all the following groups as well."},
    [M_REVIEW_ASK] = {"Aan/uit: nummers (3 of 5-9), all, none; ?N tekst, b "
                      "terug, q opslaan en stoppen",
        "Toggle: numbers (3 or 5-9), all, none; ?N text, b back, q save and "
        "quit"},
    [M_REVIEW_HELP] = {"[x] staat in de selectie, [ ] niet.  Een nummer of "
                       "bereik zet eisen aan of uit;\n"
                       "all zet alles aan, none alles uit.  Wie een eis "
                       "uitsluit, geeft een reden: die\n"
                       "komt in de bijlage (pas toe of leg uit).  Een eis "
                       "buiten uw keuze aanzetten\n"
                       "neemt haar toch op.  Enter gaat naar de volgende "
                       "groep; klaar slaat de\n"
                       "overige groepen over.",
        "[x] is in the selection, [ ] is not.  A number or range toggles "
        "requirements;\n"
        "all turns everything on, none everything off.  Excluding a "
        "requirement needs a\n"
        "reason: it appears in the annex (comply or explain).  Turning on a "
        "requirement\n"
        "outside your choices includes it anyway.  Enter goes to the next "
        "group; done\n"
        "skips the remaining groups."},
    [M_REVIEW_OUTSIDE] = {"buiten keuze", "outside choices"},
    [M_REASON_ASK] = {"Reden voor uitsluiten van %s",
        "Reason for excluding %s"},
    [M_REASON_SAME] = {"Enter: dezelfde reden", "Enter: the same reason"},
    [M_REASON_NEEDED] =
        {"Een reden is nodig: die komt in de bijlage. (b laat de eis aan)",
            "A reason is needed: it appears in the annex. (b keeps the "
            "requirement)"},
    [M_KEPT] = {"%s blijft in de selectie.", "%s stays in the selection."},
    [M_TURNED_ON] = {"%s staat aan.", "%s is on."},
    [M_TURNED_OFF] = {"%s staat uit.", "%s is off."},
    [M_INCLUDED] = {"opgenomen", "included"},
    [M_EXCLUDED] = {"uitgesloten: %s", "excluded: %s"},
    [M_REVIEW_SUB] = {"Enter: verder", "Enter: go on"},
    [M_AWARD_INTRO] = {"Wensen (gunningscriteria) tellen met hun gewicht mee "
                       "in de beoordeling;\n"
                       "knock-out-eisen zijn verplicht.",
        "Award criteria count with their weight in the evaluation; knock-out\n"
        "requirements are mandatory."},
    [M_AWARD_NONE] = {"Er zijn geen wensen in de selectie.",
        "There are no award criteria in the selection."},
    [M_AWARD_ASK] = {"Nummer of eis-id om soort of gewicht te wijzigen, b "
                     "terug, q opslaan en stoppen",
        "Number or requirement id to change kind or weight, b back, q save and "
        "quit"},
    [M_AWARD_HELP] = {"Typ het nummer van een wens om die een eis te maken of "
                      "het gewicht te wijzigen,\n"
                      "of het id van een eis (bijv. KWB-01) om die een wens te "
                      "maken.  Enter gaat verder.",
        "Type the number of an award criterion to make it knock-out or change "
        "its weight,\n"
        "or the id of a requirement (e.g. KWB-01) to make it an award "
        "criterion.  Enter goes on."},
    [M_KIND_ASK] =
        {"Soort van %s: 1 eis (knock-out), 2 wens (gunningscriterium)",
            "Kind of %s: 1 knock-out, 2 award criterion"},
    [M_WEIGHT_ASK] = {"Gewicht van %s (1 tot 1000)",
        "Weight of %s (1 to 1000)"},
    [M_BAD_WEIGHT] = {"Het gewicht is een geheel getal van 1 tot 1000.",
        "The weight is a whole number from 1 to 1000."},
    [M_NOT_SELECTED] = {"'%s' is geen eis in de selectie.",
        "'%s' is not a requirement in the selection."},
    [M_PARAM_NONE] = {"De gekozen eisen hebben geen parameters.",
        "The chosen requirements have no parameters."},
    [M_PARAM_HEAD] = {"Parameter %zu van %zu: %s (%s)",
        "Parameter %zu of %zu: %s (%s)"},
    [M_PARAM_UNIT] = {"eenheid: %s", "unit: %s"},
    [M_PARAM_RANGE] = {"geheel getal van %ld tot %ld",
        "whole number from %ld to %ld"},
    [M_PARAM_PATTERN] = {"moet passen op het patroon %s",
        "must match the pattern %s"},
    [M_PARAM_USED] = {"gebruikt in: %s", "used in: %s"},
    [M_PARAM_ASK] = {"Waarde, b terug, q opslaan en stoppen",
        "Value, b back, q save and quit"},
    [M_PARAM_HELP] =
        {"De waarde komt in de tekst van de eisen die de parameter gebruiken.\n"
         "Enter neemt de getoonde waarde; bij een keuze mag ook het nummer.",
            "The value goes into the text of the requirements that use the "
            "parameter.\n"
            "Enter takes the value shown; for a choice the number works too."},
    [M_BAD_INT] = {"'%s' is geen geheel getal.", "'%s' is not a whole number."},
    [M_BELOW] = {"%ld is kleiner dan het minimum %ld.",
        "%ld is below the minimum %ld."},
    [M_ABOVE] = {"%ld is groter dan het maximum %ld.",
        "%ld is above the maximum %ld."},
    [M_NO_MATCH] = {"'%s' past niet op het patroon %s.",
        "'%s' does not match the pattern %s."},
    [M_NOT_OPTION] = {"'%s' is geen van de keuzes.",
        "'%s' is not one of the choices."},
    [M_SUM_TENDER] = {"Aanbesteding:     %s (%s), %s, %s",
        "Tender:           %s (%s), %s, %s"},
    [M_SUM_SET] = {"Eisenset:         %s %s", "Requirement set:  %s %s"},
    [M_SUM_SEGMENTS] = {"Onderdelen:       %s", "Segments:         %s"},
    [M_SUM_LEVEL] = {"Niveau:           %s", "Level:            %s"},
    [M_SUM_REQS] = {"Eisen:            %zu (%zu knock-out, %zu wensen)",
        "Requirements:     %zu (%zu knock-out, %zu award criteria)"},
    [M_SUM_GROUP] = {"  %s %6zu %10zu %7zu", "  %s %6zu %10zu %7zu"},
    [M_SUM_GROUP_HEAD] = {"  %s %6s %10s %7s", "  %s %6s %10s %7s"},
    [M_SUM_GROUP_COLS] = {"Groep\tTotaal\tKnock-out\tWensen",
        "Group\tTotal\tKnock-out\tAward"},
    [M_SUM_COVER_CRA] = {"%s, bijlage I: %zu van %zu punten gedekt",
        "%s, Annex I: %zu of %zu points covered"},
    [M_SUM_COVER] = {"%s: %zu van %zu maatregelen gedekt",
        "%s: %zu of %zu controls covered"},
    [M_SUM_EXCLUDED] = {"Uitgesloten:      %zu", "Excluded:         %zu"},
    [M_SUM_INCLUDED] = {"Opgenomen buiten de keuze: %s",
        "Included outside the choices: %s"},
    [M_SUM_CHANGED] = {"Soort of gewicht gewijzigd: %s",
        "Kind or weight changed: %s"},
    [M_SUM_PARAMS] = {"Parameters:", "Parameters:"},
    [M_SUM_PVALUE] = {"  %-24s %s%s%s  (%s)", "  %-24s %s%s%s  (%s)"},
    [M_SUM_DEFAULT] = {"standaard", "default"},
    [M_SUM_BUYER] = {"door u gekozen", "set by you"},
    [M_SUM_ASK] =
        {"Selectie opslaan in %s? j/n, b terug, q concept opslaan en stoppen",
            "Save the selection to %s? y/n, b back, q save a draft and quit"},
    [M_SUM_HELP] = {"j schrijft de selectie; daarna kunt u meteen de bijlage "
                    "en checklist maken.\n"
                    "n of b gaat terug om iets te wijzigen.",
        "y writes the selection; then you can make the annex and checklist at "
        "once.\n"
        "n or b goes back to change something."},
    [M_YES_NO] = {"Antwoord j of n.", "Answer y or n."},
    [M_SAVED] = {"Selectie opgeslagen in %s.", "Selection saved to %s."},
    [M_COMPILE_ASK] =
        {"Nu de bijlage en checklist maken (icoc compile %s)? j/n",
            "Make the annex and checklist now (icoc compile %s)? y/n"},
    [M_COMPILE_LATER] = {"Later: icoc compile %s", "Later: icoc compile %s"},
    [M_DRAFT_SAVED] =
        {"Concept opgeslagen in %s; verder met: icoc wizard --resume %s",
            "Draft saved to %s; continue with: icoc wizard --resume %s"},
    [M_NOTHING_SAVED] = {"Niets opgeslagen: er is nog geen eisenset gekozen.",
        "Nothing saved: no requirement set was chosen yet."},
    [M_INTERRUPTED] = {"Onderbroken.", "Interrupted."},
    [M_MORE] = {"-- meer: Enter; of typ meteen uw antwoord --",
        "-- more: Enter; or type your answer now --"},
    [M_IGNORED] = {"Uit %s genegeerd: %s '%s' (onbekend of ongeldig).",
        "Ignored from %s: %s '%s' (unknown or invalid)."},
    [M_RESUMED] = {"Antwoorden uit %s worden als standaard aangeboden.",
        "Answers from %s are offered as defaults."},
    [M_KIND_KO] = {"knock-out", "knock-out"},
    [M_KIND_AWARD] = {"wens", "award"},
    [M_WEIGHT] = {"gewicht %d", "weight %d"},
    [M_LEVEL_WORD] = {"niveau %s", "level %s"},
    [M_OWN] = {"eigen eisen", "own requirements"},
};

static const struct {
	const char *code, *nl, *en;
} units[] = {
    {"minutes", "minuten", "minutes"},
    {"hours", "uur", "hours"},
    {"days", "dagen", "days"},
    {"months", "maanden", "months"},
    {"years", "jaar", "years"},
    {"percent", "procent", "percent"},
    {"count", "aantal", "count"},
};

/* ---- state ------------------------------------------------------------- */

enum {
	ST_SET,
	ST_TENDER,
	ST_SEGMENTS,
	ST_LEVEL,
	ST_REVIEW,
	ST_AWARD,
	ST_PARAMS,
	ST_SUMMARY,
	ST__COUNT
};

/* What a step returns. */
enum res {
	R_NEXT,
	R_BACK,
	R_QUIT,
	R_EOF,
	R_INTR,
	R_FAIL,
	R_DONE,
	R_DONE_COMPILE,
	R_SKIP
};

/* What ask() makes of an answer. */
enum ans { A_LINE, A_BACK, A_QUIT, A_HELP, A_EOF, A_INTR };

struct rstate {     /* per requirement of the set */
	int incl;   /* explicitly included */
	char *excl; /* exclusion reason, or NULL */
	int kind;   /* -1: the set's, else enum set_kind */
	int weight; /* 0: the set's */
};

struct wiz {
	const struct wiz_io *io;
	const struct wiz_opts *o;
	struct set *const *sets;
	size_t nsets;
	const struct set *set;
	int fixed;        /* --set given: no first step */
	int L;            /* 0 nl, 1 en */
	const char *lang; /* "nl" or "en" */
	char *tender[4];  /* title, reference, buyer, date */
	int *seg;         /* per segment: chosen */
	int seg_done;
	int level; /* index into set->levels, -1: none */
	int level_done;
	struct rstate *rs; /* per set->reqs */
	char **pval;       /* per set->params: buyer's value, or NULL */
	int back;          /* the step was entered by going back */
	int lines;         /* lines shown since the last prompt */
	enum res pend;     /* end of input seen while paging */
	int saved;         /* the finished selection was written */
	struct buf ans;    /* the last answer */
	char *typed;       /* an answer typed at the paging prompt */
};

static const char *
tr(const struct wiz *w, enum m id)
{
	return msgs[id][w->L];
}

/* The formats come from the table above, never from input. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
vfmt(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *s;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		n = 0;
	s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}
#pragma GCC diagnostic pop

static char *
fmt(const struct wiz *w, enum m id, ...)
{
	va_list ap;
	char *s;

	va_start(ap, id);
	s = vfmt(tr(w, id), ap);
	va_end(ap);
	return s;
}

/* Code points in s (for cutting and aligning). */
static size_t
width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

static int
more(struct wiz *w)
{
	struct buf b = BUF_INIT;
	enum wiz_read r;
	int stop;

	r = w->io->ask(w->io->ud, tr(w, M_MORE), &b);
	stop = r != WIZ_READ_LINE ||
	    (b.s != NULL && b.s[strspn(b.s, " \t")] != '\0');
	if (r == WIZ_READ_LINE && stop) {
		free(w->typed);
		w->typed =
		    xstrdup(b.s); /* the answer to the question that follows */
	}
	if (r == WIZ_READ_EOF)
		w->pend = R_EOF;
	else if (r == WIZ_READ_INTR)
		w->pend = R_INTR;
	buf_release(&b);
	w->lines = 0;
	return stop ? -1 : 0;
}

/*
 * Show one line (without newline).  Lists call this; it pages to the
 * terminal height and returns -1 when the reader stopped the list.
 */
static int
line(struct wiz *w, enum wiz_out k, const char *s)
{
	char *t;
	int n = 1;

	if (w->pend)
		return -1;
	if (w->io->cols > 0) {
		size_t wd = width(s);
		n = wd == 0 ? 1
		            : (int)((wd + (size_t)w->io->cols - 1) /
		                  (size_t)w->io->cols);
	}
	if (w->io->rows > 2 && w->lines + n > w->io->rows - 2 && more(w) < 0)
		return -1;
	t = xasprintf("%s\n", s);
	w->io->out(w->io->ud, k, t);
	free(t);
	w->lines += n;
	return 0;
}

/* A multi-line text: each line through line(). */
static int
lines(struct wiz *w, enum wiz_out k, const char *s)
{
	char *copy = xstrdup(s), *p = copy, *nl;
	int rc = 0;

	while (rc == 0 && p != NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		rc = line(w, k, p);
		p = nl ? nl + 1 : NULL;
	}
	free(copy);
	return rc;
}

static void
say(struct wiz *w, enum wiz_out k, enum m id, ...)
{
	va_list ap;
	char *s;

	va_start(ap, id);
	s = vfmt(tr(w, id), ap);
	va_end(ap);
	lines(w, k, s);
	free(s);
}

/* s cut to n code points, with an ellipsis when cut.  Caller frees. */
static char *
cut(const char *s, size_t n)
{
	size_t i = 0, cp = 0;

	if (width(s) <= n)
		return xstrdup(s);
	while (s[i] && cp < n - 1) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cp++;
	}
	return xasprintf("%.*s…", (int)i, s);
}

/* s cut or padded to exactly n code points.  Caller frees. */
static char *
pad(const char *s, size_t n)
{
	char *c = cut(s, n), *p;
	size_t wd = width(c);

	p = xasprintf("%s%*s", c, (int)(n - wd), "");
	free(c);
	return p;
}

static size_t
list_width(const struct wiz *w)
{
	return w->io->cols > 20 ? (size_t)w->io->cols - 1 : 100;
}

/* Show text word-wrapped to the list width, each line indented. */
static void
wrap(struct wiz *w, size_t indent, const char *text)
{
	size_t max = list_width(w) > indent + 20 ? list_width(w) - indent : 20;
	const char *p = text;

	while (*p != '\0') {
		const char *end = p, *brk = NULL;
		size_t cp = 0;
		char *l;

		while (*end != '\0' && cp < max) {
			if (*end == ' ')
				brk = end;
			end++;
			while (((unsigned char)*end & 0xC0) == 0x80)
				end++;
			cp++;
		}
		if (*end != '\0' && brk != NULL)
			end = brk;
		l = xasprintf("%*s%.*s", (int)indent, "", (int)(end - p), p);
		if (line(w, WIZ_OUT_TEXT, l) < 0) {
			free(l);
			return;
		}
		free(l);
		p = end;
		while (*p == ' ')
			p++;
	}
}

/* A text in the prompt language (falling back to the set's), plain.  Caller frees. */
static char *
plain(const struct wiz *w, const struct text *t)
{
	const struct text *p =
	    text_pick(t, w->lang, w->set ? w->set->lang : "nl", NULL);

	return p ? text_plain(p->body, NULL, NULL) : xstrdup("");
}

static int
valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		int n;
		if (*p < 0x20 || *p == 0x7f)
			return 0;
		if (*p < 0x80) {
			p++;
			continue;
		}
		if ((*p & 0xE0) == 0xC0 && *p >= 0xC2)
			n = 1;
		else if ((*p & 0xF0) == 0xE0)
			n = 2;
		else if ((*p & 0xF8) == 0xF0 && *p <= 0xF4)
			n = 3;
		else
			return 0;
		for (int i = 1; i <= n; i++)
			if ((p[i] & 0xC0) != 0x80)
				return 0;
		if (n == 2 &&
		    ((p[0] == 0xE0 && p[1] < 0xA0) ||
		        (p[0] == 0xED && p[1] >= 0xA0)))
			return 0;
		if (n == 3 &&
		    ((p[0] == 0xF0 && p[1] < 0x90) ||
		        (p[0] == 0xF4 && p[1] >= 0x90)))
			return 0;
		p += n + 1;
	}
	return 1;
}

/*
 * Ask a question; the answer, trimmed, is in w->ans.s.  def (may be NULL)
 * is shown in brackets.  b, q and ? are told apart here.
 */
static enum ans
ask(struct wiz *w, const char *question, const char *def)
{
	char *prompt;
	enum wiz_read r;
	size_t a, e;

	if (w->pend)
		return w->pend == R_EOF ? A_EOF : A_INTR;
	prompt = def && *def ? xasprintf("%s [%s]: ", question, def)
	                     : xasprintf("%s: ", question);
	for (;;) {
		buf_release(&w->ans);
		buf_add(&w->ans, "", 0);
		w->lines = 0;
		if (w->typed != NULL) {
			buf_puts(&w->ans, w->typed);
			free(w->typed);
			w->typed = NULL;
			r = WIZ_READ_LINE;
		} else
			r = w->io->ask(w->io->ud, prompt, &w->ans);
		if (r != WIZ_READ_LINE)
			break;
		if (w->ans.s == NULL)
			buf_add(&w->ans, "", 0);
		a = strspn(w->ans.s, " \t\r\n");
		e = strlen(w->ans.s);
		while (e > a && strchr(" \t\r\n", w->ans.s[e - 1]))
			e--;
		memmove(w->ans.s, w->ans.s + a, e - a);
		w->ans.s[e - a] = '\0';
		w->ans.len = e - a;
		for (char *t = w->ans.s; *t; t++)
			if (*t == '\t')
				*t = ' '; /* pasted text */
		if (!valid_utf8(w->ans.s)) {
			say(w, WIZ_OUT_ERROR, M_BAD_CHARS);
			continue;
		}
		break;
	}
	free(prompt);
	if (r == WIZ_READ_EOF) {
		w->pend = R_EOF;
		return A_EOF;
	}
	if (r == WIZ_READ_INTR) {
		w->pend = R_INTR;
		return A_INTR;
	}
	if (strcmp(w->ans.s, "b") == 0)
		return A_BACK;
	if (strcmp(w->ans.s, "q") == 0)
		return A_QUIT;
	if (strcmp(w->ans.s, "?") == 0)
		return A_HELP;
	return A_LINE;
}

static enum res
ans_res(enum ans a)
{
	switch (a) {
	case A_BACK:
		return R_BACK;
	case A_QUIT:
		return R_QUIT;
	case A_EOF:
		return R_EOF;
	case A_INTR:
		return R_INTR;
	default:
		return R_NEXT;
	}
}

static void
heading(struct wiz *w, int step, const char *sub)
{
	char *name = sub ? xasprintf("%s: %s", tr(w, M_S_SET + step), sub)
	                 : xstrdup(tr(w, M_S_SET + step));

	line(w, WIZ_OUT_TEXT, "");
	say(w, WIZ_OUT_HEAD, M_STEP, step + 1, ST__COUNT, name);
	free(name);
}

/* Parse a positive integer in [1, n]; 0 when s is not one. */
static size_t
number(const char *s, size_t n)
{
	char *end;
	unsigned long v;

	if (!isdigit((unsigned char)*s))
		return 0;
	v = strtoul(s, &end, 10);
	if (*end != '\0' || v == 0 || v > n)
		return 0;
	return (size_t)v;
}

typedef const char *id_fn(const struct wiz *w, size_t i);

/*
 * Parse "1,3 5-7 cloud" into marks[0..n-1] (set to 1).  Ids are matched
 * through idf (may be NULL).  0 ok; -1 after saying why.
 */
static int
parse_list(struct wiz *w, const char *s, size_t n, id_fn *idf, int *marks)
{
	char *copy = xstrdup(s), *save = NULL, *tok;
	int rc = 0;

	for (tok = strtok_r(copy, ", \t", &save); tok && rc == 0;
	     tok = strtok_r(NULL, ", \t", &save)) {
		char *dash = strchr(tok, '-');
		size_t a, b, i;

		if (number(tok, (size_t)-1) ||
		    (dash && dash != tok && isdigit((unsigned char)tok[0]) &&
		        isdigit((unsigned char)dash[1]) &&
		        strspn(tok, "0123456789-") == strlen(tok))) {
			if (dash) {
				*dash = '\0';
				a = number(tok, n);
				b = number(dash + 1, n);
				if (a == 0 || b == 0 || a > b) {
					*dash = '-';
					say(w, WIZ_OUT_ERROR, M_BAD_NUMBER, tok,
					    n);
					rc = -1;
					break;
				}
			} else if ((a = b = number(tok, n)) == 0) {
				say(w, WIZ_OUT_ERROR, M_BAD_NUMBER, tok, n);
				rc = -1;
				break;
			}
			for (i = a; i <= b; i++)
				marks[i - 1] = 1;
			continue;
		}
		for (i = 0; idf && i < n; i++)
			if (strcasecmp(idf(w, i), tok) == 0)
				break;
		if (idf == NULL || i == n) {
			say(w, WIZ_OUT_ERROR, M_BAD_TOKEN, tok);
			rc = -1;
			break;
		}
		marks[i] = 1;
	}
	free(copy);
	return rc;
}

static int
is_yes(const char *s)
{
	return strcasecmp(s, "j") == 0 || strcasecmp(s, "ja") == 0 ||
	    strcasecmp(s, "y") == 0 || strcasecmp(s, "yes") == 0;
}

static int
is_no(const char *s)
{
	return strcasecmp(s, "n") == 0 || strcasecmp(s, "nee") == 0 ||
	    strcasecmp(s, "no") == 0;
}

/* ---- selection logic ---------------------------------------------------- */

static size_t
req_index(const struct wiz *w, const struct set_req *r)
{
	for (size_t i = 0; i < w->set->nreqs; i++)
		if (w->set->reqs[i] == r)
			return i;
	return 0;
}

static int
level_rank(const struct wiz *w)
{
	return w->level >= 0 ? w->set->levels[w->level].rank : -1;
}

/* Does r follow from the chosen segments and level? */
static int
by_choice(const struct wiz *w, const struct set_req *r)
{
	if (r->withdrawn || r->level->rank > level_rank(w))
		return 0;
	for (size_t i = 0; i < w->set->nsegments; i++)
		if (w->seg[i] && set_req_in_segment(r, w->set->segments[i].id))
			return 1;
	return 0;
}

static int
selected(const struct wiz *w, size_t i)
{
	const struct set_req *r = w->set->reqs[i];

	if (r->withdrawn || w->rs[i].excl)
		return 0;
	return w->rs[i].incl || by_choice(w, r);
}

static enum set_kind
eff_kind(const struct wiz *w, size_t i)
{
	return w->rs[i].kind >= 0 ? (enum set_kind)w->rs[i].kind
	                          : w->set->reqs[i]->kind;
}

static int
eff_weight(const struct wiz *w, size_t i)
{
	return w->rs[i].weight > 0 ? w->rs[i].weight : w->set->reqs[i]->weight;
}

static void
reset_set_state(struct wiz *w)
{
	if (w->set != NULL) {
		for (size_t i = 0; i < w->set->nreqs; i++)
			free(w->rs[i].excl);
		for (size_t i = 0; i < w->set->nparams; i++)
			free(w->pval[i]);
	}
	free(w->rs);
	free(w->pval);
	free(w->seg);
	w->rs = NULL;
	w->pval = NULL;
	w->seg = NULL;
	w->seg_done = w->level_done = 0;
	w->level = -1;
}

/* what: the English element name; Dutch prompts get a Dutch word. */
static void
ignored(struct wiz *w, const char *what, const char *id)
{
	static const char *const nl[][2] = {
	    {"segment", "onderdeel"},
	    {"level", "niveau"},
	    {"parameter", "parameter"},
	    {"requirement", "eis"},
	    {"exclude", "uitsluiting zonder reden van"},
	    {"set-weight", "gewicht van"},
	};

	if (!w->L)
		for (size_t i = 0; i < NELEM(nl); i++)
			if (strcmp(nl[i][0], what) == 0)
				what = nl[i][1];
	say(w, WIZ_OUT_ERROR, M_IGNORED,
	    w->o->resume->file ? w->o->resume->file : "?", what, id);
}

/* Take the answers of the resumed selection, when it is for this set. */
static void
apply_resume(struct wiz *w)
{
	const struct sel *r = w->o->resume;
	const struct set *s = w->set;

	if (r == NULL || r->set == NULL || strcmp(r->set, s->id) != 0)
		return;
	for (size_t i = 0; i < r->nsegments; i++) {
		size_t j;
		for (j = 0; j < s->nsegments; j++)
			if (strcmp(s->segments[j].id, r->segments[i]) == 0)
				break;
		if (j < s->nsegments) {
			w->seg[j] = 1;
			w->seg_done = 1;
		} else
			ignored(w, "segment", r->segments[i]);
	}
	{
		int base =
		    0; /* supplements alone: offered, but not yet an answer */
		for (size_t j = 0; j < s->nsegments; j++)
			base |= w->seg[j] && !s->segments[j].additive;
		if (!base)
			w->seg_done = 0;
	}
	if (r->level != NULL) {
		for (size_t j = 0; j < s->nlevels; j++)
			if (strcmp(s->levels[j].id, r->level) == 0) {
				w->level = (int)j;
				w->level_done = 1;
			}
		if (!w->level_done)
			ignored(w, "level", r->level);
	}
	for (size_t k = 0; k < r->nops; k++) {
		const struct sel_op *op = &r->ops[k];
		if (op->kind == SEL_SET_PARAM) {
			size_t j;
			for (j = 0; j < s->nparams; j++)
				if (strcmp(s->params[j].id, op->ref) == 0)
					break;
			if (j == s->nparams || op->value == NULL ||
			    set_param_check(&s->params[j], op->value) != NULL) {
				ignored(w, "parameter", op->ref);
				continue;
			}
			free(w->pval[j]);
			w->pval[j] = s->params[j].def &&
			        strcmp(s->params[j].def, op->value) == 0
			    ? NULL
			    : xstrdup(op->value);
			continue;
		}
		{
			const struct set_req *rq = set_req(s, op->ref);
			struct rstate *st;
			long v;
			if (rq == NULL || rq->withdrawn) {
				ignored(w, "requirement", op->ref);
				continue;
			}
			st = &w->rs[req_index(w, rq)];
			switch (op->kind) {
			case SEL_INCLUDE:
				st->incl = 1;
				free(st->excl);
				st->excl = NULL;
				break;
			case SEL_EXCLUDE:
				if (op->value == NULL || *op->value == '\0') {
					ignored(w, "exclude", op->ref);
					break;
				}
				free(st->excl);
				st->excl = xstrdup(op->value);
				st->incl = 0;
				break;
			case SEL_SET_KIND:
				st->kind =
				    op->value && strcmp(op->value, "award") == 0
				    ? SET_AWARD
				    : SET_KNOCKOUT;
				break;
			case SEL_SET_WEIGHT:
				v = op->value ? strtol(op->value, NULL, 10) : 0;
				if (v >= 1 && v <= 1000)
					st->weight = (int)v;
				else
					ignored(w, "set-weight", op->ref);
				break;
			default:
				break;
			}
		}
	}
}

static void
choose_set(struct wiz *w, const struct set *s)
{
	if (w->set == s)
		return;
	reset_set_state(w);
	w->set = s;
	if (w->o->lang == NULL) {
		w->L = s->lang && strncmp(s->lang, "en", 2) == 0;
		w->lang = w->L ? "en" : "nl";
	}
	w->seg = xcalloc(s->nsegments + 1, sizeof *w->seg);
	w->rs = xcalloc(s->nreqs + 1, sizeof *w->rs);
	for (size_t i = 0; i < s->nreqs; i++)
		w->rs[i].kind = -1;
	w->pval = xcalloc(s->nparams + 1, sizeof *w->pval);
	apply_resume(w);
}

static struct text *
mktext(const char *lang, const char *s)
{
	struct text *t = xcalloc(1, sizeof *t);

	t->lang = xstrdup(lang);
	t->body = xcalloc(1, sizeof *t->body);
	t->body->kind = TEXT_STR;
	t->body->s = xstrdup(s);
	return t;
}

static void
add_op(struct sel *s, enum sel_op_kind k, const char *ref, const char *value)
{
	struct sel_op *op;

	s->ops = xrealloc(s->ops, (s->nops + 1) * sizeof *s->ops);
	op = &s->ops[s->nops++];
	memset(op, 0, sizeof *op);
	op->kind = k;
	op->ref = xstrdup(ref);
	op->value = xstrdup(value);
}

/* Copies of the buyer's own groups of the resumed selection. */
static void
copy_own(struct sel *s, const struct sel *from)
{
	if (from == NULL || from->ngroups == 0 ||
	    strcmp(from->set, s->set) != 0)
		return;
	s->groups = xcalloc(from->ngroups, sizeof *s->groups);
	s->ngroups = from->ngroups;
	for (size_t i = 0; i < from->ngroups; i++) {
		const struct sel_group *f = &from->groups[i];
		struct sel_group *g = &s->groups[i];
		g->id = xstrdup(f->id);
		g->title = text_copy(f->title);
		g->src = f->src;
		g->nreqs = f->nreqs;
		g->reqs = xcalloc(f->nreqs + 1, sizeof *g->reqs);
		for (size_t j = 0; j < f->nreqs; j++) {
			const struct sel_req *fr = &f->reqs[j];
			struct sel_req *r = &g->reqs[j];
			r->id = xstrdup(fr->id);
			r->award = fr->award;
			r->weight = fr->weight;
			r->applies = xstrdup(fr->applies);
			r->title = text_copy(fr->title);
			r->statement = text_copy(fr->statement);
			r->guidance = text_copy(fr->guidance);
			r->evidence = text_copy(fr->evidence);
			r->src = fr->src;
			r->nmaps = fr->nmaps;
			r->map_cat = xcalloc(fr->nmaps + 1, sizeof(char *));
			r->map_clause = xcalloc(fr->nmaps + 1, sizeof(char *));
			for (size_t k = 0; k < fr->nmaps; k++) {
				r->map_cat[k] = xstrdup(fr->map_cat[k]);
				r->map_clause[k] = xstrdup(fr->map_clause[k]);
			}
		}
	}
}

struct used_ctx {
	const struct set *set;
	int *used;
};

static void
mark_used(const char *id, long ln, void *ud)
{
	struct used_ctx *c = ud;

	(void)ln;
	for (size_t i = 0; i < c->set->nparams; i++)
		if (strcmp(c->set->params[i].id, id) == 0)
			c->used[i] = 1;
}

static void
mark_texts(const struct text *t, struct used_ctx *c)
{
	for (; t != NULL; t = t->next)
		text_each_param(t->body, mark_used, 0, c);
}

/* Per parameter: used by a selected requirement.  Caller frees. */
static int *
used_params(const struct wiz *w)
{
	struct used_ctx c = {w->set, xcalloc(w->set->nparams + 1, sizeof(int))};
	const struct sel *r = w->o->resume;

	for (size_t i = 0; i < w->set->nreqs; i++)
		if (selected(w, i)) {
			const struct set_req *q = w->set->reqs[i];
			mark_texts(q->title, &c);
			mark_texts(q->statement, &c);
			mark_texts(q->guidance, &c);
			mark_texts(q->evidence, &c);
		}
	if (r != NULL && r->set && strcmp(r->set, w->set->id) == 0)
		for (size_t g = 0; g < r->ngroups; g++)
			for (size_t j = 0; j < r->groups[g].nreqs; j++) {
				mark_texts(r->groups[g].reqs[j].title, &c);
				mark_texts(r->groups[g].reqs[j].statement, &c);
				mark_texts(r->groups[g].reqs[j].guidance, &c);
				mark_texts(r->groups[g].reqs[j].evidence, &c);
			}
	return c.used;
}

/* The selection as answered so far.  Free with sel_free(). */
static struct sel *
build(const struct wiz *w, int draft)
{
	struct sel *s = xcalloc(1, sizeof *s);
	const struct set *set = w->set;

	s->file = xstrdup(w->o->output);
	s->set = xstrdup(set->id);
	s->set_version = xstrdup(set->version);
	s->lang = xstrdup(set->lang ? set->lang : "nl");
	s->draft = draft;
	if (w->tender[0])
		s->title = mktext(s->lang, w->tender[0]);
	s->reference = xstrdup(w->tender[1]);
	s->buyer = xstrdup(w->tender[2]);
	s->date = xstrdup(w->tender[3]);
	if (w->seg_done) {
		s->segments = xcalloc(set->nsegments + 1, sizeof(char *));
		s->segment_src =
		    xcalloc(set->nsegments + 1, sizeof(struct src));
		for (size_t i = 0; i < set->nsegments; i++)
			if (w->seg[i])
				s->segments[s->nsegments++] =
				    xstrdup(set->segments[i].id);
	}
	if (w->level_done && w->level >= 0)
		s->level = xstrdup(set->levels[w->level].id);
	for (size_t i = 0; i < set->nreqs; i++) {
		const struct set_req *r = set->reqs[i];
		int bc = by_choice(w, r);
		if (r->withdrawn)
			continue;
		if (w->rs[i].excl && (bc || w->rs[i].incl))
			add_op(s, SEL_EXCLUDE, r->id, w->rs[i].excl);
		else if (w->rs[i].incl && !bc)
			add_op(s, SEL_INCLUDE, r->id, NULL);
	}
	for (size_t i = 0; i < set->nreqs; i++) {
		const struct set_req *r = set->reqs[i];
		char v[32];
		if (!selected(w, i))
			continue;
		if (eff_kind(w, i) != r->kind)
			add_op(s, SEL_SET_KIND, r->id,
			    set_kind_name(eff_kind(w, i)));
		if (eff_kind(w, i) == SET_AWARD &&
		    eff_weight(w, i) != r->weight) {
			snprintf(v, sizeof v, "%d", eff_weight(w, i));
			add_op(s, SEL_SET_WEIGHT, r->id, v);
		}
	}
	for (size_t i = 0; i < set->nparams; i++)
		if (w->pval[i]) /* also unused ones: a resumed value stays */
			add_op(s, SEL_SET_PARAM, set->params[i].id, w->pval[i]);
	copy_own(s, w->o->resume);
	return s;
}

static enum wiz_result
save_draft(struct wiz *w)
{
	struct sel *s;
	int rc;

	if (w->set == NULL) {
		say(w, WIZ_OUT_TEXT, M_NOTHING_SAVED);
		return WIZ_QUIT;
	}
	s = build(w, 1);
	rc = w->io->save(w->io->ud, s, w->set);
	sel_free(s);
	if (rc != 0)
		return WIZ_FAILED;
	w->pend = 0;
	say(w, WIZ_OUT_TEXT, M_DRAFT_SAVED, w->o->output, w->o->output);
	return WIZ_QUIT;
}

/* ---- step 1: the set ---------------------------------------------------- */

static const char *
set_id_of(const struct wiz *w, size_t i)
{
	return w->sets[i]->id;
}

static enum res
step_set(struct wiz *w)
{
	size_t def = 0;
	char defs[32] = "";

	size_t idw = 0;

	heading(w, ST_SET, NULL);
	say(w, WIZ_OUT_TEXT, M_SET_INTRO);
	for (size_t i = 0; i < w->nsets; i++)
		if (width(w->sets[i]->id) + width(w->sets[i]->version) + 1 >
		    idw)
			idw = width(w->sets[i]->id) +
			    width(w->sets[i]->version) + 1;
	for (size_t i = 0; i < w->nsets; i++) {
		const struct set *s = w->sets[i];
		const struct set_layer *top = &s->layers[s->nlayers - 1];
		char *title = plain(w, top->title), *ext = NULL, *l, *c, *idv;
		if (top->extends)
			ext = fmt(w, M_SET_EXTENDS, top->extends,
			    top->extends_version ? top->extends_version : "");
		idv = xasprintf("%s %s", s->id, s->version);
		l = xasprintf("%3zu  %-*s  %s%s%s%s%s", i + 1, (int)idw, idv,
		    title, top->publisher ? " — " : "",
		    top->publisher ? top->publisher : "", ext ? "; " : "",
		    ext ? ext : "");
		c = cut(l, list_width(w));
		line(w, WIZ_OUT_TEXT, c);
		free(c);
		free(l);
		free(title);
		free(ext);
		free(idv);
		if (w->set == s ||
		    (w->set == NULL && w->o->resume && w->o->resume->set &&
		        strcmp(w->o->resume->set, s->id) == 0 && def == 0))
			def = i + 1;
	}
	if (def == 0 && w->nsets == 1)
		def = 1;
	if (def)
		snprintf(defs, sizeof defs, "%zu", def);
	for (;;) {
		enum ans a = ask(w, tr(w, M_SET_ASK), defs);
		int marks[1];
		size_t n = 0;

		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_SET_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a == A_BACK) {
			say(w, WIZ_OUT_ERROR, M_FIRST_STEP);
			continue;
		}
		if (a != A_LINE)
			return ans_res(a);
		if (*w->ans.s == '\0')
			n = def;
		else if ((n = number(w->ans.s, w->nsets)) == 0)
			for (size_t i = 0; i < w->nsets; i++)
				if (strcasecmp(set_id_of(w, i), w->ans.s) ==
				        0 &&
				    n == 0)
					n = i + 1;
		(void)marks;
		if (n == 0) {
			say(w, WIZ_OUT_ERROR, M_PICK_RANGE, w->nsets);
			continue;
		}
		choose_set(w, w->sets[n - 1]);
		return R_NEXT;
	}
}

/* ---- step 2: tender data ------------------------------------------------ */

static int
valid_date(const char *s, char out[32])
{
	int y, m, d, n = 0;
	static const int mdays[] = {
	    31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && s[n] == '\0' &&
	    n == 10)
		;
	else if (sscanf(s, "%2d-%2d-%4d%n", &d, &m, &y, &n) == 3 &&
	    s[n] == '\0' && strlen(s) >= 8 && isdigit((unsigned char)s[0]) &&
	    y >= 1000)
		;
	else
		return 0;
	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 &&
	    !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
	return 1;
}

static enum res
step_tender(struct wiz *w)
{
	static const enum m q[4] = {M_T_TITLE, M_T_REF, M_T_BUYER, M_T_DATE};
	static const int maxlen[4] = {300, 100, 200, 10};
	int i = w->back ? 3 : 0;
	const struct sel *r = w->o->resume;

	if (r != NULL && !w->tender[0] && !w->tender[1] && !w->tender[2] &&
	    !w->tender[3]) {
		if (r->title) {
			const struct text *t =
			    text_pick(r->title, r->lang, NULL, NULL);
			w->tender[0] = text_plain(t->body, NULL, NULL);
		}
		w->tender[1] = xstrdup(r->reference);
		w->tender[2] = xstrdup(r->buyer);
		w->tender[3] = xstrdup(r->date);
	}
	heading(w, ST_TENDER, NULL);
	say(w, WIZ_OUT_TEXT, M_TENDER_INTRO);
	while (i < 4) {
		enum ans a = ask(w, tr(w, q[i]), w->tender[i]);
		char *v, date[32];

		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_TENDER_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a == A_BACK) {
			if (i == 0)
				return R_BACK;
			i--;
			continue;
		}
		if (a != A_LINE)
			return ans_res(a);
		if (*w->ans.s == '\0') {
			if (w->tender[i] == NULL) {
				say(w, WIZ_OUT_ERROR, M_NEED_VALUE);
				continue;
			}
			i++;
			continue;
		}
		v = xstrdup(w->ans.s);
		str_collapse(v);
		if (i == 3) {
			if (!valid_date(v, date)) {
				say(w, WIZ_OUT_ERROR, M_BAD_DATE, v);
				free(v);
				continue;
			}
			free(v);
			v = xstrdup(date);
		} else if ((int)width(v) > maxlen[i]) {
			say(w, WIZ_OUT_ERROR, M_TOO_LONG, maxlen[i]);
			free(v);
			continue;
		} else if (i == 1 &&
		    strcspn(v,
		        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz01"
		        "23456789") == strlen(v)) {
			say(w, WIZ_OUT_ERROR, M_BAD_REF);
			free(v);
			continue;
		}
		free(w->tender[i]);
		w->tender[i] = v;
		i++;
	}
	return R_NEXT;
}

/* ---- step 3: segments --------------------------------------------------- */

static const char *
seg_id_of(const struct wiz *w, size_t i)
{
	return w->set->segments[i].id;
}

/* "?N": the full description of item N. */
static int
help_n(const char *s, size_t n)
{
	return s[0] == '?' && s[1] != '\0' ? (int)number(s + 1, n) : -1;
}

static enum res
step_segments(struct wiz *w)
{
	const struct set *s = w->set;
	size_t n = s->nsegments;
	struct buf def = BUF_INIT;

	size_t idw = 0;

	for (size_t i = 0; i < n; i++)
		if (width(s->segments[i].id) > idw)
			idw = width(s->segments[i].id);
	heading(w, ST_SEGMENTS, NULL);
	say(w, WIZ_OUT_TEXT, M_SEG_INTRO);
	for (size_t i = 0; i < n; i++) {
		const struct set_segment *sg = &s->segments[i];
		char *t = plain(w, sg->title), *d = plain(w, sg->desc), *l, *c;
		l = xasprintf("%3zu  %-*s  %s%s%s%s%s%s", i + 1, (int)idw,
		    sg->id, t, sg->additive ? " (" : "",
		    sg->additive ? tr(w, M_SEG_ADD_SHORT) : "",
		    sg->additive ? ")" : "", *d ? " — " : "", d);
		c = cut(l, list_width(w));
		line(w, WIZ_OUT_TEXT, c);
		free(c);
		free(l);
		free(t);
		free(d);
		if (w->seg[i])
			buf_printf(&def, "%s%zu", def.len ? "," : "", i + 1);
	}
	for (;;) {
		enum ans a = ask(w, tr(w, M_SEG_ASK), def.s);
		int *marks, hn, ok = 0;

		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_SEG_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a != A_LINE) {
			buf_release(&def);
			return ans_res(a);
		}
		if ((hn = help_n(w->ans.s, n)) >= 0) {
			if (hn == 0)
				say(w, WIZ_OUT_ERROR, M_BAD_NUMBER,
				    w->ans.s + 1, n);
			else {
				const struct set_segment *sg =
				    &s->segments[hn - 1];
				char *t = plain(w, sg->title),
				     *d = plain(w, sg->desc);
				char *l = xasprintf("%s (%s): %s", t, sg->id,
				    *d ? d : tr(w, M_NO_DESC));
				wrap(w, 0, l);
				if (sg->additive)
					lines(w, WIZ_OUT_TEXT,
					    tr(w, M_SEG_ADDITIVE));
				free(l);
				free(t);
				free(d);
			}
			continue;
		}
		if (*w->ans.s == '\0' && def.len == 0) {
			say(w, WIZ_OUT_ERROR, M_SEG_NONE);
			continue;
		}
		marks = xcalloc(n + 1, sizeof *marks);
		if (*w->ans.s == '\0') /* the default: checked like an answer */
			memcpy(marks, w->seg, n * sizeof *marks);
		if (*w->ans.s == '\0' ||
		    parse_list(w, w->ans.s, n, seg_id_of, marks) == 0) {
			int any = 0, base = 0;
			for (size_t i = 0; i < n; i++)
				if (marks[i]) {
					any = 1;
					base |= !s->segments[i].additive;
				}
			if (!any)
				say(w, WIZ_OUT_ERROR, M_SEG_NONE);
			else if (!base) {
				for (size_t i = 0; i < n; i++)
					if (marks[i]) {
						char *t = plain(
						    w, s->segments[i].title);
						say(w, WIZ_OUT_ERROR,
						    M_SEG_ALONE, t);
						free(t);
						break;
					}
			} else
				ok = 1;
		}
		if (ok) {
			memcpy(w->seg, marks, n * sizeof *marks);
			w->seg_done = 1;
		}
		free(marks);
		if (ok) {
			buf_release(&def);
			return R_NEXT;
		}
	}
}

/* ---- step 4: level ------------------------------------------------------ */

static const char *
level_id_of(const struct wiz *w, size_t i)
{
	return w->set->levels[i].id;
}

static enum res
step_level(struct wiz *w)
{
	const struct set *s = w->set;
	size_t n = s->nlevels, total = 0;
	char def[32];
	int keep = w->level;

	if (n == 0) /* the schema asks for levels; be safe anyway */
		return w->back ? R_BACK : R_NEXT;
	heading(w, ST_LEVEL, NULL);
	say(w, WIZ_OUT_TEXT, M_LEVEL_INTRO);
	for (size_t i = 0; i < n; i++) {
		size_t adds = 0;
		char *t = plain(w, s->levels[i].title), *cnt, *l;
		for (size_t k = 0; k < s->nreqs; k++) {
			const struct set_req *r = s->reqs[k];
			int in = 0;
			if (r->withdrawn || r->level->rank != s->levels[i].rank)
				continue;
			for (size_t g = 0; g < s->nsegments && !in; g++)
				in = w->seg[g] &&
				    set_req_in_segment(r, s->segments[g].id);
			adds += in;
		}
		total += adds;
		cnt = fmt(w, M_LEVEL_LINE, adds, total);
		l = xasprintf(
		    "%3zu  %-12s %s — %s", i + 1, s->levels[i].id, t, cnt);
		line(w, WIZ_OUT_TEXT, l);
		free(l);
		free(cnt);
		free(t);
		t = plain(w, s->levels[i].desc);
		wrap(w, 5, t);
		free(t);
	}
	snprintf(def, sizeof def, "%d", (w->level >= 0 ? w->level : 0) + 1);
	for (;;) {
		enum ans a = ask(w, tr(w, M_LEVEL_ASK), def);
		int hn, marks[64] = {0};
		size_t k = 0;

		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_LEVEL_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a != A_LINE)
			return ans_res(a);
		if ((hn = help_n(w->ans.s, n)) >= 0) {
			if (hn == 0)
				say(w, WIZ_OUT_ERROR, M_BAD_NUMBER,
				    w->ans.s + 1, n);
			else {
				const struct set_level *lv = &s->levels[hn - 1];
				char *t = plain(w, lv->title),
				     *d = plain(w, lv->desc);
				char *l = xasprintf("%s (%s): %s", t, lv->id,
				    *d ? d : tr(w, M_NO_DESC));
				wrap(w, 0, l);
				free(l);
				free(t);
				free(d);
			}
			continue;
		}
		if (*w->ans.s == '\0') {
			w->level = keep >= 0 ? keep : 0;
			w->level_done = 1;
			return R_NEXT;
		}
		if (n > NELEM(marks) ||
		    parse_list(w, w->ans.s, n, level_id_of, marks) != 0)
			continue;
		for (size_t i = 0; i < n; i++)
			if (marks[i])
				k = k ? (size_t)-1 : i + 1;
		if (k == 0 || k == (size_t)-1) {
			say(w, WIZ_OUT_ERROR, M_LEVEL_ONE);
			continue;
		}
		w->level = (int)k - 1;
		w->level_done = 1;
		return R_NEXT;
	}
}

/* ---- step 5: review per group ------------------------------------------- */

struct ritem {
	size_t ix;                   /* index in set->reqs */
	const struct set_group *sub; /* subgroup heading before it, or NULL */
};

static void
collect(const struct wiz *w, const struct set_group *g, struct ritem **v,
    size_t *n, size_t *cap, int top)
{
	int first = 1;

	for (size_t i = 0; i < g->nitems; i++) {
		if (g->items[i].group) {
			collect(w, g->items[i].group, v, n, cap, 0);
			continue;
		}
		if (g->items[i].req->withdrawn)
			continue;
		*v = xgrow(*v, cap, *n + 1, sizeof **v);
		(*v)[*n].ix = req_index(w, g->items[i].req);
		(*v)[*n].sub = !top && first ? g : NULL;
		(*n)++;
		first = 0;
	}
}

static struct ritem *
group_items(const struct wiz *w, const struct set_group *g, size_t *n)
{
	struct ritem *v = NULL;
	size_t cap = 0;

	*n = 0;
	collect(w, g, &v, n, &cap, 1);
	return v;
}

static void
show_group(struct wiz *w, const struct ritem *it, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t i = it[k].ix;
		const struct set_req *r = w->set->reqs[i];
		char *t = plain(w, r->title), *note, *l, *c, *kind;

		if (it[k].sub) {
			char *st = plain(w, it[k].sub->title);
			l = xasprintf("     — %s", st);
			if (line(w, WIZ_OUT_TEXT, l) < 0)
				k = n;
			free(l);
			free(st);
		}
		if (k >= n) {
			free(t);
			break;
		}
		if (eff_kind(w, i) == SET_AWARD) {
			char *wt = fmt(w, M_WEIGHT, eff_weight(w, i));
			kind = xasprintf("%s, %s", tr(w, M_KIND_AWARD), wt);
			free(wt);
		} else
			kind = xstrdup(tr(w, M_KIND_KO));
		if (w->rs[i].excl && (by_choice(w, r) || w->rs[i].incl))
			note = fmt(w, M_EXCLUDED, w->rs[i].excl);
		else if (!by_choice(w, r)) {
			struct buf why = BUF_INIT;
			int segout = 1;
			for (size_t g = 0; g < w->set->nsegments && segout; g++)
				if (w->seg[g] &&
				    set_req_in_segment(
				        r, w->set->segments[g].id))
					segout = 0;
			if (r->level->rank > level_rank(w)) {
				char *lv = fmt(w, M_LEVEL_WORD, r->level->id);
				buf_puts(&why, lv);
				free(lv);
			}
			if (segout)
				for (size_t g = 0; g < r->nseg; g++)
					buf_printf(&why, "%s%s",
					    why.len ? (g ? ", " : "; ") : "",
					    r->segments[g]);
			note = xasprintf("%s: %s",
			    w->rs[i].incl ? tr(w, M_INCLUDED)
			                  : tr(w, M_REVIEW_OUTSIDE),
			    why.s ? why.s : "");
			buf_release(&why);
		} else
			note = NULL;
		l = xasprintf("%3zu [%c] %-8s %s (%s)%s%s", k + 1,
		    selected(w, i) ? 'x' : ' ', r->id, t, kind,
		    note ? " — " : "", note ? note : "");
		c = cut(l, list_width(w));
		free(t);
		free(kind);
		free(note);
		free(l);
		if (line(w, WIZ_OUT_TEXT, c) < 0) {
			free(c);
			break;
		}
		free(c);
	}
}

static const char *
param_value(const char *id, void *ud)
{
	const struct wiz *w = ud;

	for (size_t i = 0; i < w->set->nparams; i++)
		if (strcmp(w->set->params[i].id, id) == 0)
			return w->pval[i] ? w->pval[i] : w->set->params[i].def;
	return NULL;
}

static void
show_req(struct wiz *w, size_t i)
{
	const struct set_req *r = w->set->reqs[i];
	const struct text *parts[] = {r->statement, r->guidance, r->evidence};
	char *t = plain(w, r->title), *l;

	l = xasprintf("%s  %s", r->id, t);
	lines(w, WIZ_OUT_TEXT, l);
	free(l);
	free(t);
	for (size_t k = 0; k < NELEM(parts); k++) {
		const struct text *p =
		    text_pick(parts[k], w->lang, w->set->lang, NULL);
		if (p != NULL) {
			char *s = text_plain(p->body, param_value, w);
			wrap(w, 2, s);
			free(s);
		}
	}
}

/* Turn requirement i off; asks a reason when the choices select it. */
static enum ans
turn_off(struct wiz *w, size_t i, char **last)
{
	const struct set_req *r = w->set->reqs[i];
	char *q;

	if (!by_choice(w, r)) {
		w->rs[i].incl = 0;
		return A_LINE;
	}
	q = fmt(w, M_REASON_ASK, r->id);
	for (;;) {
		enum ans a = ask(w, q, *last);
		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_REASON_NEEDED);
			continue;
		}
		if (a == A_BACK) {
			say(w, WIZ_OUT_TEXT, M_KEPT, r->id);
			free(q);
			return A_BACK;
		}
		if (a != A_LINE) {
			free(q);
			return a;
		}
		if (*w->ans.s == '\0' && *last == NULL) {
			say(w, WIZ_OUT_ERROR, M_REASON_NEEDED);
			continue;
		}
		if (*w->ans.s != '\0') {
			if (width(w->ans.s) > 500) {
				say(w, WIZ_OUT_ERROR, M_TOO_LONG, 500);
				continue;
			}
			free(*last);
			*last = xstrdup(w->ans.s);
			str_collapse(*last);
		}
		free(w->rs[i].excl);
		w->rs[i].excl = xstrdup(*last);
		w->rs[i].incl = 0;
		free(q);
		return A_LINE;
	}
}

static void
turn_on(struct wiz *w, size_t i)
{
	free(w->rs[i].excl);
	w->rs[i].excl = NULL;
	if (!by_choice(w, w->set->reqs[i]))
		w->rs[i].incl = 1;
}

/* One group: 0 next, 1 back, else an end result. */
static enum res
review_group(struct wiz *w, const struct set_group *g, size_t gi, size_t ng)
{
	size_t n;
	struct ritem *it = group_items(w, g, &n);
	char *title = plain(w, g->title),
	     *sub = fmt(w, M_REVIEW_GROUP, title, gi + 1, ng);
	enum res res = R_NEXT;
	int show = 1;

	for (;;) {
		enum ans a;
		int *marks, all = 0, none = 0, hn;

		if (show) {
			heading(w, ST_REVIEW, sub);
			if (gi == 0)
				say(w, WIZ_OUT_TEXT, M_REVIEW_INTRO);
			show_group(w, it, n);
			show = 0;
		}
		a = ask(w, tr(w, M_REVIEW_ASK), tr(w, M_REVIEW_SUB));
		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_REVIEW_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a != A_LINE) {
			res = ans_res(a);
			break;
		}
		if (*w->ans.s == '\0')
			break;
		if (strcasecmp(w->ans.s, "klaar") == 0 ||
		    strcasecmp(w->ans.s, "done") == 0) {
			res = R_SKIP;
			break;
		}
		if ((hn = help_n(w->ans.s, n)) >= 0) {
			if (hn == 0)
				say(w, WIZ_OUT_ERROR, M_BAD_NUMBER,
				    w->ans.s + 1, n);
			else
				show_req(w, it[hn - 1].ix);
			continue;
		}
		marks = xcalloc(n + 1, sizeof *marks);
		if (strcasecmp(w->ans.s, "all") == 0 ||
		    strcasecmp(w->ans.s, "alle") == 0)
			all = 1;
		else if (strcasecmp(w->ans.s, "none") == 0 ||
		    strcasecmp(w->ans.s, "geen") == 0)
			none = 1;
		else {
			/* ids work too: match against this group's requirements */
			char *copy = xstrdup(w->ans.s), *save = NULL, *tok;
			struct buf nums = BUF_INIT;
			for (tok = strtok_r(copy, ", \t", &save); tok;
			     tok = strtok_r(NULL, ", \t", &save)) {
				size_t k;
				for (k = 0; k < n; k++)
					if (strcasecmp(
					        w->set->reqs[it[k].ix]->id,
					        tok) == 0)
						break;
				if (k < n)
					buf_printf(&nums, "%zu ", k + 1);
				else
					buf_printf(&nums, "%s ", tok);
			}
			if (parse_list(
			        w, nums.s ? nums.s : "", n, NULL, marks) != 0) {
				free(copy);
				buf_release(&nums);
				free(marks);
				continue;
			}
			free(copy);
			buf_release(&nums);
		}
		{
			char *last = NULL;
			enum ans r2 = A_LINE;
			for (size_t k = 0;
			     k < n && (r2 == A_LINE || r2 == A_BACK); k++) {
				size_t i = it[k].ix;
				int on = selected(w, i);
				if (all)
					marks[k] = !on;
				else if (none)
					marks[k] = on;
				if (!marks[k])
					continue;
				if (on) {
					r2 = turn_off(w, i, &last);
					if (r2 == A_LINE)
						say(w, WIZ_OUT_TEXT,
						    M_TURNED_OFF,
						    w->set->reqs[i]->id);
				} else {
					turn_on(w, i);
					say(w, WIZ_OUT_TEXT, M_TURNED_ON,
					    w->set->reqs[i]->id);
				}
			}
			free(last);
			free(marks);
			if (r2 != A_LINE && r2 != A_BACK) {
				res = ans_res(r2);
				break;
			}
		}
		show = 1;
	}
	free(it);
	free(title);
	free(sub);
	return res;
}

static int
group_has_reqs(const struct wiz *w, const struct set_group *g)
{
	size_t n;
	struct ritem *it = group_items(w, g, &n);

	free(it);
	return n > 0;
}

static enum res
step_review(struct wiz *w)
{
	const struct set *s = w->set;
	const struct set_group **gs = xcalloc(s->ngroups + 1, sizeof *gs);
	size_t ng = 0;
	long i;
	enum res r = R_NEXT;

	for (size_t k = 0; k < s->ngroups; k++)
		if (group_has_reqs(w, s->groups[k]))
			gs[ng++] = s->groups[k];
	i = w->back ? (long)ng - 1 : 0;
	while (i >= 0 && i < (long)ng) {
		r = review_group(w, gs[i], (size_t)i, ng);
		if (r == R_SKIP) {
			r = R_NEXT;
			i = (long)ng;
		} else if (r == R_NEXT)
			i++;
		else if (r == R_BACK)
			i--;
		else
			break;
	}
	free(gs);
	if (r == R_NEXT || r == R_BACK)
		return i < 0 ? R_BACK : R_NEXT;
	return r;
}

/* ---- step 6: award criteria --------------------------------------------- */

static enum res
edit_kind(struct wiz *w, size_t i)
{
	const struct set_req *r = w->set->reqs[i];
	char *q = fmt(w, M_KIND_ASK, r->id), def[16];
	int stage = 0;
	enum set_kind k = eff_kind(w, i);

	while (stage < 2) {
		enum ans a;
		if (stage == 0) {
			snprintf(def, sizeof def, "%d", k == SET_AWARD ? 2 : 1);
			a = ask(w, q, def);
		} else {
			char *wq = fmt(w, M_WEIGHT_ASK, r->id);
			snprintf(def, sizeof def, "%d", eff_weight(w, i));
			a = ask(w, wq, def);
			free(wq);
		}
		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_AWARD_HELP);
			continue;
		}
		if (a == A_BACK) {
			if (stage == 0)
				break;
			stage--;
			continue;
		}
		if (a != A_LINE) {
			free(q);
			return ans_res(a);
		}
		if (stage == 0) {
			const char *v = w->ans.s;
			if (*v == '\0')
				;
			else if (strcmp(v, "1") == 0 ||
			    strcasecmp(v, "eis") == 0 ||
			    strcasecmp(v, "knockout") == 0 ||
			    strcasecmp(v, "knock-out") == 0)
				k = SET_KNOCKOUT;
			else if (strcmp(v, "2") == 0 ||
			    strcasecmp(v, "wens") == 0 ||
			    strcasecmp(v, "award") == 0)
				k = SET_AWARD;
			else {
				say(w, WIZ_OUT_ERROR, M_PICK_RANGE, (size_t)2);
				continue;
			}
			w->rs[i].kind = k == r->kind ? -1 : (int)k;
			stage = k == SET_AWARD ? 1 : 2;
		} else {
			char *end;
			long v;
			if (*w->ans.s == '\0') {
				stage = 2;
				continue;
			}
			v = strtol(w->ans.s, &end, 10);
			if (*end != '\0' || v < 1 || v > 1000 ||
			    !isdigit((unsigned char)*w->ans.s)) {
				say(w, WIZ_OUT_ERROR, M_BAD_WEIGHT);
				continue;
			}
			w->rs[i].weight = (int)v == r->weight ? 0 : (int)v;
			stage = 2;
		}
	}
	free(q);
	return R_NEXT;
}

static enum res
step_award(struct wiz *w)
{
	const struct set *s = w->set;
	size_t *v = xcalloc(s->nreqs + 1, sizeof *v), n;
	enum res res = R_NEXT;

	for (;;) {
		enum ans a;
		size_t k;

		heading(w, ST_AWARD, NULL);
		say(w, WIZ_OUT_TEXT, M_AWARD_INTRO);
		n = 0;
		for (size_t i = 0; i < s->nreqs; i++)
			if (selected(w, i) && eff_kind(w, i) == SET_AWARD)
				v[n++] = i;
		if (n == 0)
			say(w, WIZ_OUT_TEXT, M_AWARD_NONE);
		for (k = 0; k < n; k++) {
			char *t = plain(w, s->reqs[v[k]]->title),
			     *wt = fmt(w, M_WEIGHT, eff_weight(w, v[k])), *l,
			     *c;
			l = xasprintf("%3zu  %-8s %s (%s)", k + 1,
			    s->reqs[v[k]]->id, t, wt);
			c = cut(l, list_width(w));
			free(l);
			free(t);
			free(wt);
			if (line(w, WIZ_OUT_TEXT, c) < 0)
				k = n;
			free(c);
		}
		a = ask(w, tr(w, M_AWARD_ASK), NULL);
		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_AWARD_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a != A_LINE) {
			res = ans_res(a);
			break;
		}
		if (*w->ans.s == '\0')
			break;
		if ((k = number(w->ans.s, n)) != 0)
			k = v[k - 1];
		else {
			const struct set_req *r = set_req(s, w->ans.s);
			if (r == NULL || !selected(w, req_index(w, r))) {
				say(w, WIZ_OUT_ERROR, M_NOT_SELECTED, w->ans.s);
				continue;
			}
			k = req_index(w, r);
		}
		if ((res = edit_kind(w, k)) != R_NEXT)
			break;
	}
	free(v);
	return res;
}

/* ---- step 7: parameters ------------------------------------------------- */

static const char *
unit_name(const struct wiz *w, const char *code)
{
	for (size_t i = 0; i < NELEM(units); i++)
		if (strcmp(units[i].code, code) == 0)
			return w->L ? units[i].en : units[i].nl;
	return code;
}

/* Check a value with a message in the prompt language; 0 ok. */
static int
check_value(struct wiz *w, const struct set_param *p, const char *v)
{
	const char *why;

	if (p->type == SET_P_INTEGER) {
		char *end;
		long x = strtol(v, &end, 10);
		if (*end != '\0' ||
		    !(isdigit((unsigned char)*v) ||
		        (*v == '-' && isdigit((unsigned char)v[1])))) {
			say(w, WIZ_OUT_ERROR, M_BAD_INT, v);
			return -1;
		}
		if (p->has_min && x < p->min) {
			say(w, WIZ_OUT_ERROR, M_BELOW, x, p->min);
			return -1;
		}
		if (p->has_max && x > p->max) {
			say(w, WIZ_OUT_ERROR, M_ABOVE, x, p->max);
			return -1;
		}
	}
	if ((why = set_param_check(p, v)) != NULL) {
		if (p->type == SET_P_STRING && p->pattern)
			say(w, WIZ_OUT_ERROR, M_NO_MATCH, v, p->pattern);
		else if (p->type == SET_P_CHOICE)
			say(w, WIZ_OUT_ERROR, M_NOT_OPTION, v);
		else
			line(w, WIZ_OUT_ERROR, why);
		return -1;
	}
	return 0;
}

static enum res
ask_param(struct wiz *w, size_t pi, size_t k, size_t n)
{
	const struct set_param *p = &w->set->params[pi];
	char *label = plain(w, p->label), *l;
	struct buf users = BUF_INIT;
	const char *cur = w->pval[pi] ? w->pval[pi] : p->def;

	for (size_t i = 0; i < w->set->nreqs; i++) {
		struct used_ctx c = {
		    w->set, xcalloc(w->set->nparams + 1, sizeof(int))};
		const struct set_req *r = w->set->reqs[i];
		if (selected(w, i)) {
			mark_texts(r->title, &c);
			mark_texts(r->statement, &c);
			mark_texts(r->guidance, &c);
			mark_texts(r->evidence, &c);
			if (c.used[pi])
				buf_printf(&users, "%s%s",
				    users.len ? ", " : "", r->id);
		}
		free(c.used);
	}
	line(w, WIZ_OUT_TEXT, "");
	say(w, WIZ_OUT_HEAD, M_PARAM_HEAD, k + 1, n, label, p->id);
	if (p->desc) {
		char *d = plain(w, p->desc);
		wrap(w, 0, d);
		free(d);
	}
	if (p->unit)
		say(w, WIZ_OUT_TEXT, M_PARAM_UNIT, unit_name(w, p->unit));
	if (p->type == SET_P_INTEGER && (p->has_min || p->has_max))
		say(w, WIZ_OUT_TEXT, M_PARAM_RANGE, p->has_min ? p->min : 0L,
		    p->has_max ? p->max : 2147483647L);
	if (p->type == SET_P_STRING && p->pattern)
		say(w, WIZ_OUT_TEXT, M_PARAM_PATTERN, p->pattern);
	if (p->type == SET_P_CHOICE) {
		/* one line per distinct value, the label in the prompt language */
		size_t shown = 0;
		for (size_t o = 0; o < p->nopts; o++) {
			int dup = 0;
			for (size_t e = 0; e < o; e++)
				dup |= strcmp(p->opts[e].value,
				           p->opts[o].value) == 0;
			if (dup)
				continue;
			{
				char *t = plain(w, p->opts[o].label);
				l = xasprintf("%3zu  %-12s %s", ++shown,
				    p->opts[o].value, t);
				line(w, WIZ_OUT_TEXT, l);
				free(l);
				free(t);
			}
		}
	}
	if (users.len)
		say(w, WIZ_OUT_TEXT, M_PARAM_USED, users.s);
	buf_release(&users);
	free(label);
	for (;;) {
		enum ans a = ask(w, tr(w, M_PARAM_ASK), cur);
		const char *v;
		char *val;

		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_PARAM_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a != A_LINE)
			return ans_res(a);
		v = w->ans.s;
		if (*v == '\0') {
			if (cur == NULL) {
				say(w, WIZ_OUT_ERROR, M_NEED_VALUE);
				continue;
			}
			return R_NEXT;
		}
		val = xstrdup(v);
		if (p->type == SET_P_CHOICE && isdigit((unsigned char)*v)) {
			/* a number picks the n-th distinct option, unless it is a value */
			size_t want = number(v, p->nopts), seen = 0;
			int isval = 0;
			for (size_t o = 0; o < p->nopts; o++)
				isval |= strcmp(p->opts[o].value, v) == 0;
			for (size_t o = 0; o < p->nopts && want && !isval;
			     o++) {
				int dup = 0;
				for (size_t e = 0; e < o; e++)
					dup |= strcmp(p->opts[e].value,
					           p->opts[o].value) == 0;
				if (!dup && ++seen == want) {
					free(val);
					val = xstrdup(p->opts[o].value);
				}
			}
		}
		if (check_value(w, p, val) != 0) {
			free(val);
			continue;
		}
		free(w->pval[pi]);
		w->pval[pi] = p->def && strcmp(p->def, val) == 0 ? NULL : val;
		if (w->pval[pi] == NULL)
			free(val);
		return R_NEXT;
	}
}

static enum res
step_params(struct wiz *w)
{
	int *used = used_params(w);
	size_t *v = xcalloc(w->set->nparams + 1, sizeof *v), n = 0;
	long k;
	enum res r = R_NEXT;

	for (size_t i = 0; i < w->set->nparams; i++)
		if (used[i])
			v[n++] = i;
	free(used);
	if (n == 0) {
		free(v);
		if (w->back)
			return R_BACK;
		heading(w, ST_PARAMS, NULL);
		say(w, WIZ_OUT_TEXT, M_PARAM_NONE);
		return R_NEXT;
	}
	heading(w, ST_PARAMS, NULL);
	k = w->back ? (long)n - 1 : 0;
	while (k >= 0 && k < (long)n) {
		r = ask_param(w, v[k], (size_t)k, n);
		if (r == R_NEXT)
			k++;
		else if (r == R_BACK)
			k--;
		else
			break;
	}
	free(v);
	if (r == R_NEXT || r == R_BACK)
		return k < 0 ? R_BACK : R_NEXT;
	return r;
}

/* ---- step 8: summary and save ------------------------------------------- */

/* Covered and total points of a catalogue, as coverage.html counts them. */
static void
coverage(const struct wiz *w, const struct cat *c, size_t *cov, size_t *tot,
    int *cra)
{
	const struct cat_clause *ai = cat_find(c, "AI");
	int maxdepth = 0;

	*cov = *tot = 0;
	*cra = ai != NULL;
	for (size_t k = 0; k < c->nclauses; k++)
		if (c->clauses[k]->depth > maxdepth)
			maxdepth = c->clauses[k]->depth;
	for (size_t k = 0; k < c->nclauses; k++) {
		const struct cat_clause *cl = c->clauses[k];
		int leaf = 1, hit = 0;

		for (size_t j = k + 1; j < c->nclauses && leaf; j++)
			if (c->clauses[j]->parent == cl)
				leaf = 0;
		if (ai ? (cl == ai || !leaf || !cat_within(cl, ai))
		       : cl->depth != (maxdepth > 0 ? 1 : 0))
			continue;
		(*tot)++;
		for (size_t i = 0; i < w->set->nreqs && !hit; i++) {
			const struct set_req *r = w->set->reqs[i];
			if (!selected(w, i))
				continue;
			for (size_t m = 0; m < r->nmaps && !hit; m++) {
				const struct cat_clause *x;
				if (strcmp(r->maps[m].catalogue, c->id) != 0 ||
				    (x = cat_find(c, r->maps[m].clause)) ==
				        NULL)
					continue;
				hit = cat_within(x, cl);
			}
		}
		*cov += hit;
	}
}

static void
summary(struct wiz *w)
{
	const struct set *s = w->set;
	struct buf b = BUF_INIT;
	size_t tot = 0, ko = 0, aw = 0, nex = 0;
	char *t;
	int *used;

	line(w, WIZ_OUT_TEXT, "");
	say(w, WIZ_OUT_TEXT, M_SUM_TENDER, w->tender[0] ? w->tender[0] : "-",
	    w->tender[1] ? w->tender[1] : "-",
	    w->tender[2] ? w->tender[2] : "-",
	    w->tender[3] ? w->tender[3] : "-");
	say(w, WIZ_OUT_TEXT, M_SUM_SET, s->id, s->version);
	for (size_t i = 0; i < s->nsegments; i++)
		if (w->seg[i])
			buf_printf(
			    &b, "%s%s", b.len ? ", " : "", s->segments[i].id);
	say(w, WIZ_OUT_TEXT, M_SUM_SEGMENTS, b.s ? b.s : "-");
	buf_release(&b);
	say(w, WIZ_OUT_TEXT, M_SUM_LEVEL,
	    w->level >= 0 ? s->levels[w->level].id : "-");
	for (size_t i = 0; i < s->nreqs; i++)
		if (selected(w, i)) {
			tot++;
			if (eff_kind(w, i) == SET_AWARD)
				aw++;
			else
				ko++;
		}
	if (w->o->resume && strcmp(w->o->resume->set, s->id) == 0)
		for (size_t g = 0; g < w->o->resume->ngroups; g++)
			for (size_t j = 0; j < w->o->resume->groups[g].nreqs;
			     j++) {
				tot++;
				if (w->o->resume->groups[g].reqs[j].award)
					aw++;
				else
					ko++;
			}
	say(w, WIZ_OUT_TEXT, M_SUM_REQS, tot, ko, aw);
	{
		char *cols = xstrdup(tr(w, M_SUM_GROUP_COLS)), *f[4],
		     *save = NULL, *c;
		f[0] = strtok_r(cols, "\t", &save);
		for (int k = 1; k < 4; k++)
			f[k] = strtok_r(NULL, "\t", &save);
		c = pad(f[0], 40);
		say(w, WIZ_OUT_TEXT, M_SUM_GROUP_HEAD, c, f[1], f[2], f[3]);
		free(c);
		free(cols);
	}
	for (size_t g = 0; g < s->ngroups; g++) {
		size_t n, gk = 0, ga = 0;
		struct ritem *it = group_items(w, s->groups[g], &n);
		char *c;
		for (size_t k = 0; k < n; k++)
			if (selected(w, it[k].ix)) {
				if (eff_kind(w, it[k].ix) == SET_AWARD)
					ga++;
				else
					gk++;
			}
		free(it);
		if (n == 0)
			continue;
		t = plain(w, s->groups[g]->title);
		c = pad(t, 40);
		say(w, WIZ_OUT_TEXT, M_SUM_GROUP, c, gk + ga, gk, ga);
		free(c);
		free(t);
	}
	if (w->o->resume && strcmp(w->o->resume->set, s->id) == 0)
		for (size_t g = 0; g < w->o->resume->ngroups; g++) {
			const struct sel_group *og = &w->o->resume->groups[g];
			size_t ga = 0;
			char *c;
			for (size_t j = 0; j < og->nreqs; j++)
				ga += og->reqs[j].award != 0;
			t = og->title ? plain(w, og->title)
			              : xstrdup(tr(w, M_OWN));
			c = pad(t, 40);
			say(w, WIZ_OUT_TEXT, M_SUM_GROUP, c, og->nreqs,
			    og->nreqs - ga, ga);
			free(c);
			free(t);
		}
	for (size_t c = 0; c < s->ncats; c++) {
		size_t cov, all;
		int cra;
		coverage(w, s->cats[c], &cov, &all, &cra);
		if (all == 0)
			continue;
		t = plain(w, s->cats[c]->title);
		say(w, WIZ_OUT_TEXT, cra ? M_SUM_COVER_CRA : M_SUM_COVER, t,
		    cov, all);
		free(t);
	}
	for (size_t i = 0; i < s->nreqs; i++)
		if (w->rs[i].excl &&
		    (by_choice(w, s->reqs[i]) || w->rs[i].incl))
			nex++;
	say(w, WIZ_OUT_TEXT, M_SUM_EXCLUDED, nex);
	for (size_t i = 0; i < s->nreqs; i++)
		if (w->rs[i].excl &&
		    (by_choice(w, s->reqs[i]) || w->rs[i].incl)) {
			char *l = xasprintf(
			    "  %-8s %s", s->reqs[i]->id, w->rs[i].excl);
			line(w, WIZ_OUT_TEXT, l);
			free(l);
		}
	for (size_t i = 0; i < s->nreqs; i++)
		if (selected(w, i) && !by_choice(w, s->reqs[i]))
			buf_printf(
			    &b, "%s%s", b.len ? ", " : "", s->reqs[i]->id);
	if (b.len)
		say(w, WIZ_OUT_TEXT, M_SUM_INCLUDED, b.s);
	buf_release(&b);
	for (size_t i = 0; i < s->nreqs; i++)
		if (selected(w, i) &&
		    (eff_kind(w, i) != s->reqs[i]->kind ||
		        (eff_kind(w, i) == SET_AWARD &&
		            eff_weight(w, i) != s->reqs[i]->weight))) {
			if (eff_kind(w, i) == SET_AWARD)
				buf_printf(&b, "%s%s %s %d", b.len ? ", " : "",
				    s->reqs[i]->id, tr(w, M_KIND_AWARD),
				    eff_weight(w, i));
			else
				buf_printf(&b, "%s%s %s", b.len ? ", " : "",
				    s->reqs[i]->id, tr(w, M_KIND_KO));
		}
	if (b.len)
		say(w, WIZ_OUT_TEXT, M_SUM_CHANGED, b.s);
	buf_release(&b);
	used = used_params(w);
	for (size_t i = 0, first = 1; i < s->nparams; i++) {
		const struct set_param *p = &s->params[i];
		const char *v = w->pval[i] ? w->pval[i] : p->def;
		if (!used[i])
			continue;
		if (first)
			say(w, WIZ_OUT_TEXT, M_SUM_PARAMS);
		first = 0;
		int shown = p->unit && strcmp(p->unit, "count") != 0;
		say(w, WIZ_OUT_TEXT, M_SUM_PVALUE, p->id, v ? v : "-",
		    shown ? " " : "", shown ? unit_name(w, p->unit) : "",
		    tr(w, w->pval[i] ? M_SUM_BUYER : M_SUM_DEFAULT));
	}
	free(used);
}

static enum res
step_summary(struct wiz *w)
{
	char *q = fmt(w, M_SUM_ASK, w->o->output);
	enum res res;

	heading(w, ST_SUMMARY, NULL);
	summary(w);
	for (;;) {
		enum ans a = ask(w, q, w->L ? "y" : "j");
		if (a == A_HELP) {
			say(w, WIZ_OUT_TEXT, M_SUM_HELP);
			say(w, WIZ_OUT_TEXT, M_HELP_COMMON);
			continue;
		}
		if (a != A_LINE) {
			res = ans_res(a);
			break;
		}
		if (is_no(w->ans.s)) {
			res = R_BACK;
			break;
		}
		if (*w->ans.s != '\0' && !is_yes(w->ans.s)) {
			say(w, WIZ_OUT_ERROR, M_YES_NO);
			continue;
		}
		{
			struct sel *s = build(w, 0);
			int rc = w->io->save(w->io->ud, s, w->set);
			sel_free(s);
			if (rc != 0) {
				res = R_FAIL;
				break;
			}
		}
		w->saved = 1;
		say(w, WIZ_OUT_TEXT, M_SAVED, w->o->output);
		free(q);
		q = fmt(w, M_COMPILE_ASK, w->o->output);
		for (;;) {
			a = ask(w, q, w->L ? "y" : "j");
			if (a == A_LINE &&
			    (*w->ans.s == '\0' || is_yes(w->ans.s))) {
				res = R_DONE_COMPILE;
				break;
			}
			if (a == A_LINE && !is_no(w->ans.s)) {
				say(w, WIZ_OUT_ERROR, M_YES_NO);
				continue;
			}
			if (a == A_INTR)
				res = R_INTR;
			else
				res = R_DONE;
			if (a != A_INTR)
				say(w, WIZ_OUT_TEXT, M_COMPILE_LATER,
				    w->o->output);
			break;
		}
		break;
	}
	free(q);
	return res;
}

/* ---- the machine -------------------------------------------------------- */

typedef enum res step_fn(struct wiz *w);

static step_fn *const steps[ST__COUNT] = {
    step_set,
    step_tender,
    step_segments,
    step_level,
    step_review,
    step_award,
    step_params,
    step_summary,
};

static const struct set *
find_set(const struct wiz *w, const char *spec)
{
	const char *at = strchr(spec, '@');
	size_t len = at ? (size_t)(at - spec) : strlen(spec);
	const struct set *best = NULL;

	for (size_t i = 0; i < w->nsets; i++) {
		const struct set *s = w->sets[i];
		if (strlen(s->id) != len || strncmp(s->id, spec, len) != 0)
			continue;
		if (at && strcmp(s->version, at + 1) != 0)
			continue;
		if (best == NULL || path_vercmp(s->version, best->version) > 0)
			best = s;
	}
	return best;
}

enum wiz_result
wiz_run(struct set *const *sets, size_t nsets, const struct wiz_opts *o,
    const struct wiz_io *io)
{
	struct wiz w;
	int step = ST_SET, first = ST_SET;
	enum wiz_result result = WIZ_FAILED;

	memset(&w, 0, sizeof w);
	w.io = io;
	w.o = o;
	w.sets = sets;
	w.nsets = nsets;
	w.level = -1;
	w.L = o->lang != NULL && strcmp(o->lang, "en") == 0;
	w.lang = w.L ? "en" : "nl";
	if (nsets == 0) {
		say(&w, WIZ_OUT_ERROR, M_NO_SETS);
		return WIZ_FAILED;
	}
	if (o->set != NULL) {
		const struct set *s = find_set(&w, o->set);
		if (s == NULL) {
			say(&w, WIZ_OUT_ERROR, M_UNKNOWN_SET, o->set);
			return WIZ_FAILED;
		}
		choose_set(&w, s);
		step = first = ST_TENDER;
	}
	if (o->resume != NULL)
		say(&w, WIZ_OUT_TEXT, M_RESUMED,
		    o->resume->file ? o->resume->file : "");
	for (;;) {
		enum res r = steps[step](&w);

		if (r == R_NEXT) {
			w.back = 0;
			step++;
			continue;
		}
		if (r == R_BACK) {
			if (step == first) {
				say(&w, WIZ_OUT_ERROR, M_FIRST_STEP);
				w.back = 0;
			} else {
				step--;
				w.back = 1;
			}
			continue;
		}
		switch (r) {
		case R_DONE:
			result = WIZ_FINISHED;
			break;
		case R_DONE_COMPILE:
			result = WIZ_FINISHED_COMPILE;
			break;
		case R_FAIL:
			result = WIZ_FAILED;
			break;
		case R_INTR:
			w.pend = 0;
			line(&w, WIZ_OUT_TEXT, "");
			say(&w, WIZ_OUT_TEXT, M_INTERRUPTED);
			if (!w.saved)
				result = save_draft(&w) == WIZ_FAILED
				    ? WIZ_FAILED
				    : WIZ_INTERRUPTED;
			else
				result = WIZ_INTERRUPTED;
			break;
		default: /* quit or end of input */
			w.pend = 0;
			if (r == R_EOF)
				line(&w, WIZ_OUT_TEXT, "");
			result = save_draft(&w);
			break;
		}
		break;
	}
	reset_set_state(&w);
	for (size_t i = 0; i < NELEM(w.tender); i++)
		free(w.tender[i]);
	buf_release(&w.ans);
	free(w.typed);
	return result;
}

int
wiz_status(enum wiz_result r)
{
	switch (r) {
	case WIZ_FINISHED:
	case WIZ_FINISHED_COMPILE:
		return MSG_EXIT_OK;
	case WIZ_QUIT:
		return MSG_EXIT_NEGATIVE;
	case WIZ_INTERRUPTED:
		return MSG_EXIT_INTERRUPTED;
	default:
		return MSG_EXIT_SYSTEM;
	}
}
