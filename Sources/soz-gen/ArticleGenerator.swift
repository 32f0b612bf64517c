/// Writes English news-like text that mentions generated concepts, for
/// scanning benchmarks.
///
/// Each line is one article of 4–9 template sentences. Slots are filled
/// with English forms: the preferred one nine times in ten, otherwise an
/// admitted, deprecated or forbidden one; possessive slots add *'s*.
struct ArticleGenerator {
  var seed: UInt64
  /// Stop after the first article that reaches this many bytes.
  var byteBudget: Int

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

  /// Writes articles until ``byteBudget`` is reached.
  func write(_ glossary: GeneratedGlossary, to out: TextFileWriter) throws {
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
