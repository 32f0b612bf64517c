import ArgumentParser
import Foundation
import Orthography
import SozCore
import Store

extension Soz {
  struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "glossary",
      abstract: "Check, import, list and remove glossaries; apply reviewed patches.",
      subcommands: [Check.self, Import.self, Sources.self, Remove.self, Stats.self, Apply.self])
  }
}

extension Soz.GlossaryCommand {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Report contradictions in glossaries and run their examples.",
      discussion: """
        Reads YAML directories or files, CSV and TSV together (default: the \
        glossary directory) and reports duplicate forms, conflicting statuses, \
        comparison-key collisions between concepts, invalid language tags and \
        failing examples as file:line:col: code: message. Exit status 1 when \
        there are issues, 2 when a file cannot be read.
        """)

    @Argument(help: "Glossary files or directories.", completion: .file())
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: LookupFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      var targets = paths
      if targets.isEmpty {
        // The glossaries the workspace follows: its directory, the
        // settings' glossaries and the shipped glossary.
        targets = try storeOptions.workspace().configured.map(\.path)
        guard !targets.isEmpty else {
          throw ValidationError("no glossaries/ directory or configured glossary found; name the files to check")
        }
      }
      let report = try Diagnostics.exitingOnFailure {
        try GlossaryCheckRun.run(paths: targets)
      }
      if format == .json {
        Output.line(GlossaryReportRenderer.checkJSON(report))
        if !report.issues.isEmpty { throw ExitStatus.findings }
        return
      }
      for issue in report.issues { Output.line(issue.description) }
      let summary =
        "\(report.concepts) concepts, \(report.forms) forms: "
        + (report.issues.isEmpty ? "no issues" : "\(report.issues.count) issues")
      Diagnostics.note(summary)
      if !report.issues.isEmpty { throw ExitStatus.findings }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Load a glossary into the store (CSV, TSV, YAML, TBX, glossary TMX).",
      discussion: """
        CSV/TSV need a header with concept, lang, form, status (and optionally \
        kind, note, replacement). TBX v3 and v2 (martif) are told apart by the \
        root element; a .tmx is read as a glossary TMX (one <tu> per concept). \
        Importing the same path again replaces what it loaded before; the import \
        is one transaction, and a malformed file (reported as file:line:col, exit \
        status 2) writes nothing. The CSV delimiter (comma, semicolon or tab) is \
        found from the header. With --from and --to the file is read as an OmegaT \
        glossary (source<TAB>target<TAB>comment, no header).
        """)

    @Argument(help: "The file or directory to import.", completion: .file())
    var path: String

    @Option(help: "With --to: read an OmegaT glossary whose first column is in this language.", completion: .languages)
    var from: String?

    @Option(help: "With --from: the language of an OmegaT glossary's second column.", completion: .languages)
    var to: String?

    func validate() throws {
      if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together (an OmegaT glossary's two languages)") }
      for tag in [from, to].compactMap({ $0 }) where LanguageTag(tag) == nil {
        throw ValidationError("invalid language tag '\(tag)'")
      }
    }

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let started = Date()
      let workspace = try storeOptions.workspace()
      let summary = try Diagnostics.exitingOnFailure {
        let store = try workspace.openStorage()
        let pair = from.flatMap(LanguageTag.init).flatMap { s in to.flatMap(LanguageTag.init).map { (s, $0) } }
        let summary = try GlossarySync.importPath(path, into: store, pair: pair)
        // Compiled now, so the next lint opens it at once.
        _ = try workspace.compiledGlossary(store)
        return summary
      }
      let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
      Output.line(
        "imported \(summary.concepts) concepts, \(summary.forms) forms from '\(path)' in \(seconds) s")
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what the store holds: sources, concepts by kind, forms by language and status.")

    @Option(help: "Output format: text or json.")
    var format: LookupFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let (counts, breakdown) = try Diagnostics.exitingOnFailure {
        let store = try workspace.openEngine()
        return (try store.counts(), try store.breakdown())
      }
      switch format {
      case .text:
        Output.line(GlossaryReportRenderer.statsText(counts, breakdown, store: workspace.storeDisplay))
      case .json:
        Output.line(GlossaryReportRenderer.statsJSON(counts, breakdown, store: workspace.storeDisplay))
      }
    }
  }

  struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge a reviewed patch (from soz align --write-patch) into the glossary.",
      discussion: """
        Adds the patch's forms to existing concepts (their entries are rewritten \
        in place) and its new concepts to aligned.yaml in the glossary directory. \
        Refuses, writing nothing, when a form conflicts with the glossary or the \
        result would not pass soz glossary check.
        """)

    @Argument(help: "The patch (glossary YAML).")
    var patch: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      guard let dir = try storeOptions.workspace().glossaryDirectory else {
        throw ValidationError("no glossaries/ directory found; give --glossary DIR")
      }
      let merge = try Diagnostics.exitingOnFailure { try GlossaryApplyRun.run(patchPath: patch, directory: dir) }
      Output.line(
        "applied '\(patch)': \(merge.formsAdded) forms added, \(merge.conceptsAdded) new concepts, \(merge.files.count) files written")
    }
  }
}

extension Soz.GlossaryCommand {
  struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the glossaries the store holds: path, kind, concepts, forms, when synced.",
      discussion: """
        Configured sources (the glossary directory, the glossaries .soz.yaml names, \
        the shipped glossary) are synced whenever their files change; imported files \
        are snapshots, replaced by importing the same path again.
        """)

    @Option(help: "Output format: text or json.")
    var format: LookupFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let sources = try Diagnostics.exitingOnFailure { () throws -> [GlossaryStore.SourceInfo] in
        do {
          return try workspace.openStorage().sourceInfos()
        } catch let e as StoreError {
          throw SozError.store(e)
        }
      }
      switch format {
      case .json: Output.line(GlossarySourcesRenderer.json(sources, store: workspace.storeDisplay))
      case .text: Output.line(GlossarySourcesRenderer.text(sources, store: workspace.storeDisplay))
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Drop an imported glossary (as soz glossary sources lists it) from the store.",
      discussion: """
        A configured source (named by .soz.yaml, the glossary directory or the \
        shipped glossary) comes back on the next run: change the settings instead.
        """)

    @Argument(help: "The source's path.")
    var source: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let outcome = try Diagnostics.exitingOnFailure {
        try GlossaryRemoveRun.run(source: source, workspace: workspace)
      }
      Output.line("removed '\(outcome.path)': \(outcome.concepts) concepts, \(outcome.forms) forms")
    }
  }
}