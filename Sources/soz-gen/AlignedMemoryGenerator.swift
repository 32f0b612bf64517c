/// Seeded English → Azerbaijani unit pairs for `soz align --memory`
/// (issue 17): news sentences about generated people and places that no
/// glossary lists, the English side romanized (Ağdam → Aghdam, Qasımova →
/// Gasimova, a tenth of the names in the Russian-derived tradition), the
/// Azerbaijani side inflected as Azerbaijani inflects them: dative,
/// locative, ablative, genitive and accusative, with vowel harmony and the
/// buffer letters after a vowel (Ağdama, Ağdamda, Şəkiyə, Şəkinin).
struct AlignedMemoryGenerator {
  struct Name {
    var en: String
    var az: String
    /// Units the name occurs in so far.
    var units = 0
  }

  enum Case { case nominative, dative, locative, ablative, genitive, accusative }

  private var random: SeededRandom
  var people: [Name] = []
  var places: [Name] = []

  init(seed: UInt64, people: Int, places: Int) {
    random = SeededRandom(seed: seed, stream: 17)
    var r = SeededRandom(seed: seed, stream: 18)
    var seen = Set<String>()
    func word(_ r: inout SeededRandom, _ syllables: ClosedRange<Int>) -> String {
      let parts = [
        "qa", "ra", "bə", "şa", "xan", "lı", "dağ", "ağ", "dam", "kən", "zər", "mə", "ruz", "tu", "fə", "sa",
        "nur", "gül", "bəy", "çin", "cə", "ya", "lan", "dər", "sən", "ku", "qo", "şir", "vəl", "tağ", "mir",
        "öz", "ün", "lə", "na", "ha", "ça", "rzu", "sev", "tal", "bal", "xal", "qız", "yol",
      ]
      var s = ""
      for _ in 0..<r.int(in: syllables) { s += r.pick(parts) }
      let first = s.first!
      return (first == "i" ? "İ" : first.uppercased()) + s.dropFirst()
    }
    func scheme(_ r: inout SeededRandom) -> EnglishScheme {
      r.chance(0.1) ? .russian : r.chance(0.5) ? .azerbaijaniY : .azerbaijaniI
    }
    func english(_ az: String, _ s: EnglishScheme) -> String {
      az.split(separator: " ").map { Romanizer.render(String($0), .en(s), after: nil) }.joined(separator: " ")
    }
    while self.places.count < places {
      let az = word(&r, 2...3)
      guard az.count >= 4, seen.insert(az).inserted else { continue }
      self.places.append(Name(en: english(az, scheme(&r)), az: az))
    }
    while self.people.count < people {
      let surname = word(&r, 2...3) + r.pick(["ov", "ova", "yev", "yeva", "lı", "zadə"])
      let az = word(&r, 2...2) + " " + surname
      guard seen.insert(az).inserted else { continue }
      self.people.append(Name(en: english(az, scheme(&r)), az: az))
    }
  }

  /// One unit pair; the names it uses are counted.
  mutating func pair() -> (en: String, az: String) {
    var r = random
    defer { random = r }
    let a = r.int(below: places.count)
    var b = r.int(below: places.count)
    if b == a { b = (a + 1) % places.count }
    let x = r.int(below: people.count)
    var y = r.int(below: people.count)
    if y == x { y = (x + 1) % people.count }
    let p = places[a]
    let q = places[b]
    let m = people[x]
    let n = people[y]
    let day = r.int(in: 1...28)
    let month = r.pick(SegmentGenerator.months)
    let number = r.int(in: 2...900)
    func az(_ name: Name, _ c: Case) -> String { Self.inflect(name.az, c) }
    var usedPeople = [x]
    var usedPlaces = [a]
    let out: (String, String)
    switch r.int(below: 12) {
    case 0:
      out = ("Families returned to \(p.en).", "Ailələr \(az(p, .dative)) qayıdıb.")
    case 1:
      out = ("\(m.en) visited \(p.en) on \(day) \(month.0).", "\(m.az) \(day) \(month.1) tarixində \(az(p, .dative)) səfər edib.")
    case 2:
      out = ("A new school with \(number) places opened in \(p.en).", "\(az(p, .locative)) \(number) yerlik yeni məktəb açılıb.")
    case 3:
      out = ("\(m.en) met residents of \(p.en).", "\(m.az) \(az(p, .genitive)) sakinləri ilə görüşüb.")
    case 4:
      usedPlaces.append(b)
      out = ("The delegation travelled from \(p.en) to \(q.en).", "Nümayəndə heyəti \(az(p, .ablative)) \(az(q, .dative)) yola düşüb.")
    case 5:
      usedPeople.append(y)
      out = ("\(m.en) thanked \(n.en) for the support.", "\(m.az) dəstəyə görə \(az(n, .dative)) təşəkkür edib.")
    case 6:
      out = ("Roads in \(p.en) were repaired in \(month.0).", "\(month.1.capitalizedTurkic) ayında \(az(p, .genitive)) yolları təmir edilib.")
    case 7:
      out = ("\(m.en) spoke at a forum in \(p.en).", "\(m.az) \(az(p, .locative)) keçirilən forumda çıxış edib.")
    case 8:
      usedPeople.append(y)
      out = ("Journalists interviewed \(n.en) and \(m.en).", "Jurnalistlər \(n.az) və \(az(m, .accusative)) müsahibə alıblar.")
    case 9:
      out = ("\(p.en) will host the festival in \(month.0).", "\(p.az) \(month.1) ayında festivala ev sahibliyi edəcək.")
    case 10:
      usedPeople.append(y)
      out = ("\(m.en) appointed \(n.en) as an adviser.", "\(m.az) \(az(n, .accusative)) müşavir təyin edib.")
    default:
      out = ("\(p.en)'s museum reopened after \(number) days.", "\(az(p, .genitive)) muzeyi \(number) gündən sonra yenidən açılıb.")
    }
    let usesPerson = out.0.contains(m.en)
    if usesPerson {
      for i in usedPeople { people[i].units += 1 }
    } else {
      for i in usedPeople.dropFirst() { people[i].units += 1 }
    }
    if out.0.contains(p.en) { for i in usedPlaces { places[i].units += 1 } }
    return out
  }

  /// `name` with its last word in case `c` (Azerbaijani suffixes, vowel
  /// harmony, buffer letters y and n after a vowel).
  static func inflect(_ name: String, _ c: Case) -> String {
    guard c != .nominative, let last = name.last else { return name }
    let vowels: Set<Character> = ["a", "ı", "o", "u", "e", "ə", "i", "ö", "ü"]
    let lastVowel = name.lowercased().last(where: { vowels.contains($0) }) ?? "a"
    let back = "aıou".contains(lastVowel)
    let wide = back ? "a" : "ə"
    let narrow: String =
      switch lastVowel {
      case "a", "ı": "ı"
      case "o", "u": "u"
      case "ö", "ü": "ü"
      default: "i"
      }
    let afterVowel = vowels.contains(Character(last.lowercased()))
    switch c {
    case .nominative: return name
    case .dative: return name + (afterVowel ? "y" : "") + wide
    case .locative: return name + "d" + wide
    case .ablative: return name + "d" + wide + "n"
    case .genitive: return name + (afterVowel ? "n" : "") + narrow + "n"
    case .accusative: return name + (afterVowel ? "n" : "") + narrow
    }
  }
}
