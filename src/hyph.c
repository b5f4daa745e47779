/*
 * Dutch hyphenation with libhyphen and hyphen-nl.
 *
 * The Debian dictionary is ISO-8859-1: words are converted from UTF-8,
 * lower-cased, hyphenated, and the break points mapped back to UTF-8
 * byte offsets.
 */
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>

#include "hyph.h"
#include "util.h"

#define MAXWORD 100 /* longer "words" are left alone */

static const char *const nl_paths[] = {
    "/usr/share/hyphen/hyph_nl_NL.dic",
    "/usr/share/hyphen/hyph_nl.dic",
};

static HyphenDict *nl_dict;
static int nl_tried;

static int
is_dutch(const char *lang)
{
	return lang != NULL && (lang[0] == 'n' || lang[0] == 'N') &&
	    (lang[1] == 'l' || lang[1] == 'L') &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

static HyphenDict *
dict_for(const char *lang)
{
	const char *env;

	if (!is_dutch(lang))
		return NULL;
	if (!nl_tried) {
		nl_tried = 1;
		env = getenv("ICOC_HYPH_NL");
		if (env != NULL && *env != '\0')
			nl_dict = hnj_hyphen_load(env);
		for (size_t i = 0; nl_dict == NULL && i < NELEM(nl_paths); i++)
			nl_dict = hnj_hyphen_load(nl_paths[i]);
	}
	return nl_dict;
}

int
hyph_available(const char *lang)
{
	return dict_for(lang) != NULL;
}

void
hyph_cleanup(void)
{
	if (nl_dict != NULL)
		hnj_hyphen_free(nl_dict);
	nl_dict = NULL;
	nl_tried = 0;
}

/* Latin-1 lower case of one code point, or 0 when outside Latin-1 or not a letter. */
static unsigned char
latin1_lower(unsigned cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return (unsigned char)(cp + 32);
	if (cp >= 'a' && cp <= 'z')
		return (unsigned char)cp;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return (unsigned char)(cp + 32);
	if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
		return (unsigned char)cp;
	return 0;
}

/* Decode one UTF-8 sequence at s (n bytes left); returns its length, 0 if invalid. */
static size_t
utf8_next(const unsigned char *s, size_t n, unsigned *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0 && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if ((s[0] & 0xF0) == 0xE0 && n >= 3) {
		*cp = ((unsigned)(s[0] & 0x0F) << 12) |
		    ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	if ((s[0] & 0xF8) == 0xF0 && n >= 4) {
		*cp = ((unsigned)(s[0] & 0x07) << 18) |
		    ((unsigned)(s[1] & 0x3F) << 12) |
		    ((unsigned)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	return 0;
}

size_t
hyph_word(
    const char *lang, const char *word, size_t len, size_t *offs, size_t max)
{
	HyphenDict *d = dict_for(lang);
	char latin[MAXWORD + 1], hy[MAXWORD + 5];
	size_t byte_at[MAXWORD + 1];
	size_t n = 0, i = 0, nout = 0;
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;

	if (d == NULL || len == 0)
		return 0;
	while (i < len) {
		unsigned cp;
		size_t k =
		    utf8_next((const unsigned char *)word + i, len - i, &cp);
		unsigned char c;

		if (k == 0 || n == MAXWORD || (c = latin1_lower(cp)) == 0)
			return 0;
		byte_at[n] = i;
		latin[n++] = (char)c;
		i += k;
	}
	if (n < 5)
		return 0;
	latin[n] = '\0';
	memset(hy, 0, sizeof hy);
	if (hnj_hyphen_hyphenate3(
	        d, latin, (int)n, hy, NULL, &rep, &pos, &cut, 2, 2, 2, 2) != 0)
		goto out;
	/*
	 * hy[j] odd: a break is allowed after letter j.  Dutch drops the
	 * diaeresis at a break before it (continu-iteit); a soft hyphen
	 * cannot, so those points are skipped, as are replacements.
	 */
	for (size_t j = 1; j + 2 < n && nout < max; j++) {
		unsigned char next = (unsigned char)latin[j + 1];

		if (!(hy[j] & 1) || (rep != NULL && rep[j] != NULL) ||
		    next == 0xE4 || next == 0xEB || next == 0xEF ||
		    next == 0xF6 || next == 0xFC)
			continue;
		offs[nout++] = byte_at[j + 1];
	}
out:
	if (rep != NULL) {
		for (size_t j = 0; j < n; j++)
			free(rep[j]);
		free(rep);
	}
	free(pos);
	free(cut);
	return nout;
}

/* Length of the letter at s (0 when it is not a letter or invalid UTF-8). */
static size_t
letter_at(const char *s, size_t n)
{
	unsigned cp;
	size_t k = utf8_next((const unsigned char *)s, n, &cp);

	if (k == 0)
		return 0;
	if (cp < 0x100)
		return latin1_lower(cp) ? k : 0;
	/* beyond Latin-1: punctuation and symbols end a word; letters
	 * (the dictionary then declines the word) do not */
	if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
	    cp >= 0xFE00)
		return 0;
	return k;
}

char *
hyph_text(const char *lang, const char *text, size_t len)
{
	struct buf b = BUF_INIT;
	size_t offs[MAXWORD];
	size_t i = 0;

	if (dict_for(lang) == NULL)
		return NULL;
	while (i < len) {
		size_t start = i, nb, last = 0;

		size_t k = letter_at(text + i, len - i);

		if (k == 0) {
			buf_putc(&b, text[i++]);
			continue;
		}
		while (i < len && (k = letter_at(text + i, len - i)) > 0)
			i += k;
		/* a word right after a soft hyphen was hyphenated by hand */
		nb = start >= 2 && (unsigned char)text[start - 2] == 0xC2 &&
		        (unsigned char)text[start - 1] == 0xAD
		    ? 0
		    : hyph_word(
		          lang, text + start, i - start, offs, NELEM(offs));
		for (size_t j = 0; j < nb; j++) {
			buf_add(&b, text + start + last, offs[j] - last);
			buf_add(&b, "\xC2\xAD", 2);
			last = offs[j];
		}
		buf_add(&b, text + start + last, i - start - last);
	}
	if (b.s == NULL)
		buf_add(&b, "", 0);
	return buf_detach(&b);
}
