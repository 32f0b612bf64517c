/// Letter rules from Azerbaijani Latin into the other spellings.
///
/// Works on one piece at a time, with the previous piece's last letter as
/// context; case is carried over letter by letter (Ş → Sh, I → Y).
enum Romanizer {
  static let vowels: Set<Character> = ["a", "ə", "e", "ı", "i", "o", "ö", "u", "ü"]

  /// `text` (Azerbaijani Latin) spelled for `target`.
  static func render(_ text: String, _ target: Target, after previous: Character?) -> String {
    if case .az = target { return text }
    let chars = Array(text)
    let lower = chars.map(lowered)
    var out = ""
    var pendingUpper = false
    var i = 0
    let prevLower = previous.map { lowered($0).0 }
    while i < chars.count {
      let (c, upper) = lower[i]
      let prev: Character? = i > 0 ? lower[i - 1].0 : prevLower
      let next: Character? = i + 1 < chars.count ? lower[i + 1].0 : nil
      var consumed = 1
      let piece: String
      switch target {
      case .az: piece = String(c)
      case .tr: piece = turkish(c)
      case .kkLatn: piece = kazakh(c, prev: prev, next: next)
      case .en(let s): piece = english(c, s, prev: prev, next: next)
      case .ru: (piece, consumed) = russian(c, prev: prev, next: next)
      }
      if piece.isEmpty {
        pendingUpper = pendingUpper || upper
      } else if upper || pendingUpper {
        out += capitalized(piece, turkic: isTurkic(target))
        pendingUpper = false
      } else {
        out += piece
      }
      i += consumed
    }
    return out
  }

  /// Diacritics dropped the way people type without an Azerbaijani or
  /// Turkish keyboard (ə → e, ı → i, ş → s …).
  static func ascii(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text {
      switch ch {
      case "ə": out += "e"
      case "Ə": out += "E"
      case "ı": out += "i"
      case "İ": out += "I"
      case "ş": out += "s"
      case "Ş": out += "S"
      case "ç": out += "c"
      case "Ç": out += "C"
      case "ğ": out += "g"
      case "Ğ": out += "G"
      case "ö": out += "o"
      case "Ö": out += "O"
      case "ü": out += "u"
      case "Ü": out += "U"
      case "ä": out += "a"
      case "Ä": out += "A"
      case "ñ": out += "n"
      case "Ñ": out += "N"
      case "ū": out += "u"
      case "Ū": out += "U"
      default: out.append(ch)
      }
    }
    return out
  }

  /// Kazakh Cyrillic typed on a Russian keyboard (қ → к, ә → а, і → и …).
  static func russianKeyboard(_ text: String) -> String {
    let table: [Character: Character] = [
      "қ": "к", "Қ": "К", "ғ": "г", "Ғ": "Г", "ү": "у", "Ү": "У", "ұ": "у", "Ұ": "У",
      "ө": "о", "Ө": "О", "ә": "а", "Ә": "А", "і": "и", "І": "И", "ң": "н", "Ң": "Н",
      "һ": "х", "Һ": "Х",
    ]
    return String(text.map { table[$0] ?? $0 })
  }

  /// Whether `target` writes a double consonant once.
  static func collapsesDoubles(_ target: Target) -> Bool {
    switch target {
    case .ru: true
    case .en(let s): s.collapseDoubles
    default: false
    }
  }

  /// `Mammadov` → `Mamadov`: a doubled consonant letter written once.
  static func collapseDoubles(_ text: String) -> String {
    var out = ""
    var last: Character? = nil
    for ch in text {
      let l = Character(ch.lowercased())
      if let last, l == last, !"aeiouyаеиоуыэюяё".contains(l), ch.isLetter { continue }
      out.append(ch)
      last = l
    }
    return out
  }

  // MARK: - Letters

  private static func turkish(_ c: Character) -> String {
    switch c {
    case "ə": "e"
    case "q": "k"
    case "x": "h"
    default: String(c)
    }
  }

  private static func kazakh(_ c: Character, prev: Character?, next: Character?) -> String {
    switch c {
    case "ə": return "ä"
    case "ı": return "y"
    case "x": return "h"
    case "c": return "j"
    case "ç": return "ch"
    case "y":
      // ye → e (Әлиев), yi → i; ya/yu/yo → ia/iu/io (я ю ё); else й.
      guard let next else { return "i" }
      if next == "e" || next == "i" || next == "ı" { return "" }
      return "i"
    default: return String(c)
    }
  }

  private static func english(
    _ c: Character, _ s: EnglishScheme, prev: Character?, next: Character?
  ) -> String {
    switch c {
    case "ə": return s.schwa
    case "q": return s.q
    case "x": return s.x
    case "ğ": return s.gh
    case "c": return s.c
    case "ç": return s.ch
    case "ş": return s.sh
    case "ı": return s.dotless
    case "ö": return s.oUmlaut
    case "ü": return s.uUmlaut
    case "j": return s.j
    case "h":
      guard s.hAsG else { return "h" }
      let initial = prev == nil || !prev!.isLetter
      let between = prev.map(vowels.contains) == true && next.map(vowels.contains) == true
      return initial || between ? "g" : "kh"
    case "y":
      if s.dropGlideAfterI, prev == "i", let next, vowels.contains(next) { return "" }
      return "y"
    default: return String(c)
    }
  }

  /// Returns the Cyrillic and how many source letters it used.
  private static func russian(_ c: Character, prev: Character?, next: Character?) -> (
    String, Int
  ) {
    let initial = prev == nil || !prev!.isLetter
    let afterVowel = prev.map(vowels.contains) == true
    switch c {
    case "a", "ə": return ("а", 1)
    case "b": return ("б", 1)
    case "c": return ("дж", 1)
    case "ç": return ("ч", 1)
    case "d": return ("д", 1)
    case "e": return (initial || afterVowel ? "э" : "е", 1)
    case "f": return ("ф", 1)
    case "g", "ğ": return ("г", 1)
    case "h":
      let between = afterVowel && next.map(vowels.contains) == true
      return (initial || between ? "г" : "х", 1)
    case "x": return ("х", 1)
    case "ı": return ("ы", 1)
    case "i": return ("и", 1)
    case "j": return ("ж", 1)
    case "k", "q": return ("к", 1)
    case "l": return ("л", 1)
    case "m": return ("м", 1)
    case "n": return ("н", 1)
    case "o", "ö": return ("о", 1)
    case "p": return ("п", 1)
    case "r": return ("р", 1)
    case "s": return ("с", 1)
    case "ş": return ("ш", 1)
    case "t": return ("т", 1)
    case "u": return ("у", 1)
    case "ü": return (initial || afterVowel ? "ю" : "у", 1)
    case "v": return ("в", 1)
    case "z": return ("з", 1)
    case "y":
      switch next {
      case "a", "ə": return ("я", 2)
      case "e": return ("е", 2)
      case "u", "ü": return ("ю", 2)
      case "o", "ö": return ("ё", 2)
      case "i", "ı": return ("", 1)
      default: return ("й", 1)
      }
    default: return (String(c), 1)
    }
  }

  // MARK: - Case

  /// The lowercase letter (Turkic: I → ı, İ → i) and whether it was upper.
  static func lowered(_ c: Character) -> (Character, Bool) {
    switch c {
    case "I": return ("ı", true)
    case "İ": return ("i", true)
    default:
      if c.isUppercase { return (Character(c.lowercased()), true) }
      return (c, false)
    }
  }

  private static func isTurkic(_ target: Target) -> Bool {
    switch target {
    case .az, .tr, .kkLatn: true
    case .en, .ru: false
    }
  }

  /// The first letter uppercased (Turkic: i → İ, ı → I).
  static func capitalized(_ s: String, turkic: Bool) -> String {
    guard let first = s.first else { return s }
    let head: String
    if turkic, first == "i" {
      head = "İ"
    } else if first == "ı" {
      head = "I"
    } else {
      head = first.uppercased()
    }
    return head + s.dropFirst()
  }
}
