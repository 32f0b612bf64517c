import Foundation
import Orthography
import Search
import Store
import Terminology
import Testing
import TestSupport

/// Writers take turns, within the store: a second store on the same file
/// waits for the first one's write transaction (calling `onWait` once),
/// and gives up with a clear error after its timeout, writing nothing.
/// The first writer is an import whose input stalls inside its
/// transaction until the test lets it go.
@Suite(.serialized) struct StoreWaitTests {
  static func scratch() throws -> URL {
    let dir = Scratch.root.appendingPathComponent("soz-wait-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func unit(_ en: String, _ az: String) -> TranslationUnit {
    TranslationUnit(
      id: nil,
      variants: [TranslationVariant(language: .en, text: en), TranslationVariant(language: .az, text: az)],
      location: Terminology.SourceLocation(file: "t.tsv", line: 1))
  }

  /// An import on another thread that stops inside its write transaction
  /// until `release` is signalled; returns once the transaction is open.
  final class StalledImport: @unchecked Sendable {
    let release = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<MemoryImportSummary, Error>?

    init(_ store: GlossaryStore, unit: String = "Held in Baku.") {
      let inside = DispatchSemaphore(value: 0)
      Thread.detachNewThread { [self] in
        var sent = false
        outcome = Result {
          try store.importUnits(origin: MemoryOrigin(path: "held.tsv", format: "tsv")) {
            if sent { return nil }
            sent = true
            inside.signal()
            self.release.wait()
            return .success(StoreWaitTests.unit(unit, "Bakıda saxlanıldı."))
          }
        }
        done.signal()
      }
      inside.wait()
    }

    /// Lets the import go on after `seconds`, from a thread of its own (not
    /// a dispatch queue, which a busy test run may starve).
    func release(after seconds: TimeInterval) {
      Thread.detachNewThread { [release] in
        Thread.sleep(forTimeInterval: seconds)
        release.signal()
      }
    }

    /// Lets the import finish and returns what it did.
    func finish() throws -> MemoryImportSummary {
      release.signal()
      done.wait()
      return try outcome!.get()
    }
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
  }

  @Test func aSecondWriterWaitsForTheFirstAndSaysSoOnce() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("store.sqlite").path
    let holder = StalledImport(try GlossaryStore(path: path))
    let waits = Counter()
    let second = try GlossaryStore(path: path, waitTimeout: 30, onWait: { waits.add() })
    // A reader does not wait.
    #expect(try second.memoryCounts().units == 0)
    #expect(waits.value == 0)
    let started = Date()
    holder.release(after: 0.5)
    let units = (1...3).map { Self.unit("Report \($0) from Baku.", "Bakıdan \($0) hesabat.") }
    let summary = try second.importUnits(units, origin: MemoryOrigin(path: "second.tsv", format: "tsv"))
    #expect(Date().timeIntervalSince(started) >= 0.4)
    #expect(summary.added == 3)
    #expect(waits.value == 1)
    #expect(try holder.finish().added == 1)
    // Waiting again later does not announce again.
    let again = StalledImport(try GlossaryStore(path: path), unit: "Held again.")
    again.release(after: 0.3)
    _ = try second.importUnits([Self.unit("One more.", "Bir daha.")], origin: MemoryOrigin(path: "third.tsv", format: "tsv"))
    _ = try again.finish()
    #expect(waits.value == 1)
    #expect(try second.memoryCounts().units == 6)
  }

  @Test func theWaitEndsAfterTheTimeoutWithAClearErrorAndNothingWritten() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("store.sqlite").path
    let holder = StalledImport(try GlossaryStore(path: path))
    let waits = Counter()
    let second = try GlossaryStore(path: path, waitTimeout: 0.5, onWait: { waits.add() })
    let started = Date()
    #expect {
      try second.importUnits([Self.unit("Too late.", "Gec.")], origin: MemoryOrigin(path: "late.tsv", format: "tsv"))
    } throws: { error in
      let e = error as? StoreError
      return e?.path == path && e?.message.contains("the store is busy") == true
        && e?.message.contains("0.5 s") == true && e?.message.contains("SOZ_STORE_TIMEOUT") == true
    }
    let waited = Date().timeIntervalSince(started)
    #expect(waited >= 0.45 && waited < 5)
    #expect(waits.value == 1)
    // A zero timeout gives up at once, without a note.
    let silent = Counter()
    let impatient = try GlossaryStore(path: path, waitTimeout: 0, onWait: { silent.add() })
    #expect(throws: StoreError.self) {
      try impatient.importUnits([Self.unit("Now.", "İndi.")], origin: MemoryOrigin(path: "now.tsv", format: "tsv"))
    }
    #expect(silent.value == 0)
    #expect(try holder.finish().added == 1)
    #expect(try second.memoryCounts().units == 1)
  }
}
