import Exchange
import Foundation
import Orthography
import Search
import Terminology

/// `soz export tm`: the translation memory in the store as TMX 1.4,
/// XLIFF 2.0 or TSV, streamed unit by unit from one read transaction.
public enum MemoryExport {
  /// Writes every unit of the store's memory to `output` (nil: standard
  /// output) in `format`. TMX keeps every attribute, property, note and
  /// date the units were imported with; XLIFF and TSV need `from` and `to`.
  public static func run(
    store: any MemoryStorage, format: MemoryConvert.Format, from: LanguageTag?, to: LanguageTag?,
    output: String?, progress: ((Int) -> Void)? = nil
  ) throws(SozError) -> MemoryConvert.Summary {
    do {
      return try store.readUnits { next in
        try MemoryConvert.write(
          format: format, header: nil, from: from, to: to, output: output, name: store.location,
          progress: progress, next: next)
      }
    } catch let e as SozError {
      throw e
    } catch let e as StoreError {
      throw SozError.store(e)
    } catch {
      throw SozError.store(StoreError(path: store.location, message: "\(error)"))
    }
  }
}
