import ArgumentParser
import Foundation
import Linting
import SozCore

extension Soz {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the translation memory: inconsistent translations, key terms, rendering spread.",
      discussion: """
        Rules: inconsistent-target (one source, several translations), \
        inconsistent-source (one translation, several sources), key-term (a \
        glossary concept in the source whose preferred target form, in any \
        inflection, is missing from the target or replaced by a deprecated, \
        forbidden or other-language spelling), rendering-spread (a concept written \
        several ways in one language, with counts). Exit status: 0 when nothing is \
        at or above --fail-level, 1 when something is, 2 on failure, 64 on usage errors.
        """)

    @Option(help: "Output format: text, line, json, sarif or github.")
    var format: LintFormat = .text

    @Option(name: .customLong("fail-level"), help: "Exit 1 when a finding is at or above: error, warning or info.")
    var failLevel: Severity = .warning

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let report = try Diagnostics.exitingOnFailure {
        let (store, glossary) = try workspace.openMemory()
        return try MemoryCheckRun.run(store: store, glossary: glossary)
      }
      let findings = report.findings
      switch format {
      case .line: if !findings.isEmpty { Output.line(LintRenderer.line(findings)) }
      case .json: Output.line(MemoryCheckRenderer.json(report))
      case .sarif:
        Output.line(LintRenderer.sarif(findings, version: Soz.configuration.version, rules: MemoryCheckRun.rules))
      case .github: if !findings.isEmpty { Output.line(LintRenderer.github(findings)) }
      case .text:
        let text = MemoryCheckRenderer.text(report, style: .standardOutput)
        if !text.isEmpty { Output.line(text) }
        Diagnostics.note("\(report.units) units checked: \(findings.count) findings")
      }
      if findings.contains(where: { $0.severity >= failLevel }) { throw ExitStatus.findings }
    }
  }
}
