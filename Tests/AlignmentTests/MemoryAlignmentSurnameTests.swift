@testable import Alignment
import Orthography
import Testing

/// Two-word person names whose surname ends in -lı/-li/-lu/-lü (`Bəybə
/// Yaballı`): a regression of the real-pair fixes on the generated 1M
/// memory (issue 17). The full name stays one name when its given name and
/// surname also stand alone in other units, and the surname is not read as
/// a stem plus a suffix.
@Suite struct MemoryAlignmentSurnameTests {
  struct Case: Sendable, CustomStringConvertible {
    var given: (en: String, az: String)
    var surname: (en: String, az: String)
    /// The surname's dative and accusative endings (vowel harmony).
    var dative: String
    var accusative: String
    var description: String { "\(given.en) \(surname.en)" }
  }

  /// The repro: the full name in five units (once with -nı, once
  /// with -ya), the surname alone once, the given name alone once.
  static func units(_ c: Case) -> [(String, String)] {
    let full = (c.given.en + " " + c.surname.en, c.given.az + " " + c.surname.az)
    return [
      ("\(full.0) visited Baku.", "\(full.1) Bakıya gəldi."),
      ("\(full.0) opened the school.", "\(full.1) məktəbi açdı."),
      ("They thanked \(full.0).", "Onlar \(full.1)\(c.dative) təşəkkür etdilər."),
      ("Everyone saw \(full.0) there.", "Hamı \(full.1)\(c.accusative) orada gördü."),
      ("Yesterday \(full.0) spoke.", "Dünən \(full.1) danışdı."),
      ("\(c.surname.en) said nothing.", "\(c.surname.az) heç nə dedi."),
      ("\(c.given.en) praised the plan.", "\(c.given.az) planı təriflədi."),
    ]
  }

  @Test(arguments: [
    Case(given: ("Bayba", "Bəybə"), surname: ("Yabally", "Yaballı"), dative: "ya", accusative: "nı"),
    Case(given: ("Tural", "Tural"), surname: ("Gasimli", "Qasımlı"), dative: "ya", accusative: "nı"),
    Case(given: ("Aygun", "Aygün"), surname: ("Guluzulu", "Quluzulu"), dative: "ya", accusative: "nu"),
    Case(given: ("Nigar", "Nigar"), surname: ("Ozulu", "Özülü"), dative: "yə", accusative: "nü"),
  ])
  func fullNameStaysWhole(c: Case) {
    let found = MemoryAlignmentTests.pairs(MemoryAlignmentTests.align(Self.units(c), minCount: 2))
    let full = "\(c.given.en) \(c.surname.en) → \(c.given.az) \(c.surname.az)"
    #expect(found.contains(full), "\(found)")
    #expect(!found.contains { $0.hasSuffix("→ \(c.given.az)") || $0.hasSuffix("→ \(c.surname.az)") }, "\(found)")
    // Never a stem of the surname (`Yaball`).
    let stem = String(c.surname.az.dropLast(2))
    #expect(!found.contains { $0.hasSuffix(stem) }, "\(found)")
  }
}

/// A surname's last word is not a stem plus a suffix because its key,
/// which writes a doubled letter once, is a spelling this side knows
/// (`Yaballı` beside a place `Yabal`); a stem that is a known spelling
/// still wins (`Ağdama` → `Ağdam`).
@Suite struct DoubledLetterStemTests {
  @Test(arguments: [
    ("Yaballı", "Yabal", nil as String?),
    ("Bəybə Yaballı", "Bəybə Yabal", nil),
    ("Fəxallı", "Fəxal", nil),
    ("Ağdama", "Ağdam", "Ağdam"),
    ("Yabala", "Yabal", "Yabal"),
    ("Tallinnda", "Tallinn", nil),
  ])
  func stemOfAKnownSpelling(text: String, knownSpelling: String, expected: String?) {
    let aligner = MemoryAligner(from: .en, to: .az, glossary: nil)
    let known: Set<String> = [aligner.keys.words(of: knownSpelling).joined(separator: " ")]
    let gate = StemGate(other: [], aligner: Aligner(keys: aligner.keys), threshold: 0.84)
    #expect(aligner.reduced(text, known: known, gate: gate) == expected)
  }
}
