"""Tests of how Scripts/build-glossary keeps the hand-written glossary
first and reports every collision instead of overwriting (python3 -m
unittest): the generated side always gives way, and says so."""

import importlib.machinery
import importlib.util
import pathlib
import unittest

from glossary_gen.model import Concept, write_yaml

SCRIPT = pathlib.Path(__file__).resolve().parents[1] / "build-glossary"


def load_script():
    loader = importlib.machinery.SourceFileLoader("build_glossary", str(SCRIPT))
    spec = importlib.util.spec_from_loader("build_glossary", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


bg = load_script()


def concept(cid, group, forms):
    c = Concept(cid, "place", None, "test", group)
    for lang, text in forms:
        c.add(lang, text)
    return c


class HandWrittenWinsTests(unittest.TestCase):
    HAND = [("astana", "en", "Astana"), ("astana", "en", "Nur-Sultan"), ("turkiye", "en", "Türkiye"),
            ("turkiye", "en", "Turkey"), ("baku", "az", "Bakı")]

    def test_same_id_is_skipped_and_reported(self):
        report = {"hand-written": []}
        kept = bg.against_hand_written([concept("baku", "capitals", [("en", "Baku")])], self.HAND, report)
        self.assertEqual(kept, [])
        self.assertIn("hand-written glossary has id 'baku'", report["hand-written"][0])

    def test_same_form_in_the_same_language_skips_the_entry(self):
        report = {"hand-written": []}
        kept = bg.against_hand_written(
            [concept("nur-sultan", "capitals", [("en", "Nur-Sultan"), ("ru", "Нур-Султан")])], self.HAND, report)
        self.assertEqual(kept, [])
        self.assertIn("'Nur-Sultan' (en) is a form of hand-written 'astana'", report["hand-written"][0])

    def test_a_form_of_another_language_is_dropped_not_the_entry(self):
        report = {"hand-written": []}
        c = concept("baku-district", "subdivisions-az", [("en", "Baku district"), ("tr", "Bakı")])
        kept = bg.against_hand_written([c], self.HAND, report)
        self.assertEqual(kept, [c])
        self.assertEqual(c.preferred("tr"), None)
        self.assertEqual(c.preferred("en"), "Baku district")
        self.assertIn("dropped 'Bakı' (tr)", report["hand-written"][0])


class AmongGeneratedTests(unittest.TestCase):
    def test_the_earlier_file_keeps_a_shared_form(self):
        quba = concept("guba", "towns-az", [("en", "Guba"), ("az", "Quba"), ("kk-Latn", "Kuba")])
        cuba = concept("cuba", "countries", [("en", "Cuba"), ("az", "Kuba"), ("kk-Latn", "Kuba")])
        report = []
        kept = bg.among_generated([quba, cuba], report)
        self.assertEqual(kept, [quba, cuba])
        self.assertEqual(quba.preferred("kk-Latn"), "Kuba")
        self.assertIsNone(cuba.preferred("kk-Latn"))
        self.assertEqual(cuba.preferred("az"), None)
        self.assertTrue(any("cuba (countries): dropped 'Kuba' (az), a form of guba" in r for r in report))

    def test_an_entry_left_without_forms_is_dropped_and_ids_stay_unique(self):
        a = concept("djibouti", "countries", [("en", "Djibouti")])
        b = concept("djibouti", "capitals", [("en", "Djibouti")])
        c = concept("gibraltar", "countries", [("en", "Gibraltar")])
        d = concept("gibraltar", "capitals", [("en", "Gibraltar City")])
        report = []
        kept = bg.among_generated([a, b, c, d], report)
        self.assertEqual([k.id for k in kept], ["djibouti", "gibraltar", "gibraltar-2"])
        self.assertIn("djibouti-2 (capitals): dropped, every form belongs to an earlier entry", report)


class NewsWordsTests(unittest.TestCase):
    def test_every_probe_language_has_news_words(self):
        words = bg.news_words()
        for lang in ("en", "tr", "az", "kk"):
            self.assertGreater(len(words[lang]), 50, lang)
        self.assertIn("Ticaret", words["tr"])
        self.assertNotIn("word", words.get("lang", []))


class YamlTests(unittest.TestCase):
    def test_a_written_entry_records_its_source(self):
        import tempfile
        c = Concept("oskemen", "place", "Öskemen.", "hand-curated table kz-towns.tsv", "towns-kz")
        c.add("en", "Oskemen")
        c.add("en", "Ust-Kamenogorsk", "deprecated")
        c.add("kk", "Өскемен")
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "t.yaml"
            write_yaml(path, ["generated"], [c])
            text = path.read_text(encoding="utf-8")
        self.assertIn('source: "hand-curated table kz-towns.tsv"', text)
        self.assertIn('en: { preferred: "Oskemen", deprecated: ["Ust-Kamenogorsk"] }', text)
        self.assertIn('kk-Latn: "Öskemen"', text)


if __name__ == "__main__":
    unittest.main()
