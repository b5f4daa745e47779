#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cat.h"
#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "xml.h"

static int
setup(void **state)
{
	(void)state;
	xml_init();
	path_init("icoc");
	path_add("tests/fixtures/sets");
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	path_release();
	xml_cleanup();
	return 0;
}

static char *
plain(const struct text *t, const char *lang)
{
	const struct text *p = text_pick(t, lang, "nl", NULL);

	return text_plain(p->body, NULL, NULL);
}

static void
test_base_set(void **state)
{
	int status;
	struct set *s = set_load("mini-base", NULL, &status);
	const struct set_req *r;
	char *t;

	(void)state;
	assert_non_null(s);
	assert_int_equal(s->nlayers, 1);
	assert_int_equal(s->nlevels, 3);
	assert_int_equal(s->nsegments, 3);
	assert_true(set_segment(s, "keten")->additive);
	assert_int_equal(s->ncats, 2);
	r = set_req(s, "KWB-01");
	assert_non_null(r);
	assert_string_equal(r->level->id, "basis"); /* absent: lowest */
	assert_int_equal(r->nseg, 2);
	assert_true(set_req_in_segment(r, "software"));
	assert_false(set_req_in_segment(r, "keten"));
	assert_int_equal(r->applies, SET_PRODUCT);
	t = plain(r->title, "en");
	assert_string_equal(t, "Fixing critical vulnerabilities");
	free(t);
	r = set_req(s, "KWB-02");
	assert_int_equal(r->kind, SET_AWARD);
	assert_int_equal(r->weight, 3);
	assert_true(set_req_in_segment(r, "anything")); /* no segments: all */
	assert_true(set_param(s, "patch-kritiek")->used);
	assert_string_equal(set_param(s, "patch-kritiek")->def, "14");
	set_free(s);
}

static void
test_overlay(void **state)
{
	int status;
	struct set *s = set_load("mini-branch", "2026.1", &status);
	const struct set_req *r;
	const struct set_param *p;
	char *t;

	(void)state;
	assert_non_null(s);
	assert_int_equal(s->nlayers, 2);
	assert_string_equal(s->layers[0].id, "mini-base");
	assert_string_equal(s->layers[1].id, "mini-branch");
	assert_string_equal(s->id, "mini-branch");
	/* amend: level, kind and statement replaced, title kept, provenance */
	r = set_req(s, "KWB-02");
	assert_string_equal(r->level->id, "basis");
	assert_int_equal(r->kind, SET_KNOCKOUT);
	assert_string_equal(r->layer, "mini-base");
	assert_non_null(r->amends);
	assert_string_equal(r->amends->layer, "mini-branch");
	assert_string_equal(r->amends->reason, "Voor de branche altijd nodig.");
	t = plain(r->statement, "nl");
	assert_string_equal(
	    t, "De leverancier heeft een gepubliceerd CVD-beleid.");
	free(t);
	t = plain(r->title, "nl");
	assert_string_equal(t, "Coordinated vulnerability disclosure");
	free(t);
	/* withdraw */
	r = set_req(s, "LOG-01");
	assert_true(r->withdrawn);
	assert_string_equal(r->withdrawn_by, "mini-branch");
	/* set-default */
	p = set_param(s, "patch-kritiek");
	assert_string_equal(p->def, "7");
	assert_string_equal(p->def_layer, "mini-branch");
	assert_string_equal(p->layer, "mini-base");
	/* added segment, group and requirement */
	assert_non_null(set_segment(s, "ot"));
	assert_int_equal(s->ngroups, 3);
	assert_string_equal(set_req(s, "OT-01")->layer, "mini-branch");
	set_free(s);
}

static void
test_param_check(void **state)
{
	int status;
	struct set *s = set_load("mini-base", NULL, &status);

	(void)state;
	assert_null(set_param_check(set_param(s, "patch-kritiek"), "90"));
	assert_non_null(set_param_check(set_param(s, "patch-kritiek"), "91"));
	assert_non_null(set_param_check(set_param(s, "patch-kritiek"), "0"));
	assert_non_null(
	    set_param_check(set_param(s, "patch-kritiek"), "7 dagen"));
	assert_non_null(set_param_check(set_param(s, "patch-kritiek"), ""));
	assert_null(
	    set_param_check(set_param(s, "meldpunt"), "csirt@gemeente.nl"));
	assert_non_null(
	    set_param_check(set_param(s, "meldpunt"), "geen adres"));
	assert_null(set_param_check(set_param(s, "regio"), "NL"));
	assert_string_equal(set_param_check(set_param(s, "regio"), "US"),
	    "'US' is not one of: NL, EER");
	set_free(s);
}

static void
test_selection(void **state)
{
	int status;
	struct sel *sel =
	    sel_load("tests/fixtures/selection-mini.xml", &status);
	struct set *s;
	FILE *devnull;

	(void)state;
	assert_non_null(sel);
	assert_string_equal(sel->set, "mini-branch");
	assert_string_equal(sel->reference, "TEST-2026-001");
	assert_int_equal(sel->nsegments, 2);
	assert_string_equal(sel->level, "verhoogd");
	assert_int_equal(sel->nops, 3);
	assert_int_equal(sel->ops[0].kind, SEL_EXCLUDE);
	assert_string_equal(sel->ops[0].value, "Geen OT in scope.");
	assert_int_equal(sel->ngroups, 1);
	assert_int_equal(sel->groups[0].nreqs, 1);
	assert_true(sel->groups[0].reqs[0].award);
	assert_true(sel_complete(sel));
	s = set_load(sel->set, sel->set_version, &status);
	assert_non_null(s);
	assert_int_equal(sel_check(sel, s, 0), MSG_EXIT_OK);
	sel->draft = 1;
	devnull = fopen("/dev/null", "w");
	msg_set_stream(devnull);
	assert_int_equal(sel_check(sel, s, 0), MSG_EXIT_INVALID);
	msg_set_stream(NULL);
	fclose(devnull);
	set_free(s);
	sel_free(sel);
}

static void
test_catalogue(void **state)
{
	int sys;
	struct cat *c = cat_load("mini-bio", NULL, 1, &sys);
	const struct cat_clause *m, *ctl;

	(void)state;
	assert_non_null(c);
	assert_int_equal(c->nclauses, 5);
	m = cat_find(c, "8.08.01");
	ctl = cat_find(c, "8.08");
	assert_int_equal(m->depth, 2);
	assert_ptr_equal(m->parent, ctl);
	assert_true(cat_within(m, ctl));
	assert_false(cat_within(ctl, m));
	assert_int_equal(m->ntags, 1);
	assert_string_equal(m->tags[0], "basishygiene");
	cat_free(c);
}

static void
test_selection_round_trip(void **state)
{
	int status;
	struct sel *a = sel_load("tests/fixtures/selection-mini.xml", &status),
	           *b;
	char path[] = "/tmp/icoc-sel-XXXXXX";
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(sel_write(a, path), 0);
	b = sel_load(path, &status);
	assert_non_null(b);
	assert_string_equal(b->set, a->set);
	assert_string_equal(b->reference, a->reference);
	assert_int_equal(b->nsegments, a->nsegments);
	assert_int_equal(b->nops, a->nops);
	for (size_t i = 0; i < a->nops; i++) {
		assert_int_equal(b->ops[i].kind, a->ops[i].kind);
		assert_string_equal(b->ops[i].ref, a->ops[i].ref);
	}
	assert_string_equal(b->ops[0].value, "Geen OT in scope.");
	assert_int_equal(b->groups[0].nreqs, 1);
	assert_int_equal(b->groups[0].reqs[0].weight, 5);
	unlink(path);
	sel_free(a);
	sel_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_base_set),
	    cmocka_unit_test(test_overlay),
	    cmocka_unit_test(test_param_check),
	    cmocka_unit_test(test_selection),
	    cmocka_unit_test(test_catalogue),
	    cmocka_unit_test(test_selection_round_trip),
	};
	return cmocka_run_group_tests_name("set", tests, setup, teardown);
}
