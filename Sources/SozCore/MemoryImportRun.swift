import Exchange
import Foundation
import Orthography
import Search
import Terminology

/// `soz tm import`: reads segment files into the translation memory.
public enum MemoryImportRun {
  /// The reader for `path` and its format name.
  ///
  /// TSV, CSV (and `.tab`, `.txt` as TSV) by the segment table reader;
  /// TMX 1.1–1.4 and XLIFF 1.2/2.x by the interchange module's streaming
  /// readers.
  public static func reader(
    for path: String, languages: [LanguageTag]?
  ) throws(SozError) -> (reader: any TranslationUnitReader, format: String) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw SozError.io(path: path, message: "no such file or directory")
    }
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    do {
      switch ext {
      case "tsv", "tab", "txt":
        return (try SegmentTableReader(path: path, dialect: .tsv, languages: languages), "tsv")
      case "csv":
        return (try SegmentTableReader(path: path, dialect: .csv, languages: languages), "csv")
      case "tmx":
        return (InterchangeUnits(tmx: try TMXReader(path: path)), "tmx")
      case "xlf", "xliff":
        let reader = try XLIFFReader(path: path)
        reader.fallbackTargetLanguage = languages?.dropFirst().first
        return (InterchangeUnits(xliff: reader), "xliff")
      default:
        throw SozError.io(path: path, message: "unknown segment file type '.\(ext)' (use .tsv, .csv or .tmx)")
      }
    } catch let e as ExchangeError {
      throw SozError.glossary(e.glossaryError)
    } catch let e as GlossaryError {
      throw SozError.glossary(e)
    } catch let e as SozError {
      throw e
    } catch {
      throw SozError.io(path: path, message: "\(error)")
    }
  }

  /// Imports `path` into `store` in one transaction.
  ///
  /// - Parameters:
  ///   - languages: the column languages for TSV/CSV (source first); nil
  ///     to read them from the header.
  ///   - progress: called now and then with the fraction of the file read.
  ///   - origin: the name the units' origin is recorded under (default
  ///     `path`; the server gives the client's name for a request body).
  public static func run(
    path: String, languages: [LanguageTag]?, store: any MemoryStorage,
    progress: ((Double) -> Void)? = nil, origin: String? = nil
  ) throws(SozError) -> MemoryImportSummary {
    var (reader, format) = try reader(for: path, languages: languages)
    // `next` runs on the store's reader thread and `progress` on the
    // writer's: the fraction read passes between them under a lock, never
    // through the reader itself.
    let read = Fraction()
    var count = 0
    do {
      return try store.importUnits(
        origin: MemoryOrigin(path: origin ?? path, format: format),
        progress: { _ in progress?(read.value) },
        next: {
          let unit = try reader.next()
          count += 1
          if count & 255 == 0 || unit == nil { read.value = reader.progress }
          return unit
        })
    } catch let e as ExchangeError {
      throw SozError.glossary(e.glossaryError)
    } catch let e as GlossaryError {
      throw SozError.glossary(e)
    } catch let e as StoreError {
      throw SozError.store(e)
    } catch {
      throw SozError.io(path: path, message: "\(error)")
    }
  }
}

/// TMX and XLIFF readers as a source of units for the memory import. A
/// unit with fewer than two usable segments is the importer's to reject
/// (with its file and line); a malformed file throws, and the import rolls
/// back.
struct InterchangeUnits: TranslationUnitReader {
  private var tmx: TMXReader?
  private var xliff: XLIFFReader?

  init(tmx: TMXReader) { self.tmx = tmx }
  init(xliff: XLIFFReader) { self.xliff = xliff }

  mutating func next() throws -> TranslationUnitReading? {
    let unit = try tmx?.next() ?? xliff?.next()
    return unit.map { .success($0) }
  }

  var progress: Double { tmx?.progress ?? xliff?.progress ?? 0 }
}

/// A fraction written by one thread and read by another.
final class Fraction: @unchecked Sendable {
  private let lock = NSLock()
  private var stored = 0.0
  var value: Double {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
