import Foundation
import Testing
import TestSupport

/// `soz align` and `soz glossary apply` through the built binary.
@Suite struct AlignCLITests {
  static func temp(_ name: String) throws -> URL {
    let dir = Scratch.root.appendingPathComponent("soz-align-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name)
  }

  static func write(_ text: String, _ url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func formsClusterAsJSON() throws {
    let forms = try Self.temp("forms.tsv")
    try Self.write(
      """
      en\tKarabakh
      az\tQarabağ
      kk\tҚарабақ
      en\tAghdam
      en\tAghdara
      en\tIlham Aliyev
      en\tTural Aliyev
      ru\tИльхам Алиев
      en\tKazakhstan
      en\tKyrgyzstan

      """, forms)
    let r = try SozCLITests.soz(["align", "--forms", forms.path, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let clusters = try #require(json?["clusters"] as? [[String]])
    #expect(clusters.flatMap { $0 }.count == 10)
    #expect(clusters.contains(["Karabakh", "Qarabağ", "Қарабақ"]))
    #expect(clusters.contains(["Ilham Aliyev", "Ильхам Алиев"]))
    #expect(clusters.contains(["Aghdam"]))
    #expect(clusters.contains(["Kazakhstan"]))
  }

  @Test func baselinesRunFromTheSameCommand() throws {
    let forms = try Self.temp("forms.tsv")
    try Self.write("en\tKazakhstan\ntr\tKazakistan\nkk\tҚазақстан\n", forms)
    let r = try SozCLITests.soz(["align", "--forms", forms.path, "--method", "lowercase-edit", "--threshold", "0.8"])
    #expect(r.status == 0)
    #expect(r.stdout == "Kazakhstan (en) · Kazakistan (tr)\nҚазақстан (kk)\n")
  }

  @Test func malformedFormsFileNamesTheLine() throws {
    let forms = try Self.temp("forms.tsv")
    try Self.write("en\tBaku\nno tab here\n", forms)
    let r = try SozCLITests.soz(["align", "--forms", forms.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("forms.tsv:2:1"), "\(r.stderr)")
  }

  @Test func corpusToPatchToAppliedGlossary() throws {
    let corpus = try Self.temp("corpus")
    try Self.write("Reconstruction in Karabakh continues. Kyzylorda and Kyzylorda's mayor spoke.\n", corpus.appendingPathComponent("en.md"))
    try Self.write("Qarabağda bərpa davam edir. Heyət Qızılordada oldu, Qızılorda böyüyür.\n", corpus.appendingPathComponent("az.md"))
    let glossary = corpus.deletingLastPathComponent().appendingPathComponent("glossaries")
    try FileManager.default.copyItem(at: SozCLITests.repo.appendingPathComponent("glossaries"), to: glossary)
    // The hand-written files only: the generated glossary knows Kyzylorda.
    try FileManager.default.removeItem(at: glossary.appendingPathComponent("generated"))
    let patch = corpus.deletingLastPathComponent().appendingPathComponent("patch.yaml")
    let r = try SozCLITests.soz([
      "align", corpus.path, "--format", "json", "--glossary", glossary.path, "--write-patch", patch.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let groups = try #require(json?["groups"] as? [[String: Any]])
    let fresh = groups.first { $0["concept"] is NSNull }
    let forms = (fresh?["spellings"] as? [[String: Any]])?.compactMap { $0["form"] as? String }
    #expect(Set(forms ?? []) == ["Kyzylorda", "Qızılorda"], "\(r.stdout)")
    #expect(groups.contains { $0["concept"] as? String == "karabakh" })

    let applied = try SozCLITests.soz(["glossary", "apply", patch.path, "--glossary", glossary.path])
    #expect(applied.status == 0, "\(applied.stderr)")
    #expect(applied.stdout.contains("1 new concepts"), "\(applied.stdout)")
    let check = try SozCLITests.soz(["glossary", "check", glossary.path])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let again = try SozCLITests.soz(["align", corpus.path, "--glossary", glossary.path, "--format", "json"])
    #expect(again.stdout.contains("\"concept\":\"kyzylorda\""), "\(again.stdout)")
  }

  /// Every file's new text is written before any is replaced: a failure
  /// on the second file leaves the first as it was too (#16).
  @Test func aFailedApplyChangesNoFile() throws {
    let dir = try Self.temp("g")
    let glossary = dir.appendingPathComponent("glossaries")
    try FileManager.default.copyItem(at: SozCLITests.repo.appendingPathComponent("glossaries"), to: glossary)
    let patch = dir.appendingPathComponent("patch.yaml")
    // A new concept (to aligned.yaml) and a variant of karabakh (places.yaml).
    try Self.write(
      "- id: kyzylorda\n  kind: place\n  forms:\n    en: Kyzylorda\n- id: karabakh\n  kind: place\n  forms:\n    en: { admitted: [Karabax] }\n",
      patch)
    let places = glossary.appendingPathComponent("places.yaml")
    let before = try String(contentsOf: places, encoding: .utf8)
    // places.yaml's temporary file cannot be created: a directory is there.
    try FileManager.default.createDirectory(
      at: glossary.appendingPathComponent(".places.yaml.soz-apply"), withIntermediateDirectories: true)
    let r = try SozCLITests.soz(["glossary", "apply", patch.path, "--glossary", glossary.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("nothing was changed"), "\(r.stderr)")
    #expect(try String(contentsOf: places, encoding: .utf8) == before)
    #expect(!FileManager.default.fileExists(atPath: glossary.appendingPathComponent("aligned.yaml").path))
    #expect(!FileManager.default.fileExists(atPath: glossary.appendingPathComponent(".aligned.yaml.soz-apply").path))
  }

  @Test func conflictingPatchWritesNothing() throws {
    let dir = try Self.temp("g")
    let glossary = dir.appendingPathComponent("glossaries")
    try FileManager.default.copyItem(at: SozCLITests.repo.appendingPathComponent("glossaries"), to: glossary)
    let patch = dir.appendingPathComponent("patch.yaml")
    try Self.write("- id: karabakh\n  kind: place\n  forms:\n    en: { admitted: [Baku] }\n", patch)
    let before = try String(contentsOf: glossary.appendingPathComponent("places.yaml"), encoding: .utf8)
    let r = try SozCLITests.soz(["glossary", "apply", patch.path, "--glossary", glossary.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("duplicate-form"), "\(r.stderr)")
    let after = try String(contentsOf: glossary.appendingPathComponent("places.yaml"), encoding: .utf8)
    #expect(before == after)
  }

  /// The project's own articles: variants of a country across the four
  /// languages come together, with and without the glossary, and Kazakhstan
  /// and Kyrgyzstan stay apart.
  @Test(arguments: [false, true])
  func alignsTheCorpusArticles(noGlossary: Bool) throws {
    let r = try SozCLITests.soz(
      ["align", "corpus/articles", "--format", "json", "--glossary", "glossaries"] + (noGlossary ? ["--no-glossary"] : []))
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let groups = try #require(json?["groups"] as? [[String: Any]])
    let spellings = groups.map { g in Set((g["spellings"] as? [[String: Any]] ?? []).compactMap { $0["form"] as? String }) }
    let kazakhstan = try #require(spellings.first { $0.contains("Қазақстан") })
    #expect(kazakhstan.isSuperset(of: ["Kazakhstan", "Kazakistan", "Qazaxıstan"]), "\(kazakhstan)")
    #expect(!kazakhstan.contains("Kyrgyzstan") && !kazakhstan.contains("Kırgızistan"))
    let linked = groups.filter { !($0["concept"] is NSNull) }.count
    #expect(noGlossary ? linked == 0 : linked > 20)
  }
}
