import CICUShim
import Foundation

/// An ICU transliterator that is safe to share between threads.
///
/// ICU transliterators are stateless between calls but not immutable, so
/// one instance must not be used by two threads at once. This class keeps
/// the compiled original (compiling rules is the costly part) and lends out
/// clones from a pool, one per concurrent caller.
public final class Transliterator: @unchecked Sendable {
  /// The transform's name (a system ID or Söz's own `x-…` ID).
  public let id: String
  private let prototype: OpaquePointer
  private var pool: [OpaquePointer] = []
  private let lock = NSLock()

  /// Opens a system transform such as `Russian-Latin/BGN`.
  public convenience init(systemID: String, reverse: Bool = false) throws(OrthographyError) {
    try self.init(id: systemID, rules: nil, reverse: reverse)
  }

  /// Compiles a custom rule set (ICU transform rule syntax).
  public convenience init(id: String, rules: String) throws(OrthographyError) {
    try self.init(id: id, rules: Optional(rules), reverse: false)
  }

  private init(id: String, rules: String?, reverse: Bool) throws(OrthographyError) {
    self.id = id
    let idUnits = Array(id.utf16)
    let ruleUnits = rules.map { Array($0.utf16) }
    var status: Int32 = 0
    var line: Int32 = 0  // unused by ICU's transliterator parser
    var offset: Int32 = 0
    let handle: OpaquePointer? = idUnits.withUnsafeBufferPointer { idp in
      if let ruleUnits {
        return ruleUnits.withUnsafeBufferPointer { rp in
          soz_icu_translit_open(
            idp.baseAddress, Int32(idp.count), rp.baseAddress, Int32(rp.count),
            reverse ? 1 : 0, &line, &offset, &status)
        }
      }
      return soz_icu_translit_open(
        idp.baseAddress, Int32(idp.count), nil, 0, reverse ? 1 : 0, &line, &offset, &status)
    }
    guard let handle, !ICUStatus.isFailure(status) else {
      // ICU's rule parser leaves the line at 0 and gives the offset of the
      // bad rule in the whole string; derive the 1-based line from it.
      let ruleLine = rules.map { r in
        1 + r.utf16.prefix(max(0, Int(offset))).filter { $0 == 0x0A }.count
      }
      throw OrthographyError(
        operation: "transliterator '\(id)'", status: ICUStatus.name(status),
        ruleLine: ruleLine, ruleOffset: rules == nil ? nil : Int(offset))
    }
    prototype = handle
  }

  deinit {
    for t in pool { soz_icu_translit_close(t) }
    soz_icu_translit_close(prototype)
  }

  /// Transliterates `text`; the result is in NFC.
  public func transliterate(_ text: String) -> String {
    if text.isEmpty { return text }
    let handle = borrow()
    defer { giveBack(handle) }
    let result =
      (try? icuTransform(text, operation: id) { src, n, dst, cap, status in
        guard cap >= n else {
          status = ICUStatus.bufferOverflow
          return n
        }
        dst.update(from: src, count: Int(n))
        return soz_icu_translit_apply(handle, dst, n, cap, &status)
      }) ?? text
    return Normalizer.nfc(result)
  }

  private func borrow() -> OpaquePointer {
    lock.lock()
    if let t = pool.popLast() {
      lock.unlock()
      return t
    }
    var status: Int32 = 0
    // Cloning reads the prototype; serialize it with other pool access.
    let clone = soz_icu_translit_clone(prototype, &status)
    lock.unlock()
    guard let clone else { fatalError("ICU utrans_clone failed: \(ICUStatus.name(status))") }
    return clone
  }

  private func giveBack(_ t: OpaquePointer) {
    lock.lock()
    pool.append(t)
    lock.unlock()
  }
}
