import Store
import Terminology

/// An operational failure of a Söz command (exit status 2).
public enum SozError: Error, CustomStringConvertible {
  case glossary(GlossaryError)
  case store(StoreError)
  case io(path: String, message: String)

  public var description: String {
    switch self {
    case .glossary(let e): return e.description
    case .store(let e): return e.description
    case .io(let path, let message): return "\(path): \(message)"
    }
  }
}

extension SozError {
  /// Runs `body`, passing a ``SozError`` on, wrapping a ``StoreError``, and
  /// reporting anything else against `path`.
  static func mapping<T>(path: String, _ body: () throws -> T) throws(SozError) -> T {
    do {
      return try body()
    } catch let e as SozError {
      throw e
    } catch let e as StoreError {
      throw SozError.store(e)
    } catch {
      throw SozError.io(path: path, message: "\(error)")
    }
  }
}
