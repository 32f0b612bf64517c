/// Concept ids as XML ids (`xs:ID`, an NCName: no leading digit, no
/// spaces or colons), reversibly.
///
/// A Söz id that already is a valid NCName and does not start with `_` is
/// written as is (`karabakh`, `cop29`). Any other id is written as `_`
/// followed by the id with `_` doubled and every other character an NCName
/// cannot hold written `_xHEX_` (`44-day-war` → `_44-day-war`,
/// `a b` → `_a_x20_b`). Reading undoes it.
public enum ConceptIdentifier {
  static func isNameStart(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s == "_"
  }

  static func isNameChar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil || s == "-" || s == "." || s == "_"
      || s.properties.generalCategory == .nonspacingMark
  }

  /// Whether `id` is a valid NCName.
  public static func isNCName(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, isNameStart(first) else { return false }
    return id.unicodeScalars.allSatisfy(isNameChar)
  }

  /// The XML id for a concept id.
  public static func xmlID(for id: String) -> String {
    if isNCName(id) && !id.hasPrefix("_") { return id }
    var out = "_"
    for s in id.unicodeScalars {
      if s == "_" {
        out += "__"
      } else if isNameChar(s) {
        out.unicodeScalars.append(s)
      } else {
        out += "_x" + String(s.value, radix: 16, uppercase: true) + "_"
      }
    }
    return out
  }

  /// The concept id an XML id stands for.
  public static func conceptID(for xmlID: String) -> String {
    guard xmlID.hasPrefix("_") else { return xmlID }
    var out = ""
    var scalars = Array(xmlID.unicodeScalars.dropFirst())[...]
    while let s = scalars.popFirst() {
      guard s == "_" else {
        out.unicodeScalars.append(s)
        continue
      }
      if scalars.first == "_" {
        scalars.removeFirst()
        out += "_"
      } else if scalars.first == "x", let end = scalars.dropFirst().firstIndex(of: "_"),
        let v = UInt32(String(String.UnicodeScalarView(scalars[(scalars.startIndex + 1)..<end])), radix: 16),
        let scalar = Unicode.Scalar(v)
      {
        out.unicodeScalars.append(scalar)
        scalars = scalars[(end + 1)...]
      } else {
        out += "_"
      }
    }
    return out
  }
}
