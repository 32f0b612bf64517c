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
