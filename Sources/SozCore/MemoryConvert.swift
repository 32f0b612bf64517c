import Exchange
import Foundation
import Orthography
import Store
import Terminology

/// `soz convert`: a translation memory from one interchange format to
/// another, streamed unit by unit (memory stays bounded whatever the file
/// size). Input: TMX 1.1–1.4, XLIFF 1.2/2.x, TSV or CSV (by extension).
/// Output: TMX 1.4, XLIFF 2.0, TSV or CSV.
public enum MemoryConvert {
  public enum Format: String, CaseIterable, Sendable {
    case tmx, xliff, xliff12, tsv, csv

    /// The format a file name suggests.
    public static func forPath(_ path: String) -> Format? {
      switch URL(fileURLWithPath: path).pathExtension.lowercased() {
      case "tmx": return .tmx
      case "xlf", "xliff": return .xliff
      case "tsv", "tab": return .tsv
      case "csv": return .csv
      default: return nil
      }
    }
  }

  public struct Summary: Equatable, Sendable {
    /// Units read.
    public var read: Int
    /// Units written (XLIFF skips units without a source-language segment).
    public var written: Int
  }

  /// A pull source of units over any of the input formats.
  final class Input {
    private var tmx: TMXReader?
    private var xliff: XLIFFReader?
    private var table: UnitTableReader?
    var header: TMXHeader?
    var sourceLanguage: LanguageTag?

    init(path: String, target: LanguageTag?) throws(SozError) {
      do {
        switch Format.forPath(path) {
        case .tmx:
          let r = try TMXReader(path: path)
          tmx = r
          header = r.header
          sourceLanguage = r.header.sourceLanguage
        case .xliff, .xliff12:
          let r = try XLIFFReader(path: path)
          r.fallbackTargetLanguage = target
          xliff = r
          sourceLanguage = r.sourceLanguage
        case .tsv, .csv:
          table = try UnitTableReader(path: path)
        case nil:
          throw SozError.io(path: path, message: "unknown input format (use .tmx, .xlf, .xliff, .tsv or .csv)")
        }
      } catch let e as ExchangeError {
        throw SozError.glossary(e.glossaryError)
      } catch let e as SozError {
        throw e
      } catch {
        throw SozError.io(path: path, message: "\(error)")
      }
    }

    func next() throws(ExchangeError) -> TranslationUnit? {
      if let tmx { return try tmx.next() }
      if let xliff { return try xliff.next() }
      return try table?.next()
    }
  }

  /// Converts `input` to `format`, written to `output` (nil: standard
  /// output). `from`/`to` pick the XLIFF source and target languages and
  /// the TSV columns; `progress` is called every 10 000 units.
  public static func run(
    input: String, format: Format, from: LanguageTag?, to: LanguageTag?, output: String?,
    progress: ((Int) -> Void)? = nil
  ) throws(SozError) -> Summary {
    let source = try Input(path: input, target: to)
    return try write(
      format: format, header: source.header, from: from ?? source.sourceLanguage, to: to,
      output: output, name: input, progress: progress, next: { try source.next() })
  }

  /// Writes the units `next` yields (nil at the end) as `format` to
  /// `output` (nil: standard output), atomically: on any error the output
  /// file is not touched. Shared by `soz convert` and `soz export tm`.
  static func write(
    format: Format, header: TMXHeader?, from: LanguageTag?, to: LanguageTag?, output: String?,
    name: String, progress: ((Int) -> Void)?, next: () throws -> TranslationUnit?
  ) throws(SozError) -> Summary {
    let out = try OutputFile(path: output)
    var summary = Summary(read: 0, written: 0)
    do {
      switch format {
      case .tmx:
        let w = TMXWriter(out.sink, header: header ?? .memory(sourceLanguage: from))
        while let u = try next() {
          w.write(u)
          summary.read += 1
          if summary.read % 10_000 == 0 { progress?(summary.read) }
        }
        try w.finish()
        summary.written = summary.read
      case .xliff, .xliff12:
        guard let src = from, let trg = to else {
          throw SozError.io(path: name, message: "XLIFF needs --from and --to (the source and target languages)")
        }
        let w: any BilingualUnitWriter =
          format == .xliff
          ? XLIFFWriter(out.sink, source: src, target: trg) : XLIFF12Writer(out.sink, source: src, target: trg)
        while let u = try next() {
          w.write(u)
          summary.read += 1
          if summary.read % 10_000 == 0 { progress?(summary.read) }
        }
        try w.finish()
        summary.written = w.written
      case .tsv, .csv:
        guard let src = from, let trg = to else {
          throw SozError.io(path: name, message: "TSV and CSV need --from and --to (their two language columns)")
        }
        let dialect: DelimitedText.Dialect = format == .csv ? .csv : .tsv
        let writer = UnitTableWriter(out.sink, languages: [src, trg], dialect: dialect)
        while let u = try next() {
          writer.write(u)
          summary.read += 1
          if summary.read % 10_000 == 0 { progress?(summary.read) }
        }
        try writer.finish()
        summary.written = summary.read
      }
    } catch let e as ExchangeError {
      out.discard()
      throw SozError.glossary(e.glossaryError)
    } catch let e as SozError {
      out.discard()
      throw e
    } catch let e as StoreError {
      out.discard()
      throw SozError.store(e)
    } catch {
      out.discard()
      throw SozError.io(path: name, message: "\(error)")
    }
    try out.commit()
    return summary
  }
}
