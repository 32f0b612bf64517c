import Foundation
import Matching
import Store
import Terminology

/// Where the store and the glossary directory are, and how to open them.
///
/// The store is `--store`, else `$SOZ_STORE`, else `.soz/store.sqlite`
/// beside the glossary directory (or in the working directory). The
/// glossary directory is `--glossary`, else `$SOZ_GLOSSARY`, else the
/// nearest `glossaries/` walking up from the working directory. The default
/// store follows the glossary directory: it is built from it on first use
/// and rebuilt whenever its files change. An explicit store holds what was
/// imported into it; glossary directories imported into it are kept in
/// sync the same way.
public struct Workspace: Sendable {
  public var storePath: String
  public var glossaryDirectory: URL?
  /// Whether the glossary directory is synced into the store on open.
  public var syncsGlossary: Bool

  /// Resolves paths from options and the environment.
  public init(
    store: String?, glossary: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) {
    let explicitGlossary = glossary ?? environment["SOZ_GLOSSARY"].flatMap { $0.isEmpty ? nil : $0 }
    let found = explicitGlossary.map { URL(fileURLWithPath: $0) }
      ?? Self.findGlossaries(from: workingDirectory)
    glossaryDirectory = found
    if let explicit = store ?? environment["SOZ_STORE"].flatMap({ $0.isEmpty ? nil : $0 }) {
      storePath = explicit
      syncsGlossary = explicitGlossary != nil
    } else {
      let root = found?.deletingLastPathComponent() ?? workingDirectory
      storePath = root.appendingPathComponent(".soz/store.sqlite").path
      syncsGlossary = found != nil
    }
  }

  static func findGlossaries(from start: URL) -> URL? {
    var dir = start.standardizedFileURL
    for _ in 0..<32 {
      let candidate = dir.appendingPathComponent("glossaries")
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue {
        return candidate
      }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { break }
      dir = parent
    }
    return nil
  }

  /// Opens the store and brings every glossary directory it follows up to
  /// date.
  /// - Throws: ``SozError`` for an unreadable glossary or store.
  public func openStore() throws(SozError) -> GlossaryStore {
    let store: GlossaryStore
    do {
      store = try GlossaryStore(path: storePath)
    } catch {
      throw SozError.store(error)
    }
    var directories = (try? store.sources(kind: .directory)) ?? []
    if syncsGlossary, let dir = glossaryDirectory {
      let path = dir.standardizedFileURL.path
      if !directories.contains(path) { directories.append(path) }
    }
    for path in directories where FileManager.default.fileExists(atPath: path) {
      try GlossarySync.sync(directory: URL(fileURLWithPath: path), into: store)
    }
    return store
  }
}
