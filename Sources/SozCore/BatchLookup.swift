import Foundation
import Store

/// Answers a stream of queries on all cores, in input order.
///
/// The store's key words are loaded into memory once (``WordTable``); each
/// query is then looked up on a worker thread through the store's reader
/// pool, and results are handed to `emit` in the order the queries came,
/// as soon as each one and all before it are done, so a caller piping one
/// query at a time gets each answer without waiting for the rest.
public final class BatchLookup: @unchecked Sendable {
  private let store: any GlossaryStorage
  /// The SQLite store's word table (other engines answer from the server).
  private let words: WordTable?
  private let limit: Int

  public init(store: any GlossaryStorage, limit: Int) throws(SozError) {
    self.store = store
    self.limit = limit
    do {
      words = try (store as? GlossaryStore)?.loadWordTable()
    } catch {
      throw SozError.store(error)
    }
  }

  /// Reads queries with `next` until it returns nil and emits each result.
  /// - Throws: the first ``SozError`` a lookup raised (later results are
  ///   not emitted).
  public func run(
    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    reading next: () -> String?,
    emit: @escaping @Sendable (LookupResult) -> Void
  ) throws(SozError) {
    let state = OrderedResults(emit: emit)
    let slots = DispatchSemaphore(value: max(1, workers) * 4)
    let group = DispatchGroup()
    let queue = DispatchQueue(label: "soz.batch", attributes: .concurrent)
    var index = 0
    while let query = next() {
      slots.wait()
      let i = index
      index += 1
      group.enter()
      queue.async { [store, words, limit] in
        defer {
          slots.signal()
          group.leave()
        }
        do {
          if let sqlite = store as? GlossaryStore {
            state.deliver(i, .success(try sqlite.lookup(query, limit: limit, words: words)))
          } else {
            state.deliver(i, .success(try store.lookup(query, limit: limit)))
          }
        } catch let error as StoreError {
          state.deliver(i, .failure(SozError.store(error)))
        } catch {
          state.deliver(i, .failure(SozError.io(path: store.location, message: "\(error)")))
        }
      }
    }
    group.wait()
    if let error = state.firstError { throw error }
  }
}

/// Results that arrive out of order, emitted in order.
private final class OrderedResults: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [Int: Result<LookupResult, SozError>] = [:]
  private var nextIndex = 0
  private let emit: @Sendable (LookupResult) -> Void
  private(set) var firstError: SozError?

  init(emit: @escaping @Sendable (LookupResult) -> Void) { self.emit = emit }

  func deliver(_ index: Int, _ result: Result<LookupResult, SozError>) {
    lock.lock()
    defer { lock.unlock() }
    pending[index] = result
    while let ready = pending.removeValue(forKey: nextIndex) {
      nextIndex += 1
      switch ready {
      case .success(let r): if firstError == nil { emit(r) }
      case .failure(let e): if firstError == nil { firstError = e }
      }
    }
  }
}
