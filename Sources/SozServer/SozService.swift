import Foundation
import Logging
import Linting
import Matching
import Orthography
import Search
import SozCore
import Store

/// The use cases a server answers, over one storage engine: the CLI's
/// (``LintRun``, lookups, exports, the memory runs) with the caches a long
/// life allows.
///
/// Storage calls block (SQLite reads, PostgreSQL round trips), so they run
/// on a queue of ``ServerConfiguration/workerThreads`` threads of their
/// own, never on the event loops or Swift's cooperative pool. The compiled
/// glossary is kept in memory and keyed by the glossary's fingerprint,
/// read again before each use: an import through this server, another
/// server or the CLI — on the same SQLite file or PostgreSQL database — is
/// seen by the next request.
final class SozService: @unchecked Sendable {
  let workspace: Workspace
  let storage: any GlossaryStorage & MemoryStorage
  private let queue: OperationQueue
  private let lock = NSLock()
  private var compiledCache: CompiledGlossary?

  init(
    workspace: Workspace, storage: any GlossaryStorage & MemoryStorage, workerThreads: Int,
    memoryIndex: Bool = true, logger: Logger? = nil
  ) {
    self.workspace = workspace
    self.storage = storage
    index = !memoryIndex ? nil : GlossaryIndexCache(storage: storage) { fingerprint, forms, seconds in
      logger?.info(
        "lookup index built",
        metadata: [
          "forms": "\(forms)", "seconds": "\((seconds * 100).rounded() / 100)",
          "glossary": "\(fingerprint.prefix(12))",
        ])
    }
    queue = OperationQueue()
    queue.name = "soz.storage"
    queue.maxConcurrentOperationCount = max(1, workerThreads)
  }

  /// The engine's name, for `/healthz` and logs.
  var engine: String { storage is GlossaryStore ? "sqlite" : "postgresql" }

  /// Runs `body` on the storage threads.
  func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      queue.addOperation { continuation.resume(with: Result { try body() }) }
    }
  }

  /// The compiled glossary as of now (compiled again, or read from the
  /// engine, when the glossary changed since the last request).
  func compiled() throws -> CompiledGlossary {
    let fingerprint = try storage.glossaryFingerprint()
    lock.lock()
    let cached = compiledCache
    lock.unlock()
    if let cached, cached.fingerprint == fingerprint, cached.conceptCount > 0 { return cached }
    let fresh = try workspace.compiledGlossary(storage)
    lock.lock()
    compiledCache = fresh
    lock.unlock()
    return fresh
  }

  /// The lookup index in memory, per glossary fingerprint
  /// (``GlossaryIndexCache``): no statement or round trip per probe.
  let index: GlossaryIndexCache?

  /// Finds the concepts `query` may mean: from the in-memory index of the
  /// glossary as of now, or — while that is being built after a change —
  /// through the engine, which gives the same answers.
  func lookup(_ query: String, limit: Int) throws -> LookupResult {
    if let cache = index, let index = cache.index(for: try storage.glossaryFingerprint()) {
      return try GlossarySearch(reader: index).lookup(query, limit: limit)
    }
    return try storage.lookup(query, limit: limit)
  }

  /// `/healthz`'s `index`: "ready" when lookups answer from memory for
  /// the glossary as of now, "building" meanwhile, "store" with
  /// `--index store`.
  func indexState() throws -> String {
    guard let index else { return "store" }
    return index.index(for: try storage.glossaryFingerprint()) != nil ? "ready" : "building"
  }

  /// The translation memory: the same engine as the glossary (SQLite or
  /// PostgreSQL; on PostgreSQL every server sharing the database sees
  /// every import at once).
  func memoryStore() -> any MemoryStorage { storage }

  /// The compiled glossary when the store holds one (the memory's term
  /// recognition works without it).
  func compiledIfAny() throws -> CompiledGlossary? {
    try storage.hasConcepts() ? compiled() : nil
  }
}
