import Foundation
import Testing

private typealias CLI = SozCLITests

/// Writers take turns: a second writer waits for the first (and says so on
/// a terminal) instead of failing with "database is locked"; readers never
/// wait; a configurable timeout ends the wait with exit 2 and a clear
/// message, leaving the store as it was.
@Suite(.serialized) struct StoreWaitCLITests {
  static func scratch() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("soz-wait-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// A TSV of `count` distinct en–az pairs.
  static func pairs(_ url: URL, tag: String, count: Int) throws {
    var text = "en\taz\n"
    for i in 0..<count {
      text += "Report \(tag) number \(i) from Baku on the forum.\tBakıdan forum haqqında \(tag) hesabat nömrə \(i).\n"
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// Another process holding the store's write lock (python3's sqlite3,
  /// `BEGIN IMMEDIATE`) for `seconds`, after a first write, as an import
  /// in progress has written (the write-ahead log is not empty: a new
  /// reader needs no lock to open it); returns once the lock is held.
  static func holdWriteLock(_ store: String, seconds: Double) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\nc.execute('BEGIN IMMEDIATE')\nc.execute('CREATE TABLE wait_probe (x)')\nc.execute('DROP TABLE wait_probe')\nc.execute('COMMIT')\nc.execute('BEGIN IMMEDIATE')\nprint('locked', flush=True)\ntime.sleep(float(sys.argv[2]))\nc.execute('ROLLBACK')\n",
      store, String(seconds),
    ]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let line = out.fileHandleForReading.availableData
    #expect(String(decoding: line, as: UTF8.self).hasPrefix("locked"))
    return p
  }

  static func units(_ store: String) throws -> Int {
    let r = try CLI.soz(["tm", "stats", "--store", store, "--format", "json"])
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    return json?["units"] as? Int ?? -1
  }

  @Test func twoConcurrentImportsBothSucceedWithEveryUnitStored() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("store.sqlite").path
    let a = dir.appendingPathComponent("a.tsv"), b = dir.appendingPathComponent("b.tsv")
    try Self.pairs(a, tag: "a", count: 20_000)
    try Self.pairs(b, tag: "b", count: 20_000)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      let r = try? CLI.soz(["tm", "import", [a, b][i].path, "--store", store])
      results.add(r)
    }
    #expect(results.runs.count == 2)
    for r in results.runs {
      #expect(r.status == 0, "\(r.stderr)")
      #expect(r.stdout.contains("20000 units added"), "\(r.stdout)")
    }
    #expect(try Self.units(store) == 40_000)
  }

  @Test func aWriterWaitsForTheLockAndReadersDoNot() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("store.sqlite").path
    let a = dir.appendingPathComponent("a.tsv")
    try Self.pairs(a, tag: "a", count: 10)
    #expect(try CLI.soz(["tm", "stats", "--store", store]).status == 0)  // creates the store
    let holder = try Self.holdWriteLock(store, seconds: 3)
    defer { holder.terminate() }
    let started = Date()
    // A reader answers at once while the lock is held.
    let stats = try CLI.soz(["tm", "stats", "--store", store])
    #expect(stats.status == 0)
    #expect(Date().timeIntervalSince(started) < 2.5)
    // A writer waits for it, then imports.
    let imported = try CLI.soz(["tm", "import", a.path, "--store", store])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(Date().timeIntervalSince(started) >= 2.5)
    #expect(try Self.units(store) == 10)
  }

  @Test func theWaitEndsAfterTheTimeoutWithExit2AndTheStoreUnchanged() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("store.sqlite").path
    let a = dir.appendingPathComponent("a.tsv")
    try Self.pairs(a, tag: "a", count: 10)
    #expect(try CLI.soz(["tm", "stats", "--store", store]).status == 0)
    let holder = try Self.holdWriteLock(store, seconds: 6)
    defer { holder.terminate() }
    let r = try CLI.soz(["tm", "import", a.path, "--store", store], env: ["SOZ_STORE_TIMEOUT": "1"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("the store is busy"), "\(r.stderr)")
    #expect(r.stderr.contains("SOZ_STORE_TIMEOUT"))
    holder.terminate()
    holder.waitUntilExit()
    #expect(try Self.units(store) == 0)
    let bad = try CLI.soz(["tm", "stats", "--store", store], env: ["SOZ_STORE_TIMEOUT": "soon"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("SOZ_STORE_TIMEOUT"))
  }
}

/// Runs collected from several threads.
private final class Results: @unchecked Sendable {
  private(set) var runs: [SozCLITests.Run] = []
  private let lock = NSLock()
  func add(_ r: SozCLITests.Run?) {
    lock.lock()
    if let r { runs.append(r) }
    lock.unlock()
  }
}
