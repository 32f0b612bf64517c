import Linting
import Orthography
import Terminology

/// The card a hover shows for a mention: the concept's canonical form per
/// language, the status of the spelling under the cursor, and the note.
enum ConceptCard {
  /// The card as Markdown (`markdown`) or plain text.
  ///
  /// - Parameters:
  ///   - spelling: the text under the cursor (name and suffix);
  ///   - form: the listed form it is, if it is one;
  ///   - finding: what lint says about it, if anything.
  static func render(
    _ concept: Concept, spelling: String, form: Form?, finding: Finding?, language: LanguageTag,
    houseStyle: [String: String], markdown: Bool
  ) -> String {
    func bold(_ s: String) -> String { markdown ? "**\(s)**" : s }
    func code(_ s: String) -> String { markdown ? "`\(s)`" : s }
    let title = houseStyle[concept.id] ?? concept.preferred(in: language)?.text
      ?? concept.preferred(in: .en)?.text ?? concept.id
    var lines = ["\(bold(title)) — \(code(concept.id)) (\(concept.kind.rawValue))", ""]
    let status: String
    if let form {
      var s = "'\(spelling)': \(form.status.rawValue) in \(form.language)"
      if let r = form.replacement { s += ", use '\(r)'" }
      status = s
    } else {
      status = "'\(spelling)': not a listed spelling"
    }
    lines.append(status)
    if let finding { lines.append("\(finding.rule): \(finding.message)") }
    lines.append("")
    let canonical = concept.languages.compactMap { l in concept.preferred(in: l).map { (l, $0.text) } }
    if markdown {
      lines += ["| language | canonical |", "| --- | --- |"]
      lines += canonical.map { "| \($0.0) | \($0.1) |" }
    } else {
      let width = canonical.map { $0.0.rawValue.count }.max() ?? 2
      lines += canonical.map {
        $0.0.rawValue + String(repeating: " ", count: width - $0.0.rawValue.count) + "  " + $0.1
      }
    }
    if let note = concept.note {
      lines += ["", markdown ? "_\(note)_" : note]
    }
    return lines.joined(separator: "\n")
  }
}
