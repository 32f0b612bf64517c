import ArgumentParser
import Foundation
import Linting
import Orthography
import SozCore

/// Output formats of lint.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
  case text, line, json, sarif, github
}

extension Severity: ExpressibleByArgument {}

extension Soz {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check articles against the glossary: variants, other languages' forms, casing, homoglyphs.",
      discussion: """
        Reads files, directories (recursively: .md, .txt, .html) or standard input \
        (no path or -). Markdown and HTML markup is skipped; positions are those of \
        the original file. Settings come from the nearest .soz.yaml. Exit status: 0 \
        when nothing is at or above --fail-level, 1 when something is, 2 when a file \
        or the glossary cannot be read (the other files are still checked), 64 on \
        usage errors.
        """)

    @Argument(help: "Files or directories to check; - or nothing for standard input.")
    var paths: [String] = []

    @Option(help: "The texts' language (en, az, tr, kk, kk-Latn), or auto to detect per paragraph.")
    var lang = "auto"

    @Option(help: "Output format: text, line, json, sarif or github.")
    var format: LintFormat = .text

    @Option(name: .customLong("fail-level"), help: "Exit 1 when a finding is at or above: error, warning or info.")
    var failLevel: Severity = .warning

    @Flag(help: "Rewrite files with every unambiguous suggestion (atomically).")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print a unified diff instead of writing.")
    var dryRun = false

    @Flag(name: .customLong("list-rules"), help: "Print the rules' documentation (Markdown) and exit.")
    var listRules = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if lang != "auto", LanguageTag(lang) == nil {
        throw ValidationError("invalid language tag '\(lang)' (use auto, en, az, tr, kk, kk-Latn)")
      }
      if dryRun, !fix { throw ValidationError("--dry-run goes with --fix") }
    }

    func run() throws {
      if listRules {
        Output.line(RuleInfo.documentation, terminator: "")
        return
      }
      let workspace = try storeOptions.workspace()
      let report = try Diagnostics.exitingOnFailure {
        let (_, glossary) = try workspace.open()
        return LintRun.run(
          paths: paths, glossary: glossary, settings: workspace.settings,
          language: lang == "auto" ? nil : LanguageTag(lang))
      }
      if fix {
        try applyFixes(report)
      } else {
        print(report)
      }
      for failure in report.failures { Diagnostics.error(failure) }
      if !report.failures.isEmpty { throw ExitStatus.failure }
      if !fix, report.findings.contains(where: { $0.severity >= failLevel }) {
        throw ExitStatus.findings
      }
    }

    private func print(_ report: LintRun.Report) {
      let findings = report.findings
      switch format {
      case .line: if !findings.isEmpty { Output.line(LintRenderer.line(findings)) }
      case .json: Output.line(LintRenderer.json(findings, files: report.files))
      case .sarif: Output.line(LintRenderer.sarif(findings, version: Soz.configuration.version))
      case .github: if !findings.isEmpty { Output.line(LintRenderer.github(findings)) }
      case .text:
        guard !findings.isEmpty else { return }
        let sources = Dictionary(report.documents.map { ($0.path, $0.text) }) { a, _ in a }
        Output.line(LintRenderer.text(findings, sources: sources, style: .standardOutput))
      }
    }

    private func applyFixes(_ report: LintRun.Report) throws {
      let byFile = Dictionary(grouping: report.findings, by: \.location.file)
      for doc in report.documents where doc.path != "<stdin>" {
        guard let findings = byFile[doc.path] else { continue }
        // Fixing a file that is not in NFC would renormalize all of it.
        if let raw = try? String(contentsOfFile: doc.path, encoding: .utf8),
          raw.replacingOccurrences(of: "\u{FEFF}", with: "") != doc.text
        {
          Diagnostics.note("\(doc.path): not fixed (not in Unicode NFC; normalize it first)")
          continue
        }
        let (fixed, applied) = Fixer.apply(findings, to: doc.text)
        guard !applied.isEmpty else { continue }
        if dryRun {
          Output.line(Fixer.unifiedDiff(path: doc.path, old: doc.text, new: fixed))
          continue
        }
        try Diagnostics.exitingOnFailure { try AtomicFile.write(fixed, to: doc.path) }
        Diagnostics.note("\(doc.path): fixed \(applied.count) of \(findings.count) findings")
      }
    }
  }
}
