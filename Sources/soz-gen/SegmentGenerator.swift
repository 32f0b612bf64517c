/// Seeded English → Azerbaijani sentence pairs for the memory benchmark.
///
/// Sentences come from news-style templates filled with generated names,
/// places, organizations, numbers, months and nouns, so that the memory
/// has what a newsroom's has: recurring frames, a long tail of rare names,
/// and many near-duplicates. The Azerbaijani side is a plausible but
/// made-up rendering (the benchmark measures search, not translation).
struct SegmentGenerator {
  struct Pair {
    var en: String
    var az: String
  }

  private var random: SeededRandom
  let people: [(String, String)]
  let places: [(String, String)]
  let organizations: [(String, String)]

  init(seed: UInt64) {
    random = SeededRandom(seed: seed, stream: 7)
    var r = SeededRandom(seed: seed, stream: 8)
    func name(_ r: inout SeededRandom, syllables: ClosedRange<Int>) -> String {
      let parts = ["ka", "ra", "ba", "na", "xa", "li", "ye", "va", "mu", "ta", "gu", "lan", "dar", "san",
        "ham", "el", "şa", "zi", "ko", "tur", "al", "ay", "se", "vin", "ru", "fa", "ja", "ni", "ber", "dov"]
      var s = ""
      for _ in 0..<r.int(in: syllables) { s += r.pick(parts) }
      return s.prefix(1).uppercased() + s.dropFirst()
    }
    var seen = Set<String>()
    var people: [(String, String)] = []
    while people.count < 6000 {
      let n = name(&r, syllables: 2...3) + " " + name(&r, syllables: 2...3) + r.pick(["ov", "ova", "yev", "li"])
      if seen.insert(n).inserted { people.append((n, n)) }
    }
    var places: [(String, String)] = []
    while places.count < 2500 {
      let n = name(&r, syllables: 2...4)
      if seen.insert(n).inserted { places.append((n, n)) }
    }
    var organizations: [(String, String)] = []
    let kinds = [("Agency", "Agentliyi"), ("Fund", "Fondu"), ("Council", "Şurası"), ("Union", "İttifaqı"),
      ("Institute", "İnstitutu"), ("Centre", "Mərkəzi"), ("Academy", "Akademiyası"), ("Bank", "Bankı")]
    while organizations.count < 800 {
      let base = name(&r, syllables: 2...3)
      let kind = r.pick(kinds)
      let n = ("\(base) \(kind.0)", "\(base) \(kind.1)")
      if seen.insert(n.0).inserted { organizations.append(n) }
    }
    self.people = people
    self.places = places
    self.organizations = organizations
  }

  static let months = [
    ("January", "yanvar"), ("February", "fevral"), ("March", "mart"), ("April", "aprel"), ("May", "may"),
    ("June", "iyun"), ("July", "iyul"), ("August", "avqust"), ("September", "sentyabr"),
    ("October", "oktyabr"), ("November", "noyabr"), ("December", "dekabr"),
  ]
  static let nouns = [
    ("agreement", "saziş"), ("road", "yol"), ("school", "məktəb"), ("hospital", "xəstəxana"),
    ("bridge", "körpü"), ("museum", "muzey"), ("park", "park"), ("airport", "hava limanı"),
    ("railway", "dəmir yolu"), ("power plant", "elektrik stansiyası"), ("library", "kitabxana"),
    ("stadium", "stadion"), ("university", "universitet"), ("theatre", "teatr"), ("port", "liman"),
    ("factory", "zavod"), ("water pipeline", "su kəməri"), ("housing estate", "yaşayış kompleksi"),
    ("memorial", "memorial"), ("exhibition", "sərgi"), ("festival", "festival"), ("conference", "konfrans"),
    ("summit", "sammit"), ("forum", "forum"), ("programme", "proqram"), ("report", "hesabat"),
    ("budget", "büdcə"), ("treaty", "müqavilə"), ("strategy", "strategiya"), ("plan", "plan"),
  ]
  static let adjectives = [
    ("new", "yeni"), ("large", "böyük"), ("regional", "regional"), ("national", "milli"),
    ("international", "beynəlxalq"), ("modern", "müasir"), ("joint", "birgə"), ("second", "ikinci"),
    ("first", "birinci"), ("annual", "illik"), ("historic", "tarixi"), ("green", "yaşıl"),
  ]
  static let verbs = [
    ("opened", "açıb"), ("visited", "ziyarət edib"), ("inspected", "yoxlayıb"), ("announced", "elan edib"),
    ("approved", "təsdiqləyib"), ("signed", "imzalayıb"), ("presented", "təqdim edib"), ("discussed", "müzakirə edib"),
    ("welcomed", "salamlayıb"), ("launched", "başladıb"), ("completed", "tamamlayıb"), ("funded", "maliyyələşdirib"),
  ]

  mutating func pair() -> Pair {
    var p = sentence()
    if let first = p.az.first, first.isLowercase {
      p.az = (first == "i" ? "İ" : first.uppercased()) + p.az.dropFirst()
    }
    return p
  }

  private mutating func sentence() -> Pair {
    var r = random
    defer { random = r }
    let p = r.pick(people)
    let q = r.pick(people)
    let place = r.pick(places)
    let place2 = r.pick(places)
    let org = r.pick(organizations)
    let org2 = r.pick(organizations)
    let month = r.pick(Self.months)
    let day = r.int(in: 1...28)
    let year = r.int(in: 1991...2026)
    let n = r.int(in: 2...999)
    let noun = r.pick(Self.nouns)
    let noun2 = r.pick(Self.nouns)
    let adj = r.pick(Self.adjectives)
    let verb = r.pick(Self.verbs)
    switch r.int(below: 12) {
    case 0:
      return Pair(
        en: "\(p.0) \(verb.0) the \(adj.0) \(noun.0) in \(place.0) on \(day) \(month.0) \(year).",
        az: "\(p.1) \(day) \(month.1) \(year)-ci ildə \(place.1) şəhərində \(adj.1) \(noun.1) \(verb.1).")
    case 1:
      return Pair(
        en: "The \(org.0) \(verb.0) a \(adj.0) \(noun.0) worth \(n) million manat.",
        az: "\(org.1) \(n) milyon manat dəyərində \(adj.1) \(noun.1) \(verb.1).")
    case 2:
      return Pair(
        en: "\(p.0) and \(q.0) met in \(place.0) to discuss the \(noun.0).",
        az: "\(p.1) və \(q.1) \(noun.1) məsələsini müzakirə etmək üçün \(place.1) şəhərində görüşüblər.")
    case 3:
      return Pair(
        en: "More than \(n) people attended the \(adj.0) \(noun.0) in \(place.0).",
        az: "\(place.1) şəhərində keçirilən \(adj.1) \(noun.1) tədbirində \(n)-dən çox adam iştirak edib.")
    case 4:
      return Pair(
        en: "The \(noun.0) between \(place.0) and \(place2.0) will be completed in \(year + 1).",
        az: "\(place.1) ilə \(place2.1) arasındakı \(noun.1) \(year + 1)-ci ildə tamamlanacaq.")
    case 5:
      return Pair(
        en: "\(p.0), head of the \(org.0), said the \(noun.0) would open in \(month.0).",
        az: "\(org.1) rəhbəri \(p.1) bildirib ki, \(noun.1) \(month.1) ayında açılacaq.")
    case 6:
      return Pair(
        en: "On \(day) \(month.0) the \(org.0) and the \(org2.0) signed a \(noun.0) in \(place.0).",
        az: "\(day) \(month.1) tarixində \(place.1) şəhərində \(org.1) ilə \(org2.1) arasında \(noun.1) imzalanıb.")
    case 7:
      return Pair(
        en: "The \(adj.0) \(noun.0) of \(place.0) has \(n) \(noun2.0)s.",
        az: "\(place.1) \(adj.1) \(noun.1) \(n) \(noun2.1) malikdir.")
    case 8:
      return Pair(
        en: "\(p.0) was appointed director of the \(org.0) in \(year).",
        az: "\(p.1) \(year)-ci ildə \(org.1) direktoru təyin edilib.")
    case 9:
      return Pair(
        en: "Residents of \(place.0) will receive \(n) new homes under the \(adj.0) \(noun.0).",
        az: "\(adj.1) \(noun.1) çərçivəsində \(place.1) sakinlərinə \(n) yeni mənzil veriləcək.")
    case 10:
      return Pair(
        en: "The \(noun.0) in \(place.0) was built in \(year) and renovated by the \(org.0).",
        az: "\(place.1) şəhərindəki \(noun.1) \(year)-ci ildə tikilib və \(org.1) tərəfindən təmir edilib.")
    default:
      return Pair(
        en: "\(p.0) \(verb.0) \(q.0) at the \(noun.0) of the \(org.0) in \(place.0).",
        az: "\(p.1) \(place.1) şəhərində \(org.1) \(noun.1) tədbirində \(q.1) ilə görüşüb.")
    }
  }

  /// Replaces or removes one or two words of `sentence` (the benchmark's
  /// queries: a translator's new sentence close to a stored one).
  mutating func edit(_ sentence: String) -> String {
    var words = sentence.split(separator: " ").map(String.init)
    let edits = random.int(in: 1...2)
    for _ in 0..<edits where words.count > 3 {
      let i = random.int(below: words.count)
      switch random.int(below: 3) {
      case 0: words.remove(at: i)
      case 1: words[i] = random.pick(Self.nouns).0
      default: words.insert(random.pick(Self.adjectives).0, at: i)
      }
    }
    return words.joined(separator: " ")
  }
}
