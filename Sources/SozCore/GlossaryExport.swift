import Exchange
import Foundation
import Orthography
import Store
import Terminology

/// `soz export glossary`: the workspace's glossary (everything the store
/// holds: the glossary directory, synced first, and imported files) in an
/// interchange format.
public enum GlossaryExport {
  public enum Format: String, CaseIterable, Sendable {
    /// Glossary TMX 1.4 (one `<tu>` per concept).
    case tmx
    /// TBX v3 (ISO 30042:2019), TBX-Basic, DCA style.
    case tbx
    /// TBX v2 `martif` (OmegaT, Translate Toolkit).
    case tbx2
    /// CSV, one row per form (the columns `soz glossary import` reads).
    case csv
    /// TSV, the same columns.
    case tsv
    /// OmegaT's glossary file: `source<TAB>target<TAB>comment`, no header
    /// (needs exactly two languages: `--langs SOURCE,TARGET`).
    case omegat
  }

  public struct Summary: Equatable, Sendable {
    public var concepts: Int
    public var forms: Int
  }

  /// Writes `glossary` in `format` to `sink` (forms limited to `languages`).
  public static func write(
    _ glossary: Glossary, format: Format, languages: Set<LanguageTag>?, to sink: OutputSink
  ) throws(ExchangeError) {
    switch format {
    case .tmx: try GlossaryTMX.write(glossary, languages: languages, to: sink)
    case .tbx: try TBXWriter.write(glossary, version: .v3, languages: languages, to: sink)
    case .tbx2: try TBXWriter.write(glossary, version: .v2, languages: languages, to: sink)
    case .csv: try GlossaryTableWriter.write(glossary, dialect: .csv, languages: languages, to: sink)
    case .tsv: try GlossaryTableWriter.write(glossary, dialect: .tsv, languages: languages, to: sink)
    case .omegat:
      // Checked by run(_:): exactly two languages.
      break
    }
  }

  /// Whether `format` is reduced for CAT tools by default (see
  /// ``CATSafeGlossary``): every format but TBX v3.
  public static func isCATSafe(_ format: Format, includeVariants: Bool) -> Bool {
    !includeVariants && format != .tbx
  }

  /// Exports the workspace's glossary to `output` (nil: standard output):
  /// CAT-safe (one preferred or house-style form per concept and
  /// language) unless `includeVariants`, or the format is TBX v3.
  public static func run(
    workspace: Workspace, format: Format, languages: [LanguageTag]?, output: String?,
    includeVariants: Bool = false, byteOrderMark: Bool = false
  ) throws(SozError) -> Summary {
    var pair: (LanguageTag, LanguageTag)? = nil
    if format == .omegat {
      guard let languages, languages.count == 2 else {
        throw SozError.io(
          path: output ?? "<stdout>", message: "an OmegaT glossary has two languages: give --langs SOURCE,TARGET")
      }
      pair = (languages[0], languages[1])
    }
    var glossary = try workspace.allConcepts()
    if isCATSafe(format, includeVariants: includeVariants) {
      glossary = CATSafeGlossary.reduce(glossary, houseStyle: workspace.settings.houseStyle)
    }
    let filter = languages.map(Set.init)
    if format == .tbx2 && TBXWriter.isEmpty(glossary, languages: filter) {
      throw SozError.io(
        path: output ?? "<stdout>",
        message: "nothing to export: no form in the selected languages (TBX v2 needs at least one entry)")
    }
    let out = try OutputFile(path: output)
    do {
      // A spreadsheet (Excel) reads UTF-8 only after a byte order mark.
      if byteOrderMark, case .file(let handle) = out.sink { try handle.write(contentsOf: [0xEF, 0xBB, 0xBF]) }
      if let (source, target) = pair {
        try OmegaTGlossary.write(
          glossary, source: source, target: target, houseStyle: workspace.settings.houseStyle, to: out.sink)
      } else {
        try write(glossary, format: format, languages: filter, to: out.sink)
      }
    } catch {
      out.discard()
      throw SozError.io(path: output ?? "<stdout>", message: (error as? ExchangeError)?.message ?? "\(error)")
    }
    try out.commit()
    let forms = glossary.concepts.flatMap(\.forms).filter { filter?.contains($0.language) ?? true }
    let concepts = glossary.concepts.filter { c in
      c.forms.contains { filter?.contains($0.language) ?? true }
    }
    return Summary(concepts: concepts.count, forms: forms.count)
  }
}
