/*
 * Search path and the index of documents on it.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlreader.h>

#include "msg.h"
#include "path.h"
#include "util.h"

static char **dirs;
static size_t ndirs, capdirs;
static size_t nuser; /* -I dirs come first */
static char *datadir, *schemadir, *templatedir;
static struct path_doc *docs;
static size_t ndocs, capdocs;
static int scanned;

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void
insert_dir(size_t at, const char *dir)
{
	dirs = xgrow(dirs, &capdirs, ndirs + 1, sizeof *dirs);
	memmove(dirs + at + 1, dirs + at, (ndirs - at) * sizeof *dirs);
	dirs[at] = xstrdup(dir);
	ndirs++;
	xml_allow(dir);
}

void
path_add(const char *dir)
{
	insert_dir(nuser++, dir);
}

void
path_init(const char *argv0)
{
	char exe[PATH_MAX], *slash, *root = NULL;
	const char *env;
	ssize_t n;

	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0) {
		snprintf(exe, sizeof exe, "%s", argv0);
		n = (ssize_t)strlen(exe);
	}
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) != NULL)
		*slash = '\0';
	else
		strcpy(exe, ".");

	/* Run from the source tree, or from a build directory beneath it? */
	for (int up = 0; up < 5 && root == NULL; up++) {
		char *dir = xstrdup(exe), *try;
		for (int i = 0; i < up; i++) {
			char *d = xasprintf("%s/..", dir);
			free(dir);
			dir = d;
		}
		try = xasprintf("%s/requirements/schema", dir);
		if (is_dir(try))
			root = dir;
		else
			free(dir);
		free(try);
	}
	if (root != NULL) {
		datadir = xasprintf("%s/requirements", root);
		templatedir = xasprintf("%s/templates", root);
		free(root);
	} else {
		datadir = xasprintf("%s/../share/icoc/requirements", exe);
		templatedir = xasprintf("%s/../share/icoc/templates", exe);
	}
	schemadir = xasprintf("%s/schema", datadir);
	xml_allow(datadir);
	xml_allow(templatedir);

	if ((env = getenv("ICOC_PATH")) != NULL && *env != '\0') {
		char *copy = xstrdup(env), *tok, *save = NULL;
		for (tok = strtok_r(copy, ":", &save); tok != NULL;
		     tok = strtok_r(NULL, ":", &save))
			insert_dir(ndirs, tok);
		free(copy);
	}
	insert_dir(ndirs, datadir);
}

void
path_release(void)
{
	for (size_t i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	for (size_t i = 0; i < ndocs; i++) {
		free(docs[i].file);
		free(docs[i].id);
		free(docs[i].version);
		free(docs[i].to);
	}
	free(docs);
	free(datadir);
	free(schemadir);
	free(templatedir);
	dirs = NULL;
	docs = NULL;
	ndirs = capdirs = ndocs = capdocs = nuser = 0;
	scanned = 0;
}

size_t
path_ndirs(void)
{
	return ndirs;
}

const char *
path_dir(size_t i)
{
	return dirs[i];
}

const char *
path_schema_dir(void)
{
	return schemadir;
}

const char *
path_template_dir(void)
{
	return templatedir;
}

const char *
path_data_dir(void)
{
	return datadir;
}

static char *
reader_attr(xmlTextReaderPtr r, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(r, BAD_CAST name);
	char *s = xstrdup((char *)v);

	xmlFree(v);
	return s;
}

/* Read only the root element of a file to learn what it is. */
static void
identify(const char *file, int order)
{
	xmlTextReaderPtr r;
	static const struct {
		const char *name;
		enum xml_kind kind;
	} roots[] = {
	    {"catalogue", XML_KIND_CATALOGUE},
	    {"crosswalk", XML_KIND_CROSSWALK},
	    {"requirement-set", XML_KIND_SET},
	};

	r = xmlReaderForFile(file, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (r == NULL)
		return;
	while (xmlTextReaderRead(r) == 1) {
		const xmlChar *ns, *name;

		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
			continue;
		ns = xmlTextReaderConstNamespaceUri(r);
		name = xmlTextReaderConstLocalName(r);
		for (size_t i = 0; ns != NULL && i < NELEM(roots); i++) {
			struct path_doc *d;
			if (strcmp((const char *)ns, XML_NS) != 0 ||
			    strcmp((const char *)name, roots[i].name) != 0)
				continue;
			docs = xgrow(docs, &capdocs, ndocs + 1, sizeof *docs);
			d = &docs[ndocs++];
			memset(d, 0, sizeof *d);
			d->file = xstrdup(file);
			d->kind = roots[i].kind;
			d->order = order;
			if (d->kind == XML_KIND_CROSSWALK) {
				d->id = reader_attr(r, "from");
				d->to = reader_attr(r, "to");
			} else
				d->id = reader_attr(r, "id");
			d->version = reader_attr(r, "version");
		}
		break;
	}
	xmlFreeTextReader(r);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Scan *.xml in dir and, one level down, in its subdirectories. */
static void
scan_dir(const char *dir, int order, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names); /* deterministic */
	for (size_t i = 0; i < n; i++) {
		char *p = xasprintf("%s/%s", dir, names[i]);
		if (str_has_suffix(names[i], ".xml"))
			identify(p, order);
		else if (depth == 0 && is_dir(p) &&
		    strcmp(names[i], "schema") != 0 &&
		    strcmp(names[i], "examples") != 0)
			scan_dir(p, order, 1);
		free(p);
		free(names[i]);
	}
	free(names);
}

const struct path_doc *
path_docs(size_t *n)
{
	if (!scanned) {
		scanned = 1;
		for (size_t i = 0; i < ndirs; i++) {
			/* the same directory twice (-I and data dir) counts once */
			int dup = 0;
			for (size_t j = 0; j < i; j++)
				dup |= strcmp(dirs[i], dirs[j]) == 0;
			if (!dup)
				scan_dir(dirs[i], (int)i, 0);
		}
	}
	*n = ndocs;
	return docs;
}

int
path_vercmp(const char *a, const char *b)
{
	while (*a != '\0' || *b != '\0') {
		char *ea, *eb;
		unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (ea == a && eb == b)
			return strcmp(a, b);
		a = *ea == '.' ? ea + 1 : ea;
		b = *eb == '.' ? eb + 1 : eb;
	}
	return 0;
}

static int
same_file(const char *a, const char *b)
{
	char ra[PATH_MAX], rb[PATH_MAX];

	if (realpath(a, ra) == NULL || realpath(b, rb) == NULL)
		return strcmp(a, b) == 0;
	return strcmp(ra, rb) == 0;
}

const struct path_doc *
path_find(
    enum xml_kind kind, const char *id, const char *version, const char *what)
{
	const struct path_doc *all, *best = NULL;
	size_t n;

	all = path_docs(&n);
	for (size_t i = 0; i < n; i++) {
		const struct path_doc *d = &all[i];
		if (d->kind != kind || d->id == NULL || strcmp(d->id, id) != 0)
			continue;
		if (version != NULL &&
		    (d->version == NULL || strcmp(d->version, version) != 0))
			continue;
		if (best == NULL) {
			best = d;
			continue;
		}
		if (same_file(best->file, d->file))
			continue;
		{
			int c = path_vercmp(d->version ? d->version : "",
			    best->version ? best->version : "");
			if (c > 0)
				best = d;
			else if (c == 0) {
				/* -I directories shadow later ones only across order */
				if (d->order != best->order)
					continue;
				msg_at(MSG_SET_AMBIGUOUS, NULL, 0, 0,
				    what ? what : "document", id,
				    best->version ? best->version : "-",
				    best->file, d->file);
				return NULL;
			}
		}
	}
	if (best == NULL && what != NULL) {
		if (version != NULL) {
			char *s = xasprintf("%s@%s", id, version);
			msg_at(MSG_SET_NOT_FOUND, NULL, 0, 0, what, s);
			free(s);
		} else
			msg_at(MSG_SET_NOT_FOUND, NULL, 0, 0, what, id);
	}
	return best;
}
