// The only file in Söz that includes ICU headers. See CICUShim.h.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *soz_icu_error_name(int32_t status) {
  return u_errorName((UErrorCode)status);
}

void soz_icu_version(char *out, int32_t cap) {
  UVersionInfo v;
  char buf[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, buf);
  if (cap > 0) {
    strncpy(out, buf, (size_t)cap - 1);
    out[cap - 1] = 0;
  }
}

static int32_t normalize(const UNormalizer2 *n, const uint16_t *src,
                         int32_t length, uint16_t *dest, int32_t capacity,
                         int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t r = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest,
                               capacity, &e);
  *status = (int32_t)e;
  return r;
}

int32_t soz_icu_nfc(const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFCInstance(&e);
  if (U_FAILURE(e)) { *status = (int32_t)e; return 0; }
  return normalize(n, src, length, dest, capacity, status);
}

int32_t soz_icu_nfd(const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFDInstance(&e);
  if (U_FAILURE(e)) { *status = (int32_t)e; return 0; }
  return normalize(n, src, length, dest, capacity, status);
}

int32_t soz_icu_is_nfc(const uint16_t *src, int32_t length, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFCInstance(&e);
  if (U_FAILURE(e)) { *status = (int32_t)e; return 0; }
  UBool r = unorm2_isNormalized(n, (const UChar *)src, length, &e);
  *status = (int32_t)e;
  return r ? 1 : 0;
}

int32_t soz_icu_to_lower(const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, const char *locale,
                         int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t r = u_strToLower((UChar *)dest, capacity, (const UChar *)src,
                           length, locale ? locale : "", &e);
  *status = (int32_t)e;
  return r;
}

int32_t soz_icu_to_upper(const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, const char *locale,
                         int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t r = u_strToUpper((UChar *)dest, capacity, (const UChar *)src,
                           length, locale ? locale : "", &e);
  *status = (int32_t)e;
  return r;
}

int32_t soz_icu_fold_case(const uint16_t *src, int32_t length, uint16_t *dest,
                          int32_t capacity, int32_t turkic, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  uint32_t options =
      turkic ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT;
  int32_t r = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src,
                            length, options, &e);
  *status = (int32_t)e;
  return r;
}

struct soz_translit {
  UTransliterator *t;
};

soz_translit *soz_icu_translit_open(const uint16_t *id, int32_t id_length,
                                    const uint16_t *rules,
                                    int32_t rules_length, int32_t reverse,
                                    int32_t *parse_line,
                                    int32_t *parse_offset, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  UParseError pe;
  memset(&pe, 0, sizeof pe);
  UTransliterator *t = utrans_openU(
      (const UChar *)id, id_length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
      (const UChar *)rules, rules ? rules_length : 0, &pe, &e);
  *status = (int32_t)e;
  if (parse_line) *parse_line = pe.line;
  if (parse_offset) *parse_offset = pe.offset;
  if (U_FAILURE(e) || t == NULL) {
    if (t) utrans_close(t);
    return NULL;
  }
  soz_translit *w = (soz_translit *)malloc(sizeof *w);
  if (!w) {
    utrans_close(t);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  w->t = t;
  return w;
}

soz_translit *soz_icu_translit_clone(const soz_translit *t, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  UTransliterator *c = utrans_clone(t->t, &e);
  *status = (int32_t)e;
  if (U_FAILURE(e) || c == NULL) return NULL;
  soz_translit *w = (soz_translit *)malloc(sizeof *w);
  if (!w) {
    utrans_close(c);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  w->t = c;
  return w;
}

void soz_icu_translit_close(soz_translit *t) {
  if (!t) return;
  utrans_close(t->t);
  free(t);
}

int32_t soz_icu_translit_apply(const soz_translit *t, uint16_t *buffer,
                               int32_t length, int32_t capacity,
                               int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t text_length = length;
  int32_t limit = length;
  utrans_transUChars(t->t, (UChar *)buffer, &text_length, capacity, 0, &limit,
                     &e);
  *status = (int32_t)e;
  return text_length;
}

struct soz_words {
  UBreakIterator *b;
};

soz_words *soz_icu_words_open(int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  UBreakIterator *b = ubrk_open(UBRK_WORD, "", NULL, 0, &e);
  *status = U_FAILURE(e) ? (int32_t)e : 0;
  if (U_FAILURE(e) || !b) return NULL;
  soz_words *w = (soz_words *)malloc(sizeof *w);
  if (!w) {
    ubrk_close(b);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  w->b = b;
  return w;
}

void soz_icu_words_set_text(soz_words *w, const uint16_t *text,
                            int32_t length, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  ubrk_setText(w->b, (const UChar *)text, length, &e);
  *status = (int32_t)e;
  if (U_SUCCESS(e)) ubrk_first(w->b);
}

int32_t soz_icu_words_next(soz_words *w, int32_t *rule_status) {
  int32_t r = ubrk_next(w->b);
  if (rule_status) *rule_status = r == UBRK_DONE ? 0 : ubrk_getRuleStatus(w->b);
  return r == UBRK_DONE ? -1 : r;
}

void soz_icu_words_close(soz_words *w) {
  if (!w) return;
  ubrk_close(w->b);
  free(w);
}

const char *soz_icu_script_code(uint32_t code_point) {
  UErrorCode e = U_ZERO_ERROR;
  UScriptCode s = uscript_getScript((UChar32)code_point, &e);
  if (U_FAILURE(e)) return "Zzzz";
  return uscript_getShortName(s);
}

struct soz_spoof {
  USpoofChecker *c;
};

soz_spoof *soz_icu_spoof_open(int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  USpoofChecker *c = uspoof_open(&e);
  if (U_SUCCESS(e)) {
    uspoof_setChecks(c, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_SCRIPT_CONFUSABLE | USPOOF_INVISIBLE, &e);
    uspoof_setRestrictionLevel(c, USPOOF_HIGHLY_RESTRICTIVE);
  }
  *status = (int32_t)e;
  if (U_FAILURE(e) || !c) {
    if (c) uspoof_close(c);
    return NULL;
  }
  soz_spoof *w = (soz_spoof *)malloc(sizeof *w);
  if (!w) {
    uspoof_close(c);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  w->c = c;
  return w;
}

int32_t soz_icu_spoof_check(const soz_spoof *s, const uint16_t *text,
                            int32_t length, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t r = uspoof_check2(s->c, (const UChar *)text, length, NULL, &e);
  *status = (int32_t)e;
  return r;
}

int32_t soz_icu_spoof_skeleton(const soz_spoof *s, const uint16_t *text,
                               int32_t length, uint16_t *dest,
                               int32_t capacity, int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t r = uspoof_getSkeleton(s->c, 0, (const UChar *)text, length,
                                 (UChar *)dest, capacity, &e);
  *status = (int32_t)e;
  return r;
}

void soz_icu_spoof_close(soz_spoof *s) {
  if (!s) return;
  uspoof_close(s->c);
  free(s);
}

int32_t soz_icu_canonical_tag(const char *tag, char *out, int32_t capacity,
                              int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  char id[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, id, (int32_t)sizeof id, &parsed, &e);
  // An ID that fills the buffer exactly comes back unterminated (a
  // warning, not a failure): reading it on would run past the buffer.
  if (e == U_STRING_NOT_TERMINATED_WARNING) e = U_BUFFER_OVERFLOW_ERROR;
  if (U_FAILURE(e) || parsed != (int32_t)strlen(tag) || id[0] == 0) {
    *status = U_FAILURE(e) ? (int32_t)e : (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  int32_t r = uloc_toLanguageTag(id, out, capacity, 1, &e);
  *status = (int32_t)e;
  return U_FAILURE(e) ? 0 : r;
}

int32_t soz_icu_minimize_tag(const char *tag, char *out, int32_t capacity,
                             int32_t *status) {
  UErrorCode e = U_ZERO_ERROR;
  char id[ULOC_FULLNAME_CAPACITY], min[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, id, (int32_t)sizeof id, &parsed, &e);
  if (e == U_STRING_NOT_TERMINATED_WARNING) e = U_BUFFER_OVERFLOW_ERROR;
  if (U_FAILURE(e)) { *status = (int32_t)e; return 0; }
  uloc_minimizeSubtags(id, min, (int32_t)sizeof min, &e);
  if (e == U_STRING_NOT_TERMINATED_WARNING) e = U_BUFFER_OVERFLOW_ERROR;
  if (U_FAILURE(e)) { *status = (int32_t)e; return 0; }
  int32_t r = uloc_toLanguageTag(min, out, capacity, 1, &e);
  *status = (int32_t)e;
  return U_FAILURE(e) ? 0 : r;
}
