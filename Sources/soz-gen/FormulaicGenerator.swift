/// Seeded formulaic agency copy (issue #15): every segment is a protocol
/// sentence built from one small vocabulary (about 300 words) — “The
/// President of Azerbaijan received the delegation of Hungary led by the
/// Minister of Energy.” — so that every word is shared by tens of
/// thousands of segments and no rare name narrows a search. The
/// combinations (titles, countries, topics, dates) are many more than a
/// million, so most segments are distinct, yet each differs from many
/// others by one or two words.
struct FormulaicGenerator: PairGenerator {
  private var random: SeededRandom

  init(seed: UInt64) {
    random = SeededRandom(seed: seed, stream: 11)
  }

  static let titles = [
    ("President", "Prezidenti"), ("Prime Minister", "Baş naziri"), ("Foreign Minister", "xarici işlər naziri"),
    ("Minister of Economy", "iqtisadiyyat naziri"), ("Minister of Energy", "energetika naziri"),
    ("Minister of Defence", "müdafiə naziri"), ("Minister of Education", "təhsil naziri"),
    ("Minister of Culture", "mədəniyyət naziri"), ("Minister of Agriculture", "kənd təsərrüfatı naziri"),
    ("Minister of Health", "səhiyyə naziri"), ("Minister of Transport", "nəqliyyat naziri"),
    ("Speaker of Parliament", "parlamentinin sədri"), ("Deputy Prime Minister", "Baş nazirin müavini"),
    ("Ambassador", "səfiri"), ("Vice President", "vitse-prezidenti"), ("Chief of General Staff", "Baş Qərargah rəisi"),
  ]
  static let countries = [
    ("Azerbaijan", "Azərbaycan"), ("Türkiye", "Türkiyə"), ("Kazakhstan", "Qazaxıstan"), ("Uzbekistan", "Özbəkistan"),
    ("Kyrgyzstan", "Qırğızıstan"), ("Turkmenistan", "Türkmənistan"), ("Hungary", "Macarıstan"), ("Georgia", "Gürcüstan"),
    ("Italy", "İtaliya"), ("France", "Fransa"), ("Germany", "Almaniya"), ("Spain", "İspaniya"), ("Poland", "Polşa"),
    ("Romania", "Rumıniya"), ("Bulgaria", "Bolqarıstan"), ("Serbia", "Serbiya"), ("Greece", "Yunanıstan"),
    ("Austria", "Avstriya"), ("Belgium", "Belçika"), ("Netherlands", "Niderland"), ("Sweden", "İsveç"),
    ("Norway", "Norveç"), ("Finland", "Finlandiya"), ("Estonia", "Estoniya"), ("Latvia", "Latviya"),
    ("Lithuania", "Litva"), ("Ukraine", "Ukrayna"), ("Moldova", "Moldova"), ("Belarus", "Belarus"),
    ("Russia", "Rusiya"), ("China", "Çin"), ("Japan", "Yaponiya"), ("Korea", "Koreya"), ("India", "Hindistan"),
    ("Pakistan", "Pakistan"), ("Iran", "İran"), ("Iraq", "İraq"), ("Israel", "İsrail"), ("Egypt", "Misir"),
    ("Jordan", "İordaniya"), ("Qatar", "Qətər"), ("Oman", "Oman"), ("Kuwait", "Küveyt"), ("Bahrain", "Bəhreyn"),
    ("Morocco", "Mərakeş"), ("Algeria", "Əlcəzair"), ("Tunisia", "Tunis"), ("Brazil", "Braziliya"),
    ("Mexico", "Meksika"), ("Canada", "Kanada"), ("Albania", "Albaniya"), ("Croatia", "Xorvatiya"),
  ]
  static let groups = [
    ("delegation", "nümayəndə heyətini"), ("business delegation", "işgüzar nümayəndə heyətini"),
    ("parliamentary delegation", "parlament nümayəndə heyətini"), ("government delegation", "hökumət nümayəndə heyətini"),
    ("military delegation", "hərbi nümayəndə heyətini"), ("trade mission", "ticarət missiyasını"),
  ]
  static let topics = [
    ("energy", "enerji"), ("trade", "ticarət"), ("transport", "nəqliyyat"), ("education", "təhsil"),
    ("culture", "mədəniyyət"), ("agriculture", "kənd təsərrüfatı"), ("tourism", "turizm"),
    ("investment", "investisiya"), ("security", "təhlükəsizlik"), ("healthcare", "səhiyyə"),
    ("logistics", "logistika"), ("green energy", "yaşıl enerji"), ("digital technologies", "rəqəmsal texnologiyalar"),
    ("humanitarian affairs", "humanitar məsələlər"), ("defence industry", "müdafiə sənayesi"),
    ("water resources", "su ehtiyatları"), ("science", "elm"), ("sport", "idman"), ("youth policy", "gənclər siyasəti"),
    ("space research", "kosmik tədqiqatlar"), ("finance", "maliyyə"), ("customs", "gömrük"), ("migration", "miqrasiya"),
  ]
  static let verbs = [
    ("met", "görüşüb"), ("held talks with", "danışıqlar aparıb"), ("had a phone call with", "telefonla danışıb"),
    ("received", "qəbul edib"), ("congratulated", "təbrik edib"), ("sent a letter to", "məktub göndərib"),
  ]
  static let outcomes = [
    ("expand", "genişləndirilməsi"), ("strengthen", "gücləndirilməsi"), ("deepen", "dərinləşdirilməsi"),
    ("develop", "inkişaf etdirilməsi"), ("diversify", "şaxələndirilməsi"),
  ]
  static let ordinals = [
    ("first", "birinci"), ("second", "ikinci"), ("third", "üçüncü"), ("fourth", "dördüncü"), ("fifth", "beşinci"),
    ("sixth", "altıncı"), ("seventh", "yeddinci"), ("eighth", "səkkizinci"), ("ninth", "doqquzuncu"), ("tenth", "onuncu"),
  ]

  mutating func pair() -> SegmentGenerator.Pair {
    var r = random
    defer { random = r }
    let (t1, t2) = (r.pick(Self.titles), r.pick(Self.titles))
    let (c1, c2) = (r.pick(Self.countries), r.pick(Self.countries))
    let (p1, p2) = (r.pick(Self.topics), r.pick(Self.topics))
    let verb = r.pick(Self.verbs)
    let group = r.pick(Self.groups)
    let goal = r.pick(Self.outcomes)
    let ordinal = r.pick(Self.ordinals)
    let month = r.pick(SegmentGenerator.months)
    let day = r.int(in: 1...28)
    let year = r.int(in: 2015...2026)
    switch r.int(below: 8) {
    case 0:
      return .init(
        en: "The \(t1.0) of \(c1.0) received the \(group.0) of \(c2.0) led by the \(t2.0).",
        az: "\(c1.1) \(t1.1) \(t2.1) başçılıq etdiyi \(c2.1) \(group.1) qəbul edib.")
    case 1:
      return .init(
        en: "The \(t1.0) of \(c1.0) \(verb.0) the \(t2.0) of \(c2.0) on \(day) \(month.0).",
        az: "\(day) \(month.1) \(c1.1) \(t1.1) \(c2.1) \(t2.1) ilə \(verb.1).")
    case 2:
      return .init(
        en: "The sides discussed the prospects of cooperation between \(c1.0) and \(c2.0) in \(p1.0) and \(p2.0).",
        az: "Tərəflər \(c1.1) ilə \(c2.1) arasında \(p1.1) və \(p2.1) sahələrində əməkdaşlığın perspektivlərini müzakirə ediblər.")
    case 3:
      return .init(
        en: "\(c1.0) and \(c2.0) signed a memorandum of understanding on \(p1.0) on \(day) \(month.0) \(year).",
        az: "\(day) \(month.1) \(year) \(c1.1) ilə \(c2.1) \(p1.1) üzrə anlaşma memorandumu imzalayıb.")
    case 4:
      return .init(
        en: "The \(t1.0) of \(c1.0) attended the \(ordinal.0) meeting of the intergovernmental commission on \(p1.0).",
        az: "\(c1.1) \(t1.1) \(p1.1) üzrə hökumətlərarası komissiyanın \(ordinal.1) iclasında iştirak edib.")
    case 5:
      return .init(
        en: "The \(t1.0) of \(c1.0) sent a letter of congratulations to the \(t2.0) of \(c2.0) on the national day.",
        az: "\(c1.1) \(t1.1) milli bayram münasibətilə \(c2.1) \(t2.1) təbrik məktubu göndərib.")
    case 6:
      return .init(
        en: "The parties agreed to \(goal.0) cooperation in \(p1.0) and \(p2.0) between \(c1.0) and \(c2.0).",
        az: "Tərəflər \(c1.1) ilə \(c2.1) arasında \(p1.1) və \(p2.1) sahələrində əməkdaşlığın \(goal.1) barədə razılığa gəliblər.")
    default:
      return .init(
        en: "In \(year) the trade turnover between \(c1.0) and \(c2.0) grew in \(p1.0), the \(t1.0) of \(c1.0) said.",
        az: "\(c1.1) \(t1.1) bildirib ki, \(year)-ci ildə \(c1.1) ilə \(c2.1) arasında \(p1.1) sahəsində ticarət dövriyyəsi artıb.")
    }
  }

  /// Replaces, removes or inserts one or two words, drawing new words from
  /// the same vocabulary (a new sentence of the same formula).
  mutating func edit(_ sentence: String) -> String {
    var words = sentence.split(separator: " ").map(String.init)
    for _ in 0..<random.int(in: 1...2) where words.count > 3 {
      let i = random.int(below: words.count)
      switch random.int(below: 3) {
      case 0: words.remove(at: i)
      case 1: words[i] = random.pick(Self.countries).0
      default: words.insert(random.pick(Self.topics).0, at: i)
      }
    }
    return words.joined(separator: " ")
  }
}

/// A seeded source of segment pairs and of queries edited from them.
protocol PairGenerator {
  mutating func pair() -> SegmentGenerator.Pair
  mutating func edit(_ sentence: String) -> String
}

extension SegmentGenerator: PairGenerator {}
