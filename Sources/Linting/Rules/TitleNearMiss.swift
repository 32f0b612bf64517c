import Matching
import Orthography
import Terminology

/// Multiword glossary names indexed by the *set* of their content words,
/// for the near-miss rule's second half: a capitalized run of words that
/// is a listed title reordered (`Autonomous Republic of Nakhchivan` for
/// `Nakhchivan Autonomous Republic`) or reworded by one word (`Ministry of
/// Foreign Affairs of Azerbaijan` for `Azerbaijan Ministry of Foreign
/// Affairs` plus `Republic`).
///
/// Precision first: a run is compared only when it is not itself a listed
/// form, it has two or more content words, every content word of the name
/// is in the run in some order, and at most one run word is extra (three
/// or more shared words for that).
struct TitleIndex: Sendable {
  static let tableName = "titles"
  /// Sorted content key words joined by spaces → concept indexes (`u32`
  /// each), in the compiled glossary.
  private let table: CompiledGlossary.Table?
  private let compiled: CompiledGlossary

  init(_ compiled: CompiledGlossary) {
    self.compiled = compiled
    table = compiled.table(Self.tableName)
  }

  /// The table's entries, from the keyed forms of a glossary being
  /// compiled.
  static func tableEntries(_ keyed: [CompiledGlossary.KeyedForm]) -> [CompiledGlossary.TableEntry] {
    var bySet: [String: [Int]] = [:]
    for k in keyed where k.words.count >= 2 {
      let content = Self.content(k.words)
      guard content.count >= 2 else { continue }
      let key = content.sorted().joined(separator: " ")
      if bySet[key]?.contains(k.concept) != true { bySet[key, default: []].append(k.concept) }
    }
    return bySet.map { key, ids in
      var v = ByteBuffer()
      for id in ids { v.u32(UInt32(id)) }
      return CompiledGlossary.TableEntry(key: key, value: v.bytes)
    }
  }

  /// The concept ids filed under a sorted content-word key.
  private func ids(_ key: String) -> [String]? {
    guard let range = table?.value(for: key) else { return nil }
    var r = compiled.reader(at: range.lowerBound)
    return (0..<range.count / 4).compactMap { _ in
      (try? r.u32()).flatMap { Int($0) < compiled.conceptCount ? compiled.concept(at: Int($0)).id : nil }
    }
  }

  /// Connectors and articles that titles add or drop when reordered.
  static let connectors: Set<String> = [
    "of", "the", "and", "for", "on", "in", "at", "to", "de", "la", "ve", "və", "i", "jane", "және",
  ]

  var isEmpty: Bool { (table?.count ?? 0) == 0 }

  /// The connectors under the comparison key (`the` → `tHe`). The keys of
  /// the two non-ASCII ones (və, және) are written out, so a lint of ASCII
  /// text compiles no ICU transliterator (a fixed 0.1 s a process); a test
  /// checks them against ICU.
  static let connectorKeys: Set<String> = Set(
    connectors.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.flatMap { ComparisonKey.words(of: $0) }
  ).union(nonASCIIConnectorKeys)

  static let nonASCIIConnectorKeys: Set<String> = ["va", "Jane"]

  static func content(_ words: [String]) -> [String] {
    words.filter { !connectorKeys.contains($0) }
  }

  /// The concept a run of key words names in another order or with one
  /// extra word, with a confidence; nil when none, or when it could be two
  /// concepts. (A run that is a listed form is a mention: the caller skips
  /// runs holding multiword mentions.)
  func candidate(for words: [String]) -> (concept: String, confidence: Int)? {
    guard words.count >= 2 else { return nil }
    let content = Self.content(words)
    guard content.count >= 2 else { return nil }
    let sorted = content.sorted()
    if let ids = ids(sorted.joined(separator: " ")), ids.count == 1 { return (ids[0], 95) }
    // One extra word in the run: every name word present, three shared.
    guard sorted.count >= 4 else { return nil }
    var found: Set<String> = []
    for skip in sorted.indices {
      var rest = sorted
      rest.remove(at: skip)
      if let ids = ids(rest.joined(separator: " ")) { found.formUnion(ids) }
    }
    guard found.count == 1, let id = found.first else { return nil }
    return (id, 100 * (sorted.count - 1) / sorted.count)
  }
}

extension Linter {
  /// `near-miss` findings for capitalized runs of words that name a
  /// multiword glossary title in another order or with one word more.
  func titleFindings(
    _ text: String, _ tokens: [Token], base: Int, _ offsets: CharacterOffsets, _ path: String,
    _ index: LineIndex, mentions: [(Range<Int>, String, Int)], _ languages: LanguageSpans,
    _ c: LintConfiguration
  ) -> [Finding] {
    guard !titles.isEmpty else { return [] }
    var result: [Finding] = []
    for run in Self.capitalizedRuns(text, tokens) {
      let words = run.flatMap { keys.words(of: GlossaryMatcher.stem($0.text)) }
      guard let (id, confidence) = titles.candidate(for: words), let concept = concept(id) else {
        continue
      }
      let local = offsets.range(run[0].range.lowerBound..<run[run.count - 1].range.upperBound)
      let r = (local.lowerBound + base)..<(local.upperBound + base)
      // The name written as listed inside a longer run is another entity
      // (the Nakhchivan Autonomous Republic Ministry), not a near-miss; a
      // run inside or across a listed name (the 12th Summit of the
      // Organization of Turkic States) is the matcher's.
      // A listed multiword name inside the run (Union of Young Farmers of
      // Doshkoy's) is the matcher's too.
      if mentions.contains(where: { m in
        m.0.overlaps(r)
          && (m.1 == id || m.0.lowerBound < r.lowerBound || m.0.upperBound > r.upperBound
            || m.2 > 1)
      }) {
        continue
      }
      let language = languages.language(at: r.lowerBound)
      let written = String(text[run[0].range.lowerBound..<run[run.count - 1].range.upperBound])
      guard let target = preferredText(concept, language, c) ?? concept.forms.first?.text,
        target != written
      else { continue }
      result.append(
        Finding(
          rule: "near-miss", severity: .warning, location: index.location(path, r),
          match: written, conceptID: id, suggestions: [target],
          message: "'\(written)' is not in the glossary; did you mean '\(target)' (\(id), confidence \(confidence)%)?",
          related: [], span: r))
    }
    return result
  }

  /// Maximal runs of capitalized tokens, joined by spaces and lowercase
  /// connectors (`of`, `the`…), trimmed of connectors at both ends.
  static func capitalizedRuns(_ text: String, _ tokens: [Token]) -> [[Token]] {
    var runs: [[Token]] = []
    var current: [Token] = []
    func flush() {
      while let last = current.last, !isCapitalized(last.text) { current.removeLast() }
      // A sentence-initial article is no part of the title.
      while let first = current.first, TitleIndex.connectors.contains(first.text.lowercased()) {
        current.removeFirst()
      }
      if current.count >= 2 { runs.append(current) }
      current = []
    }
    for token in tokens {
      let capitalized = isCapitalized(token.text)
      if let previous = current.last,
        !text[previous.range.upperBound..<token.range.lowerBound].allSatisfy({ $0 == " " })
      {
        flush()
      }
      // A connector only continues a run (the set is asked only then).
      if capitalized || (!current.isEmpty && TitleIndex.connectors.contains(token.text)) {
        current.append(token)
      } else {
        flush()
      }
    }
    flush()
    return runs
  }

  private static func isCapitalized(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    if first.isASCII { return first.value >= 65 && first.value <= 90 }
    return first.properties.isUppercase
  }
}
