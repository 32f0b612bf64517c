import Foundation
import Linting
import Matching
import PostgresStore
import Search
import Store
import Terminology

/// Where the store and the glossaries are, and how to open them: the one
/// place every command learns what "the glossary" is.
///
/// - Settings: `--config FILE`, else the nearest `.soz.yaml` walking up
///   from the working directory.
/// - The glossary directory (where `soz glossary apply` writes, what
///   `soz glossary check` reads by default): `--glossary`, else
///   `$SOZ_GLOSSARY`, else the nearest `glossaries/` walking up.
/// - The shipped glossary: `share/soz/glossaries` beside the installed
///   executable (`PREFIX/bin/soz`), included unless the settings say
///   `shipped-glossary: false`.
/// - The store: `--store`, else `$SOZ_STORE`, else the settings' `store`,
///   else `.soz/store.sqlite` at the root of the project (the settings
///   file's directory, else the glossary directory's parent), else, outside
///   any project, `$XDG_CACHE_HOME/soz/store.sqlite` (`~/.cache/soz`).
///   `--store`/`$SOZ_STORE` may instead name a PostgreSQL database
///   (`postgres://USER[:PASS]@HOST:PORT/DB`): the glossary and the
///   translation memory then live there, shared by every `soz` and `soz
///   serve` pointed at it, and every command works on it as on SQLite
///   (``openEngine()``).
///
/// The store follows the *configured* glossaries — the glossary directory,
/// the settings' `glossaries`, the shipped glossary — syncing each when its
/// files change (by content fingerprint), and keeps what was imported into
/// it. A store the workspace chose itself (not `--store`/`$SOZ_STORE`) also
/// drops configured glossaries the settings no longer name. Every command
/// then reads the same concepts: lookups from the store's rows, the linter
/// and the memory's term check from its compiled image.
public struct Workspace: Sendable {
  public var storePath: String
  /// The project's glossary directory, if any.
  public var glossaryDirectory: URL?
  /// The glossaries synced into the store on open, in order.
  public var configured: [URL]
  /// Whether configured sources the settings no longer name are dropped.
  public var ownsStore: Bool
  /// The settings in force (empty when there is no settings file).
  public var settings: LintSettings
  /// The glossary installed with `soz`, when there is one.
  public var shippedGlossary: URL?
  /// How long a writer waits for another one (`$SOZ_STORE_TIMEOUT`,
  /// seconds; default 600).
  public var waitTimeout: TimeInterval
  /// Called once when a write has to wait for another process (the CLI
  /// prints a note on a terminal).
  public var onWait: (@Sendable () -> Void)?

  /// Resolves paths from options, settings and the environment.
  /// - Throws: ``SozError`` for an unreadable or invalid settings file.
  public init(
    store: String? = nil, glossary: String? = nil, config: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    executable: URL? = Workspace.executable
  ) throws(SozError) {
    func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    if let text = env("SOZ_STORE_TIMEOUT") {
      guard let seconds = TimeInterval(text), seconds >= 0, seconds.isFinite else {
        throw SozError.io(path: "SOZ_STORE_TIMEOUT", message: "must be a number of seconds, not '\(text)'")
      }
      waitTimeout = seconds
    } else {
      waitTimeout = GlossaryStore.defaultWaitTimeout
    }
    if let config {
      settings = try LintSettings.read(URL(fileURLWithPath: config, relativeTo: workingDirectory))
    } else {
      settings = try LintSettings.find(from: workingDirectory)
    }
    let explicitGlossary = glossary ?? env("SOZ_GLOSSARY")
    let found = explicitGlossary.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
      ?? Self.findGlossaries(from: workingDirectory)
    glossaryDirectory = found
    shippedGlossary = executable.flatMap(Self.shippedGlossary(besides:))

    let explicitStore = store ?? env("SOZ_STORE")
    let projectRoot = settings.file?.deletingLastPathComponent() ?? found?.deletingLastPathComponent()
    if let explicitStore, PostgresAddress.isAddress(explicitStore) {
      storePath = explicitStore
      ownsStore = false
    } else if let explicitStore {
      storePath = URL(fileURLWithPath: explicitStore, relativeTo: workingDirectory).standardizedFileURL.path
      ownsStore = false
    } else if let configuredStore = settings.store {
      storePath = configuredStore.standardizedFileURL.path
      ownsStore = true
    } else if let projectRoot {
      storePath = projectRoot.appendingPathComponent(".soz/store.sqlite").standardizedFileURL.path
      ownsStore = true
    } else {
      let cache =
        env("XDG_CACHE_HOME").map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: env("HOME") ?? NSHomeDirectory()).appendingPathComponent(".cache")
      storePath = cache.appendingPathComponent("soz/store.sqlite").standardizedFileURL.path
      ownsStore = true
    }

    // An explicit store holds what was imported into it, plus what the
    // options and settings name explicitly.
    var paths: [URL] = []
    if explicitStore == nil || explicitGlossary != nil, let found { paths.append(found) }
    paths += settings.glossaries
    if explicitStore == nil, explicitGlossary == nil, settings.shippedGlossary ?? true,
      let shipped = shippedGlossary,
      !paths.contains(where: { Self.sameFiles($0, shipped) })
    {
      paths.append(shipped)
    }
    var seen = Set<String>()
    configured = paths.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  /// The running executable (resolved through symlinks), when known.
  public static var executable: URL? {
    let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    if link.path != "/proc/self/exe" { return link }
    return Bundle.main.executableURL?.resolvingSymlinksInPath()
  }

  /// `PREFIX/share/soz/glossaries` for an executable at `PREFIX/bin/soz`.
  static func shippedGlossary(besides executable: URL) -> URL? {
    let prefix = executable.deletingLastPathComponent().deletingLastPathComponent()
    let dir = prefix.appendingPathComponent("share/soz/glossaries")
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue
    else { return nil }
    return dir.standardizedFileURL
  }

  /// Whether two glossary directories hold the same files (an installed
  /// soz run inside its own repository must not load its glossary twice).
  static func sameFiles(_ a: URL, _ b: URL) -> Bool {
    if a.standardizedFileURL.path == b.standardizedFileURL.path { return true }
    let fa = GlossaryFiles.list(in: a), fb = GlossaryFiles.list(in: b)
    return !fa.isEmpty && fa.map(\.lastPathComponent) == fb.map(\.lastPathComponent)
      && GlossaryFiles.fingerprint(of: fa) == GlossaryFiles.fingerprint(of: fb)
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

  /// Whether the store is a PostgreSQL database.
  public var isPostgres: Bool { PostgresAddress.isAddress(storePath) }

  /// The store's address or path as messages show it (no password).
  public var storeDisplay: String {
    isPostgres ? (PostgresAddress(storePath)?.redacted ?? storePath) : storePath
  }

  /// Opens the SQLite store and brings every glossary it follows up to
  /// date. Every command opens either engine (``openEngine()``); this is
  /// for callers that need the SQLite file itself.
  /// - Throws: ``SozError`` for an unreadable glossary or store, or when
  ///   the store is a PostgreSQL database.
  public func openStore() throws(SozError) -> GlossaryStore {
    guard !isPostgres else {
      throw SozError.io(
        path: storeDisplay,
        message:
          "this needs a SQLite store file, not a PostgreSQL database; every soz command takes either (--store PATH or --store postgres://…)"
      )
    }
    let store: GlossaryStore
    do {
      store = try GlossaryStore(path: storePath, waitTimeout: waitTimeout, onWait: onWait)
    } catch {
      throw SozError.store(error)
    }
    try sync(store)
    return store
  }

  /// Opens the glossary's storage — the SQLite file, or the PostgreSQL
  /// database `--store postgres://…` names — and brings every glossary it
  /// follows up to date.
  /// - Throws: ``SozError`` for an unreadable glossary or store.
  public func openStorage() throws(SozError) -> any GlossaryStorage {
    try openEngine()
  }

  /// Opens the store — either engine, which holds the glossary and the
  /// translation memory and reports on itself (``StoreDiagnostics``) — and
  /// brings every glossary it follows up to date.
  /// - Throws: ``SozError`` for an unreadable glossary or store.
  public func openEngine() throws(SozError) -> any GlossaryStorage & MemoryStorage & StoreDiagnostics {
    guard isPostgres else { return try openStore() }
    guard let address = PostgresAddress(storePath) else {
      throw SozError.io(
        path: storePath,
        message: "not a PostgreSQL address; write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
    }
    let store: PostgresGlossaryStore
    do {
      store = try PostgresGlossaryStore(address: address)
    } catch {
      throw SozError.store(error)
    }
    try sync(store)
    return store
  }

  /// Brings every glossary `store` follows up to date: the configured
  /// ones (and, in a store the workspace owns, drops those no longer
  /// configured) and directories imported into it.
  func sync(_ store: any GlossaryStorage) throws(SozError) {
    let wanted = configured.map { $0.standardizedFileURL.path }
    let known: [GlossarySourceInfo]
    do {
      known = try store.sourceInfos()
      if ownsStore {
        for s in known where s.configured && !wanted.contains(s.path) {
          try store.removeSource(path: s.path)
        }
      }
    } catch {
      throw SozError.store(error)
    }
    for path in wanted where FileManager.default.fileExists(atPath: path) {
      try GlossarySync.sync(path: path, into: store, configured: true)
    }
    for s in known
    where s.kind == .directory && !s.configured && !wanted.contains(s.path)
      && FileManager.default.fileExists(atPath: s.path)
    {
      try GlossarySync.sync(path: s.path, into: store, configured: false)
    }
  }

  /// The store's compiled glossary: the image beside the store when it is
  /// current, else compiled now from the store's rows (keys as stored, no
  /// ICU keying) and saved for the next run.
  /// - Throws: ``SozError`` when the store cannot be read, or when it holds
  ///   no glossary at all (nothing to check against is a set-up error, not a
  ///   clean result).
  public func compiledGlossary(_ store: any GlossaryStorage) throws(SozError) -> CompiledGlossary {
    try SozError.mapping(path: store.location) {
      let fingerprint = try store.glossaryFingerprint()
      let compiled: CompiledGlossary
      if let current = store.openCompiled(fingerprint: fingerprint) {
        compiled = current
      } else {
        let (glossary, words) = try store.conceptsWithKeyWords()
        let bytes = Linter.compile(glossary, keyWords: words, fingerprint: fingerprint)
        store.saveCompiled(bytes)
        compiled = try CompiledGlossary(image: .init(bytes))
      }
      guard compiled.conceptCount > 0 else { throw emptyStore() }
      return compiled
    }
  }

  /// The error for a store that holds no glossary.
  public func emptyStore() -> SozError {
    SozError.io(
      path: storeDisplay,
      message:
        "the store holds no glossary: import one (soz glossary import FILE), name one in .soz.yaml (glossaries:), or run inside a project with a glossaries/ directory"
    )
  }

  /// Opens the store (either engine) and its compiled glossary.
  public func open() throws(SozError) -> (any GlossaryStorage, CompiledGlossary) {
    let store = try openStorage()
    return (store, try compiledGlossary(store))
  }

  /// Opens the store for the memory commands (tm, check, align --memory,
  /// mcp) — SQLite or PostgreSQL — with its compiled glossary when it holds
  /// one (the memory is useful without a glossary).
  public func openMemory() throws(SozError) -> (any GlossaryStorage & MemoryStorage, CompiledGlossary?) {
    let store = try openEngine()
    do {
      guard try store.hasConcepts() else { return (store, nil) }
    } catch {
      throw SozError.store(error)
    }
    return (store, try compiledGlossary(store))
  }

  /// ``openMemory()``, the store seen as the memory's storage.
  public func openMemoryStorage() throws(SozError) -> (any MemoryStorage, CompiledGlossary?) {
    try openMemory()
  }

  /// Opens the store for lookups: an error when it holds no glossary (a
  /// lookup in an empty store would answer "no match" to every name).
  public func openStoreWithGlossary() throws(SozError) -> any GlossaryStorage {
    let store = try openStorage()
    try SozError.mapping(path: storeDisplay) {
      guard try store.hasConcepts() else { throw emptyStore() }
    }
    return store
  }

  /// Every concept of the store's glossary (export, alignment).
  public func allConcepts() throws(SozError) -> Glossary {
    let store = try openStorage()
    let glossary: Glossary
    do {
      glossary = try store.allConcepts()
    } catch {
      throw SozError.store(error)
    }
    guard !glossary.concepts.isEmpty else { throw emptyStore() }
    return glossary
  }
}
