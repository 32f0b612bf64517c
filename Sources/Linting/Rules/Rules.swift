import Matching
import Orthography
import Terminology

extension Linter {
  /// The finding for one mention, or nil when it is the right spelling.
  func finding(
    _ m: Mention, _ concept: Concept, _ language: LanguageTag, _ at: TextLocation,
    _ c: LintConfiguration
  ) -> Finding? {
    let written = m.surface + m.suffix
    let target = preferredText(concept, language, c)
    func suggest(_ name: String?) -> [String] {
      guard let name else { return [] }
      return [SuffixAdapter.apply(m.suffix, to: name, language: language)]
    }
    guard let listed = m.form else {
      guard let target else { return nil }
      return Finding(
        rule: "unlisted", severity: .warning, location: at, match: written, conceptID: concept.id,
        suggestions: suggest(target),
        message: "'\(m.surface)' is not a listed spelling of '\(concept.id)'; write '\(target)'",
        related: [])
    }
    // The same text may be listed for several languages: judge the one of
    // the text's language when there is one.
    let form =
      concept.forms.first { $0.text == listed.text && $0.language == language } ?? listed
    // A term (not a name) in lower case inside a sentence is ordinary
    // writing (ümummilli lider, people's artist).
    if m.caseDiffers, concept.kind == .term, m.surface == m.surface.lowercased() {
      return nil
    }
    if m.caseDiffers {
      return Finding(
        rule: "casing", severity: .warning, location: at, match: written, conceptID: concept.id,
        suggestions: suggest(form.status == .preferred ? form.text : target ?? form.text),
        message: "'\(m.surface)' is written in the wrong case; write '\(form.text)'", related: [])
    }
    if form.status != .preferred {
      let replacement = form.status == .forbidden ? (form.replacement ?? target) : target
      let severity: Severity =
        form.status == .forbidden ? .error : form.status == .deprecated ? .warning : .info
      if form.status == .admitted, c.houseStyle[concept.id] == nil, form.language == language {
        // Admitted and no house style against it: only note it.
        return Finding(
          rule: "variant", severity: .info, location: at, match: written, conceptID: concept.id,
          suggestions: suggest(replacement),
          message: "'\(form.text)' is admitted for '\(concept.id)'; the preferred \(language) form is '\(replacement ?? form.text)'",
          related: [])
      }
      return Finding(
        rule: "variant", severity: severity, location: at, match: written, conceptID: concept.id,
        suggestions: suggest(replacement),
        message: "'\(form.text)' is \(form.status) for '\(concept.id)'"
          + (replacement.map { "; write '\($0)'" } ?? ""), related: [])
    }
    if let houseForm = c.houseStyle[concept.id], form.language == language, houseForm != form.text {
      return Finding(
        rule: "variant", severity: .warning, location: at, match: written, conceptID: concept.id,
        suggestions: suggest(houseForm),
        message: "house style writes '\(houseForm)' for '\(concept.id)'", related: [])
    }
    guard form.language != language, let target, target != form.text else { return nil }
    return Finding(
      rule: "wrong-language", severity: .warning, location: at, match: written,
      conceptID: concept.id, suggestions: suggest(target),
      message: "'\(form.text)' is the \(form.language) form of '\(concept.id)'; in \(language) write '\(target)'",
      related: [])
  }

  /// The form a text in `language` should use: the house style's, else the
  /// language's preferred form.
  func preferredText(_ concept: Concept, _ language: LanguageTag, _ c: LintConfiguration) -> String? {
    if let house = c.houseStyle[concept.id] { return house }
    return concept.preferred(in: language)?.text
  }

  /// One finding per concept and language written more than one way.
  func inconsistencies(
    _ usage: [UsageKey: [(String, TextLocation)]], _ c: LintConfiguration
  ) -> [Finding] {
    var findings: [Finding] = []
    for (key, uses) in usage {
      let spellings = Dictionary(grouping: uses, by: \.0)
      guard spellings.count > 1, let concept = concept(key.concept) else { continue }
      let sorted = uses.map(\.1).sorted()
      let counts = spellings.map { ($0.key, $0.value.count) }
        .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
      let target = preferredText(concept, key.language, c) ?? counts[0].0
      findings.append(
        Finding(
          rule: "inconsistent", severity: .warning, location: sorted[0],
          match: counts.map(\.0).joined(separator: " / "), conceptID: concept.id,
          suggestions: [target],
          message: "'\(concept.id)' is written \(counts.count) ways in \(key.language): "
            + counts.map { "'\($0.0)' \($0.1)×" }.joined(separator: ", ") + "; write '\(target)'",
          related: Array(sorted.dropFirst())))
    }
    return findings
  }
}
