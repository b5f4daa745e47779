/*
 * CSV reader and the checklist import (FORMATS.md §6).
 *
 * The bytes are split into cells first (the separators, quotes and line
 * ends are ASCII in both UTF-8 and Windows-1252), then each cell is
 * validated or converted, so every error can name its row and column.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "csv.h"
#include "msg.h"
#include "resp.h"
#include "util.h"
#include "xml.h"

#define MAX_ERRORS 20

const char *const csv_col_keys[CSV__NCOLS] = {
    "col.id",
    "col.number",
    "col.group",
    "col.title",
    "col.kind",
    "col.weight",
    "col.requirement",
    "col.evidence-asked",
    "col.status",
    "col.explanation",
    "col.evidence-given",
};

static const char *const status_keys[5] = {
    NULL,
    "status.comply",
    "status.partial",
    "status.noncomply",
    "status.not-applicable",
};

/* ------------------------------------------------------------ encoding */

size_t
csv_utf8_check(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned c = s[i];
		size_t n;
		unsigned cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3, cp = c & 0x07;
		else
			return i;
		for (size_t k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += n + 1;
	}
	return len;
}

/* Windows-1252 0x80-0x9F; 0 marks the five undefined bytes. */
static const unsigned short cp1252_hi[32] = {
    0x20AC,
    0,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0,
    0x017D,
    0,
    0,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0,
    0x017E,
    0x0178,
};

static void
put_utf8(struct buf *b, unsigned cp)
{
	char t[3];

	if (cp < 0x80)
		buf_putc(b, (char)cp);
	else if (cp < 0x800) {
		t[0] = (char)(0xC0 | (cp >> 6));
		t[1] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, t, 2);
	} else {
		t[0] = (char)(0xE0 | (cp >> 12));
		t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[2] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, t, 3);
	}
}

char *
csv_from_cp1252(const char *str, size_t len, size_t *outlen, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	struct buf b = BUF_INIT;

	buf_add(&b, "", 0);
	for (size_t i = 0; i < len; i++) {
		unsigned cp = s[i];
		if (cp >= 0x80 && cp < 0xA0) {
			cp = cp1252_hi[cp - 0x80];
			if (cp == 0) {
				*bad = i;
				buf_release(&b);
				return NULL;
			}
		}
		put_utf8(&b, cp);
	}
	*outlen = b.len;
	return buf_detach(&b);
}

/* ------------------------------------------------------------- parsing */

struct parser {
	struct csv *c;
	const char *name;
	int errors;
};

static int
error(struct parser *p, long row, long col, const char *fmt, const char *arg)
{
	if (p->errors++ < MAX_ERRORS)
		msg_level_at(MSG_ERROR, p->name, row, col, fmt, arg);
	return -1;
}

/* The separator: the more frequent of ';' and ',' in the first record. */
static char
detect_sep(const char *s, size_t len)
{
	size_t semi = 0, comma = 0;
	int q = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			q = !q;
		else if (!q && (s[i] == '\n' || s[i] == '\r'))
			break;
		else if (!q && s[i] == ';')
			semi++;
		else if (!q && s[i] == ',')
			comma++;
	}
	return semi >= comma && semi > 0 ? ';' : ',';
}

static void
end_row(struct csv *c, struct csv_row *r)
{
	c->rows = xgrow(c->rows, &c->cap, c->nrows + 1, sizeof *c->rows);
	c->rows[c->nrows++] = *r;
	memset(r, 0, sizeof *r);
}

static void
free_row(struct csv_row *r)
{
	for (size_t k = 0; k < r->n; k++)
		free(r->cell[k]);
	free(r->cell);
	memset(r, 0, sizeof *r);
}

/* Split raw bytes into rows of cells.  0, or -1 after an error. */
static int
split(struct parser *p, const char *s, size_t len)
{
	struct csv *c = p->c;
	struct csv_row r = {NULL, 0, 1};
	struct buf cell = BUF_INIT;
	size_t cap = 0, i = 0;
	long row = 1, col = 1;
	const char *why = NULL, *arg = "";
	char sep = c->sep, lim[32];

	while (i < len) {
		col = (long)r.n + 1;
		buf_release(&cell);
		buf_add(&cell, "", 0);
		if (s[i] == '"') {
			for (i++;; i++) {
				if (i >= len) {
					why =
					    "unterminated quoted cell (a '\"' "
					    "without its closing '\"')%s";
					goto fail;
				}
				if (s[i] == '"') {
					if (i + 1 < len && s[i + 1] == '"') {
						buf_putc(&cell, '"');
						i++;
						continue;
					}
					i++;
					break;
				}
				if (s[i] == '\0') {
					why = "NUL byte in a cell%s";
					goto fail;
				}
				if (cell.len >= CSV_MAX_CELL)
					goto huge;
				buf_putc(&cell, s[i]);
			}
			if (i < len && s[i] != sep && s[i] != '\n' &&
			    s[i] != '\r') {
				why =
				    "text after the closing quote of a cell%s";
				goto fail;
			}
		} else {
			size_t st = i;
			while (i < len && s[i] != sep && s[i] != '\n' &&
			    s[i] != '\r') {
				if (s[i] == '\0') {
					why = "NUL byte in a cell%s";
					goto fail;
				}
				i++;
			}
			if (i - st > CSV_MAX_CELL)
				goto huge;
			buf_add(&cell, s + st, i - st);
		}
		if (r.n >= CSV_MAX_COLS) {
			snprintf(lim, sizeof lim, "%d", CSV_MAX_COLS);
			why = "more than %s cells in a row";
			arg = lim;
			goto fail;
		}
		r.cell = xgrow(r.cell, &cap, r.n + 1, sizeof *r.cell);
		r.cell[r.n++] = buf_detach(&cell);
		if (i < len && s[i] == sep) {
			i++;
			if (i < len)
				continue;
			/* a separator at the very end: one more empty cell */
			r.cell = xgrow(r.cell, &cap, r.n + 1, sizeof *r.cell);
			r.cell[r.n++] = xstrdup("");
		} else if (i < len) {
			if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			i++;
		}
		r.row = row;
		end_row(c, &r);
		cap = 0;
		if (i < len && ++row > CSV_MAX_ROWS) {
			snprintf(lim, sizeof lim, "%d", CSV_MAX_ROWS);
			why = "more than %s rows; a checklist has one row per "
			      "requirement";
			arg = lim;
			col = 1;
			goto fail;
		}
	}
	buf_release(&cell);
	return 0;
huge:
	snprintf(lim, sizeof lim, "%d", CSV_MAX_CELL);
	why = "cell longer than %s bytes";
	arg = lim;
fail:
	buf_release(&cell);
	free_row(&r);
	return error(p, row, col, why, arg);
}

int
csv_parse(struct csv *c, const char *data, size_t len, const char *name)
{
	struct parser p = {c, name, 0};
	size_t bad;

	memset(c, 0, sizeof *c);
	if (len >= 2 &&
	    ((unsigned char)data[0] == 0xFF &&
	        (unsigned char)data[1] == 0xFE)) {
		msg_level_at(MSG_ERROR, name, 1, 1,
		    "UTF-16 is not supported; save the sheet as CSV (UTF-8 or "
		    "Windows-1252)");
		return MSG_EXIT_INVALID;
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		c->bom = 1;
		data += 3;
		len -= 3;
	}
	if (!c->bom && csv_utf8_check(data, len) != len)
		c->cp1252 = 1;
	c->sep = detect_sep(data, len);
	if (split(&p, data, len) != 0)
		return MSG_EXIT_INVALID;
	for (size_t i = 0; i < c->nrows; i++)
		for (size_t k = 0; k < c->rows[i].n; k++) {
			char *cell = c->rows[i].cell[k];
			size_t n = strlen(cell), outlen;

			if (c->cp1252) {
				char *u =
				    csv_from_cp1252(cell, n, &outlen, &bad);
				if (u == NULL) {
					char hex[8];
					snprintf(hex, sizeof hex, "0x%02X",
					    (unsigned char)cell[bad]);
					error(&p, c->rows[i].row, (long)k + 1,
					    "byte %s is neither UTF-8 nor "
					    "Windows-1252",
					    hex);
					continue;
				}
				free(cell);
				c->rows[i].cell[k] = u;
			} else if (csv_utf8_check(cell, n) != n)
				error(&p, c->rows[i].row, (long)k + 1,
				    "invalid UTF-8 (the file starts with a "
				    "UTF-8 byte order mark)%s",
				    "");
		}
	return p.errors ? MSG_EXIT_INVALID : 0;
}

void
csv_release(struct csv *c)
{
	for (size_t i = 0; i < c->nrows; i++) {
		for (size_t k = 0; k < c->rows[i].n; k++)
			free(c->rows[i].cell[k]);
		free(c->rows[i].cell);
	}
	free(c->rows);
	memset(c, 0, sizeof *c);
}

/* ------------------------------------------------------------- words */

char *
csv_norm(const char *s)
{
	struct buf b = BUF_INIT;
	int dash = 0;

	buf_add(&b, "", 0);
	for (; *s != '\0'; s++) {
		char ch = *s;
		if (ch == '.')
			continue;
		if (ch == ' ' || ch == '_' || ch == '\t' || ch == '\n' ||
		    ch == '\r') {
			dash = b.len > 0;
			continue;
		}
		if (dash && ch != '-' && (b.len == 0 || b.s[b.len - 1] != '-'))
			buf_putc(&b, '-');
		dash = 0;
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		buf_putc(&b, ch);
	}
	return buf_detach(&b);
}

static void
add_word(char **list, const char *text)
{
	char *n = csv_norm(text);

	for (int i = 0; i < CSV_MAX_NAMES; i++) {
		if (list[i] != NULL && strcmp(list[i], n) == 0)
			break;
		if (list[i] == NULL) {
			list[i] = n;
			return;
		}
	}
	free(n);
}

int
csv_words_load(struct csv_words *w, const char *path)
{
	int sys = 0;
	xmlDocPtr doc;
	xmlNodePtr root;
	int found = 0;

	memset(w, 0, sizeof *w);
	xml_allow(path);
	if ((doc = xml_load(path, &sys)) == NULL)
		return -1;
	root = xmlDocGetRootElement(doc);
	for (xmlNodePtr m = root ? root->children : NULL; m; m = m->next) {
		xmlChar *key;
		char **list = NULL;

		if (m->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)m->name, "msg") != 0)
			continue;
		key = xmlGetProp(m, BAD_CAST "key");
		for (int i = 0; key && i < CSV__NCOLS; i++)
			if (strcmp((const char *)key, csv_col_keys[i]) == 0)
				list = w->col[i];
		for (int i = 1; key && i < 5; i++)
			if (strcmp((const char *)key, status_keys[i]) == 0)
				list = w->status[i];
		xmlFree(key);
		if (list == NULL)
			continue;
		found++;
		for (xmlNodePtr t = m->children; t; t = t->next)
			if (t->type == XML_ELEMENT_NODE &&
			    strcmp((const char *)t->name, "t") == 0) {
				xmlChar *c = xmlNodeGetContent(t);
				add_word(list, c ? (const char *)c : "");
				xmlFree(c);
			}
	}
	xmlFreeDoc(doc);
	if (w->col[CSV_ID][0] == NULL || w->col[CSV_STATUS][0] == NULL) {
		msg_level_at(MSG_ERROR, path, 0, 0,
		    "no checklist column names (col.id, col.status) in the "
		    "messages file");
		return -1;
	}
	(void)found;
	return 0;
}

void
csv_words_release(struct csv_words *w)
{
	for (int i = 0; i < CSV__NCOLS; i++)
		for (int k = 0; k < CSV_MAX_NAMES; k++)
			free(w->col[i][k]);
	for (int i = 0; i < 5; i++)
		for (int k = 0; k < CSV_MAX_NAMES; k++)
			free(w->status[i][k]);
	memset(w, 0, sizeof *w);
}

static int
in_list(char *const *list, const char *n)
{
	for (int i = 0; i < CSV_MAX_NAMES && list[i] != NULL; i++)
		if (strcmp(list[i], n) == 0)
			return 1;
	return 0;
}

/* ------------------------------------------------------- the checklist */

/* A cell's text: trimmed, the formula guard (a leading apostrophe before
 * = + - @) removed.  Caller frees. */
static char *
cell_text(const struct csv_row *r, int col)
{
	char *s, *t;

	if (col < 0 || (size_t)col >= r->n)
		return xstrdup("");
	s = xstrdup(r->cell[col]);
	str_collapse(s);
	if (s[0] == '\'' && s[1] != '\0' && strchr("=+-@", s[1]) != NULL) {
		t = xstrdup(s + 1);
		free(s);
		s = t;
	}
	return s;
}

static int
row_blank(const struct csv_row *r)
{
	for (size_t k = 0; k < r->n; k++)
		for (const char *p = r->cell[k]; *p; p++)
			if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
				return 0;
	return 1;
}

static int
status_of(const struct csv_words *w, const char *s, enum resp_status *st)
{
	char *n;
	int rc = -1;

	if (resp_status_parse(s, st) == 0)
		return 0;
	n = csv_norm(s);
	for (int i = 1; i < 5 && rc != 0; i++)
		if (in_list(w->status[i], n)) {
			*st = (enum resp_status)i;
			rc = 0;
		}
	free(n);
	return rc;
}

struct resp *
csv_response(const char *data, size_t len, const char *name,
    const struct csv_words *w, int *status)
{
	struct csv c;
	struct parser p = {&c, name, 0};
	int map[CSV__NCOLS];
	struct resp *r = NULL;
	const struct csv_row *h;

	*status = MSG_EXIT_INVALID;
	if (csv_parse(&c, data, len, name) != 0)
		goto out;
	if (c.nrows == 0) {
		msg_level_at(MSG_ERROR, name, 0, 0,
		    "empty file: expected the checklist's header row and one "
		    "row per requirement");
		goto out;
	}
	h = &c.rows[0];
	for (int i = 0; i < CSV__NCOLS; i++)
		map[i] = -1;
	for (size_t k = 0; k < h->n; k++) {
		char *t = cell_text(h, (int)k), *n = csv_norm(t);
		for (int i = 0; i < CSV__NCOLS; i++)
			if (in_list(w->col[i], n)) {
				if (map[i] >= 0)
					error(&p, 1, (long)k + 1,
					    "column '%s' appears twice in the "
					    "header row",
					    t);
				else
					map[i] = (int)k;
				break;
			}
		free(t);
		free(n);
	}
	if (map[CSV_ID] < 0 || map[CSV_STATUS] < 0) {
		msg_level_at(MSG_ERROR, name, 1, 0,
		    "row 1 is not the checklist's header row: no %s column "
		    "(expected the header of checklist.csv, in Dutch or "
		    "English)",
		    map[CSV_ID] < 0 ? "id" : "status");
		goto out;
	}
	r = resp_new(name);
	r->csv = 1;
	for (size_t i = 1; i < c.nrows && p.errors <= MAX_ERRORS; i++) {
		const struct csv_row *row = &c.rows[i];
		char *id, *st, *ex, *ev;
		enum resp_status s = RESP_UNANSWERED;
		struct resp_answer *a;

		if (row_blank(row))
			continue;
		id = cell_text(row, map[CSV_ID]);
		st = cell_text(row, map[CSV_STATUS]);
		ex = cell_text(row, map[CSV_EXPLANATION]);
		ev = cell_text(row, map[CSV_EVIDENCE_GIVEN]);
		if (st[0] != '\0' && strchr("=+-@", st[0]) != NULL)
			error(&p, row->row, map[CSV_STATUS] + 1,
			    "status cell holds a formula '%s'; type comply, "
			    "partial, "
			    "noncomply or not-applicable (voldoet, deels, "
			    "voldoet-niet, nvt)",
			    st);
		else if (status_of(w, st, &s) != 0)
			error(&p, row->row, map[CSV_STATUS] + 1,
			    "unknown status '%s'; expected comply, partial, "
			    "noncomply "
			    "or not-applicable (voldoet, deels, voldoet-niet, "
			    "nvt)",
			    st);
		else if (id[0] == '\0') {
			if (st[0] != '\0' || ex[0] != '\0' || ev[0] != '\0')
				error(&p, row->row, map[CSV_ID] + 1,
				    "answer without a requirement id%s", "");
		} else if ((a = resp_add(r, id, row->row, map[CSV_ID] + 1)) ==
		    NULL)
			p.errors++;
		else {
			a->status = s;
			free(a->explanation);
			free(a->evidence);
			a->explanation = ex;
			a->evidence = ev;
			ex = ev = NULL;
		}
		free(id);
		free(st);
		free(ex);
		free(ev);
	}
	if (p.errors > MAX_ERRORS)
		msg_level_at(
		    MSG_ERROR, name, 0, 0, "too many errors; giving up");
	if (p.errors == 0)
		*status = MSG_EXIT_OK;
	else {
		resp_free(r);
		r = NULL;
	}
out:
	csv_release(&c);
	return r;
}
