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
    // Text in capitals (a dateline, a headline: BAKU, İSTANBUL, АСТАНА) is
    // no casing error when it is a listed form in capitals; suggestions
    // are then written in capitals too.
    let capitals = Self.isCapitals(m.surface)
    func suggest(_ name: String?) -> [String] {
      guard let name else { return [] }
      let inflected = SuffixAdapter.apply(m.suffix, to: name, language: language)
      return [capitals ? CaseMapper.uppercased(inflected, language: language) : inflected]
    }
    // A word all in lower case that matches a name (not a term) is
    // likelier a common word sharing its letters or its comparison key
    // (Turkish ordu 'army' and the city Ordu, English marry and Mary, van
    // and Van): never a warning, at most a casing note below.
    let lowerName = concept.kind != .term && Self.isLowercase(m.surface)
    // One such word is not reported at all: with the place names of a
    // whole region listed, lower-case homographs are everyday words (of and
    // the Turkish town Of, қазан 'October' and Kazan). Several words in
    // lower case (nagorno-karabakh, ilham aliyev) are still a casing note.
    if Self.isCommonWord(m, concept) { return nil }
    guard var listed = m.form else {
      // A word in lower case that only shares its key with a name is a
      // common word (many, your, are beside the names Manyy, Yoyur, Arre),
      // not a misspelling of the name.
      // Nor is a word the glossary spells that way elsewhere (Kazakh, of
      // Kazakh language, beside the town Gazakh).
      guard let target, !lowerName, !Self.commonWordLike(m.surface, concept, keys),
        m.surface.contains(" ") || !listedWords.contains(m.surface)
      else { return nil }
      return Finding(
        rule: "unlisted", severity: .warning, location: at, match: written, conceptID: concept.id,
        suggestions: suggest(target),
        message: "'\(m.surface)' is not a listed spelling of '\(concept.id)'; write '\(target)'",
        related: [])
    }
    var caseDiffers = m.caseDiffers
    if caseDiffers, capitals {
      // The listed form these capitals spell, the text's language first
      // (İSTANBUL in Turkish is İstanbul, not the English Istanbul).
      let surface = Normalizer.nfc(m.surface)
      let spelled = concept.forms.sorted { ($0.language == language ? 0 : 1) < ($1.language == language ? 0 : 1) }
        .first { CaseMapper.uppercased($0.text, language: language) == surface }
      if let spelled {
        listed = spelled
        caseDiffers = false
      }
    }
    // The same text may be listed for several languages: judge the one of
    // the text's language when there is one.
    let form =
      concept.forms.first { $0.text == listed.text && $0.language == language } ?? listed
    // A term (not a name) in lower case inside a sentence is ordinary
    // writing (ümummilli lider, people's artist).
    if caseDiffers, concept.kind == .term, m.surface == m.surface.lowercased() {
      return nil
    }
    // A case slip in the form the text should use is a casing finding; in
    // any other form the form itself is the finding (Ilham Eliyev in
    // Azerbaijani is deprecated: write İlham Əliyev, not İlham Eliyev).
    let rightForm = form.language == language && (form.status == .preferred || c.houseStyle[concept.id] == form.text)
    // Azerbaijani writes adjectives and demonyms made from a name in lower
    // case (türkiyəli, bakılı, qarabağlı); Turkish capitalizes them
    // (Türkiyeli), so there a lower-case one is still a casing slip.
    if caseDiffers, language == .az, m.surface == m.surface.lowercased(),
      ["li", "lı", "lu", "lü"].contains(where: { m.suffix.lowercased().hasPrefix($0) })
    {
      return nil
    }
    if caseDiffers, rightForm || target == nil || lowerName {
      // Only a note where the case may be right after all: a name all in
      // lower case is likelier a common word it shares its letters with
      // (астана, 'capital', beside Астана; chili beside the kk-Latn Chili
      // of Chile), and a term with capital initials is likelier a title
      // (Түркі Әлемінің Мәдени Астанасы).
      let own = form.language == language && form.status == .preferred
      let cased = own || target == nil ? form.text : target ?? form.text
      let titledTerm =
        concept.kind == .term && form.text == form.text.lowercased()
        && m.surface.lowercased() == form.text.lowercased()
      return Finding(
        rule: "casing", severity: lowerName || titledTerm ? .info : .warning, location: at, match: written,
        conceptID: concept.id,
        suggestions: suggest(cased),
        message: "'\(m.surface)' is written in the wrong case; write '\(cased)'", related: [])
    }
    // Another language's form, even one admitted there (Turkiye in an
    // Azerbaijani text), is that language's: the text's form is wanted.
    if form.language != language, let target, target != form.text,
      form.status == .admitted || form.status == .preferred
    {
      return Finding(
        rule: "wrong-language", severity: .warning, location: at, match: written,
        conceptID: concept.id, suggestions: suggest(target),
        message: "'\(form.text)' is the \(form.language) form of '\(concept.id)'; in \(language) write '\(target)'",
        related: [])
    }
    if form.status != .preferred {
      let replacement = form.status == .forbidden ? (form.replacement ?? target) : target
      let severity: Severity =
        form.status == .forbidden ? .error : form.status == .deprecated ? .warning : .info
      if form.status == .admitted, c.houseStyle[concept.id] == nil, form.language == language {
        // An admitted abbreviation (UN, BMT, БҰҰ, ŞKTR) is how news writes
        // the name after its first use: not even a note, unless a house
        // style asks for another form.
        if Self.isCapitals(form.text) { return nil }
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

  /// Whether an unlisted spelling is likelier a word of the text's own
  /// language than a misspelt name: one word that is short (Aman and
  /// Amman, Deli and Дели) or shares its comparison key only with forms in
  /// another script (Turkish Kabul, 'accepted', and Russian Кабул) or with
  /// Russian forms, which are listed for look-ups, not for lint (Kazakh
  /// қарағанда, 'compared to', and Russian Караганда).
  static func commonWordLike(_ surface: String, _ concept: Concept, _ keys: KeyCache) -> Bool {
    if surface.contains(where: { $0 == " " || $0 == "-" }) { return false }
    if surface.count < 5 { return true }
    let script = Script.of(surface)
    let key = keys.words(of: surface)
    return !concept.forms.contains {
      $0.language != .ru && Script.of($0.text) == script && keys.words(of: $0.text) == key
    }
  }

  /// Whether a mention is one word in lower case of a name (not a term):
  /// a common word sharing the name's letters or key (ordu, of, қазан).
  static func isCommonWord(_ m: Mention, _ concept: Concept) -> Bool {
    concept.kind != .term && !m.surface.contains(where: { $0 == " " || $0 == "-" })
      && isLowercase(m.surface)
  }

  /// Whether a span has letters and none of them is upper case.
  static func isLowercase(_ text: String) -> Bool {
    var letters = false
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter { return false }
      letters = true
    }
    return letters
  }

  /// Whether a span is written in capitals: two or more letters, none of
  /// them lower case.
  static func isCapitals(_ text: String) -> Bool {
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
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
