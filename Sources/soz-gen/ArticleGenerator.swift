/// Writes English news-like text that mentions generated concepts, for
/// scanning benchmarks.
///
/// Each line is one article of 4–9 template sentences. Slots are filled
/// with English forms: the preferred one nine times in ten, otherwise an
/// admitted, deprecated or forbidden one; possessive slots add *'s*.
struct ArticleGenerator {
  /// What the text looks like.
  enum Shape: String, CaseIterable {
    /// Articles of 4–9 news sentences, several mentions each (one line an
    /// article).
    case news
    /// One plain English sentence of 8–24 common words a line; every
    /// other line mentions one concept by an English form, a fifth of
    /// them deprecated or another non-preferred form (issue #15's
    /// held-out workload).
    case plain
  }

  var seed: UInt64
  /// Stop after the first article that reaches this many bytes.
  var byteBudget: Int
  var shape: Shape = .news

  /// Slots: {P} person, {L} place, {O} organization, {E} event, {T} term;
  /// a trailing `'s` in the slot ({P's}) makes it possessive. Fillers:
  /// {W} weekday, {M} month, {N} number, {X} topic.
  static let templates: [String] = [
    "On {W}, {P} met {P} in {L} to discuss {X}.",
    "{P} told reporters in {L} that the {O} would review {X} before {M}.",
    "Delegations from {L} and {L} gathered for the {E}, where {X} dominated the agenda.",
    "{P's} visit to {L} was the first by a senior official since the {E}.",
    "The {O} said in a statement that {N} people had been affected in {L}.",
    "According to the {O}, {X} remains a priority for {L}.",
    "{L's} authorities confirmed on {W} that {P} would attend the {E}.",
    "Speaking at the {E}, {P} called for closer ties between {L} and {L}.",
    "{P}, a spokesperson for the {O}, declined to comment on {X}.",
    "Analysts in {L} expect the {O} to announce new measures on {X} in {M}.",
    "The {E} drew more than {N} visitors to {L}, organizers said.",
    "{P} and {P} signed a memorandum on {T} on {W}.",
    "Residents of {L} said {X} had barely changed since the {E}.",
    "The {O's} report on {T} was presented by {P} in {L} on {W}.",
    "Officials in {L} said the {O} had allocated {N} million manat for {X}.",
    "In an interview, {P} said {T} would shape relations with {L} for years.",
    "Roads between {L} and {L} were closed on {W} after heavy snow.",
    "The {O} appointed {P} as its new head, replacing {P}.",
    "{P} praised the {O} for its work on {T}.",
    "Critics of the {O} argue that {X} has been neglected since {M}.",
    "Police in {L} detained {N} people on {W}, {P} said.",
    "Ahead of the {E}, {P} and {P} held talks with the {O}.",
    "Trade between {L} and {L} grew by {N} percent last year, the {O} said.",
    "{P's} remarks on {X} drew criticism in {L}.",
  ]

  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let topics = [
    "energy cooperation", "the new transit corridor", "water sharing", "trade tariffs",
    "border demarcation", "gas exports", "regional security", "the rail link",
    "grain supplies", "visa rules", "cultural exchanges", "the pipeline project",
    "mine clearance", "wage arrears", "housing prices", "the drought", "air pollution",
    "the election timetable", "electricity prices", "school reform", "the currency reserve",
  ]

  /// Common English words for ``Shape/plain`` sentences.
  static let commonWords = """
    the of and to in a is that for it as was with be by on not he this are or his from at which \
    but have an they you were her she there one all we their been has would when who will more no \
    if out so said what up its about into than them can only other new some could time these two \
    may then do first any my now such like our over man me even most made after also did many \
    before must through back years where much your way well down should because each just those \
    people how too little state good very make world still own see men work long get here between \
    both life being under never day same another know while last might us great old year off come \
    since against go came right used take three states himself few house use during without again \
    place around however home small found thought went say part once general high upon school \
    every does got united left number course war until always away something fact though water \
    less public put think almost hand enough far took head yet government system better set told \
    nothing night end why called did week market report city region council plan budget talks
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

  /// Writes articles until ``byteBudget`` is reached.
  func write(_ glossary: GeneratedGlossary, to out: TextFileWriter) throws {
    if shape == .plain { return try writePlain(glossary, to: out) }
    var rng = SeededRandom(seed: seed, stream: 3)
    var pools: [Character: [[GeneratedConcept.Form]]] = [:]
    for (slot, kind) in [("P", EntityKind.person), ("L", .place), ("O", .organization),
                         ("E", .event), ("T", .term)] {
      pools[Character(slot)] = glossary.indices(of: kind).map { glossary.concepts[$0].forms(in: "en") }
        .filter { !$0.isEmpty }
    }
    let start = out.byteCount
    while out.byteCount - start < byteBudget {
      let sentences = rng.int(in: 4...9)
      var line = ""
      for s in 0..<sentences {
        if s > 0 { line += " " }
        line += sentence(rng.pick(Self.templates), pools: pools, using: &rng)
      }
      line += "\n"
      try out.write(line)
    }
  }

  private func sentence(
    _ template: String, pools: [Character: [[GeneratedConcept.Form]]],
    using rng: inout SeededRandom
  ) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let slot = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      let possessive = slot.hasSuffix("'s")
      let letter = slot.first!
      switch letter {
      case "W": out += rng.pick(Self.weekdays)
      case "M": out += rng.pick(Self.months)
      case "X": out += rng.pick(Self.topics)
      case "N": out += String(rng.int(in: 2...950))
      default:
        let forms = pools[letter] ?? []
        var text = forms.isEmpty ? "the delegation" : mention(rng.pick(forms), using: &rng)
        if possessive { text += text.hasSuffix("s") ? "'" : "'s" }
        if out.isEmpty || out.hasSuffix(". ") { text = capitalizedFirst(text) }
        out += text
      }
    }
    out += rest
    return out
  }

  /// ``Shape/plain``: one sentence a line, a mention in every other line.
  private func writePlain(_ glossary: GeneratedGlossary, to out: TextFileWriter) throws {
    var rng = SeededRandom(seed: seed, stream: 4)
    let concepts = glossary.concepts.map { $0.forms(in: "en") }.filter { !$0.isEmpty }
    let start = out.byteCount
    var mentions = false
    while out.byteCount - start < byteBudget {
      let count = rng.int(in: 8...24)
      var words = (0..<count).map { _ in rng.pick(Self.commonWords) }
      if mentions, !concepts.isEmpty {
        let forms = rng.pick(concepts)
        let preferred = forms.first { $0.status == .preferred } ?? forms[0]
        let others = forms.filter { $0.status != .preferred }
        let text = !others.isEmpty && rng.chance(0.2) ? rng.pick(others).text : preferred.text
        words.insert(text, at: rng.int(below: words.count + 1))
      }
      mentions.toggle()
      var line = words.joined(separator: " ")
      line = capitalizedFirst(line) + ".\n"
      try out.write(line)
    }
  }

  /// The preferred form (90%) or another English form of the concept.
  private func mention(_ forms: [GeneratedConcept.Form], using rng: inout SeededRandom) -> String {
    let preferred = forms.first { $0.status == .preferred } ?? forms[0]
    let others = forms.filter { $0.status != .preferred }
    if !others.isEmpty, rng.chance(0.1) { return rng.pick(others).text }
    return preferred.text
  }

  private func capitalizedFirst(_ s: String) -> String {
    guard let first = s.first else { return s }
    return first.uppercased() + s.dropFirst()
  }
}
