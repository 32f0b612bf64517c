import Foundation

/// Escapes shared by the writers of JSON (memory annotations, align
/// output) and the readers and writers of Söz's TSV (`\t`, `\n`, `\r`,
/// `\\` inside a cell).
public enum TextEscapes {
  /// `s` as a JSON string literal (quotes, backslashes and control
  /// characters escaped; everything else as is, UTF-8).
  public static func json(_ s: String) -> String {
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          out += String(format: "\\u%04x", u.value)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  /// Undoes the escapes of a Söz TSV cell (`\t`, `\n`, `\r`; `\x` is `x`).
  public static func tsvUnescaped(_ s: String) -> String {
    guard s.contains("\\") else { return s }
    var out = ""
    var it = s.unicodeScalars.makeIterator()
    while let c = it.next() {
      guard c == "\\", let n = it.next() else {
        out.unicodeScalars.append(c)
        continue
      }
      switch n {
      case "t": out += "\t"
      case "n": out += "\n"
      case "r": out += "\r"
      default: out.unicodeScalars.append(n)
      }
    }
    return out
  }
}
