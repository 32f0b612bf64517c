import ArgumentParser
import Foundation
import Orthography
import SozCore
import Store

extension Soz {
  struct Memory: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tm",
      abstract: "The translation memory: import segments, search them fuzzily, find words in context.",
      subcommands: [Import.self, Stats.self, Search.self, Concordance.self])
  }
}

/// Output formats of the memory commands.
enum MemoryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Parses a language option.
func languageTag(_ text: String, option: String) throws -> LanguageTag {
  guard let tag = LanguageTag(text) else {
    throw ValidationError("invalid language tag '\(text)' for \(option)")
  }
  return tag
}

/// A progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar {
  private let label: String
  private let enabled = isatty(STDERR_FILENO) == 1
  private var last = -1

  init(_ label: String) { self.label = label }

  func update(_ fraction: Double) {
    guard enabled else { return }
    let percent = Int(fraction * 100)
    guard percent != last else { return }
    last = percent
    let width = 30
    let filled = width * percent / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)%".utf8))
  }

  func finish() {
    guard enabled, last >= 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

extension Soz.Memory {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import segment files (TSV, CSV, TMX, XLIFF) into the memory.",
      discussion: """
        TSV/CSV hold one segment per column: the languages come from --from and \
        --to, or from a header line naming them (en<TAB>az, as in corpus/segments). \
        Each file is imported in one transaction: an interrupted import leaves the \
        store as it was. Units already in the store are not added again. Rejected \
        units are reported as file:line: reason (exit status 1). TMX 1.1–1.4 and \
        XLIFF 1.2/2.x are streamed, keeping every attribute, property, note and inline \
        code; a malformed file stops with file:line:col (exit status 2).
        """)

    @Argument(help: "The files to import.")
    var files: [String]

    @Option(help: "The source language of TSV/CSV columns (with --to).")
    var from: String?

    @Option(help: "The target language of TSV/CSV columns (with --from).")
    var to: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if files.isEmpty { throw ValidationError("name the files to import") }
      if (from == nil) != (to == nil) { throw ValidationError("give --from and --to together") }
      if let from { _ = try languageTag(from, option: "--from") }
      if let to { _ = try languageTag(to, option: "--to") }
    }

    func run() throws {
      let languages = try from.map { [try languageTag($0, option: "--from"), try languageTag(to!, option: "--to")] }
      let store = try Diagnostics.exitingOnFailure { try storeOptions.workspace().openEngine() }
      var rejected = 0
      for file in files {
        let started = Date()
        let bar = ProgressBar("importing \(file)")
        let summary = try Diagnostics.exitingOnFailure {
          defer { bar.finish() }
          return try MemoryImportRun.run(path: file, languages: languages, store: store, progress: bar.update)
        }
        for r in summary.rejected { Diagnostics.note("\(r.description) (rejected)") }
        rejected += summary.rejected.count
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        Output.line(
          "\(file): \(summary.added) units added, \(summary.duplicates) already present, "
            + "\(summary.rejected.count) rejected (\(summary.read) read in \(seconds) s)")
      }
      if rejected > 0 { throw ExitStatus.findings }
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Units per language pair and per file, and the dates they carry.")

    @Option(help: "Output format: text or json.")
    var format: MemoryFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let stats = try Diagnostics.exitingOnFailure {
        let store = try workspace.openEngine()
        return try store.memoryStats()
      }
      switch format {
      case .json: Output.line(MemoryReportRenderer.json(stats))
      case .text: Output.line(MemoryReportRenderer.text(stats, store: workspace.storeDisplay))
      }
    }
  }

  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Fuzzy matches for a segment, with a CAT-style score, and its glossary terms.",
      discussion: """
        Score: word-level edit similarity on normalized words (NFC, case folded \
        with Turkic rules), 100 when the words are equal, "exact" (101) when the \
        text is; ties are broken by character-level similarity. Words that \
        differ from the query are [bracketed] (highlighted on a terminal). \
        Exit status 1 when nothing scores at least --min.
        """)

    @Argument(help: "The segment to find (several words are one query).")
    var query: [String] = []

    @Option(help: "The query's language.")
    var from: String

    @Option(help: "The language of the translations to show.")
    var to: String

    @Option(help: "The lowest score to show (1–101).")
    var min = 70

    @Option(help: "At most this many matches.")
    var limit = 5

    @Option(help: "Output format: text or json.")
    var format: MemoryFormat = .text

    @Flag(help: "Read one query a line from standard input; write one JSON line per query.")
    var batch = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      _ = try languageTag(from, option: "--from")
      _ = try languageTag(to, option: "--to")
      if batch, !query.isEmpty { throw ValidationError("give a query or --batch, not both") }
      if !batch, query.joined().trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("give a segment to search for")
      }
      if !(1...101).contains(min) { throw ValidationError("--min must be between 1 and 101") }
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let source = try languageTag(from, option: "--from")
      let target = try languageTag(to, option: "--to")
      let workspace = try storeOptions.workspace()
      let runner = try Diagnostics.exitingOnFailure {
        let (store, glossary) = try workspace.openMemoryStorage()
        return MemorySearchRun(store: store, glossary: glossary, minimum: min, limit: limit)
      }
      if batch {
        var unmatched = 0
        while let line = readLine() {
          let q = line.trimmingCharacters(in: .whitespaces)
          if q.isEmpty { continue }
          let result = try Diagnostics.exitingOnFailure { try runner.search(q, from: source, to: target) }
          if result.matches.isEmpty { unmatched += 1 }
          Output.line(MemorySearchRenderer.json(result))
        }
        if unmatched > 0 { throw ExitStatus.findings }
        return
      }
      let result = try Diagnostics.exitingOnFailure {
        try runner.search(query.joined(separator: " "), from: source, to: target)
      }
      switch format {
      case .json: Output.line(MemorySearchRenderer.json(result))
      case .text: Output.line(MemorySearchRenderer.text(result, style: .standardOutput))
      }
      if result.matches.isEmpty { throw ExitStatus.findings }
    }
  }
}

extension Soz.Memory {
  struct Concordance: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Segments containing a word, or any spelling of the glossary concept it names.",
      discussion: """
        When the word is a spelling of a glossary concept, every spelling of the \
        concept is searched, inflected too (Qarabağ finds Karabakh, Garabagh, \
        Karabağ'da, Qarabağa); otherwise the word and its suffixed forms. Exit \
        status 1 when nothing is found.
        """)

    @Argument(help: "The word or name.")
    var word: [String]

    @Option(help: "The language of the segments to search.")
    var lang: String

    @Option(help: "At most this many segments.")
    var limit = 20

    @Option(help: "Output format: text or json.")
    var format: MemoryFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      _ = try languageTag(lang, option: "--lang")
      if word.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give a word") }
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let language = try languageTag(lang, option: "--lang")
      let workspace = try storeOptions.workspace()
      let result = try Diagnostics.exitingOnFailure {
        let (store, glossary) = try workspace.openMemoryStorage()
        return try ConcordanceRun.run(
          word: word.joined(separator: " "), language: language, store: store, glossary: glossary,
          limit: limit)
      }
      switch format {
      case .json: Output.line(ConcordanceRenderer.json(result))
      case .text: Output.line(ConcordanceRenderer.text(result, style: .standardOutput))
      }
      if result.total == 0 { throw ExitStatus.findings }
    }
  }
}
