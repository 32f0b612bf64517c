import Foundation

/// The body of a batch lookup (`POST /v1/lookup/batch`): JSON
/// (`{"queries": [...]}` or a bare array of strings) or one query a line.
///
/// Decoding lives here, not in the server, so the one rule serves every
/// door and the fuzz target (`Scripts/fuzz batch`) reaches it without an
/// HTTP stack.
public enum BatchQueries {
  /// A body that is not a batch, with where it went wrong (1-based).
  public struct Malformed: Error, Hashable, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
  }

  /// The queries in `text`: JSON when `json`, else one a line (blank
  /// lines and surrounding spaces dropped).
  public static func decode(_ text: String, json: Bool) throws(Malformed) -> [String] {
    guard json else {
      return text.split(whereSeparator: \.isNewline).map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
    }
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      let (line, column) = JSONErrorPlace.find(in: "\(error)", text: text)
      throw Malformed(
        message: "invalid JSON at line \(line), column \(column): \(JSONErrorPlace.reason(error))",
        line: line, column: column)
    }
    let list = (value as? [String: Any])?["queries"] ?? value
    guard let strings = list as? [String] else {
      throw Malformed(
        message: "the body must be {\"queries\": [\"…\"]} or an array of strings", line: 1, column: 1)
    }
    return strings
  }
}

/// Where a JSON parser's error points (Foundation says "around line L,
/// column C" or "at offset N").
public enum JSONErrorPlace {
  /// Line and column (1-based) named by `message`, an error about `text`.
  public static func find(in message: String, text: String) -> (Int, Int) {
    if let l = number(after: "line ", in: message), let c = number(after: "column ", in: message) {
      return (l, c)
    }
    if let offset = number(after: "offset ", in: message)
      ?? number(after: "character ", in: message)
    {
      let prefix = Array(text.utf8.prefix(offset))
      let line = prefix.filter { $0 == 10 }.count + 1
      let column = prefix.count - (prefix.lastIndex(of: 10).map { $0 + 1 } ?? 0) + 1
      return (line, column)
    }
    return (1, 1)
  }

  static func number(after label: String, in text: String) -> Int? {
    guard let r = text.range(of: label) else { return nil }
    return Int(text[r.upperBound...].prefix { $0.isNumber })
  }

  /// The parser's own words, without Foundation's wrapping.
  public static func reason(_ error: Error) -> String {
    let ns = error as NSError
    let text = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
    return text.count > 200 ? String(text.prefix(200)) + "…" : text
  }
}
