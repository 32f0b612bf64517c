import Foundation

/// `file:` URIs and the paths they name.
public enum DocumentURI {
  /// The path of a `file:` URI (percent-decoded), or nil for another
  /// scheme (`untitled:`…).
  public static func path(_ uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = String(uri.dropFirst("file://".count))
    // file://host/path: only the local host is a path here.
    if !rest.hasPrefix("/") {
      guard let slash = rest.firstIndex(of: "/") else { return nil }
      let host = rest[..<slash]
      guard host.isEmpty || host == "localhost" else { return nil }
      rest = String(rest[slash...])
    }
    if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = String(rest[..<q]) }
    return rest.removingPercentEncoding ?? rest
  }

  /// The `file:` URI of an absolute path, percent-encoding what a URI
  /// cannot hold (spaces, `%`, `#`, `?`, non-ASCII letters stay UTF-8
  /// percent-encoded, as VS Code writes them).
  public static func uri(forPath path: String) -> String {
    var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
    allowed.insert(charactersIn: "/-._~!$&'()*+,;=:@")
    return "file://" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
  }
}
