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

    @Argument(help: "Files or directories to check; - or nothing for standard input.", completion: .file())
    var paths: [String] = []

    @Option(
      help: "The texts' language (en, az, tr, kk, kk-Latn), or auto to detect per paragraph.",
      completion: .languagesOrAuto)
    var lang = "auto"

    @Option(help: "Output format: text, line, json, sarif or github.")
    var format: LintFormat = .text

    @Option(name: .customLong("fail-level"), help: "Exit 1 when a finding is at or above: error, warning or info.")
    var failLevel: Severity = .warning

    @Flag(help: "Rewrite files with every unambiguous suggestion (atomically).")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print a unified diff instead of writing.")
    var dryRun = false

    @Option(
      name: .customLong("stdin-filename"),
      help: ArgumentHelp(
        "The name standard input's findings carry; its extension picks the format (.md, .html, .txt).",
        valueName: "name"))
    var stdinFilename: String?

    @Option(
      help: ArgumentHelp(
        "The format of standard input, as a file extension: md, html or txt (default txt).",
        valueName: "ext"),
      completion: .list(["md", "html", "txt"]))
    var ext: String?

    @Flag(name: .customLong("list-rules"), help: "Print the rules' documentation (Markdown) and exit.")
    var listRules = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if lang != "auto", LanguageTag(lang) == nil {
        throw ValidationError("invalid language tag '\(lang)' (use auto, en, az, tr, kk, kk-Latn)")
      }
      if dryRun, !fix { throw ValidationError("--dry-run goes with --fix") }
      if let ext, Self.format(ext: ext) == nil {
        throw ValidationError("unknown --ext '\(ext)' (use md, html or txt)")
      }
    }

    static func format(ext: String) -> Document.Format? {
      let e = ext.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
      if ["txt", "text"].contains(e) { return .plain }
      let f = Document.format(forPath: "x." + e)
      return f == .plain ? nil : f
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
          language: lang == "auto" ? nil : LanguageTag(lang),
          stdin: LintRun.StandardInput(name: stdinFilename, format: ext.flatMap(Self.format(ext:))),
          // Standard input cannot be read again for the text format's
          // excerpts; files are (a part at a time).
          keepDocuments: fix || (format == .text && (paths.isEmpty || paths.contains("-"))))
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
        let excerpts = LintRun.excerpts(for: findings, documents: report.documents)
        Output.line(LintRenderer.text(findings, excerpts: excerpts, style: .standardOutput))
      }
    }

    private func applyFixes(_ report: LintRun.Report) throws {
      let byFile = Dictionary(grouping: report.findings, by: \.location.file)
      for (index, doc) in report.documents.enumerated() {
        let findings = byFile[doc.path] ?? []
        if index == report.standardInput {
          // Standard input is fixed to standard output (the whole text, or
          // the diff with --dry-run), as formatters do in editors.
          let (fixed, _) = Fixer.apply(findings, to: doc.text)
          if dryRun {
            let name = doc.path == LintRun.standardInputName ? "stdin" : diffPath(doc.path)
            Output.line(Fixer.unifiedDiff(path: name, old: doc.text, new: fixed), terminator: "")
          } else {
            Output.line(fixed, terminator: "")
          }
          continue
        }
        guard !findings.isEmpty else { continue }
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
          Output.line(Fixer.unifiedDiff(path: diffPath(doc.path), old: doc.text, new: fixed), terminator: "")
          continue
        }
        try Diagnostics.exitingOnFailure { try AtomicFile.write(fixed, to: doc.path) }
        Diagnostics.note("\(doc.path): fixed \(applied.count) of \(findings.count) findings")
      }
    }

    /// A path for a diff header: relative to the working directory when
    /// inside it, else without its leading slash (`patch -p1 -d /`).
    private func diffPath(_ path: String) -> String {
      let cwd = FileManager.default.currentDirectoryPath
      let full = URL(fileURLWithPath: path).standardizedFileURL.path
      if full.hasPrefix(cwd + "/") { return String(full.dropFirst(cwd.count + 1)) }
      return full.hasPrefix("/") ? String(full.dropFirst()) : full
    }
  }
}
