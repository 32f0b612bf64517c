import ArgumentParser
import Foundation
import Linting
import Orthography
import SozCore

/// Output formats of lint.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
  case text, line, json
}

extension Severity: ExpressibleByArgument {}

extension Soz {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check articles against the glossary: variants, other languages' forms, casing, homoglyphs.",
      discussion: """
        Reads files, directories (recursively: .md, .txt, .html) or standard input \
        (no path or -). Markdown and HTML markup is skipped; positions are those of \
        the original file. Exit status: 0 when nothing is at or above --fail-level, \
        1 when something is, 2 when a file or the glossary cannot be read (the other \
        files are still checked), 64 on usage errors.
        """)

    @Argument(help: "Files or directories to check; - or nothing for standard input.")
    var paths: [String] = []

    @Option(help: "The texts' language (en, az, tr, kk, kk-Latn), or auto to detect per paragraph.")
    var lang = "auto"

    @Option(help: "Output format: text, line or json.")
    var format: LintFormat = .text

    @Option(name: .customLong("fail-level"), help: "Exit 1 when a finding is at or above: error, warning or info.")
    var failLevel: Severity = .warning

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if lang != "auto", LanguageTag(lang) == nil {
        throw ValidationError("invalid language tag '\(lang)' (use auto, en, az, tr, kk, kk-Latn)")
      }
    }

    func run() throws {
      guard let glossary = storeOptions.workspace.glossaryDirectory else {
        Diagnostics.error("no glossaries/ directory found (use --glossary DIR)")
        throw ExitStatus.failure
      }
      let config = LintConfiguration(language: lang == "auto" ? nil : LanguageTag(lang))
      let report = try Diagnostics.exitingOnFailure {
        try LintRun.run(paths: paths, glossary: glossary, configuration: config)
      }
      switch format {
      case .line:
        if !report.findings.isEmpty { Output.line(LintRenderer.line(report.findings)) }
      case .json:
        Output.line(LintRenderer.json(report.findings, files: report.files))
      case .text:
        if !report.findings.isEmpty {
          var sources: [String: String] = [:]
          for file in Set(report.findings.map(\.location.file)) {
            sources[file] = (try? String(contentsOfFile: file, encoding: .utf8))
          }
          Output.line(LintRenderer.text(report.findings, sources: sources, style: .standardOutput))
        }
      }
      for failure in report.failures { Diagnostics.error(failure) }
      if !report.failures.isEmpty { throw ExitStatus.failure }
      if report.findings.contains(where: { $0.severity >= failLevel }) { throw ExitStatus.findings }
    }
  }
}
