"""Kazakh Cyrillic -> Kazakh Latin, the official 2021 alphabet.

The same rules as Söz's own transform (``KazakhLatinRules.cyrillicToLatin``
in Sources/Orthography/Transforms.swift; standards.md §5.1): the 31 letters
A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z, with
і -> ı (dotless!), и and й -> i, ы -> y, and Söz's decisions for the letters
of Russian origin, which the alphabet has no letter for: ц -> ts, ч -> ch,
щ -> şş, ё -> io, ю -> iu, я -> ia, э -> e, ъ and ь dropped.

ICU's ``Kazakh-Latin/BGN`` is the 1979 BGN/PCGN romanization (Qazaqstan
Respūblīkasy, Shymkent), not this alphabet, so it is not used. A digraph
from one capital letter is all capitals next to another capital (ЧЕ -> CHE)
and title case otherwise (Чe -> Che), as in the Swift rules.
"""

import unicodedata

_SINGLE = {
    "А": "A", "Ә": "Ä", "Б": "B", "В": "V", "Г": "G", "Ғ": "Ğ", "Д": "D",
    "Е": "E", "Ж": "J", "З": "Z", "И": "İ", "Й": "İ", "І": "I", "К": "K",
    "Қ": "Q", "Л": "L", "М": "M", "Н": "N", "Ң": "Ñ", "О": "O", "Ө": "Ö",
    "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ұ": "Ū", "Ү": "Ü",
    "Ф": "F", "Х": "H", "Һ": "H", "Ш": "Ş", "Ы": "Y", "Э": "E", "Ъ": "",
    "Ь": "",
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d",
    "е": "e", "ж": "j", "з": "z", "и": "i", "й": "i", "і": "ı", "к": "k",
    "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü",
    "ф": "f", "х": "h", "һ": "h", "ш": "ş", "ы": "y", "э": "e", "ъ": "",
    "ь": "",
}

# Letters written with two Latin letters: (lower, title, capitals).
_DIGRAPH = {
    "ч": "ch", "ц": "ts", "щ": "şş", "ё": "io", "ю": "iu", "я": "ia",
}
_DIGRAPH_UPPER = {
    "Ч": ("Ch", "CH"), "Ц": ("Ts", "TS"), "Щ": ("Şş", "ŞŞ"),
    "Ё": ("İo", "İO"), "Ю": ("İu", "İU"), "Я": ("İa", "İA"),
}


def to_latin(text: str) -> str:
    """Transliterates Kazakh Cyrillic `text` into the 2021 Latin alphabet.

    Other characters (Latin letters, digits, punctuation) pass through; the
    result is in NFC.
    """
    text = unicodedata.normalize("NFC", text)
    out = []
    for i, ch in enumerate(text):
        if ch in _DIGRAPH:
            out.append(_DIGRAPH[ch])
        elif ch in _DIGRAPH_UPPER:
            before = out[-1][-1:] if out and out[-1] else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            capitals = after.isupper() or before.isupper()
            out.append(_DIGRAPH_UPPER[ch][1 if capitals else 0])
        else:
            out.append(_SINGLE.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))
