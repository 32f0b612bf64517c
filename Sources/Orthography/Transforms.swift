/// The transforms Söz uses, compiled once per process.
///
/// ICU ships no transform for the 2021 Kazakh Latin alphabet, so Söz writes
/// its own rule strings (``KazakhLatinRules``). Azerbaijani Cyrillic and
/// Russian use ICU's BGN/PCGN system transforms.
public enum Transforms {
  /// Kazakh Cyrillic → Kazakh Latin, official 2021 alphabet.
  public static let kazakhToLatin: Transliterator = compile(
    id: "x-soz-kk-kk_Latn-2021", rules: KazakhLatinRules.cyrillicToLatin)

  /// Kazakh Latin (2021) → Kazakh Cyrillic, with the context rules for the
  /// letters the Latin alphabet merges (И/Й → i, Х/Һ → h).
  public static let kazakhToCyrillic: Transliterator = compile(
    id: "x-soz-kk_Latn-kk-2021", rules: KazakhLatinRules.latinToCyrillic)

  /// Azerbaijani Cyrillic → Azerbaijani Latin (ICU `Azerbaijani-Latin/BGN`).
  public static let azerbaijaniToLatin: Transliterator = system("Azerbaijani-Latin/BGN")

  /// Russian Cyrillic → Latin, BGN/PCGN 1947 (ICU `Russian-Latin/BGN`).
  public static let russianToLatin: Transliterator = system("Russian-Latin/BGN")

  /// The script pivot under the comparison key (see ``ComparisonKey``).
  static let keyPivot: Transliterator = compile(
    id: "x-soz-key-pivot", rules: ComparisonKeyRules.pivot)

  private static func compile(id: String, rules: String) -> Transliterator {
    do {
      return try Transliterator(id: id, rules: rules)
    } catch {
      // The rules are part of the program; tests compile every one of them.
      fatalError("built-in transform \(id) does not compile: \(error)")
    }
  }

  private static func system(_ id: String) -> Transliterator {
    do {
      return try Transliterator(systemID: id)
    } catch {
      fatalError("ICU lacks the system transform \(id): \(error)")
    }
  }
}

/// Rule strings for Kazakh in the 2021 Latin alphabet.
///
/// The 31 letters are A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū
/// Ü V Y Z. Letters of Russian origin have no official letter; Söz's
/// decision (documented in the README) keeps them inside the alphabet where
/// possible: ц → ts, ч → ch, щ → şş, ё → io, ю → iu, я → ia, э → e, ъ ь → ∅.
public enum KazakhLatinRules {
  /// Cyrillic → Latin. Uppercase digraphs are all caps next to a capital
  /// (ЧЕ → CHE, ӘЛИЯ → ÄLİİA) and title case otherwise (Чe → Che).
  public static let cyrillicToLatin = """
    :: NFC;
    $U = [[:Lu:]];
    Ч } $U > CH; $U { Ч > CH; Ч > Ch; ч > ch;
    Ц } $U > TS; $U { Ц > TS; Ц > Ts; ц > ts;
    Щ } $U > ŞŞ; $U { Щ > ŞŞ; Щ > Şş; щ > şş;
    Ё } $U > İO; $U { Ё > İO; Ё > İo; ё > io;
    Ю } $U > İU; $U { Ю > İU; Ю > İu; ю > iu;
    Я } $U > İA; $U { Я > İA; Я > İa; я > ia;
    А > A; а > a; Ә > Ä; ә > ä; Б > B; б > b; В > V; в > v;
    Г > G; г > g; Ғ > Ğ; ғ > ğ; Д > D; д > d; Е > E; е > e;
    Ж > J; ж > j; З > Z; з > z; И > İ; и > i; Й > İ; й > i;
    І > I; і > ı; К > K; к > k; Қ > Q; қ > q; Л > L; л > l;
    М > M; м > m; Н > N; н > n; Ң > Ñ; ң > ñ; О > O; о > o;
    Ө > Ö; ө > ö; П > P; п > p; Р > R; р > r; С > S; с > s;
    Т > T; т > t; У > U; у > u; Ұ > Ū; ұ > ū; Ү > Ü; ү > ü;
    Ф > F; ф > f; Х > H; х > h; Һ > H; һ > h; Ш > Ş; ш > ş;
    Ы > Y; ы > y; Э > E; э > e; Ъ > ; ъ > ; Ь > ; ь > ;
    """

  /// Latin → Cyrillic. Contexts see already converted text, so the
  /// vowel and consonant sets hold both scripts. i/İ after a vowel is й (ай, ой, ұйық), elsewhere и;
  /// h is х (һ is rare); ia/iu/io are я/ю/ё except after a
  /// consonant (қиақ, жиу).
  public static let latinToCyrillic = """
    :: NFC;
    $V = [aäeıioöuūüyAÄEIİOÖUŪÜY аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ];
    $C = [bdfgğhjklmnñpqrsştvzBDFGĞHJKLMNÑPQRSŞTVZ
          бвгғджзйкқлмнңпрстфхһцчшщБВГҒДЖЗЙКҚЛМНҢПРСТФХҺЦЧШЩ];
    $C { ia > иа; $C { iu > иу; $C { io > ио;
    $C { İA > ИА; $C { İU > ИУ; $C { İO > ИО;
    İA > Я; İa > Я; ia > я; İU > Ю; İu > Ю; iu > ю; İO > Ё; İo > Ё; io > ё;
    CH > Ч; Ch > Ч; ch > ч; TS > Ц; Ts > Ц; ts > ц;
    ŞŞ > Щ; Şş > Щ; şş > щ;
    $V { İ > Й; $V { i > й; İ > И; i > и;
    A > А; a > а; Ä > Ә; ä > ә; B > Б; b > б; D > Д; d > д;
    E > Е; e > е; F > Ф; f > ф; G > Г; g > г; Ğ > Ғ; ğ > ғ;
    H > Х; h > х; I > І; ı > і; J > Ж; j > ж; K > К; k > к;
    L > Л; l > л; M > М; m > м; N > Н; n > н; Ñ > Ң; ñ > ң;
    O > О; o > о; Ö > Ө; ö > ө; P > П; p > п; Q > Қ; q > қ;
    R > Р; r > р; S > С; s > с; Ş > Ш; ş > ш; T > Т; t > т;
    U > У; u > у; Ū > Ұ; ū > ұ; Ü > Ү; ü > ү; V > В; v > в;
    Y > Ы; y > ы; Z > З; z > з;
    """
}
