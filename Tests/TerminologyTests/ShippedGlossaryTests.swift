import Foundation
import Matching
import Orthography
import Terminology
import Testing

/// The shipped glossary: it parses, passes its own check, and every
/// entry's examples behave as the entry says (one test case per example).
@Suite struct ShippedGlossaryTests {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("glossaries")

  static let glossary: Glossary = (try? GlossaryYAMLReader.readDirectory(directory)) ?? Glossary()

  struct Case: CustomTestStringConvertible, Sendable {
    var concept: Concept
    var example: Example
    var testDescription: String {
      "\(concept.id) \(example.expectation): \(example.text)"
    }
  }

  static let cases: [Case] = glossary.concepts.flatMap { c in
    c.examples.map { Case(concept: c, example: $0) }
  }

  static let matcher = GlossaryMatcher(glossary: glossary)

  @Test func parses() throws {
    _ = try GlossaryYAMLReader.readDirectory(Self.directory)
    #expect(Self.glossary.concepts.count >= 50)
  }

  @Test func passesItsOwnCheck() {
    let issues = GlossaryChecker.check(Self.glossary)
    #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
  }

  @Test(arguments: cases)
  func example(_ c: Case) {
    let failure = ExampleVerdict.failure(of: c.example, concept: c.concept, matcher: Self.matcher)
    #expect(failure == nil, "\(c.example.location.map(\.description) ?? ""): \(failure ?? "")")
  }

  @Test func coversTheCoreLanguages() {
    for id in ["ilham-aliyev", "karabakh", "nakhchivan", "turkiye", "kassym-jomart-tokayev"] {
      guard let c = Self.glossary.concepts.first(where: { $0.id == id }) else {
        Issue.record("the shipped glossary lacks '\(id)'")
        continue
      }
      for lang in [LanguageTag.en, .az, .tr, .kk] {
        #expect(c.preferred(in: lang) != nil, "\(id) has no preferred \(lang) form")
      }
    }
  }
}
