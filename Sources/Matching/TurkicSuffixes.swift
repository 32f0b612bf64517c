/// Case, possessive and plural suffixes of Azerbaijani, Turkish and Kazakh,
/// for recognising inflected names (Qəbələdə, Türkiyənin, Астанада).
///
/// Stripping is dictionary-gated and harmony-checked: a word is read as
/// *name + suffix* only when the name is a glossary form and the suffix's
/// first vowel agrees with the name's last vowel (back a ı o u, front e ə i
/// ö ü; Kazakh а ы о ұ / е ә і ө ү). So Əliyevə (Əliyev + ə) is an
/// inflection while Aliyeva (back a after front e) is another name.
public enum TurkicSuffixes {
  static let latin: [String] = [
    "da", "də", "de", "ta", "tə", "te", "dan", "dən", "den", "tan", "tən", "ten",
    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "ı", "i", "u", "ü",
    "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", "a", "ə", "e", "ya", "yə", "ye",
    "na", "nə", "ne", "la", "lə", "le", "yla", "ylə", "yle", "dır", "dir", "dur",
    "dür", "tır", "tir", "tur", "tür", "dakı", "dəki", "daki", "deki", "taki", "teki",
    "lar", "lər", "ler", "sı", "si", "su", "sü", "nda", "ndə", "nde", "ndan", "ndən",
    "nden", "ki", "ca", "cə", "ce", "ça", "çə", "çe", "lı", "li", "lu", "lü",
  ]
  static let cyrillic: [String] = [
    "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не",
    "а", "е", "ны", "ні", "ды", "ді", "ты", "ті", "н", "ын", "ін", "мен", "бен",
    "пен", "дағы", "дегі", "тағы", "тегі", "лар", "лер", "дар", "дер", "тар", "тер",
    "сы", "сі", "ы", "і", "ндағы", "ндегі", "ға", "мыз", "міз", "лық", "лік",
  ]

  /// Personal endings of a predicate noun, last in a word: `Bostondayıq`
  /// (we are in Boston), `İtaliyadasan`, `Fransadanıq`, `Жапониядамын`.
  /// Azerbaijani and Turkish 1sg, 2sg, 1pl, 2pl; Kazakh 1sg, 2sg, 1pl.
  static let personalLatin: [String] = [
    "am", "əm", "ım", "im", "um", "üm", "yam", "yəm", "yım", "yim", "yum", "yüm",
    "san", "sən", "sın", "sin", "sun", "sün", "ıq", "ik", "uq", "ük", "yıq", "yik", "yuq", "yük",
    "ız", "iz", "uz", "üz", "yız", "yiz", "yuz", "yüz", "sınız", "siniz", "sunuz", "sünüz",
  ]
  static let personalCyrillic: [String] = [
    "мын", "мін", "бын", "бін", "пын", "пін", "сың", "сің", "быз", "біз", "пыз", "піз",
  ]

  /// Every chain of one or two suffixes, and of one or two suffixes ended
  /// by a personal ending.
  static let chains: Set<String> = {
    var set = Set<String>()
    for (list, personal) in [(latin, personalLatin), (cyrillic, personalCyrillic)] {
      for a in list {
        set.insert(a)
        for b in list { set.insert(a + b) }
        for p in personal { set.insert(a + p) }
      }
      for p in personal { set.insert(p) }
    }
    return set
  }()

  static let back: Set<Character> = ["a", "ı", "o", "u", "â", "û", "а", "ы", "о", "ұ", "у", "я"]
  static let front: Set<Character> = [
    "e", "ə", "i", "ö", "ü", "î", "е", "ә", "і", "ө", "ү", "и", "э",
  ]

  /// Whether `suffix` (as written, any case) can follow `stem`: it is a
  /// known chain and its first vowel agrees with the stem's last vowel.
  public static func canFollow(_ suffix: Substring, stem: Substring) -> Bool {
    let s = suffix.lowercased()
    guard chains.contains(s) else { return false }
    guard let sv = s.first(where: { back.contains($0) || front.contains($0) }) else { return true }
    let lowerStem = stem.lowercased()
    guard let lv = lowerStem.last(where: { back.contains($0) || front.contains($0) }) else {
      return true
    }
    return back.contains(sv) == back.contains(lv)
  }
}
