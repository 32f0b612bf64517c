import Matching
import Orthography
import Terminology

extension Linter {
  /// The finding for one mention, or nil when it is the right spelling.
  func finding(
    _ m: Mention, _ concept: Concept, _ language: LanguageTag, _ at: TextLocation,
    _ c: LintConfiguration, _ context: MentionContext
  ) -> Finding? {
    let target = preferredText(concept, language, c)
    let draft = Draft(m, at, language, concept.id)
    // Azerbaijani writes adjectives and demonyms made from a name in lower
    // case (türkiyəli, bakılı, qarabağlı); Turkish capitalizes them
    // (Türkiyeli), so there a lower-case one is still a casing slip.
    if language == .az, m.form != nil, Self.isLowercase(m.surface),
      ["li", "lı", "lu", "lü"].contains(where: { m.suffix.lowercased().hasPrefix($0) })
    {
      return nil
    }
    // A name all in lower case is likelier a common word sharing its
    // letters (астана, 'capital'; әзербайжан, 'Azerbaijani') than a slip:
    // a note at most, whatever form it spells (unless the form itself is
    // lower case: the 44-day war).
    if concept.kind != .term, Self.isLowercase(m.surface), !(m.form.map { Self.isLowercase($0.text) } ?? false) {
      if context.inLowercaseCompound { return nil }
      // One such word is not even a note: with the place names of a whole
      // region listed, lower-case homographs are everyday words (of and
      // the Turkish town Of, ordu 'army' and Ordu, қазан 'October' and
      // Kazan). Several words in lower case (nagorno-karabakh) still are.
      if Self.isCommonWord(m, concept) { return nil }
      // A word in lower case that only shares its key with a name is a
      // common word (many, your, are beside the names Manyy, Yoyur, Arre),
      // not a misspelling of the name.
      guard m.form != nil else { return nil }
      let form = m.form.map { resolved($0, concept, language) }
      let right = form.flatMap { $0.language == language && $0.status != .deprecated ? $0.text : nil }
      guard let shown = right ?? target ?? form?.text, !Self.isLowercase(shown) else { return nil }
      return draft.casing(.info, shown, suggestion: shown)
    }
    guard let (form, caseDiffers) = listedForm(m, concept, language) else {
      // One word that is likelier a word of the text's language (short,
      // or sharing its key only with Russian forms),
      // or a word the glossary spells that way elsewhere (Kazakh, of
      // Kazakh language, beside the town Gazakh), is no misspelt name.
      guard let target, !Self.commonWordLike(m.surface, concept, keys),
        m.surface.contains(" ") || !listedWords.contains(m.surface)
      else { return nil }
      // A place's spelling right before a surname is a person's given name
      // (Baǵdat Ámireev is no Baghdad).
      if concept.kind == .place, context.followedBySurname { return nil }
      return draft.make(
        "unlisted", .warning, target,
        "'\(m.surface)' is not a listed spelling of '\(concept.id)'; write '\(target)'")
    }
    // A term (not a name) in lower case inside a sentence is ordinary
    // writing (ümummilli lider, people's artist).
    if caseDiffers, concept.kind == .term, m.surface == m.surface.lowercased() {
      return nil
    }
    // A case slip in the form the text should use is a casing finding; in
    // any other form the form itself is the finding (Ilham Eliyev in
    // Azerbaijani is deprecated: write İlham Əliyev, not İlham Eliyev).
    let rightForm = form.language == language && (form.status == .preferred || c.houseStyle[concept.id] == form.text)
    if caseDiffers, rightForm || target == nil {
      return casingFinding(m, concept, form, target, draft, context)
    }
    return variantFinding(m, concept, form, target, draft, c, context)
  }

  /// The listed form a mention spells, and whether only its case differs:
  /// capitals spell the form they uppercase (İSTANBUL in Turkish is
  /// İstanbul, not the English Istanbul); a text listed for several
  /// languages is the text's language's form. Nil when the spelling is
  /// not listed.
  func listedForm(_ m: Mention, _ concept: Concept, _ language: LanguageTag) -> (Form, Bool)? {
    guard let listed = m.form else { return nil }
    if m.caseDiffers, Self.isCapitals(m.surface) {
      let surface = Normalizer.nfc(m.surface)
      let spelled = concept.forms.sorted { ($0.language == language ? 0 : 1) < ($1.language == language ? 0 : 1) }
        .first { CaseMapper.uppercased($0.text, language: language) == surface }
      if let spelled { return (resolved(spelled, concept, language), false) }
    }
    return (resolved(listed, concept, language), m.caseDiffers)
  }

  /// `form`, or the form with the same text in the text's language.
  private func resolved(_ form: Form, _ concept: Concept, _ language: LanguageTag) -> Form {
    concept.forms.first { $0.text == form.text && $0.language == language } ?? form
  }

  /// The right form in the wrong case.
  private func casingFinding(
    _ m: Mention, _ concept: Concept, _ form: Form, _ target: String?, _ draft: Draft,
    _ context: MentionContext
  ) -> Finding? {
    // The first word of a sentence or a quoted title is capitalized
    // (“Түркі әлемі – Біздің отбасымыз”).
    if context.startsSentence, Self.capitalizesFirst(m.surface, form.text, draft.language) { return nil }
    // A term with capital initials is likelier a title: right when a
    // capitalized word follows (Türk Dünyasının Ali Ordeni, the Turkic
    // World 2040 Vision), else only a note.
    let titleCase = Self.isTitleCase(m.surface) && !Self.isTitleCase(form.text)
    if concept.kind == .term, titleCase, context.continuesTitle { return nil }
    let titledTerm =
      concept.kind == .term
      && ((form.text == form.text.lowercased() && m.surface.lowercased() == form.text.lowercased()) || titleCase)
    let suggestion = form.status == .preferred ? form.text : target ?? form.text
    return draft.casing(titledTerm ? .info : .warning, form.text, suggestion: suggestion)
  }

  /// A form the text's language does not prefer: another language's,
  /// admitted, deprecated or forbidden, or not the house style's.
  private func variantFinding(
    _ m: Mention, _ concept: Concept, _ form: Form, _ target: String?, _ draft: Draft,
    _ c: LintConfiguration, _ context: MentionContext
  ) -> Finding? {
    let language = draft.language
    // Another language's form, even one admitted there (Turkiye in an
    // Azerbaijani text), is that language's: the text's form is wanted.
    if form.language != language, let target, target != form.text, form.status != .deprecated, form.status != .forbidden {
      return draft.make(
        "wrong-language", .warning, target,
        "'\(form.text)' is the \(form.language) form of '\(concept.id)'; in \(language) write '\(target)'")
    }
    if form.status != .preferred {
      let replacement = form.status == .forbidden ? (form.replacement ?? target) : target
      if form.status == .admitted, c.houseStyle[concept.id] == nil, form.language == language {
        // An admitted abbreviation (UN, BMT, БҰҰ, ŞKTR) is how news writes
        // the name after its first use: not even a note, unless a house
        // style asks for another form.
        if Self.isCapitals(form.text) { return nil }
        // Admitted and no house style against it: only noted, and not
        // inside quotation marks (a title or someone's words).
        if context.quoted { return nil }
        return draft.make(
          "variant", .info, replacement,
          "'\(form.text)' is admitted for '\(concept.id)'; the preferred \(language) form is '\(replacement ?? form.text)'")
      }
      // A former name named as such ("previously known as the Turkic
      // Council", "eski adıyla Türk Konseyi") is history, not a slip.
      if form.status == .deprecated, context.namedAsFormer { return nil }
      let severity: Severity = form.status == .forbidden ? .error : form.status == .deprecated ? .warning : .info
      return draft.make(
        "variant", severity, replacement,
        "'\(form.text)' is \(form.status) for '\(concept.id)'" + (replacement.map { "; write '\($0)'" } ?? ""))
    }
    if let houseForm = c.houseStyle[concept.id], form.language == language, houseForm != form.text {
      return draft.make("variant", .warning, houseForm, "house style writes '\(houseForm)' for '\(concept.id)'")
    }
    return nil
  }

  /// A finding about one mention, before its rule is known: the suffix
  /// re-attached to suggestions, capitals kept for capitals.
  struct Draft {
    let m: Mention
    let at: TextLocation
    let language: LanguageTag
    let conceptID: String
    /// Capitals that are no listed form's own (a headline, a dateline:
    /// BAKU); an abbreviation's (OTS, TDT) are its spelling.
    let capitals: Bool

    init(_ m: Mention, _ at: TextLocation, _ language: LanguageTag, _ conceptID: String) {
      self.m = m
      self.at = at
      self.language = language
      self.conceptID = conceptID
      capitals = Linter.isCapitals(m.surface) && !(m.form.map { Linter.isCapitals($0.text) } ?? false)
    }

    func suggest(_ name: String?) -> [String] {
      guard let name else { return [] }
      let inflected = SuffixAdapter.apply(m.suffix, to: name, language: language)
      return [capitals ? CaseMapper.uppercased(inflected, language: language) : inflected]
    }

    func make(_ rule: String, _ severity: Severity, _ suggestion: String?, _ message: String) -> Finding {
      Finding(
        rule: rule, severity: severity, location: at, match: m.surface + m.suffix, conceptID: conceptID,
        suggestions: suggest(suggestion), message: message, related: [])
    }

    func casing(_ severity: Severity, _ shown: String, suggestion: String) -> Finding {
      make("casing", severity, suggestion, "'\(m.surface)' is written in the wrong case; write '\(shown)'")
    }
  }

  /// Whether an unlisted spelling is likelier a word of the text's own
  /// language than a misspelt name: one word that is short (Aman and
  /// Amman, Deli and Дели) or shares its comparison key only with Russian
  /// forms, which are listed for look-ups, not for lint (Turkish Kabul,
  /// 'accepted', and Russian Кабул). A key shared with another language's
  /// form in any script is a misspelling (Kazakh Ыстанбұл, English
  /// Istanbul).
  static func commonWordLike(_ surface: String, _ concept: Concept, _ keys: KeyCache) -> Bool {
    if surface.contains(where: { $0 == " " || $0 == "-" }) { return false }
    if surface.count < 5 { return true }
    let key = keys.words(of: surface)
    return !concept.forms.contains { $0.language != .ru && keys.words(of: $0.text) == key }
  }

  /// Whether a mention is one word in lower case of a place: a common
  /// word sharing the name's letters or key (ordu, of, қазан). (A person's
  /// or an organization's name in lower case, azertag, is still noted.)
  static func isCommonWord(_ m: Mention, _ concept: Concept) -> Bool {
    guard concept.kind == .place else { return false }
    // ASCII: a Character is a byte.
    let oneWord =
      ASCIICount.isASCII(m.surface)
      ? !m.surface.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D })
      : !m.surface.contains(where: { $0 == " " || $0 == "-" })
    return oneWord && isLowercase(m.surface)
  }

  /// Whether a span is written in capitals: two or more letters, none of
  /// them lower case.
  static func isCapitals(_ text: String) -> Bool {
    // ASCII: the letters are A–Z and a–z, and only a–z are lower case.
    if ASCIICount.isASCII(text) {
      var capitals = 0
      for b in text.utf8 {
        if b >= 97 && b <= 122 { return false }
        if b >= 65 && b <= 90 { capitals += 1 }
      }
      return capitals >= 2
    }
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Whether a span has letters and none of them is upper case.
  static func isLowercase(_ text: String) -> Bool {
    // ASCII: the letters are A–Z and a–z, and only A–Z are upper case.
    if ASCIICount.isASCII(text) {
      var letters = false
      for b in text.utf8 {
        if b >= 65 && b <= 90 { return false }
        if b >= 97 && b <= 122 { letters = true }
      }
      return letters
    }
    var letters = false
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isUppercase { return false }
      letters = true
    }
    return letters
  }

  /// Whether every word of `text` starts with a capital letter.
  static func isTitleCase(_ text: String) -> Bool {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
    return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase ?? false }
  }

  /// Whether `surface` is `form` with its first letter capitalized.
  static func capitalizesFirst(_ surface: String, _ form: String, _ language: LanguageTag) -> Bool {
    guard let f = form.first, f.isLowercase, surface.dropFirst() == form.dropFirst() else { return false }
    return CaseMapper.capitalizedFirst(form, language: language) == surface
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
