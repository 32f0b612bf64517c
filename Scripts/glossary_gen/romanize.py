"""Romanizations the generator derives variants with (all tested).

- ``az_to_en``: Azerbaijani Latin -> the English rendering Azerbaijani
  official bodies use (standards.md §5.2): ə->a, x->kh, ğ->gh, ş->sh, c->j,
  ç->ch, q->g, ı->i, ö->o, ü->u, İ->I.
- ``az_to_tr``: Azerbaijani Latin -> Turkish spelling: ə->e, x->h, q->g at
  the start of a word and k elsewhere.
- ``ru_to_en``: Russian Cyrillic -> the English newspaper romanization of
  Russian names (zh, kh, ts, ch, sh, shch, y for й and ы, ye/yu/ya at the
  start and after a vowel, ь and ъ dropped): how the Russian-derived English
  variants of Turkic place names were formed (Shemakha, Lenkoran,
  Ust-Kamenogorsk).
- ``ascii_fold``: a Turkish or Azerbaijani spelling without diacritics, as
  English wire copy writes it (Şanlıurfa -> Sanliurfa; ə -> a, since
  ICU's Latin-ASCII leaves ə alone).
- ``lower_turkic``: lower case with Turkic I/İ rules (Python's 'İ'.lower()
  gives i + U+0307).
"""

import unicodedata

_AZ_EN = {"ə": "a", "Ə": "A", "x": "kh", "X": "Kh", "ğ": "gh", "Ğ": "Gh",
          "ş": "sh", "Ş": "Sh", "c": "j", "C": "J", "ç": "ch", "Ç": "Ch",
          "q": "g", "Q": "G", "ı": "i", "I": "I", "İ": "I", "ö": "o",
          "Ö": "O", "ü": "u", "Ü": "U"}


def az_to_en(text):
    return "".join(_AZ_EN.get(c, c) for c in unicodedata.normalize("NFC", text))


def az_to_tr(text):
    out = []
    for i, c in enumerate(unicodedata.normalize("NFC", text)):
        start = i == 0 or not text[i - 1].isalpha()
        if c in "qQ":
            out.append(("g" if c == "q" else "G") if start else ("k" if c == "q" else "K"))
        else:
            out.append({"ə": "e", "Ə": "E", "x": "h", "X": "H"}.get(c, c))
    return "".join(out)


_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
       "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
       "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
       "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
       "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
_VOWELS = set("аеёиоуыэюяaeiouy")


def ru_to_en(text):
    out = []
    prev = ""
    for c in unicodedata.normalize("NFC", text):
        low = c.lower()
        if low in _RU:
            r = _RU[low]
            if low == "е" and (not prev.isalpha() or prev.lower() in _VOWELS or prev.lower() in "ьъ"):
                r = "ye"
            if c.isupper() and r:
                r = r[0].upper() + r[1:]
            out.append(r)
        else:
            out.append(c)
        prev = c
    return "".join(out)


def lower_turkic(text):
    return text.replace("İ", "i").replace("I", "ı").lower()


def ascii_fold(text):
    text = text.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
