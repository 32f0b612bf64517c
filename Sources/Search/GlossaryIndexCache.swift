import Foundation

#if os(Linux)
  /// glibc's `malloc_trim(3)` (in <malloc.h>, which the Glibc module does not export).
  @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// The in-memory lookup index of one engine's glossary, kept for as long
/// as the glossary's fingerprint holds (a long-lived process: the server).
///
/// Building it takes seconds on a large glossary, so a request never waits
/// for it: ``index(for:)`` answers the current index or nil, and on nil
/// the caller looks up through the engine as before while a dispatch
/// worker builds the index for the new fingerprint in the background.
/// Every import, by this process or another, changes the fingerprint, so
/// a lookup never answers from a stale index: until the new one is built,
/// the engine answers.
///
/// The index is built from one dump (``GlossaryStorage/indexContents()``)
/// between two readings of the fingerprint; when they differ (an import
/// landed meanwhile) the dump is dropped and the next request starts again.
public final class GlossaryIndexCache: @unchecked Sendable {
  private let storage: any GlossaryStorage
  private let lock = NSLock()
  private var current: (fingerprint: String, index: InMemoryGlossaryIndex)?
  private var building: String?
  private let onBuilt: @Sendable (String, Int, Double) -> Void

  /// A cache over `storage`; `onBuilt(fingerprint, forms, seconds)` is
  /// called after each build (for the log).
  public init(
    storage: any GlossaryStorage, onBuilt: @escaping @Sendable (String, Int, Double) -> Void = { _, _, _ in }
  ) {
    self.storage = storage
    self.onBuilt = onBuilt
  }

  /// The index for `fingerprint` when it is built; else nil, and a build
  /// starts in the background (one at a time).
  public func index(for fingerprint: String) -> InMemoryGlossaryIndex? {
    lock.lock()
    defer { lock.unlock() }
    if let current, current.fingerprint == fingerprint { return current.index }
    if building == nil {
      building = fingerprint
      // A dispatch worker, not a Foundation `Thread`: a `Thread` releases
      // its closure (and with it maybe the last reference to this cache
      // and its store) in the pthread key destructors as it exits, after
      // libdispatch has torn down its own thread state; under ASan the
      // test process then aborted in libdispatch (a continuation that the
      // build's `concurrentPerform` allocated on that thread, freed twice).
      DispatchQueue.global(qos: .utility).async { [self] in build() }
    }
    return nil
  }

  /// Builds the index now, on this thread (tests, a warm start); returns
  /// it, or nil when the glossary changed during the dump.
  @discardableResult
  public func buildNow() -> InMemoryGlossaryIndex? {
    let started = Date()
    guard let before = try? storage.glossaryFingerprint(),
      let contents = try? storage.indexContents(),
      let after = try? storage.glossaryFingerprint(), before == after
    else { return nil }
    let index = InMemoryGlossaryIndex(contents)
    lock.lock()
    current = (before, index)
    lock.unlock()
    #if os(Linux)
      // The dump and the build's scratch arrays are freed by now: hand
      // their pages back (glibc keeps freed memory in its arenas).
      _ = mallocTrim(0)
    #endif
    onBuilt(before, index.size, Date().timeIntervalSince(started))
    return index
  }

  private func build() {
    buildNow()
    lock.lock()
    building = nil
    lock.unlock()
  }
}
