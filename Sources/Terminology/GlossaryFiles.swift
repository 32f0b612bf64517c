import Foundation

/// Finds glossary files and fingerprints them.
public enum GlossaryFiles {
  /// The `*.yaml`/`*.yml` files under `directory`, recursively, sorted.
  public static func list(in directory: URL) -> [URL] {
    let fm = FileManager.default
    guard
      let walker = fm.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var urls: [URL] = []
    for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) {
      urls.append(url)
    }
    return urls.sorted { $0.path < $1.path }
  }

  /// A path for messages: relative to the working directory when inside it.
  public static func displayPath(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
    return path
  }

  /// A fingerprint of the files' names and bytes (FNV-1a 64, hex), so a
  /// compiled index can tell when the glossary changed.
  public static func fingerprint(of urls: [URL]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ bytes: some Sequence<UInt8>) {
      for b in bytes {
        hash ^= UInt64(b)
        hash &*= 0x100_0000_01b3
      }
    }
    for url in urls {
      mix(url.lastPathComponent.utf8)
      mix([0])
      if let data = try? Data(contentsOf: url) { mix(data) }
      mix([0xff])
    }
    return String(hash, radix: 16)
  }

  /// The same fingerprint of a text (for digests of digests).
  public static func fingerprint(ofText text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      hash ^= UInt64(b)
      hash &*= 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
