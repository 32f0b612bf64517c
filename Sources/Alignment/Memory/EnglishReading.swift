import Orthography

/// How an English spelling is read, respelled with the letters the Turkic
/// languages and the comparison key use for the same sounds (issue 17).
///
/// The comparison key is language-neutral, so its `c` is the Turkic one
/// (/dʒ/: Cəbrayıl ≡ Jabrayil) and its `x` the Azerbaijani one (/x/:
/// Xocalı ≡ Khojaly). In English copy `c` is /k/ or /s/ and `x` is /ks/,
/// which makes Africa ~ Afrika, Mexico ~ Meksika, France ~ Fransa look
/// like different names. When the memory aligner knows a side is English
/// it also compares that side's reading:
///
/// | English | reading |
/// | --- | --- |
/// | ck, c before a consonant, a back vowel or at the end | k |
/// | c (and sc) before e, i, y | s |
/// | x after the first letter | ks |
/// | ph | f |
/// | qu | kv |
/// | cz | ch |
///
/// `ch`, `sh`, `th` and the rest are left to the key. Case is kept per
/// letter (the first letter of a replacement takes the case of the first
/// letter replaced), so names stay names.
public enum EnglishReading {
  /// The reading of `text`; the text itself when nothing changes.
  public static func of(_ text: String) -> String {
    let chars = Array(text)
    var out = ""
    out.reserveCapacity(text.utf8.count + 2)
    var i = 0
    func lower(_ k: Int) -> Character? { k < chars.count ? Character(chars[k].lowercased()) : nil }
    func emit(_ replacement: String, like original: Character) {
      guard let first = replacement.first else { return }
      out.append(original.isUppercase ? Character(first.uppercased()) : first)
      out.append(contentsOf: replacement.dropFirst())
    }
    while i < chars.count {
      let c = chars[i]
      let l = lower(i)
      let next = lower(i + 1)
      switch l {
      case "c":
        if next == "h" {
          out.append(c)
        } else if next == "k" {
          emit("k", like: c)
          i += 1
        } else if next == "z" {
          emit("ch", like: c)
          i += 1
        } else if let n = next, "eiy".contains(n) {
          // `sc` before e/i/y is one s: the s is there, the c goes.
          if i == 0 || lower(i - 1) != "s" { emit("s", like: c) }
        } else {
          emit("k", like: c)
        }
      case "x" where i > 0 && lower(i - 1)?.isLetter == true:
        emit("ks", like: c)
      case "p" where next == "h":
        emit("f", like: c)
        i += 1
      case "q" where next == "u":
        emit("kv", like: c)
        i += 1
      default:
        out.append(c)
      }
      i += 1
    }
    return out
  }
}

/// Where the memory aligner uses the reading.
extension MemoryAligner {
  /// `texts` and, for English, their readings (``EnglishReading``).
  func readings(_ texts: [String], _ language: LanguageTag) -> [String] {
    guard language.language == "en" else { return texts }
    return texts + texts.compactMap { t in
      let r = EnglishReading.of(t)
      return r == t ? nil : r
    }
  }

  /// The similarity of two spellings: the scorer's verdict, for an English
  /// side also on its reading (Africa ~ Afrika, France ~ Fransa).
  func similarity(_ source: String, _ target: String) -> Double {
    func sim(_ a: String, _ b: String) -> Double {
      let v = aligner.verdict(a, b)
      return v.negative ? 0 : v.score
    }
    var best = sim(source, target)
    if best < 1, from.language == "en", to.language != "en" {
      let r = EnglishReading.of(source)
      if r != source { best = max(best, sim(r, target)) }
    } else if best < 1, to.language == "en", from.language != "en" {
      let r = EnglishReading.of(target)
      if r != target { best = max(best, sim(source, r)) }
    }
    return best
  }
}
