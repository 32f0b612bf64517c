extension String {
  /// The first letter uppercased with Turkic rules (i → İ, ı → I).
  var capitalizedTurkic: String { Romanizer.capitalized(self, turkic: true) }

  /// The last vowel's harmony class: the -lı/-li/-lu/-lü ending it takes.
  var harmonicLi: String {
    for ch in reversed() {
      switch ch {
      case "a", "ı", "A", "I": return "lı"
      case "ə", "e", "i", "Ə", "E", "İ": return "li"
      case "o", "u", "O", "U": return "lu"
      case "ö", "ü", "Ö", "Ü": return "lü"
      default: continue
      }
    }
    return "li"
  }
}

extension String {
  /// Every occurrence of the character `c` replaced by `replacement`.
  func replacingEach(_ c: Character, with replacement: String) -> String {
    var out = ""
    for ch in self {
      if ch == c { out += replacement } else { out.append(ch) }
    }
    return out
  }
}
