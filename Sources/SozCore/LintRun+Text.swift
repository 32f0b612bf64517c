import Foundation
import Linting
import Matching
import Orthography

extension LintRun {
  /// Lints one text held in memory (a request body, an editor's buffer):
  /// the same linter, configuration and report as `soz lint` on a file.
  /// - Parameters:
  ///   - name: the name its findings carry.
  ///   - format: plain text, Markdown or HTML (markup is skipped).
  public static func run(
    text: String, name: String, format: Document.Format, glossary: CompiledGlossary,
    settings: LintSettings = LintSettings(), language: LanguageTag? = nil
  ) -> Report {
    let configuration = LintConfiguration(
      language: language ?? settings.language, houseStyle: settings.houseStyle,
      severities: settings.severities)
    let document = Document(path: name, text: text, format: format)
    let findings = Linter(compiled: glossary).lint([document], configuration: configuration)
    return Report(findings: findings, files: 1, failures: [], documents: [document])
  }
}
