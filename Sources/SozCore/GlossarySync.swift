import Exchange
import Foundation
import Orthography
import Search
import Store
import Terminology

/// Loads glossaries into a store: directories by fingerprint, files on
/// import.
public enum GlossarySync {
  /// Re-reads a glossary directory or file into `store` when its files
  /// changed since the last sync (by content fingerprint); returns whether
  /// it did.
  /// - Parameter configured: whether the workspace's settings name it (it
  ///   is then dropped when they stop naming it).
  @discardableResult
  public static func sync(path: String, into store: any GlossaryStorage, configured: Bool) throws(SozError) -> Bool {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    var isDir: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir)
    let fingerprint = fingerprint(url, isDirectory: isDir.boolValue)
    return try SozError.mapping(path: url.path) {
      if try store.fingerprint(ofSource: url.path) == fingerprint { return false }
      let glossary = try read(path: url.path)
      try store.replaceSource(
        path: url.path, kind: isDir.boolValue ? .directory : .file, fingerprint: fingerprint,
        glossary: glossary, configured: configured)
      return true
    }
  }

  static func fingerprint(_ url: URL, isDirectory: Bool) -> String {
    GlossaryFiles.fingerprint(of: isDirectory ? GlossaryFiles.list(in: url) : [url])
  }

  /// Reads a glossary file or directory: YAML (`.yaml`, `.yml`, or a
  /// directory of them), CSV, TSV, TBX (v3 or v2, told apart by the root
  /// element) or glossary TMX (`.tmx`, one `<tu>` per concept). XML files
  /// are streamed; a malformed one is an error naming file:line:col.
  /// With `pair` (source and target language), the file is read as an
  /// OmegaT glossary (`source<TAB>target<TAB>comment`, no header).
  public static func read(
    path: String, pair: (LanguageTag, LanguageTag)? = nil
  ) throws(SozError) -> Glossary {
    let url = URL(fileURLWithPath: path)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw SozError.io(path: path, message: "no such file or directory")
    }
    do {
      if isDir.boolValue { return try GlossaryYAMLReader.readDirectory(url) }
      switch url.pathExtension.lowercased() {
      case "tbx": return try TBXReader.read(path: path)
      case "tmx": return try GlossaryTMX.read(path: path)
      default: break
      }
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw SozError.io(path: path, message: "cannot read file")
      }
      if let (source, target) = pair {
        let text = try GlossaryTableReader.decodeUTF8(data, file: path)
        return try OmegaTGlossary.read(text, source: source, target: target, file: path)
      }
      if ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
        let text = try GlossaryTableReader.decodeUTF8(data, file: path)
        return Glossary(concepts: try GlossaryYAMLReader.read(text, file: path))
      }
      return try GlossaryTableReader.read(data, file: path)
    } catch let e as GlossaryError {
      throw SozError.glossary(e)
    } catch let e as ExchangeError {
      throw SozError.glossary(e.glossaryError)
    } catch let e as SozError {
      throw e
    } catch {
      throw SozError.io(path: path, message: "\(error)")
    }
  }

  /// Imports a file (snapshot) or directory (followed) into `store`.
  public static func importPath(
    _ path: String, into store: any GlossaryStorage, pair: (LanguageTag, LanguageTag)? = nil
  ) throws(SozError) -> GlossaryImportSummary {
    let url = URL(fileURLWithPath: path)
    var isDir: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
    let glossary = try read(path: path, pair: pair)
    let absolute = url.standardizedFileURL.path
    let fingerprint = fingerprint(url, isDirectory: isDir.boolValue)
    do {
      return try store.replaceSource(
        path: absolute, kind: isDir.boolValue ? .directory : .file, fingerprint: fingerprint,
        glossary: glossary)
    } catch {
      throw SozError.store(error)
    }
  }
}
