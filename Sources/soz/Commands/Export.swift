import ArgumentParser
import Foundation
import Orthography
import SozCore

extension GlossaryExport.Format: ExpressibleByArgument {}
extension MemoryConvert.Format: ExpressibleByArgument {}

/// Parses `--langs az,en` (usage error on an invalid tag).
func parseLanguages(_ list: String?) throws -> [LanguageTag]? {
  guard let list else { return nil }
  return try list.split(separator: ",").map {
    let text = $0.trimmingCharacters(in: .whitespaces)
    guard let tag = LanguageTag(text) else {
      throw ValidationError("invalid language tag '\(text)'")
    }
    return tag
  }
}

/// Whether standard error is a terminal (progress is shown only there).
var stderrIsTerminal: Bool { isatty(2) == 1 }

/// A unit counter on standard error when it is a terminal, else nil.
func unitProgress() -> ((Int) -> Void)? {
  stderrIsTerminal ? { n in FileHandle.standardError.write(Data("\rsoz: \(n) units".utf8)) } : nil
}

/// Ends the counter's line.
func endUnitProgress() {
  if stderrIsTerminal { FileHandle.standardError.write(Data("\r".utf8)) }
}

/// The output options `soz convert` and `soz export tm` share.
struct MemoryOutputOptions: ParsableArguments {
  @Option(help: "tmx, xliff (2.0), xliff12 (XLIFF 1.2, for OmegaT and Translate Toolkit), tsv or csv (default: from the -o extension, else tmx).")
  var format: MemoryConvert.Format?

  @Option(help: ArgumentHelp("Source language.", valueName: "lang"), completion: .languages)
  var from: String?

  @Option(help: ArgumentHelp("Target language.", valueName: "lang"), completion: .languages)
  var to: String?

  /// A bilingual format needs its target language (and the source one,
  /// unless a TMX input's header names it: checked when it is read).
  func validate() throws {
    let f = format ?? output.flatMap(MemoryConvert.Format.forPath) ?? .tmx
    if f != .tmx, to == nil {
      throw ValidationError("--format \(f.rawValue) needs --to (and --from) LANG: XLIFF, TSV and CSV hold one language pair")
    }
  }

  @Option(name: .shortAndLong, help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  /// The languages (usage error on an invalid tag) and the format.
  func resolved() throws -> (from: LanguageTag?, to: LanguageTag?, format: MemoryConvert.Format) {
    (
      try parseLanguages(from)?.first, try parseLanguages(to)?.first,
      format ?? output.flatMap(MemoryConvert.Format.forPath) ?? .tmx
    )
  }
}

extension Soz {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export data in an interchange format.",
      subcommands: [Glossary.self, Memory.self])
  }

  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert a translation memory between TMX, XLIFF, TSV and CSV.",
      discussion: """
        Reads TMX 1.1–1.4, XLIFF 1.2/2.x, TSV or CSV (by extension) and writes TMX 1.4, \
        XLIFF 2.0, TSV or CSV, one unit at a time (memory stays bounded). TMX to TMX keeps \
        every attribute, property, note and date. XLIFF, TSV and CSV need --from and --to \
        (a TMX header's srclang serves as --from). A malformed input is reported as \
        file:line:col with exit status 2, and -o is not touched.
        """)

    @Argument(help: "The input file (.tmx, .xlf/.xliff, .tsv, .csv).")
    var input: String

    @OptionGroup var memoryOutput: MemoryOutputOptions

    func run() throws {
      let (fromTag, toTag, chosen) = try memoryOutput.resolved()
      let output = memoryOutput.output
      let progress = unitProgress()
      let summary = try Diagnostics.exitingOnFailure {
        try MemoryConvert.run(
          input: input, format: chosen, from: fromTag, to: toTag, output: output, progress: progress)
      }
      endUnitProgress()
      Diagnostics.note("converted \(summary.written) of \(summary.read) units to \(chosen.rawValue)")
    }
  }
}

extension Soz.Export {
  struct Glossary: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the glossary as TMX, TBX (v3 or v2), CSV or TSV.",
      discussion: """
        Exports everything the store holds (the glossary directory, synced first, \
        and imported files). tmx: glossary TMX 1.4, one <tu> per concept; tbx: TBX v3 \
        (ISO 30042:2019, TBX-Basic, DCA); tbx2: TBX v2 martif (OmegaT, Translate \
        Toolkit); csv/tsv: one row per form, the columns `soz glossary import` reads. \
        CAT-safe by default: tmx, tbx2, csv and tsv hold only the preferred (or \
        house-style) form of each concept per language, because CAT tools ignore \
        statuses and would offer deprecated or forbidden spellings; \
        --include-variants writes every form with its status. TBX v3 is always \
        complete. See Documentation/Interchange.md.
        """)

    @Option(help: "tmx, tbx, tbx2, csv, tsv or omegat (OmegaT's glossary file; with --langs SOURCE,TARGET).")
    var format: GlossaryExport.Format

    @Option(help: ArgumentHelp("Only these languages (comma-separated).", valueName: "L,L..."))
    var langs: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(
      name: .customLong("include-variants"),
      help: "Write every form with its status (admitted, deprecated, forbidden), not only the one to use.")
    var includeVariants = false

    @Flag(help: "Start the file with a UTF-8 byte order mark (CSV/TSV for spreadsheets such as Excel).")
    var bom = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if format == .omegat, (langs ?? "").split(separator: ",").count != 2 {
        throw ValidationError("--format omegat needs --langs SOURCE,TARGET (an OmegaT glossary has two languages)")
      }
      if includeVariants, format == .omegat {
        throw ValidationError("--include-variants does not apply to an OmegaT glossary (one pair of terms a line)")
      }
    }

    func run() throws {
      let languages = try parseLanguages(langs)
      let summary = try Diagnostics.exitingOnFailure {
        try GlossaryExport.run(
          workspace: try storeOptions.workspace(), format: format, languages: languages, output: output,
          includeVariants: includeVariants, byteOrderMark: bom)
      }
      if output != nil {
        Diagnostics.note("exported \(summary.concepts) concepts, \(summary.forms) forms to '\(output!)'")
      }
    }
  }
}

extension Soz.Export {
  struct Memory: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tm",
      abstract: "Export the translation memory as TMX 1.4, XLIFF 2.0, TSV or CSV.",
      discussion: """
        Streams every unit of the store's memory from one read transaction (an import \
        running at the same time is not seen half-done). TMX keeps every attribute, \
        property, note and date the units were imported with; XLIFF, TSV and CSV need \
        --from and --to. -o is written atomically.
        """)

    @OptionGroup var memoryOutput: MemoryOutputOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let (fromTag, toTag, chosen) = try memoryOutput.resolved()
      let output = memoryOutput.output
      let progress = unitProgress()
      let summary = try Diagnostics.exitingOnFailure {
        try MemoryExport.run(
          store: try storeOptions.workspace().openEngine(), format: chosen, from: fromTag, to: toTag,
          output: output, progress: progress)
      }
      endUnitProgress()
      Diagnostics.note("exported \(summary.written) of \(summary.read) units as \(chosen.rawValue)")
    }
  }
}
