/*
 * CSV reading (RFC 4180) for `check`: a filled-in checklist.csv as a
 * spreadsheet exports it (FORMATS.md §6) read back into a response.
 *
 * Separator ';' or ',' detected from the header row, byte order mark
 * stripped, UTF-8 validated or else converted from Windows-1252, CRLF,
 * LF and CR line ends.  Errors are printed as FILE:ROW:COL, row and
 * column counted as a spreadsheet shows them (1-based; a quoted cell
 * spanning lines is one row).
 */
#ifndef ICOC_CSV_H
#define ICOC_CSV_H

#include <stddef.h>

struct resp;

/* Limits that keep hostile input from exhausting memory. */
#define CSV_MAX_ROWS 100000  /* records */
#define CSV_MAX_COLS 256     /* cells per record */
#define CSV_MAX_CELL 1000000 /* bytes per cell */

struct csv_row {
	char **cell; /* NUL-terminated UTF-8 */
	size_t n;
	long row; /* 1-based record number */
};

struct csv {
	struct csv_row *rows;
	size_t nrows, cap;
	char sep;   /* ';' or ',' */
	int cp1252; /* the input was converted from Windows-1252 */
	int bom;    /* the input started with a UTF-8 byte order mark */
};

/*
 * Parse data (len bytes, may hold NUL bytes, which are an error).
 * Returns 0, or MSG_EXIT_INVALID after printing errors (name:row:col).
 * Release c with csv_release() either way.
 */
int csv_parse(struct csv *c, const char *data, size_t len, const char *name);
void csv_release(struct csv *c);

/* Is s (len bytes) valid UTF-8 (no overlongs, no surrogates)?  Returns
 * the offset of the first bad byte, or len when valid. */
size_t csv_utf8_check(const char *s, size_t len);

/* Windows-1252 to UTF-8; NULL when a byte is undefined in 1252 (*bad
 * holds its offset).  Caller frees. */
char *csv_from_cp1252(const char *s, size_t len, size_t *outlen, size_t *bad);

/* The checklist columns, in export order (templates/csv/checklist.xsl). */
enum csv_col {
	CSV_ID,
	CSV_NUMBER,
	CSV_GROUP,
	CSV_TITLE,
	CSV_KIND,
	CSV_WEIGHT,
	CSV_STATEMENT,
	CSV_EVIDENCE_ASKED,
	CSV_STATUS,
	CSV_EXPLANATION,
	CSV_EVIDENCE_GIVEN,
	CSV__NCOLS
};

/* Message keys of the column headers (col.id … col.evidence-given). */
extern const char *const csv_col_keys[CSV__NCOLS];

/*
 * Header names and status labels recognised on import: every language's
 * text of the message keys, read from messages.xml so they never drift
 * from the export.  Words are stored normalised (see csv_norm).
 */
#define CSV_MAX_NAMES 8
struct csv_words {
	char *col[CSV__NCOLS][CSV_MAX_NAMES];
	char *status[5][CSV_MAX_NAMES]; /* by enum resp_status */
};

/* Load from the messages file at path.  0, or -1 after printing errors. */
int csv_words_load(struct csv_words *w, const char *path);
void csv_words_release(struct csv_words *w);

/* Lower-case ASCII, trim, '_' and runs of spaces to '-', drop dots; caller frees. */
char *csv_norm(const char *s);

/*
 * Read a filled-in checklist (data, len bytes) into a response.  NULL
 * after printing errors; *status then MSG_EXIT_INVALID.
 */
struct resp *csv_response(const char *data, size_t len, const char *name,
    const struct csv_words *w, int *status);

#endif
