/*
 * Response checking, for cmd_check: a supplier's response against the
 * resolved document of a tender (or of a whole set), giving the report
 * document the report templates render (requirements/schema/report.rng).
 */
#ifndef ICOC_CHECK_H
#define ICOC_CHECK_H

#include <libxml/tree.h>

struct resp;

/* Is id a requirement of the set at all (selected or not)? */
typedef int check_known_fn(const char *id, void *ud);

struct check_in {
	const xmlDoc *resolved; /* FORMATS.md §5 */
	const struct resp *resp;
	int against_set;       /* a whole set, no tender: the response's tender
				   reference and digest are not compared */
	check_known_fn *known; /* NULL: only ids in the resolved document */
	void *ud;
};

/*
 * Build the report.  Returns NULL after printing errors (an answer to an
 * unknown requirement, a response for another tender); *status is then
 * MSG_EXIT_INVALID.  Otherwise *status is MSG_EXIT_OK when every
 * knock-out requirement is met and the response is complete, else
 * MSG_EXIT_NEGATIVE.  A digest mismatch is warned about and marked in the
 * report.  Caller frees the result with xmlFreeDoc().
 */
xmlDocPtr check_build(const struct check_in *in, int *status);

/* Score in half points as text: 5 -> "2.5", 4 -> "2". */
void check_points(long halves, char out[32]);

#endif
