import Orthography
import Terminology

/// A problem `soz glossary check` reports.
public struct GlossaryIssue: Equatable, Sendable, Comparable, CustomStringConvertible {
  /// Stable identifiers for each kind of problem.
  public enum Code: String, Sendable, CaseIterable {
    case duplicateConcept = "duplicate-concept"
    case duplicateForm = "duplicate-form"
    case conflictingStatus = "conflicting-status"
    case missingPreferred = "missing-preferred"
    case keyCollision = "key-collision"
    case invalidLanguage = "invalid-language"
    case nonCanonicalLanguage = "non-canonical-language"
    case exampleFailed = "example-failed"
  }
  public var location: SourceLocation
  public var code: Code
  public var message: String

  public var description: String { "\(location): \(code.rawValue): \(message)" }

  public static func < (a: GlossaryIssue, b: GlossaryIssue) -> Bool {
    (a.location, a.code.rawValue, a.message) < (b.location, b.code.rawValue, b.message)
  }
}

/// Checks a glossary for contradictions and runs its examples.
///
/// - duplicate-concept: two entries share an id.
/// - duplicate-form: the same form (exact text) claimed by two concepts.
/// - conflicting-status: one concept lists the same form twice with
///   different statuses, or has two preferred forms in one language.
/// - missing-preferred: a language with variants but no preferred form.
/// - key-collision: forms of different concepts share a comparison key, so
///   lookup and lint could not tell them apart.
/// - example-failed: an entry's own example does not behave as stated.
public enum GlossaryChecker {
  /// Every issue in `glossary`, sorted by location.
  public static func check(_ glossary: Glossary) -> [GlossaryIssue] {
    var issues: [GlossaryIssue] = []
    issues += duplicateConcepts(glossary)
    issues += statusConflicts(glossary)
    issues += crossConcept(glossary)
    issues += examples(glossary)
    return issues.sorted()
  }

  private static func at(_ loc: SourceLocation?) -> SourceLocation {
    loc ?? SourceLocation(file: "<glossary>", line: 1)
  }

  private static func duplicateConcepts(_ g: Glossary) -> [GlossaryIssue] {
    var seen: [String: Concept] = [:]
    var issues: [GlossaryIssue] = []
    for c in g.concepts {
      if let first = seen[c.id] {
        issues.append(
          GlossaryIssue(
            location: at(c.location), code: .duplicateConcept,
            message: "concept id '\(c.id)' is already used at \(at(first.location))"))
      } else {
        seen[c.id] = c
      }
    }
    return issues
  }

  private static func statusConflicts(_ g: Glossary) -> [GlossaryIssue] {
    var issues: [GlossaryIssue] = []
    for c in g.concepts {
      var seen: [String: Form] = [:]
      var preferred: [LanguageTag: Form] = [:]
      for f in c.forms {
        let key = "\(f.language)\u{0}\(f.text)"
        if let first = seen[key] {
          let what = first.status == f.status ? "twice as \(f.status)" : "as \(first.status) and as \(f.status)"
          issues.append(
            GlossaryIssue(
              location: at(f.location), code: .conflictingStatus,
              message: "'\(f.text)' (\(f.language)) of '\(c.id)' is listed \(what)"))
        }
        seen[key] = f
        if f.status == .preferred {
          if let p = preferred[f.language] {
            issues.append(
              GlossaryIssue(
                location: at(f.location), code: .conflictingStatus,
                message: "'\(c.id)' has two preferred \(f.language) forms: '\(p.text)' and '\(f.text)'"))
          }
          preferred[f.language] = f
        }
      }
      for lang in Set(c.forms.map(\.language)) where preferred[lang] == nil {
        let first = c.forms.first { $0.language == lang }
        issues.append(
          GlossaryIssue(
            location: at(first?.location ?? c.location), code: .missingPreferred,
            message: "'\(c.id)' has \(lang) variants but no preferred \(lang) form"))
      }
      if c.forms.isEmpty {
        issues.append(
          GlossaryIssue(
            location: at(c.location), code: .missingPreferred, message: "'\(c.id)' has no forms"))
      }
      for f in c.forms where f.language.rawValue == "kk-Cyrl" {
        issues.append(
          GlossaryIssue(
            location: at(f.location), code: .nonCanonicalLanguage,
            message: "write 'kk', not 'kk-Cyrl' (Cyrl is Kazakh's default script)"))
      }
    }
    return issues
  }

  private static func crossConcept(_ g: Glossary) -> [GlossaryIssue] {
    var byText: [String: (String, Form)] = [:]
    var byKey: [String: (String, Form)] = [:]
    var issues: [GlossaryIssue] = []
    for (c, f) in g.allForms {
      if let (other, first) = byText[f.text], other != c.id {
        issues.append(
          GlossaryIssue(
            location: at(f.location), code: .duplicateForm,
            message: "'\(f.text)' is claimed by '\(c.id)' and by '\(other)' (\(at(first.location)))"))
      } else if byText[f.text] == nil {
        byText[f.text] = (c.id, f)
      }
      let key = ComparisonKey.of(f.text)
      if let (other, first) = byKey[key], other != c.id, first.text != f.text {
        issues.append(
          GlossaryIssue(
            location: at(f.location), code: .keyCollision,
            message:
              "'\(f.text)' of '\(c.id)' and '\(first.text)' of '\(other)' (\(at(first.location))) share the comparison key '\(key)'"
          ))
      } else if byKey[key] == nil {
        byKey[key] = (c.id, f)
      }
    }
    return issues
  }

  private static func examples(_ g: Glossary) -> [GlossaryIssue] {
    let matcher = GlossaryMatcher(glossary: g)
    var issues: [GlossaryIssue] = []
    for c in g.concepts {
      for e in c.examples {
        if let why = ExampleVerdict.failure(of: e, concept: c, matcher: matcher) {
          issues.append(
            GlossaryIssue(
              location: at(e.location ?? c.location), code: .exampleFailed,
              message: "\(e.expectation) example of '\(c.id)': \(why)"))
        }
      }
    }
    return issues
  }
}
