import ArgumentParser
import Foundation
import Orthography
import SozCore

extension Soz {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find the spellings that are variants of one name.",
      discussion: """
        With --forms FILE.tsv (columns lang, form; no header), clusters the given \
        spellings. Otherwise extracts candidate names from the texts at PATH..., \
        clusters them, links clusters to glossary concepts and reports new variants \
        and new concepts. Exit status 0 on success, 2 when a file cannot be read.

        With --memory --from L --to L, learns bilingual pairs from the translation \
        memory: candidate names on both sides of every unit in that language pair \
        (Turkic suffixes reduced to the base: Ağdama → Ağdam), paired by \
        co-occurrence (Dice, log-likelihood) and cross-script key similarity \
        (Aghdam ~ Ağdam ~ Ағдам), each with its glossary status (new-concept, \
        new-variant, known, conflict). Exit status 1 when a pair is not known to \
        the glossary (something to review), 0 when every pair is known.
        """)

    @Argument(help: "Texts or directories to extract names from.", completion: .file())
    var paths: [String] = []

    @Option(
      help: "A lang<TAB>form file (- for standard input) to cluster instead of extracting names.",
      completion: .file())
    var forms: String?

    @Flag(help: "Learn bilingual pairs from the translation memory (needs --from and --to).")
    var memory = false

    @Option(help: "With --memory: the source language.", completion: .languages)
    var from: String?

    @Option(help: "With --memory: the target language.", completion: .languages)
    var to: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(
      help: "Method: soz; for --forms lowercase-edit or icu-ascii-edit; for --memory the baselines cooccurrence or similarity.")
    var method: MethodOption = .soz

    @Option(help: "Merge threshold (required for the baselines' own tuning).")
    var threshold: Double?

    @Flag(help: "Do not link groups to the glossary (and do not use it to find names).")
    var noGlossary = false

    @Option(help: "Report only groups used at least this many times.")
    var minCount = 2

    @Option(
      help: ArgumentHelp("Write the proposals as a glossary YAML patch.", valueName: "file"),
      completion: .file(extensions: ["yaml"]))
    var writePatch: String?

    @Option(
      help: "The texts' language (en, az, tr, kk, kk-Latn); default: detected per paragraph.",
      completion: .languages)
    var lang: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("Explain Söz's verdict on two spellings.", valueName: "form"))
    var explain: [String] = []

    enum OutputFormat: String, ExpressibleByArgument { case text, json }
    enum MethodOption: String, ExpressibleByArgument {
      case soz
      case lowercaseEdit = "lowercase-edit"
      case icuASCIIEdit = "icu-ascii-edit"
      case cooccurrence
      case similarity
    }

    func validate() throws {
      if !explain.isEmpty {
        if explain.count != 2 { throw ValidationError("--explain takes two spellings: --explain A --explain B") }
        return
      }
      if memory {
        if forms != nil || !paths.isEmpty { throw ValidationError("give --memory, PATH... or --forms FILE, one of them") }
        guard let from, let to else { throw ValidationError("--memory needs --from and --to") }
        if LanguageTag(from) == nil { throw ValidationError("invalid language tag '\(from)' for --from") }
        if LanguageTag(to) == nil { throw ValidationError("invalid language tag '\(to)' for --to") }
        if [.lowercaseEdit, .icuASCIIEdit].contains(method) {
          throw ValidationError("--method \(method.rawValue) clusters --forms; --memory takes soz, cooccurrence or similarity")
        }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        return
      }
      if from != nil || to != nil { throw ValidationError("--from and --to go with --memory") }
      if [.cooccurrence, .similarity].contains(method) {
        throw ValidationError("--method \(method.rawValue) goes with --memory")
      }
      if forms == nil, paths.isEmpty { throw ValidationError("give PATH..., --forms FILE or --memory") }
      if forms != nil, !paths.isEmpty { throw ValidationError("give PATH... or --forms FILE, not both") }
      if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
      if let lang, LanguageTag(lang) == nil { throw ValidationError("invalid language tag '\(lang)'") }
      if let threshold, !(0...1).contains(threshold) {
        throw ValidationError("--threshold must be between 0 and 1")
      }
    }

    func run() throws {
      if explain.count == 2 {
        Output.line(AlignRun.explain(explain[0], explain[1]))
        return
      }
      if memory {
        try runMemory()
        return
      }
      if let forms {
        let input = try Diagnostics.exitingOnFailure { try AlignRun.readForms(path: forms) }
        let m = AlignRun.Method(rawValue: method.rawValue) ?? .soz
        let clusters = AlignRun.cluster(input, method: m, threshold: threshold)
        Output.line(format == .json ? AlignRun.json(clusters) : AlignRun.text(clusters))
        return
      }
      let workspace = try storeOptions.workspace()
      let report = try Diagnostics.exitingOnFailure {
        // The store's glossary, every source of it.
        let glossary = try noGlossary ? nil : workspace.allConcepts()
        return AlignCorpusRun.run(
          paths: paths, glossary: glossary, minCount: minCount, language: lang.flatMap(LanguageTag.init))
      }
      for failure in report.failures { Diagnostics.error(failure) }
      Output.line(format == .json ? AlignCorpusRun.json(report) : AlignCorpusRun.text(report))
      if let writePatch {
        try Diagnostics.exitingOnFailure { try AtomicFile.write(AlignCorpusRun.patch(report), to: writePatch) }
        Diagnostics.note("wrote \(report.proposals.count) proposals to \(writePatch)")
      }
      if !report.failures.isEmpty { throw ExitStatus.failure }
    }

    /// `--memory`: pairs from the translation memory.
    func runMemory() throws {
      guard let source = from.flatMap(LanguageTag.init), let target = to.flatMap(LanguageTag.init) else {
        throw ValidationError("--memory needs --from and --to")
      }
      let m: AlignMemoryRun.Method = method == .cooccurrence ? .cooccurrence : method == .similarity ? .similarity : .combined
      let workspace = try storeOptions.workspace()
      let report = try Diagnostics.exitingOnFailure {
        let (store, compiled) = try workspace.openMemory()
        let glossary = noGlossary || compiled == nil ? nil : try workspace.allConcepts()
        return try AlignMemoryRun.run(store: store, from: source, to: target, glossary: glossary, minCount: minCount, method: m)
      }
      if report.units == 0 {
        Diagnostics.note("the memory has no units in \(source.rawValue) and \(target.rawValue) (soz tm import FILE adds some)")
      }
      Output.line(format == .json ? AlignMemoryRun.json(report) : AlignMemoryRun.text(report))
      if let writePatch {
        try Diagnostics.exitingOnFailure { try AtomicFile.write(AlignMemoryRun.patch(report), to: writePatch) }
        Diagnostics.note("wrote \(report.proposals.count) proposals to \(writePatch)")
      }
      if report.hasFindings { throw ExitStatus.findings }
    }
  }
}
