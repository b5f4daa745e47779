/*
 * Dictionary hyphenation (libhyphen), for the formatter only.
 *
 * Dictionaries are loaded on first use and kept until hyph_cleanup().
 * Only Dutch ("nl", "nl-NL", "nl_BE", ...) is wired to a dictionary;
 * other languages are left unhyphenated.
 */
#ifndef ICOC_HYPH_H
#define ICOC_HYPH_H

#include <stddef.h>

/* Non-zero when a dictionary exists for lang (may load it). */
int hyph_available(const char *lang);

/*
 * Break points of one word: fills offs with UTF-8 byte offsets into word
 * (a break is allowed before word[offs[i]]), in increasing order, at most
 * max of them.  Returns how many.  Words with characters outside Latin-1,
 * and words shorter than five letters, give none.
 */
size_t hyph_word(
    const char *lang, const char *word, size_t len, size_t *offs, size_t max);

/*
 * Copy of text (len bytes of UTF-8) with U+00AD SOFT HYPHEN inserted at
 * every break point of every word.  Returns NULL when lang has no
 * dictionary.  The caller frees the result.
 */
char *hyph_text(const char *lang, const char *text, size_t len);

/* Free the loaded dictionaries. */
void hyph_cleanup(void);

#endif
