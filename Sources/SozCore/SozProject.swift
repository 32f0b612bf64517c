import Foundation

/// Where Söz lives: the one place that names the project's addresses
/// (SARIF's `informationUri` and rule help links). A newsroom that runs its
/// own copy changes `repository` here (or sets `SOZ_DOCUMENTATION_URL`).
public enum SozProject {
  /// The canonical repository.
  public static let repository = "https://github.com/soz-project/soz"

  /// The rules' documentation page (`Documentation/Rules.md`), overridable
  /// with `SOZ_DOCUMENTATION_URL` for a newsroom's own copy.
  public static var rulesDocumentation: String {
    if let url = ProcessInfo.processInfo.environment["SOZ_DOCUMENTATION_URL"], !url.isEmpty,
      URL(string: url)?.scheme != nil
    {
      return url
    }
    return repository + "/blob/main/Documentation/Rules.md"
  }

  /// The help link of one rule: its section of the rules page (GitHub
  /// anchors the heading `` `near-miss` `` as `#near-miss`).
  public static func ruleHelp(_ id: String) -> String { rulesDocumentation + "#" + id }
}

/// A path as a URI reference for SARIF and other machine formats:
/// percent-encoded relative references for relative paths (`a%20b/q%C9%99b%C9%99l%C9%99.md`),
/// `file://` URIs for absolute ones.
public enum FileURI {
  /// Characters left as they are in a path segment (RFC 3986 unreserved,
  /// plus sub-delims that are safe in a relative path).
  private static let segment = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@")

  public static func reference(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    let segments = path.split(separator: "/", omittingEmptySubsequences: false).map {
      $0.addingPercentEncoding(withAllowedCharacters: segment) ?? ""
    }
    var encoded = segments.joined(separator: "/")
    // A first segment with a colon would read as a scheme: ./ in front.
    if !absolute, let first = segments.first, first.contains(":") { encoded = "./" + encoded }
    return absolute ? "file://" + encoded : encoded
  }
}
