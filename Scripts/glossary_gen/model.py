"""Generated concepts, their forms, and writing them as glossary YAML."""

import json
import re
import unicodedata

from glossary_gen.kazakh_latin import to_latin

LANGS = ["en", "az", "tr", "kk", "kk-Latn", "ru"]
STATUSES = ["preferred", "admitted", "deprecated"]


def slug(text):
    """An ASCII id from a name: 'Côte d’Ivoire' -> 'cote-d-ivoire'."""
    text = text.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class Concept:
    """One generated entry: id, kind, note, source, forms per language."""

    def __init__(self, cid, kind, note, source, group):
        self.id = cid
        self.kind = kind
        self.note = note
        self.source = source
        self.group = group  # the output file (without .yaml)
        self.forms = {}  # lang -> {status -> [text]}

    def add(self, lang, text, status="preferred"):
        """Adds a form; a second preferred form becomes admitted, a form
        already listed (any status) in that language is ignored, and kk
        forms bring their kk-Latn transliteration along."""
        if not text:
            return
        text = unicodedata.normalize("NFC", " ".join(text.split()))
        by = self.forms.setdefault(lang, {})
        if any(text in v for v in by.values()):
            return
        if status == "preferred" and by.get("preferred"):
            status = "admitted"
        by.setdefault(status, []).append(text)
        if lang == "kk":
            self.add("kk-Latn", to_latin(text), status)

    def all_forms(self):
        for lang in LANGS:
            for status in STATUSES:
                for text in self.forms.get(lang, {}).get(status, []):
                    yield lang, status, text

    def remove(self, lang, text):
        """Drops a form; dropping the preferred form drops the language
        (variants without a preferred form are an error)."""
        by = self.forms.get(lang, {})
        if text in by.get("preferred", []):
            self.forms.pop(lang, None)
            if lang == "kk":
                self.forms.pop("kk-Latn", None)
            return
        for status in STATUSES:
            if text in by.get(status, []):
                by[status].remove(text)
                if not by[status]:
                    del by[status]

    def preferred(self, lang):
        p = self.forms.get(lang, {}).get("preferred")
        return p[0] if p else None

    def is_empty(self):
        return not any(self.forms.get(lang, {}).get("preferred") for lang in LANGS)


def _q(text):
    return json.dumps(text, ensure_ascii=False)


def write_yaml(path, header, concepts):
    """Writes `concepts` in the format GlossaryYAMLReader reads."""
    lines = ["# " + h if h else "#" for h in header] + [""]
    for c in concepts:
        lines.append("- id: " + c.id)
        lines.append("  kind: " + c.kind)
        if c.note:
            lines.append("  note: " + _q(c.note))
        lines.append("  source: " + _q(c.source))
        lines.append("  forms:")
        for lang in LANGS:
            by = c.forms.get(lang)
            if not by or not by.get("preferred"):
                continue
            parts = ["preferred: " + _q(by["preferred"][0])]
            for status in STATUSES[1:]:
                if by.get(status):
                    parts.append("%s: [%s]" % (status, ", ".join(_q(t) for t in by[status])))
            if len(parts) == 1:
                lines.append("    %s: %s" % (lang, _q(by["preferred"][0])))
            else:
                lines.append("    %s: { %s }" % (lang, ", ".join(parts)))
        lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
