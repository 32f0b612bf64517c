/// Invents Turkic-looking word roots (*Tərgün*, *Qarsın*, *Bolmaz*) from
/// syllables that obey front/back vowel harmony.
enum SyllableMaker {
  private static let firstBack: [String] = ["a", "a", "a", "ı", "o", "u", "u"]
  private static let firstFront: [String] = ["ə", "ə", "e", "e", "i", "ö", "ü"]
  private static let laterBack: [String] = ["a", "a", "ı", "u"]
  private static let laterFront: [String] = ["ə", "e", "i", "i", "ü"]
  private static let onsetsBack: [String] = [
    "b", "d", "q", "x", "y", "m", "n", "l", "r", "s", "ş", "t", "z", "c", "ç", "v", "h", "k",
    "p", "b", "t", "s", "m",
  ]
  private static let onsetsFront: [String] = [
    "b", "d", "g", "k", "y", "m", "n", "l", "r", "s", "ş", "t", "z", "c", "ç", "v", "h", "f",
    "p", "k", "t", "s", "m",
  ]
  private static let codasBack: [String] = [
    "", "", "", "", "n", "r", "l", "m", "s", "t", "y", "z", "ş", "q", "x", "n", "r",
  ]
  private static let codasFront: [String] = [
    "", "", "", "", "n", "r", "l", "m", "s", "t", "y", "z", "ş", "k", "d", "n", "r",
  ]

  /// A capitalized root of `syllables` syllables.
  static func root(syllables: Int, using rng: inout SeededRandom) -> String {
    lowercaseRoot(syllables: syllables, using: &rng).capitalizedTurkic
  }

  /// A lowercase root, to be appended to another element.
  static func lowercaseRoot(syllables: Int, using rng: inout SeededRandom) -> String {
    let front = rng.chance(0.5)
    var out = ""
    var endsInVowel = false
    for i in 0..<syllables {
      let onsetNeeded = i > 0 && endsInVowel
      if onsetNeeded || rng.chance(i == 0 ? 0.8 : 0.85) {
        out += rng.pick(front ? onsetsFront : onsetsBack)
      }
      if i == 0 {
        out += rng.pick(front ? firstFront : firstBack)
      } else {
        out += rng.pick(front ? laterFront : laterBack)
      }
      let coda = rng.pick(front ? codasFront : codasBack)
      out += coda
      endsInVowel = coda.isEmpty
    }
    return out
  }
}
