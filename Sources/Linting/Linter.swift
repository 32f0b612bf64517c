import Foundation
import Matching
import Orthography
import Terminology

/// What a lint run is told beyond the files.
public struct LintConfiguration: Sendable {
  /// The texts' language; nil detects it per paragraph.
  public var language: LanguageTag?
  /// The house style: per concept id, the form this publication prefers
  /// among admitted ones (it wins in suggestions and `inconsistent`).
  public var houseStyle: [String: String]
  /// Severity overrides per rule id; a rule mapped to nil is off.
  public var severities: [String: Severity?]

  public init(
    language: LanguageTag? = nil, houseStyle: [String: String] = [:],
    severities: [String: Severity?] = [:]
  ) {
    self.language = language
    self.houseStyle = houseStyle
    self.severities = severities
  }
}

/// Checks texts against a glossary: every spelling of a concept that is
/// not the one the text's language prefers, with the fix.
///
/// Pure: documents and a glossary in, findings out (sorted by file, line,
/// column, rule). Rules, each with a stable id:
/// - `variant`: an admitted (info), deprecated (warning) or forbidden
///   (error) form, with the preferred form as the suggestion, the case
///   suffix kept and re-harmonized;
/// - `wrong-language`: a form of another language (Naxçıvan in English);
/// - `unlisted`: a spelling the glossary lacks that shares a listed
///   form's comparison key (Qarabag);
/// - `casing`: a listed form in the wrong case (GARABAGH, İ/I mix-ups);
/// - `mixed-script`: a word mixing Latin and Cyrillic letters (homoglyphs);
/// - `inconsistent`: one concept spelled two ways in one language across
///   the run, reported once with every place.
public struct Linter: Sendable {
  private let matcher: GlossaryMatcher
  private let nearMisses: NearMissIndex
  let titles: TitleIndex
  let keys: KeyCache
  /// The words of the listed forms, for the rules that guess.
  let listedWords: ListedWords
  /// The compiled glossary every rule reads.
  public let compiled: CompiledGlossary

  /// Lints against a glossary read from files: compiles it in memory.
  public init(glossary: Glossary) {
    let keys = KeyCache()
    let image = Self.compile(glossary, keys: keys, fingerprint: "")
    // An image this process just wrote always opens.
    self.init(compiled: try! CompiledGlossary(image: .init(image)), keys: keys)
  }

  /// Lints against a compiled glossary (the store's, opened without
  /// decoding anything).
  public init(compiled: CompiledGlossary, keys: KeyCache = KeyCache()) {
    self.compiled = compiled
    self.keys = keys
    matcher = GlossaryMatcher(compiled: compiled, keys: keys)
    nearMisses = NearMissIndex(compiled, keys: keys)
    titles = TitleIndex(compiled)
    listedWords = ListedWords(compiled)
  }

  /// Compiles `glossary` with every table the linter reads: the matcher's
  /// and those of the near-miss rules. This is the one definition of a
  /// compiled glossary; the store keeps its output.
  ///
  /// - Parameter keyWords: per concept, per form, the comparison-key words
  ///   when already known (the store keeps them); nil keys them with ICU.
  public static func compile(
    _ glossary: Glossary, keyWords: [[[String]]]? = nil, keys: KeyCache = KeyCache(),
    fingerprint: String
  ) -> [UInt8] {
    CompiledGlossary.compile(glossary, keyWords: keyWords, keys: keys, fingerprint: fingerprint) { keyed in
      [
        (NearMissIndex.tableName, NearMissIndex.tableEntries(keyed)),
        (TitleIndex.tableName, TitleIndex.tableEntries(keyed)),
        (ListedWords.tableName, ListedWords.tableEntries(keyed)),
      ]
    }
  }

  /// The concept with `id`.
  func concept(_ id: String) -> Concept? { compiled.concept(id: id) }

  /// All findings in `documents`, sorted.
  ///
  /// Paragraphs are linted on every core (the matcher, the key cache and the
  /// near-miss memo are thread-safe); results are merged in document order,
  /// so the output does not depend on scheduling.
  public func lint(_ documents: [Document], configuration: LintConfiguration = .init()) -> [Finding] {
    var pass = LintPass()
    lint(documents, into: &pass, configuration: configuration)
    return finish(pass, configuration: configuration)
  }

  /// Lints `documents` into `pass`: their findings, and the spellings the
  /// run's `inconsistent` rule weighs once every batch is in (see
  /// ``finish(_:configuration:)``). A run over many files reads and lints
  /// them a batch at a time, so only one batch's texts are in memory.
  public func lint(_ documents: [Document], into pass: inout LintPass, configuration: LintConfiguration = .init()) {
    let indexes = documents.map { LineIndex($0.text, origin: $0.origin) }
    // Paragraph by paragraph (large ones cut at line breaks): memory
    // stays bounded whatever the file size. Offsets are the file's: a
    // part of a file starts at its origin and reports what it owns.
    var work: [ChunkWork] = []
    for (d, doc) in documents.enumerated() {
      let origin = doc.origin
      for chunk in Self.chunks(doc.prose) {
        let upper = chunk.owned.upperBound == Int.max ? Int.max : chunk.owned.upperBound + origin.offset
        let lower = max(chunk.owned.lowerBound + origin.offset, origin.owned.lowerBound)
        let owned = lower..<max(lower, min(upper, origin.owned.upperBound))
        work.append(ChunkWork(document: d, range: chunk.range, base: chunk.base + origin.offset, owned: owned))
      }
    }
    // A chunk's text is copied out only while it is linted. Every chunk
    // is costly, so even a few (a file that is one long line) use every core.
    let results = work.concurrentMap(serialBelow: 2) { item in
      lintChunk(
        String(documents[item.document].prose[item.range]), base: item.base, path: documents[item.document].path,
        index: indexes[item.document], configuration)
    }
    var byDocument = Array(repeating: [Int](), count: documents.count)
    for (i, item) in work.enumerated() { byDocument[item.document].append(i) }
    for (d, doc) in documents.enumerated() {
      // A file's first part (or the whole file) opens it; a later part
      // continues the one open.
      if doc.origin.part == 0 || pass.open?.path != doc.path {
        if let open = pass.open { close(open, into: &pass) }
        pass.open = OpenFile(path: doc.path)
      }
      var open = pass.open!
      let suppressions = Suppressions(doc.text, firstLine: doc.origin.line, continuing: open.suppressions)
      open.suppressions = suppressions
      for i in byDocument[d] {
        let item = work[i]
        let result = results[i]
        open.namedInFull.formUnion(result.namedInFull)
        // Where a long line was cut, two chunks overlap: each keeps what
        // starts in its own part.
        let owned = item.owned
        let first = indexes[d].position(owned.lowerBound)
        let last = owned.upperBound == Int.max ? nil : indexes[d].position(owned.upperBound)
        func isOwned(_ l: TextLocation) -> Bool {
          guard (l.line, l.column) >= (first.line, first.column) else { return false }
          guard let last else { return true }
          return (l.line, l.column) < (last.line, last.column)
        }
        func kept(_ f: Finding) -> Bool {
          owned.contains(f.span.lowerBound) && !suppressions.suppresses(f.rule, line: f.location.line)
        }
        pass.findings += result.findings.filter(kept)
        open.notes += result.abbreviationNotes.filter(kept)
        for use in result.usage where isOwned(use.location) {
          if use.abbreviation {
            open.abbreviations.append(use)
          } else {
            pass.usage[use.key, default: []].append((use.spelling, use.location))
          }
        }
      }
      pass.open = open
      if doc.origin.isLast {
        close(open, into: &pass)
        pass.open = nil
      }
    }
  }

  /// The run's findings, sorted: every batch's, and `inconsistent` across them.
  public func finish(_ pass: LintPass, configuration: LintConfiguration = .init()) -> [Finding] {
    var pass = pass
    // A file whose last part never came (it failed half-way) is closed.
    if let open = pass.open { close(open, into: &pass) }
    return (pass.findings + inconsistencies(pass.usage, configuration))
      .compactMap { configured($0, configuration) }.sorted()
  }

  private struct ChunkWork: Sendable {
    var document: Int
    var range: Range<String.Index>
    var base: Int
    var owned: Range<Int>
  }

  private struct ChunkResult: Sendable {
    var findings: [Finding] = []
    var usage: [Usage] = []
    /// Notes that an abbreviation is admitted, kept until the document is
    /// known not to name the concept in full.
    var abbreviationNotes: [Finding] = []
    /// The concepts the chunk names other than by an abbreviation.
    var namedInFull: Set<String> = []
  }

  /// A spelling `inconsistent` weighs.
  struct Usage: Sendable {
    var key: UsageKey
    var spelling: String
    var location: TextLocation
    var abbreviation: Bool
  }

  private func lintChunk(
    _ text: String, base: Int, path: String, index: LineIndex, _ configuration: LintConfiguration
  ) -> ChunkResult {
    var result = ChunkResult()
    let languages = languageSpans(text, base: base, configuration)
    let offsets = CharacterOffsets(text)
    func shifted(_ r: Range<String.Index>) -> Range<Int> {
      let local = offsets.range(r)
      return (local.lowerBound + base)..<(local.upperBound + base)
    }
    let tokens = Tokenizer.shared.tokens(in: text)
    var homoglyphSpans: [Range<Int>] = []
    if !text.utf8.allSatisfy({ $0 < 0x80 }) {
      // Each part of a hyphenated word on its own: a Latin name with a
      // Kazakh suffix (Facebook-тегі, Telegram-дағы) mixes no letters.
      for part in tokens.flatMap({ $0.hyphenParts(in: text) }) {
        guard let h = HomoglyphDetector.shared.check(part.text) else { continue }
        let r = shifted(part.range)
        homoglyphSpans.append(r)
        result.findings.append(
          Finding(
            rule: "mixed-script", severity: .error, location: index.location(path, r),
            match: part.text, conceptID: nil, suggestions: h.corrected.map { [$0] } ?? [],
            message: "'\(part.text)' mixes Latin and Cyrillic letters"
              + (h.corrected.map { "; write '\($0)'" } ?? ""), related: [], span: r))
      }
    }
    // Each mention's span, concept and number of words.
    var mentions: [(Range<Int>, String, Int)] = []
    // English paragraphs take no Turkic case suffixes (they take 's).
    let turkic = !(languages.fixed == .en || (!languages.spans.isEmpty && languages.spans.allSatisfy { $0.1 == .en }))
    let found = matcher.mentions(in: text, tokens: tokens, turkicSuffixes: turkic)
    let quotations = found.isEmpty ? [] : Quotations.spans(in: text)
    for m in found {
      let r = shifted(m.range)
      mentions.append((r, m.conceptID, m.surface.split(separator: " ").count))
      if !homoglyphSpans.isEmpty, homoglyphSpans.contains(where: { $0.overlaps(r) }) { continue }
      guard let concept = concept(m.conceptID) else { continue }
      let language = languages.language(at: r.lowerBound)
      let location = index.location(path, r)
      let context = MentionContext(text, m.range, language, quotations: quotations)
      let abbreviation = m.form.map { Self.isCapitals($0.text) } ?? false
      if !abbreviation { result.namedInFull.insert(concept.id) }
      var f = finding(m, concept, language, location, configuration, context)
      f?.span = r
      let note = f?.rule == "variant" && f?.severity == .info
      if let f {
        if abbreviation, note { result.abbreviationNotes.append(f) } else { result.findings.append(f) }
      }
      // `inconsistent` weighs the spellings nothing else flags (preferred
      // and admitted ones), outside quotation marks (titles and speech are
      // others' spellings): a deprecated form already has its finding, or
      // is named as a former name.
      // A common word is no spelling of a name either (Azerbaijani həm
      // beside Hamm, of beside the town Of).
      if f == nil && !Self.isCommonWord(m, concept) || note, !context.quoted,
        let (form, _) = listedForm(m, concept, language),
        form.status == .preferred || form.status == .admitted
      {
        result.usage.append(
          Usage(
            key: UsageKey(concept: concept.id, language: language),
            spelling: Normalizer.nfc(form.text), location: location, abbreviation: abbreviation))
      }
    }
    result.findings += nearMissFindings(
      tokens, base: base, offsets, path, index, skip: mentions.map(\.0) + homoglyphSpans, languages,
      configuration)
    result.findings += titleFindings(
      text, tokens, base: base, offsets, path, index, mentions: mentions, languages,
      configuration)
    return result
  }

  /// Applies the configuration's severity overrides (nil = rule off).
  private func configured(_ f: Finding, _ c: LintConfiguration) -> Finding? {
    guard let override = c.severities[f.rule] else { return f }
    guard let severity = override else { return nil }
    var g = f
    g.severity = severity
    return g
  }

  private func nearMissFindings(
    _ tokens: [Token], base: Int, _ offsets: CharacterOffsets, _ path: String, _ index: LineIndex,
    skip: [Range<Int>], _ languages: LanguageSpans, _ c: LintConfiguration
  ) -> [Finding] {
    var result: [Finding] = []
    // Tokens and skipped spans both run in text order: sweep, don't search.
    let spans = skip.sorted { $0.lowerBound < $1.lowerBound }
    var next = 0
    for token in tokens where !token.isNumeric {
      guard Self.isCapitalizedName(token.text) else { continue }
      let local = offsets.range(token.range)
      let r = (local.lowerBound + base)..<(local.upperBound + base)
      while next < spans.count, spans[next].upperBound <= r.lowerBound { next += 1 }
      let covered = next < spans.count && spans[next].overlaps(r)
      guard !covered,
        let (id, _, similarity) = nearMisses.candidate(for: token.text),
        !listedWords.contains(token.text),
        let concept = concept(id)
      else { continue }
      // Before a surname, a name-like word is a person's given name
      // (Ismaıl Ismaılov is no İzrail).
      if concept.kind == .place, MentionContext.surnameFollows(offsets.text, after: token.range.upperBound) {
        continue
      }
      let language = languages.language(at: r.lowerBound)
      let target = preferredText(concept, language, c) ?? concept.forms.first?.text ?? id
      // At the start of a sentence or quotation every word is capitalized,
      // so the capital that makes a word look like a name says nothing:
      // only a note there (Azerbaijani “Martın 5-də”, 'of March 5', is no
      // Mardin).
      let opening = MentionContext(offsets.text, token.range, language, quotations: []).startsSentence
      result.append(
        Finding(
          rule: "near-miss", severity: opening ? .info : .warning, location: index.location(path, r),
          match: token.text, conceptID: id, suggestions: [target],
          message: "'\(token.text)' is not in the glossary; did you mean '\(target)' (\(id), confidence \(Int((similarity * 100).rounded()))%)?",
          related: [], span: r))
    }
    return result
  }

  /// Whether `word` starts with a capital and has six or more Characters
  /// (the near-miss rule's candidates); an ASCII word is answered on its
  /// bytes, with the same result.
  static func isCapitalizedName(_ word: String) -> Bool {
    let utf8 = word.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      guard let b = utf8.first else { return false }
      return b >= 65 && b <= 90 && utf8.count >= 6 && !utf8.contains(0x0D)
    }
    guard let first = word.first else { return false }
    return first.isUppercase && word.count >= 6
  }

  private func languageSpans(_ text: String, base: Int, _ c: LintConfiguration) -> LanguageSpans {
    if let l = c.language { return LanguageSpans(fixed: l) }
    let offsets = CharacterOffsets(text)
    let spans = LanguageIdentifier.identifyParagraphs(text).map { range, guess in
      let r = offsets.range(range)
      return ((r.lowerBound + base)..<(r.upperBound + base), guess.language)
    }
    return LanguageSpans(spans: spans)
  }
}

/// The language of each paragraph of a document.
struct LanguageSpans {
  var fixed: LanguageTag?
  var spans: [(Range<Int>, LanguageTag)] = []

  init(fixed: LanguageTag) { self.fixed = fixed }
  init(spans: [(Range<Int>, LanguageTag)]) { self.spans = spans }

  func language(at offset: Int) -> LanguageTag {
    if let fixed { return fixed }
    return spans.first { $0.0.contains(offset) }?.1
      ?? spans.last { $0.0.lowerBound <= offset }?.1 ?? .en
  }
}
