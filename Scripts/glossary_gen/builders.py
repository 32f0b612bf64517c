"""The generator's builders: one list of concepts per output file.

Each builder records in every concept's `source` where its forms come from,
and in its `note` what it is and which rule made which form. Review notes
(stale or unusable source values) go to `report`, a list of strings.
"""

import csv
import pathlib
import re

from glossary_gen.model import Concept, slug
from glossary_gen.romanize import ascii_fold, az_to_en, az_to_tr, ru_to_en

DATA = pathlib.Path(__file__).resolve().parents[1] / "glossary-data"

CYRILLIC = re.compile(r"^[\u0400-\u04FF\s\-’'.()]+$")
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\s\-’'.()‘]+$")


def read_tsv(name):
    with open(DATA / name, encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def cyrillic(text):
    return bool(text) and bool(CYRILLIC.match(text))


def latin(text):
    return bool(text) and bool(LATIN.match(text))


# ---------------------------------------------------------------- countries

# CLDR display names that are locale-menu labels, not names a newspaper
# writes ("Hong Kong SAR China"): replaced per language.
COUNTRY_OVERRIDES = {
    "HK": {"en": "Hong Kong", "az": "Honkonq", "tr": "Hong Kong", "kk": "Гонконг", "ru": "Гонконг"},
    "MO": {"en": "Macao", "az": "Makao", "tr": "Makao", "kk": "Макао", "ru": "Макао"},
    "PS": {"en": "Palestine", "az": "Fələstin", "tr": "Filistin", "kk": "Палестина", "ru": "Палестина"},
}
# Territories a newsroom never names as such (ISO bookkeeping codes).
COUNTRY_SKIP = {"UM", "BQ"}
# Former and alternative English names: (admitted, deprecated).
COUNTRY_EN_VARIANTS = {
    "CZ": (["Czech Republic"], []),
    "CI": (["Ivory Coast"], []),
    "CV": (["Cabo Verde"], []),
    "TL": (["East Timor"], []),
    "MM": ([], ["Burma"]),
    "SZ": ([], ["Swaziland"]),
    "MK": ([], ["Macedonia"]),
    "CD": (["DR Congo"], ["Zaire"]),
    "BY": ([], ["Byelorussia"]),
    "MD": ([], ["Moldavia"]),
    "US": (["United States of America"], []),
    "GB": (["Britain"], []),
    "AE": (["UAE"], []),
}


def _strip_parenthetical(text):
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def countries(icu, iso):
    out = []
    codes = sorted({c["alpha_2"] for c in iso.countries} | {"XK"})
    for code in codes:
        if code in COUNTRY_SKIP:
            continue
        names = {}
        for lang in ("en", "az", "tr", "kk", "ru"):
            name = COUNTRY_OVERRIDES.get(code, {}).get(lang) or _strip_parenthetical(icu.country(code, lang))
            if not name or name == code:
                continue
            names[lang] = name
        if "en" not in names:
            continue
        c = Concept(
            slug(names["en"]), "place",
            "Country or territory (ISO 3166-1 %s). Names as CLDR gives them; kk-Latn is the kk "
            "form in the 2021 Kazakh Latin alphabet." % code,
            "CLDR %s (ICU %s), territory %s" % (icu.cldr, icu.version, code), "countries")
        for lang, name in names.items():
            c.add(lang, name)
        admitted, deprecated = COUNTRY_EN_VARIANTS.get(code, ([], []))
        for v in admitted:
            c.add("en", v, "admitted")
        for v in deprecated:
            c.add("en", v, "deprecated")
        c.code = code
        out.append(c)
    return out


# ---------------------------------------------------------------- languages

LANGUAGE_CODES = [
    "az", "tr", "kk", "uz", "ky", "tk", "tt", "ba", "ug", "cv", "sah", "crh", "gag", "krc", "kum",
    "en", "ru", "uk", "be", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hu", "ro", "bg",
    "sr", "hr", "el", "sv", "fi", "et", "lv", "lt", "ka", "hy", "fa", "ar", "he", "ku", "tg",
    "ps", "ur", "hi", "bn", "zh", "ja", "ko", "mn", "id", "ms", "vi", "th", "sq", "bs", "mk",
]


def languages(icu):
    """Language names: en as CLDR with "language" (a bare "Kazakh" or
    "Turkish" is far more often the adjective, and would claim the key of
    Qazax), az/kk with their word for language
    (azərbaycan dili, әзірбайжан тілі: how the press writes them), tr as
    CLDR (Türkçe, Azerbaycan dili), ru with "язык"."""
    out = []
    for code in LANGUAGE_CODES:
        en = icu.language(code, "en")
        if not en or en == code:
            continue
        c = Concept(
            slug(en) + "-language", "term",
            "The %s language (ISO 639 %s). Names as CLDR gives them; the generator adds the word "
            "for language where CLDR gives an adjective (az dili, kk тілі, ru язык)." % (en, code),
            "CLDR %s (ICU %s), language %s" % (icu.cldr, icu.version, code), "languages")
        c.add("en", en + " language")
        az = icu.language(code, "az")
        if az and az != code:
            c.add("az", az if az.endswith(" dili") else az + " dili")
        tr = icu.language(code, "tr")
        if tr and tr != code:
            c.add("tr", tr)
        kk = icu.language(code, "kk")
        if kk and kk != code and cyrillic(kk):
            c.add("kk", kk if kk.endswith(" тілі") else kk + " тілі")
        ru = icu.language(code, "ru")
        if ru and ru != code and cyrillic(ru):
            c.add("ru", ru if " " in ru else ru + " язык")
        out.append(c)
    return out


# ---------------------------------------------------------------- GeoNames cities


def geo_names(geo, city, kk_from_ru, report):
    """Per-language names of a GeoNames city, reviewed: a kk name in Latin
    letters (the catalogue mixes scripts) or a ru name that is not a
    nominative (-ского) is not used."""
    gid = city["geonameid"]
    names = {}
    en = geo.name(gid, "en")
    if en and en.endswith(("’", "ʹ", "'")):
        # A transliterated soft sign (Kazan’, Tver’): English writes none.
        en = en[:-1]
    if not latin(en) or "ǝ" in en or "ə" in en:
        if en:
            report.append("GeoNames %d: en '%s' not used (not an English spelling)" % (gid, en))
        en = city["name"] if latin(city["name"]) else None
    names["en"] = en
    for lang in ("az", "tr"):
        v = geo.name(gid, lang)
        names[lang] = v if latin(v) else None
    kk = geo.name(gid, "kk")
    if kk and not cyrillic(kk):
        report.append("GeoNames %d: kk '%s' not used (Latin letters in a Cyrillic field)" % (gid, kk))
        kk = None
    ru = geo.name(gid, "ru")
    if ru and (not cyrillic(ru) or ru.endswith("ского")):
        report.append("GeoNames %d: ru '%s' not used" % (gid, ru))
        ru = None
    names["ru"] = ru
    names["kk"] = kk or (ru if kk_from_ru else None)
    return names


def _geo_concept(cid, note, source, group, names, kk_from_ru):
    c = Concept(cid, "place", note, source, group)
    for lang in ("en", "az", "tr", "kk", "ru"):
        c.add(lang, names.get(lang))
    return c


KK_FROM_RU = ("kk, where the GeoNames catalogue has none, is the Russian spelling, as Kazakh "
              "media write foreign place names")


def capitals(geo, country_names, report):
    """World capitals (GeoNames' country table names the capital)."""
    out = []
    by_country = {}
    for city in geo.cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for iso, country in sorted(geo.countries.items()):
        cap = (country.get("capital") or "").strip()
        if not cap or iso not in country_names:
            continue
        cands = [c for c in by_country.get(iso, []) if c["name"] == cap or cap in c["alternatenames"]]
        if not cands:
            report.append("capital of %s: '%s' not found among GeoNames cities" % (iso, cap))
            continue
        city = max(cands, key=lambda c: c["population"])
        names = geo_names(geo, city, True, report)
        if not names["en"]:
            continue
        c = _geo_concept(
            slug(names["en"]), "Capital of %s. Names from GeoNames; %s." % (country_names[iso], KK_FROM_RU),
            "GeoNames %d (CC BY 4.0)" % city["geonameid"], "capitals", names, True)
        c.geonameid = city["geonameid"]
        out.append(c)
    return out


REGION = {"AZ", "KZ", "TR", "UZ", "KG", "TM"}


def world_cities(geo, country_names, taken, report, minimum=120_000):
    """Cities of 120 000 or more that the region's languages name: the
    GeoNames catalogue has a tr, az or kk name for them (the places its
    translators thought worth naming)."""
    out = []
    for city in sorted(geo.cities.values(), key=lambda c: -c["population"]):
        gid = city["geonameid"]
        if city["population"] < minimum or gid in taken or city["countrycode"] in REGION:
            continue
        if not any(geo.name(gid, lang) for lang in ("tr", "az", "kk")):
            continue
        names = geo_names(geo, city, True, report)
        if not names["en"]:
            continue
        country = country_names.get(city["countrycode"], city["countrycode"])
        c = _geo_concept(
            slug(names["en"]),
            "City in %s (population %s in GeoNames). Names from GeoNames; %s." % (
                country, format(city["population"], ","), KK_FROM_RU),
            "GeoNames %d (CC BY 4.0)" % gid, "cities", names, True)
        out.append(c)
    return out


# ---------------------------------------------------------------- Türkiye

TR_CAPITALS = {"TR-41": "İzmit", "TR-54": "Adapazarı", "TR-31": "Antakya"}
TR_RU_OVERRIDES = {"Antakya": "Антакья", "Şanlıurfa": "Шанлыурфа", "Düzce": "Дюздже",
                   "İzmit": "Измит", "Adapazarı": "Адапазары"}


def _fold_key(text):
    return ascii_fold(text).lower()


def turkiye(iso, geo, report):
    """The 81 provinces (iso-codes) and their capitals (GeoNames)."""
    provinces, cities = [], []
    tr_cities = [c for c in geo.cities.values() if c["countrycode"] == "TR"]
    for sub in iso.subdivisions_of("TR"):
        name = sub["name"]
        en = ascii_fold(name)
        p = Concept(
            slug(en) + "-province", "place",
            "%s Province (%s ili, ISO 3166-2 %s), one of the 81 provinces of Türkiye; its capital "
            "is a separate entry. English keeps the province lower case (AP, Reuters, AA English: "
            "'%s province'); the capitalized and the Turkish-lettered spellings are admitted. "
            "Azerbaijani 'vilayəti', Kazakh 'провинциясы', Russian 'провинция'." % (en, name, sub["code"], en),
            "iso-codes %s (LGPL-2.1+), %s; kk and ru from GeoNames (CC BY 4.0)" % (iso.version, sub["code"]),
            "iso-codes/provinces-tr")
        capital = TR_CAPITALS.get(sub["code"], name)
        cands = [c for c in tr_cities if _fold_key(c["name"]) == _fold_key(capital)
                 or _fold_key(capital) in [_fold_key(a) for a in c["alternatenames"]]]
        city = max(cands, key=lambda c: c["population"]) if cands else None
        ru = kk = az = None
        if city:
            gid = city["geonameid"]
            ru = TR_RU_OVERRIDES.get(capital) or geo.name(gid, "ru")
            if geo.name(gid, "ru") and ru != geo.name(gid, "ru"):
                report.append("GeoNames %d: ru '%s' replaced by '%s' (a historical name, not today's)"
                              % (gid, geo.name(gid, "ru"), ru))
            kk = geo.name(gid, "kk") if cyrillic(geo.name(gid, "kk")) else ru
            az = geo.name(gid, "az") if latin(geo.name(gid, "az")) else None
        else:
            report.append("province capital %s (%s): not found in GeoNames" % (capital, sub["code"]))
        # Province: names of the province (the capital's for kk and ru).
        pru = TR_RU_OVERRIDES.get(name) or (ru if capital == name else None)
        p.add("en", en + " province")
        p.add("en", name + " province", "admitted")
        p.add("en", en + " Province", "admitted")
        p.add("tr", name + " ili")
        p.add("az", name + " vilayəti")
        if pru:
            p.add("kk", (kk if capital == name else pru) + " провинциясы")
            p.add("ru", "провинция " + pru)
        provinces.append(p)
        if not city:
            continue
        c = Concept(
            slug(ascii_fold(capital)), "place",
            "%s, capital of %s Province, Türkiye. English writes it without Turkish letters (%s), "
            "as wire copy does; the Turkish spelling is admitted in English. Azerbaijani only where "
            "GeoNames gives it (the press varies: Kars, Qars); kk from GeoNames, else the Russian "
            "spelling."
            % (capital, en, ascii_fold(capital)),
            "GeoNames %d (CC BY 4.0)" % city["geonameid"], "cities-tr")
        c.add("en", ascii_fold(capital))
        c.add("en", capital, "admitted")
        c.add("tr", capital)
        c.add("az", az)
        c.add("kk", kk)
        c.add("ru", ru)
        c.geonameid = city["geonameid"]
        cities.append(c)
    return provinces, cities


def turkish_towns(geo, taken, report, minimum=30_000):
    """Populated places of Türkiye of 30 000 or more (GeoNames) that are not
    province capitals: towns, and districts of the metropolitan cities."""
    out = []
    for city in sorted(geo.cities.values(), key=lambda c: -c["population"]):
        gid = city["geonameid"]
        if city["countrycode"] != "TR" or city["population"] < minimum or gid in taken:
            continue
        name = city["name"]
        ru = geo.name(gid, "ru")
        if not latin(name) or not cyrillic(ru):
            report.append("GeoNames %d (%s): no usable Russian name; not listed" % (gid, name))
            continue
        kk = geo.name(gid, "kk") if cyrillic(geo.name(gid, "kk")) else ru
        az = geo.name(gid, "az") if latin(geo.name(gid, "az")) else None
        c = Concept(
            slug(ascii_fold(name)), "place",
            "%s, a populated place of Türkiye (a town, or a district of a metropolitan city; "
            "population %s in GeoNames). English without Turkish letters, the Turkish spelling "
            "admitted; kk from GeoNames, else the Russian spelling." % (name, format(city["population"], ",")),
            "GeoNames %d (CC BY 4.0)" % gid, "towns-tr")
        c.add("en", ascii_fold(name))
        c.add("en", name, "admitted")
        c.add("tr", name)
        c.add("az", az)
        c.add("kk", kk)
        c.add("ru", ru)
        out.append(c)
    return out


# ---------------------------------------------------------------- Azerbaijan


def _kk_from_ru_az(ru, az):
    """Kazakh spelling of an Azerbaijani place: the Russian one, with ғ
    where Azerbaijani has ğ (Ағдам, as Kazakh media write it)."""
    if ru and az.startswith("Ağ") and ru.startswith("Аг"):
        return "Ағ" + ru[2:]
    return ru


def azerbaijan(iso, report):
    districts, towns = [], []
    iso_names = {s["code"]: s["name"] for s in iso.subdivisions_of("AZ")}
    for row in read_tsv("az-districts.tsv"):
        code, az = row["iso"], row["az"]
        if code != "-" and iso_names.get(code) and iso_names[code] != az:
            report.append("iso-codes %s: '%s', the table says '%s'" % (code, iso_names[code], az))
        en = row["en"] if row["en"] != "-" else az_to_en(az)
        tr = row["tr"] if row["tr"] != "-" else az_to_tr(az)
        ru_town = row["ru_town"] if row["ru_town"] != "-" else None
        kind = row["type"]
        src = "hand-curated table Scripts/glossary-data/az-districts.tsv" + (
            ", ISO 3166-2 %s" % code if code != "-" else "")
        if kind in ("rayon", "baku"):
            what = "district of Baku" if kind == "baku" else "district (rayon) of Azerbaijan"
            d = Concept(
                slug(en) + "-district" + ("-baku" if kind == "baku" else ""), "place",
                "%s district (%s rayonu), %s. English as Azerbaijani official bodies write it "
                "(ə→a, x→kh, ğ→gh, ş→sh, c→j, ç→ch, q→g); Turkish by the rule ə→e, x→h, q→g/k "
                "('ilçesi'; Turkish media also write 'rayonu' or 'bölgesi'); Kazakh from the Russian "
                "spelling." % (en, az, what), src, "subdivisions-az")
            d.add("en", en + " district")
            d.add("en", en + " District", "admitted")
            d.add("az", az + " rayonu")
            if kind == "rayon":
                d.add("tr", tr + " ilçesi")
            if row["ru_district"] != "-":
                d.add("ru", row["ru_district"])
            kk = _kk_from_ru_az(ru_town, az)
            if kk and kind == "rayon":
                d.add("kk", kk + " ауданы")
            districts.append(d)
        centre = row["centre"]
        if kind == "baku" or centre == "-":
            continue
        town_az = az if centre == "=" else centre
        town_en = en if centre == "=" else az_to_en(centre)
        t = Concept(
            slug(town_en), "place",
            "%s (%s), %s of Azerbaijan. English as Azerbaijani official bodies write it; the "
            "Russian-derived and Soviet-era spellings are deprecated (historical references only). "
            "Turkish by the rule ə→e, x→h, q→g/k; Kazakh from the Russian spelling."
            % (town_en, town_az, "city" if kind == "city" else "town, centre of %s district" % en),
            src, "towns-az")
        t.add("en", town_en)
        t.add("az", town_az)
        t.add("tr", tr if centre == "=" else az_to_tr(centre))
        if centre == "=" and ru_town:
            t.add("ru", ru_town)
            t.add("kk", _kk_from_ru_az(ru_town, az))
            t.add("en", ru_to_en(ru_town), "deprecated")
        for old in filter(None, row["en_old"].split(";")):
            t.add("en", old, "deprecated")
        towns.append(t)
    return districts, towns


# ---------------------------------------------------------------- Kazakhstan


def kazakhstan(iso, report):
    regions, towns = [], []
    iso_names = {s["code"]: s["name"] for s in iso.subdivisions_of("KZ")}
    for code, name in sorted(iso_names.items()):
        if "Nur-Sultan" in name or "Turkestankaya" in name:
            report.append("iso-codes %s: '%s' is stale or misspelt (Astana since 2022; Turkistan "
                          "region); not used" % (code, name))
    for row in read_tsv("kz-regions.tsv"):
        en = row["en"]
        r = Concept(
            slug(en) + "-region", "place",
            "%s region (%s облысы)%s, a region of Kazakhstan (centre: %s). English writes 'region' "
            "lower case, as Kazakh official English does; 'Region' is admitted. Azerbaijani "
            "'vilayəti', Turkish 'bölgesi'." % (en, row["kk"], ", ISO 3166-2 " + row["iso"] if row["iso"] != "-" else "", row["centre"]),
            "hand-curated table Scripts/glossary-data/kz-regions.tsv", "subdivisions-kz")
        r.add("en", en + " region")
        r.add("en", en + " Region", "admitted")
        for old in filter(None, row["en_old"].split(";")):
            r.add("en", old + " region", "deprecated")
        r.add("kk", row["kk"] + " облысы")
        r.add("az", row["az"] + " vilayəti")
        r.add("tr", row["tr"] + " bölgesi")
        r.add("ru", row["ru_unit"])
        regions.append(r)
    for row in read_tsv("kz-towns.tsv"):
        if row["kk"] == "-":
            continue
        en = row["en"]
        t = Concept(
            slug(en), "place",
            "%s (%s), town of Kazakhstan. Former and Russian-derived names are deprecated (correct "
            "only for their time)." % (en, row["kk"]),
            "hand-curated table Scripts/glossary-data/kz-towns.tsv", "towns-kz")
        t.add("en", en)
        t.add("kk", row["kk"])
        t.add("ru", row["ru"])
        t.add("tr", row["tr"])
        t.add("az", row["az"])
        for old in filter(None, row["en_old"].split(";")):
            t.add("en", old, "deprecated")
        for old in filter(None, row["ru_old"].split(";")):
            t.add("ru", old, "deprecated")
        derived = ru_to_en(row["ru"])
        if derived != en:
            t.add("en", derived, "deprecated")
        towns.append(t)
    return regions, towns


# ---------------------------------------------------------------- Uzbekistan, Kyrgyzstan, Turkmenistan

UNITS = {
    "UZ": ("region", "vilayəti", "vilayeti", "облысы"),
    "KG": ("region", "vilayəti", "bölgesi", "облысы"),
    "TM": ("province", "vilayəti", "vilayeti", "уәлаяты"),
}
COUNTRY = {"UZ": "Uzbekistan", "KG": "Kyrgyzstan", "TM": "Turkmenistan"}


def central_asia(report):
    regions, towns = [], []
    for row in read_tsv("central-asia.tsv"):
        cc, kind, en = row["country"], row["type"], row["en"]
        src = "hand-curated table Scripts/glossary-data/central-asia.tsv"
        if kind == "region":
            unit_en, unit_az, unit_tr, unit_kk = UNITS[cc]
            r = Concept(
                slug(en) + "-" + unit_en + ("-" + cc.lower() if en in ("Tashkent",) else ""), "place",
                "%s %s, a region of %s (ISO 3166-2 %s). English writes '%s' lower case; the "
                "capitalized form is admitted." % (en, unit_en, COUNTRY[cc], row["iso"], unit_en),
                src, "subdivisions-central-asia")
            r.add("en", "%s %s" % (en, unit_en))
            r.add("en", "%s %s" % (en, unit_en.capitalize()), "admitted")
            r.add("az", "%s %s" % (row["az"], unit_az))
            r.add("tr", "%s %s" % (row["tr"], unit_tr))
            r.add("kk", "%s %s" % (row["kk"], unit_kk))
            r.add("ru", row["ru_unit"])
            regions.append(r)
            continue
        t = Concept(
            slug(en), "place",
            ("%s, the autonomous republic in western Uzbekistan; 'Republic of Karakalpakstan' is "
             "admitted." % en) if kind == "republic" else
            ("%s, city of %s. Former and Russian-derived names are deprecated." % (en, COUNTRY[cc])),
            src, "subdivisions-central-asia" if kind == "republic" else "cities-central-asia")
        for lang in ("en", "az", "tr", "kk", "ru"):
            t.add(lang, row[lang])
        if kind == "republic":
            t.add("en", "Republic of " + en, "admitted")
        for old in filter(None, row["en_old"].split(";")):
            t.add("en", old, "deprecated")
        for old in filter(None, row["ru_old"].split(";")):
            t.add("ru", old, "deprecated")
        (regions if kind == "republic" else towns).append(t)
    return regions, towns


# ---------------------------------------------------------------- the wider Turkic world


def turkic_world():
    out = []
    for row in read_tsv("turkic-world.tsv"):
        c = Concept(row["id"], "place", row["note"],
                    "hand-curated table Scripts/glossary-data/turkic-world.tsv", "regions-turkic-world")
        for lang in ("en", "az", "tr", "kk", "ru"):
            c.add(lang, row[lang])
        for v in filter(None, row["en_admitted"].split(";")):
            c.add("en", v, "admitted")
        for v in filter(None, row["en_old"].split(";")):
            c.add("en", v, "deprecated")
        for v in filter(None, row["ru_old"].split(";")):
            c.add("ru", v, "deprecated")
        out.append(c)
    return out
