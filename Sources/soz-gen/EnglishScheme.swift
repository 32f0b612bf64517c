/// One way of writing Azerbaijani-Latin letters in English text.
///
/// News agencies use two traditions: the Azerbaijani-derived one
/// (q → g, x → kh, ğ → gh, c → j: *Garabagh*, *Khojaly*, *Hajiyev*) and the
/// older Russian-derived one, which goes through Cyrillic (q → k, h → g,
/// c → dzh, -iyev → -iev: *Karabakh*, *Gadzhiev*). Queries also use
/// ``random(using:)`` mixtures that no glossary lists.
struct EnglishScheme: Hashable, Sendable {
  /// Which family of ``Piece`` overrides applies (`oğlu` is *oglu* in the
  /// Azerbaijani tradition and *ogly* in the Russian one).
  enum Family: Sendable { case azerbaijani, russian }

  var family: Family
  var schwa = "a"  // ə
  var q = "g"
  var x = "kh"
  var gh = "gh"  // ğ
  var c = "j"
  var ch = "ch"  // ç
  var sh = "sh"  // ş
  var dotless = "y"  // ı
  var oUmlaut = "o"  // ö
  var uUmlaut = "u"  // ü
  var j = "zh"
  /// h → g at the start of a word and between vowels, kh elsewhere
  /// (Həsən → Gasan, İlham → Ilkham), as Russian spelling does.
  var hAsG = false
  /// -iyev → -iev, -iya → -ia.
  var dropGlideAfterI = false
  /// Double consonants written once (Məmmədov → Mamadov).
  var collapseDoubles = false

  /// Azerbaijani-derived, ı → y (*Gurbanly*).
  static let azerbaijaniY = EnglishScheme(family: .azerbaijani)
  /// Azerbaijani-derived, ı → i (*Gurbanli*).
  static let azerbaijaniI = EnglishScheme(family: .azerbaijani, dotless: "i")
  /// Russian-derived (*Kurbanly*, *Gasanov*, *Aliev*).
  static let russian = EnglishScheme(
    family: .russian, q: "k", gh: "g", c: "dzh", hAsG: true, dropGlideAfterI: true,
    collapseDoubles: true)

  /// A random mixture of the letter choices both traditions (and careless
  /// writers) make.
  static func random(using rng: inout SeededRandom) -> EnglishScheme {
    var s = EnglishScheme(family: rng.chance(0.5) ? .azerbaijani : .russian)
    s.schwa = rng.pick(["a", "a", "e"])
    s.q = rng.pick(["g", "k", "q"])
    s.x = rng.pick(["kh", "h", "x"])
    s.gh = rng.pick(["gh", "g"])
    s.c = rng.pick(["j", "dzh", "dj", "c"])
    s.ch = rng.pick(["ch", "c", "tch"])
    s.sh = rng.pick(["sh", "s", "sch"])
    s.dotless = rng.pick(["y", "i"])
    s.oUmlaut = rng.pick(["o", "oe", "yo"])
    s.uUmlaut = rng.pick(["u", "ue", "yu"])
    s.j = rng.pick(["zh", "j"])
    s.hAsG = rng.chance(0.3)
    s.dropGlideAfterI = rng.chance(0.5)
    s.collapseDoubles = rng.chance(0.5)
    return s
  }
}
