/// Makes realistic misspellings: keyboard slips and look-alike letters.
enum TypoMaker {
  /// QWERTY (with the Turkish/Azerbaijani letters where their keyboards
  /// put them) and ЙЦУКЕН rows; neighbours are left, right and the keys
  /// above and below.
  private static let rows: [[String]] = [
    ["qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç"],
    ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"],
  ]

  private static let neighbours: [Character: [Character]] = {
    var map: [Character: [Character]] = [:]
    for layout in rows {
      let grid = layout.map(Array.init)
      for (r, row) in grid.enumerated() {
        for (c, key) in row.enumerated() {
          var list: [Character] = []
          if c > 0 { list.append(row[c - 1]) }
          if c + 1 < row.count { list.append(row[c + 1]) }
          for dr in [-1, 1] where r + dr >= 0 && r + dr < grid.count {
            let other = grid[r + dr]
            if c < other.count { list.append(other[c]) }
          }
          map[key] = list
        }
      }
    }
    // The Latin row has ı where QWERTY has i; both neighbour u and o.
    map["i"] = (map["i"] ?? []) + ["u", "o", "k"]
    map["ə"] = ["e", "r", "w"]
    for (k, v) in [("ә", "әі"), ("і", "әң"), ("ң", "іғ"), ("ғ", "ңү"), ("ү", "ғұ"), ("ұ", "үқ"),
                   ("қ", "ұө"), ("ө", "қһ"), ("һ", "ө")] {
      map[Character(k)] = Array(v).filter { $0 != Character(k) }
    }
    return map
  }()

  /// Letters people confuse or type for one another.
  private static let similar: [Character: [Character]] = [
    "s": ["ş"], "ş": ["s"], "c": ["ç", "j"], "ç": ["c"], "g": ["ğ", "q"], "ğ": ["g"],
    "o": ["ö"], "ö": ["o"], "u": ["ü"], "ü": ["u"], "i": ["ı", "y"], "ı": ["i"],
    "e": ["ə", "a"], "ə": ["e", "a"], "a": ["ə", "e"], "k": ["q"], "q": ["k", "g"],
    "x": ["h"], "h": ["x"], "y": ["i"], "j": ["c"],
    "қ": ["к"], "к": ["қ"], "ғ": ["г"], "г": ["ғ"], "ү": ["у"], "ұ": ["у"], "у": ["ұ", "ү"],
    "ө": ["о"], "о": ["ө"], "ә": ["а"], "а": ["ә"], "і": ["и"], "и": ["і"], "ң": ["н"],
    "н": ["ң"], "һ": ["х"], "х": ["һ"], "ы": ["і"], "е": ["э"], "э": ["е"],
  ]

  /// `text` with 1–2 edits (substitution by a neighbouring or similar
  /// letter, deletion, insertion, transposition).
  static func misspell(_ text: String, using rng: inout SeededRandom) -> String {
    var chars = Array(text)
    let edits = rng.chance(0.6) ? 1 : 2
    for _ in 0..<edits {
      let letters = chars.indices.filter { chars[$0].isLetter }
      guard letters.count > 2 else { break }
      // Most slips are after the first letter.
      let candidates = rng.chance(0.85) ? Array(letters.dropFirst()) : letters
      let i = rng.pick(candidates)
      switch rng.weightedIndex([0.4, 0.2, 0.2, 0.2]) {
      case 0:
        if let r = replacement(for: chars[i], using: &rng) { chars[i] = r }
      case 1:
        chars.remove(at: i)
      case 2:
        let source = chars[i]
        let lower = Character(source.lowercased())
        let inserted: Character =
          rng.chance(0.5) ? lower : (neighbours[lower].map { rng.pick($0) } ?? lower)
        chars.insert(inserted, at: rng.chance(0.5) ? i : i + 1)
      default:
        if i + 1 < chars.count, chars[i + 1].isLetter, chars[i] != chars[i + 1] {
          chars.swapAt(i, i + 1)
        } else if i > 0, chars[i - 1].isLetter, chars[i] != chars[i - 1] {
          chars.swapAt(i, i - 1)
        }
      }
    }
    return String(chars)
  }

  /// A keyboard neighbour (60%) or a look-alike letter, in `c`'s case.
  private static func replacement(for c: Character, using rng: inout SeededRandom) -> Character? {
    let (lower, upper) = Romanizer.lowered(c)
    let pool: [Character]?
    if rng.chance(0.6) {
      pool = neighbours[lower] ?? similar[lower]
    } else {
      pool = similar[lower] ?? neighbours[lower]
    }
    guard let pool, !pool.isEmpty else { return nil }
    let r = rng.pick(pool)
    return upper ? Character(Romanizer.capitalized(String(r), turkic: true)) : r
  }
}
