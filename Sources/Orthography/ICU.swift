import CICUShim

/// An ICU failure, typed at the C door so nothing above sees a raw status.
public struct OrthographyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What failed (an operation or transform name).
  public var operation: String
  /// ICU's name for the status code, e.g. `U_INVALID_ID`.
  public var status: String
  /// For rule syntax errors: the 1-based line of the bad rule, and its
  /// offset (UTF-16 units) in the whole rule string.
  public var ruleLine: Int?
  public var ruleOffset: Int?

  public var description: String {
    var text = "ICU \(operation) failed: \(status)"
    if let ruleLine, let ruleOffset {
      text += " at rule line \(ruleLine), offset \(ruleOffset)"
    }
    return text
  }
}

/// Status codes the shim returns (ICU UErrorCode values).
enum ICUStatus {
  static let bufferOverflow: Int32 = 15
  static func isFailure(_ s: Int32) -> Bool { s > 0 }
  static func name(_ s: Int32) -> String { String(cString: soz_icu_error_name(s)) }
}

/// Calls an ICU-style "preflight" function on the UTF-16 of `text` and
/// returns the output as a String, growing the buffer once on overflow.
func icuTransform(
  _ text: String, operation: String,
  _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(OrthographyError) -> String {
  let source = Array(text.utf16)
  if source.isEmpty { return "" }
  var capacity = max(16, source.count + source.count / 2 + 8)
  for _ in 0..<3 {
    var status: Int32 = 0
    var output = [UInt16](repeating: 0, count: capacity)
    let length = source.withUnsafeBufferPointer { src in
      output.withUnsafeMutableBufferPointer { dst in
        body(src.baseAddress!, Int32(src.count), dst.baseAddress!, Int32(capacity), &status)
      }
    }
    if status == ICUStatus.bufferOverflow {
      capacity = Int(length) + 1
      continue
    }
    if ICUStatus.isFailure(status) {
      throw OrthographyError(operation: operation, status: ICUStatus.name(status))
    }
    return String(decoding: output[0..<Int(length)], as: UTF16.self)
  }
  throw OrthographyError(operation: operation, status: "U_BUFFER_OVERFLOW_ERROR")
}

/// Facts about the linked ICU library.
public enum ICUInfo {
  /// The version of the system ICU Söz is linked against, e.g. "72.1".
  public static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    soz_icu_version(&buffer, 32)
    return cString(buffer)
  }
}

/// Decodes a NUL-terminated C buffer.
func cString(_ buffer: [CChar]) -> String {
  String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
