import Foundation
import Linting
import Matching
import Orthography
import SozCore
import Terminology

/// One workspace folder's glossary, opened once: its settings, the store's
/// compiled glossary and the linter built on it, reused by every lint,
/// hover and completion until a glossary file or the settings change.
final class GlossarySession: @unchecked Sendable {
  let root: URL
  let workspace: Workspace
  let linter: Linter
  let matcher: GlossaryMatcher
  let configuration: LintConfiguration
  /// Each file the glossary and settings were read from, with its
  /// modification time and size (plus the root's `.soz.yaml`, present or
  /// not): a different stamp means a reload.
  let stamp: [String]
  private let completions = Locked<CompletionIndex?>(nil)

  var compiled: CompiledGlossary { linter.compiled }

  /// Opens the folder's workspace as `soz lint` run there would.
  /// - Throws: ``SozError`` for invalid settings, an unreadable glossary
  ///   or store, or a store without a glossary.
  init(
    root: URL, client: ClientSettings, environment: [String: String], executable: URL?
  ) throws(SozError) {
    self.root = root
    let workspace = try Workspace(
      store: client.store, glossary: client.glossary, config: client.config,
      environment: environment, workingDirectory: root, executable: executable)
    self.workspace = workspace
    stamp = Self.stamp(workspace, root: root)
    let (_, compiled) = try workspace.open()
    let keys = KeyCache()
    linter = Linter(compiled: compiled, keys: keys)
    matcher = GlossaryMatcher(compiled: compiled, keys: keys)
    let file = LintConfiguration(
      language: workspace.settings.language, houseStyle: workspace.settings.houseStyle,
      severities: workspace.settings.severities)
    configuration = client.configuration(over: file)
  }

  /// Whether the files the session was read from are unchanged.
  var isCurrent: Bool { Self.stamp(workspace, root: root) == stamp }

  /// Whether `path` is one of the glossary's or settings' files (or in a
  /// glossary directory).
  func concerns(_ path: String) -> Bool {
    let p = URL(fileURLWithPath: path).standardizedFileURL.path
    if p.hasSuffix("/.soz.yaml") || p == workspace.settings.file?.standardizedFileURL.path { return true }
    return workspace.configured.contains { url in
      let base = url.standardizedFileURL.path
      return p == base || p.hasPrefix(base + "/")
    }
  }

  /// The YAML directories an added spelling may be written to: the
  /// glossary directory, then the settings' glossary directories.
  var writableDirectories: [URL] {
    var dirs: [URL] = []
    if let d = workspace.glossaryDirectory { dirs.append(d) }
    for url in workspace.settings.glossaries {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue,
        !dirs.contains(url)
      {
        dirs.append(url)
      }
    }
    return dirs
  }

  /// Whether the settings' `ignore` patterns exclude `path`.
  func ignores(_ path: String?) -> Bool {
    guard let path else { return false }
    return workspace.settings.ignores(path)
  }

  /// The language of `paragraph`: the configured one, else detected,
  /// else English.
  func language(of paragraph: String) -> LanguageTag {
    configuration.language ?? LanguageIdentifier.identify(paragraph)?.language ?? .en
  }

  /// The completion index, built on first use.
  var completionIndex: CompletionIndex {
    completions.withLock { index in
      if let index { return index }
      let built = CompletionIndex(compiled, houseStyle: configuration.houseStyle)
      index = built
      return built
    }
  }

  private static func stamp(_ workspace: Workspace, root: URL) -> [String] {
    var files: [URL] = [root.appendingPathComponent(".soz.yaml")]
    if let f = workspace.settings.file { files.append(f) }
    for url in workspace.configured {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
        files.append(url)
        continue
      }
      files += isDir.boolValue ? GlossaryFiles.list(in: url) : [url]
    }
    return files.map { url in
      let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
      let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
      let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
      return "\(url.path)\t\(modified)\t\(size)"
    }
  }
}
