/*
 * CICUShim: the only door to system ICU (libicu-dev).
 *
 * This header includes no ICU header and exposes only plain C types, so the
 * Swift side can import it next to Foundation (whose private ICU would clash
 * with the system headers) and so the ICU version suffix (`_72`) never shows
 * up in Swift. Strings are UTF-16 (`uint16_t`), lengths and offsets are in
 * UTF-16 code units. `status` receives an ICU UErrorCode: 0 success, < 0
 * warning, > 0 error (15 = buffer overflow: the return value is the length
 * needed).
 */
#ifndef SOZ_CICUSHIM_H
#define SOZ_CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The printable name of an ICU status code, e.g. "U_INVALID_ID". */
const char *soz_icu_error_name(int32_t status);

/** The ICU version string, e.g. "72.1". Writes into `out` (cap ≥ 16). */
void soz_icu_version(char *out, int32_t cap);

/* ---- Normalization ---------------------------------------------------- */

/** NFC-normalizes `src` into `dest`; returns the output length. */
int32_t soz_icu_nfc(const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status);

/** NFD-normalizes `src` into `dest`; returns the output length. */
int32_t soz_icu_nfd(const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status);

/** 1 when `src` is already in NFC, 0 when not. */
int32_t soz_icu_is_nfc(const uint16_t *src, int32_t length, int32_t *status);

/* ---- Case mapping ----------------------------------------------------- */

/** Lowercases with the rules of `locale` ("" = root, "tr", "az"). */
int32_t soz_icu_to_lower(const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, const char *locale,
                         int32_t *status);

/** Uppercases with the rules of `locale` ("" = root, "tr", "az"). */
int32_t soz_icu_to_upper(const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, const char *locale,
                         int32_t *status);

/** Case-folds; `turkic` != 0 selects U_FOLD_CASE_EXCLUDE_SPECIAL_I. */
int32_t soz_icu_fold_case(const uint16_t *src, int32_t length, uint16_t *dest,
                          int32_t capacity, int32_t turkic, int32_t *status);

/* ---- Transliteration -------------------------------------------------- */

/** An opaque ICU transliterator. Not thread-safe: one per thread. */
typedef struct soz_translit soz_translit;

/**
 * Opens a system transform (`rules` NULL) or a custom rule set (`rules` set,
 * `id` any name). `reverse` != 0 opens the inverse direction. On a rule
 * syntax error, `*parse_line` and `*parse_offset` locate it.
 */
soz_translit *soz_icu_translit_open(const uint16_t *id, int32_t id_length,
                                    const uint16_t *rules,
                                    int32_t rules_length, int32_t reverse,
                                    int32_t *parse_line,
                                    int32_t *parse_offset, int32_t *status);

/** A copy of `t` for use on another thread. */
soz_translit *soz_icu_translit_clone(const soz_translit *t, int32_t *status);

/** Releases a transliterator. */
void soz_icu_translit_close(soz_translit *t);

/**
 * Transliterates `buffer[0..<length]` in place. Returns the new length. On
 * U_BUFFER_OVERFLOW_ERROR the buffer holds garbage and the return value is
 * the capacity needed: retry from a saved copy of the input.
 */
int32_t soz_icu_translit_apply(const soz_translit *t, uint16_t *buffer,
                               int32_t length, int32_t capacity,
                               int32_t *status);

/* ---- Word boundaries -------------------------------------------------- */

/** An opaque word break iterator. Not thread-safe. */
typedef struct soz_words soz_words;

/** Opens a UAX #29 word break iterator (root rules). */
soz_words *soz_icu_words_open(int32_t *status);

/**
 * Sets the text. The iterator keeps a pointer to `text`: it must stay valid
 * and unmoved until the next call to this function or to close.
 */
void soz_icu_words_set_text(soz_words *w, const uint16_t *text,
                            int32_t length, int32_t *status);

/**
 * The next boundary after the current one, or -1 at the end. `rule_status`
 * receives the status of the segment that ends there (0 none, 100.. number,
 * 200.. letter, 300.. kana, 400.. ideograph).
 */
int32_t soz_icu_words_next(soz_words *w, int32_t *rule_status);

/** Releases a word break iterator. */
void soz_icu_words_close(soz_words *w);

/* ---- Scripts ------------------------------------------------------------ */

/** The ISO 15924 script code of a code point ("Latn", "Cyrl", "Zyyy"...). */
const char *soz_icu_script_code(uint32_t code_point);

/* ---- Spoof checking ----------------------------------------------------- */

/** An opaque spoof checker; checks are thread-safe once configured. */
typedef struct soz_spoof soz_spoof;

/** Opens a checker with restriction level "highly restrictive". */
soz_spoof *soz_icu_spoof_open(int32_t *status);

/** uspoof_check2 result bits (2 mixed script, 16 restriction level...). */
int32_t soz_icu_spoof_check(const soz_spoof *s, const uint16_t *text,
                            int32_t length, int32_t *status);

/** The confusable skeleton of `text` (for comparison only). */
int32_t soz_icu_spoof_skeleton(const soz_spoof *s, const uint16_t *text,
                               int32_t length, uint16_t *dest,
                               int32_t capacity, int32_t *status);

/** Releases a spoof checker. */
void soz_icu_spoof_close(soz_spoof *s);

/* ---- Language tags ------------------------------------------------------ */

/**
 * Canonicalizes a BCP 47 tag through ICU (uloc_forLanguageTag then
 * uloc_toLanguageTag). Returns the output length (ASCII, NUL-terminated
 * when room allows), or 0 and an error status when the tag is ill-formed.
 */
int32_t soz_icu_canonical_tag(const char *tag, char *out, int32_t capacity,
                              int32_t *status);

/** Minimizes a tag's subtags (kk-Cyrl -> kk); same contract as above. */
int32_t soz_icu_minimize_tag(const char *tag, char *out, int32_t capacity,
                             int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
