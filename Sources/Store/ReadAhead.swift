import Foundation
import Terminology

/// Runs a unit reader on its own thread, a few chunks ahead of the
/// writer, so that parsing (a TMX file's XML) and writing (SQLite) use two
/// cores. The reader is called from one thread at a time, in order; its
/// error arrives where it happened in the sequence. ``close()`` stops it
/// and waits for it, so the reader is never called after the import
/// returns (hence `withoutActuallyEscaping` at the call site).
final class ReadAhead: @unchecked Sendable {
  /// The reader until ``produce()`` takes it (and releases it before it
  /// reports that it stopped: `withoutActuallyEscaping` checks that no
  /// reference is left).
  private var read: (() throws -> TranslationUnitReading?)?
  private let condition = NSCondition()
  private var chunks: [[TranslationUnitReading]] = []
  private var failure: Error?
  private var ended = false
  private var stopped = false
  private var running = true
  private var current: [TranslationUnitReading] = []
  private var position = 0
  /// Readings per chunk, and chunks held at most.
  static let chunkSize = 512
  static let capacity = 8

  init(_ read: @escaping () throws -> TranslationUnitReading?) {
    self.read = read
    // A serial queue gets its own thread (overcommit): the reader's
    // waits never take a worker from the keying on the global queue.
    DispatchQueue(label: "soz.import.reader").async { self.produce() }
  }

  private func produce() {
    condition.lock()
    var read = self.read
    self.read = nil
    var done = stopped
    condition.unlock()
    var chunk: [TranslationUnitReading] = []
    chunk.reserveCapacity(ReadAhead.chunkSize)
    var error: Error?
    while !done {
      do {
        if let r = try read!() { chunk.append(r) } else { done = true }
      } catch let e {
        error = e
        done = true
      }
      if chunk.count == ReadAhead.chunkSize || done {
        condition.lock()
        while chunks.count >= ReadAhead.capacity && !stopped { condition.wait() }
        if stopped { done = true }
        if !chunk.isEmpty { chunks.append(chunk) }
        if done {
          failure = error
          ended = true
        }
        condition.broadcast()
        condition.unlock()
        chunk = []
        chunk.reserveCapacity(ReadAhead.chunkSize)
      }
    }
    read = nil
    condition.lock()
    ended = true
    running = false
    condition.broadcast()
    condition.unlock()
  }

  /// The next reading, nil at the end; rethrows the reader's error.
  func next() throws -> TranslationUnitReading? {
    if position < current.count {
      defer { position += 1 }
      return current[position]
    }
    condition.lock()
    while chunks.isEmpty && !ended { condition.wait() }
    if chunks.isEmpty {
      let e = failure
      condition.unlock()
      if let e { throw e }
      return nil
    }
    current = chunks.removeFirst()
    condition.broadcast()
    condition.unlock()
    position = 1
    return current[0]
  }

  /// Stops the reader and waits until it no longer runs.
  func close() {
    condition.lock()
    stopped = true
    condition.broadcast()
    while running { condition.wait() }
    condition.unlock()
  }
}
