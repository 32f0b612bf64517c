import Orthography

/// What Alignment compares of one spelling: its key words split into name
/// words and generic classes, the words run together, and blocking keys.
struct NameProfile: Sendable {
  /// Key words that are part of the name, in order (as scalars).
  var words: [[UInt32]]
  /// Generic classes of the name (`#river`), sorted.
  var classes: [String]
  /// Every non-function key word run together (`Syr Darya` ≡ `Сырдария`).
  var joined: [UInt32]
  /// The full key, words separated by spaces.
  var key: String

  init(keyWords: [String]) {
    var content = keyWords.filter { !HeadWords.functionKeys.contains($0) }
    if content.isEmpty { content = keyWords }
    var names: [[UInt32]] = []
    var classes: [String] = []
    for w in content {
      if content.count > 1, let c = HeadWords.classByKey[w] {
        classes.append(c)
      } else {
        names.append(w.unicodeScalars.map(\.value))
      }
    }
    if names.isEmpty {
      // A name made only of generic words ("National Bank"): compare them as words.
      names = content.map { $0.unicodeScalars.map(\.value) }
      classes = []
    }
    words = names
    self.classes = classes.sorted()
    joined = names.flatMap { $0 }
    key = keyWords.joined(separator: " ")
  }

  /// Keys under which two spellings become candidates: the full key, the
  /// sorted words, the skeleton of the words run together and its
  /// one-deletion neighbours, and for multiword
  /// names the skeletons of the two rarest name words (`frequency` counts
  /// forms per word: generic words like Republic would make huge blocks).
  func blockingKeys(frequency: [String: Int]) -> [String] {
    var out: [String] = ["f" + key]
    let classSig = classes.joined(separator: ",")
    let names = words.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
    out.append("s" + (names.sorted() + classes).joined(separator: " "))
    let joinedSkeleton = NameProfile.skeleton(joined)
    out.append("d" + joinedSkeleton + "|" + classSig)
    if joinedSkeleton.count >= 4 {
      let chars = Array(joinedSkeleton)
      for drop in 1..<chars.count {
        var c = chars
        c.remove(at: drop)
        out.append("d" + String(c) + "|" + classSig)
      }
    }
    if words.count > 1 {
      let rare = names.indices.filter { words[$0].count >= 3 }
        .sorted { (frequency[names[$0]] ?? 0, $0) < (frequency[names[$1]] ?? 0, $1) }
      for i in rare.prefix(2) { out.append("w" + NameProfile.skeleton(words[i]) + "|" + classSig) }
    }
    return out
  }

  /// The name words as strings.
  var nameWords: [String] {
    words.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
  }

  /// A consonant skeleton for blocking: the first letter (any vowel as
  /// `a`), then consonants with vowels, h and y dropped and the classes
  /// traditions swap merged (k g H, d t, b p v f, s S z J C), repeats
  /// collapsed.
  static func skeleton(_ word: [UInt32]) -> String {
    var out = ""
    var last: Character = " "
    for (i, s) in word.enumerated() {
      guard let scalar = Unicode.Scalar(s) else { continue }
      let c = Character(scalar)
      var mapped: Character
      switch c {
      case "a", "e", "i", "o", "u":
        if i > 0 { continue }
        mapped = "a"
      case "h", "y":
        if i > 0 { continue }
        mapped = c
      case "k", "g", "H": mapped = "k"
      case "d", "t": mapped = "t"
      case "b", "p", "v", "f": mapped = "b"
      case "s", "S", "z", "J", "C": mapped = "s"
      default: mapped = c
      }
      if mapped != last { out.append(mapped) }
      last = mapped
    }
    return out
  }
}
