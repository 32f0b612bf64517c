import Foundation
import Linting
import SozCore

/// Lint findings in the shape of LanguageTool's `/v2/check` answer, which
/// CMS and editor plug-ins already parse: `{"matches": [{message,
/// shortMessage, offset, length, replacements: [{value}], rule: {id,
/// description, issueType, category: {id, name}}, context: {text, offset,
/// length}}]}`. Offsets and lengths count UTF-16 code units, as
/// LanguageTool's (Java) do.
enum LanguageToolRenderer {
  struct Match: Encodable {
    var message: String
    var shortMessage: String
    var offset: Int
    var length: Int
    var replacements: [Replacement]
    var rule: Rule
  }
  struct Replacement: Encodable { var value: String }
  struct Rule: Encodable {
    var id: String
    var description: String
    var issueType: String
    var category: Category
  }
  struct Category: Encodable {
    var id: String
    var name: String
  }
  struct Answer: Encodable {
    var software: [String: String]
    var matches: [Match]
  }

  static func json(_ report: LintRun.Report) -> String {
    let text = report.documents.first?.text ?? ""
    // UTF-16 offset of every Character boundary.
    var offsets: [Int] = [0]
    offsets.reserveCapacity(text.count + 1)
    var total = 0
    for c in text {
      total += c.utf16.count
      offsets.append(total)
    }
    func utf16(_ i: Int) -> Int { offsets[max(0, min(i, offsets.count - 1))] }
    let matches = report.findings.map { f in
      Match(
        message: f.message, shortMessage: f.rule, offset: utf16(f.span.lowerBound),
        length: utf16(f.span.upperBound) - utf16(f.span.lowerBound),
        replacements: f.suggestions.map(Replacement.init),
        rule: Rule(
          id: "SOZ_" + f.rule.uppercased().replacingOccurrences(of: "-", with: "_"),
          description: f.rule, issueType: f.severity == .error ? "misspelling" : "style",
          category: Category(id: "SOZ_GLOSSARY", name: "Glossary")))
    }
    return APIRoutes.encode(Answer(software: ["name": "soz", "version": SozServer.version], matches: matches))
  }
}
