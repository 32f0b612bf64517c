import Foundation
import Testing
import TestSupport

private typealias CLI = SozCLITests

/// Writers take turns: a second writer waits for the first (and says so on
/// a terminal) instead of failing with "database is locked"; readers never
/// wait; a configurable timeout ends the wait with exit 2 and a clear
/// message, leaving the store as it was.
@Suite(.serialized) struct StoreWaitCLITests {
  static func scratch() throws -> URL {
    let dir = Scratch.root.appendingPathComponent("soz-wait-\(UUID().uuidString)")
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

  /// Whether some process holds the store's write lock now (a probe that
  /// tries `BEGIN IMMEDIATE` without waiting).
  static func writeLocked(_ store: String) throws -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\ntry:\n  c.execute('BEGIN IMMEDIATE')\n  c.execute('ROLLBACK')\nexcept sqlite3.OperationalError:\n  sys.exit(3)\n",
      store,
    ]
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus == 3
  }

  /// A glossary of `count` concepts (TSV).
  static func glossary(_ url: URL, tag: String, count: Int) throws {
    var text = "concept\tlang\tform\tstatus\n"
    for i in 0..<count {
      text += "\(tag)\(i)\ten\tHalvaran Forum \(tag) \(i)\tpreferred\n\(tag)\(i)\taz\tHalvaran Forumu \(tag) \(i)\tpreferred\n"
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  static func units(_ store: String) throws -> Int {
    let r = try CLI.soz(["tm", "stats", "--store", store, "--format", "json"])
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    return json?["units"] as? Int ?? -1
  }

  /// The second import starts once the first is known to be inside its
  /// write transaction (another process holds the store's write lock), so
  /// it has to wait its turn.
  @Test func twoConcurrentImportsBothSucceedWithEveryUnitStored() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("store.sqlite").path
    let a = dir.appendingPathComponent("a.tsv"), b = dir.appendingPathComponent("b.tsv")
    let n = 50_000
    try Self.pairs(a, tag: "a", count: n)
    try Self.pairs(b, tag: "b", count: n)
    #expect(try CLI.soz(["tm", "stats", "--store", store]).status == 0)  // creates the store
    #expect(try !Self.writeLocked(store))
    let first = Process()
    first.executableURL = CLI.binary
    first.arguments = ["tm", "import", a.path, "--store", store]
    let firstOut = dir.appendingPathComponent("first.out")
    FileManager.default.createFile(atPath: firstOut.path, contents: nil)
    let output = try FileHandle(forWritingTo: firstOut)
    defer { try? output.close() }
    first.standardOutput = output
    first.standardError = output
    try first.run()
    defer { if first.isRunning { first.terminate() } }
    var locked = false
    while first.isRunning, !locked { locked = try Self.writeLocked(store) }
    #expect(locked, "the first import was never seen writing")
    let second = try CLI.soz(["tm", "import", b.path, "--store", store])
    // The second could only commit after the first.
    #expect(!first.isRunning)
    first.waitUntilExit()
    let firstText = try String(contentsOf: firstOut, encoding: .utf8)
    #expect(first.terminationStatus == 0, "\(firstText)")
    #expect(firstText.contains("\(n) units added"), "\(firstText)")
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("\(n) units added"), "\(second.stdout)")
    #expect(!second.stderr.contains("locked"))
    #expect(try Self.units(store) == 2 * n)
  }

  /// Readers answer while another process holds the write lock; writers
  /// wait for it, longer than SQLite's old 10 s busy timeout, and write.
  @Test func writersWaitForTheLockAndReadersDoNot() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("store.sqlite").path
    let a = dir.appendingPathComponent("a.tsv"), g = dir.appendingPathComponent("g.tsv")
    let g2 = dir.appendingPathComponent("g2.tsv")
    try Self.pairs(a, tag: "a", count: 10)
    try Self.glossary(g, tag: "c", count: 5)
    try Self.glossary(g2, tag: "d", count: 7)
    #expect(try CLI.soz(["glossary", "import", g.path, "--store", store]).status == 0)
    // Held longer than the 10 s busy timeout writers used to give up after.
    let holder = try Self.holdWriteLock(store, seconds: 11)
    defer { holder.terminate() }
    let started = Date()
    // Readers answer at once while the lock is held.
    let stats = try CLI.soz(["tm", "stats", "--store", store])
    #expect(stats.status == 0, "\(stats.stderr)")
    let lookup = try CLI.soz(["lookup", "Halvaran Forumu c 3", "--store", store, "--format", "json"])
    #expect(lookup.status == 0, "\(lookup.stderr)")
    #expect(lookup.stdout.contains("\"c3\""), "\(lookup.stdout)")
    let glossaryStats = try CLI.soz(["glossary", "stats", "--store", store])
    #expect(glossaryStats.status == 0, "\(glossaryStats.stderr)")
    #expect(Date().timeIntervalSince(started) < 2.5)
    // Writers (a memory import, a glossary import) wait for it, then write.
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      let args = [["tm", "import", a.path, "--store", store], ["glossary", "import", g2.path, "--store", store]][i]
      results.add(try? CLI.soz(args))
    }
    #expect(Date().timeIntervalSince(started) >= 10.5)
    #expect(results.runs.count == 2)
    for r in results.runs { #expect(r.status == 0, "\(r.stderr)") }
    #expect(try Self.units(store) == 10)
    let sources = try CLI.soz(["glossary", "sources", "--store", store])
    #expect(sources.stdout.contains("g2.tsv"), "\(sources.stdout)")
  }

  /// On a terminal a waiting writer says so, once.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func aWaitingWriterSaysSoOnATerminal() throws {
    #if os(Linux)
      let locked = try LockedStore(seconds: 2)
      defer { locked.close() }
      let (store, a) = (locked.store, locked.pairs)
      // util-linux script(1) gives the command a pseudo-terminal.
      let command = [CLI.binary.path, "tm", "import", a.path, "--store", store]
        .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      p.arguments = ["-qec", command, "/dev/null"]
      let out = Pipe()
      p.standardOutput = out
      p.standardInput = FileHandle.nullDevice
      try p.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(p.terminationStatus == 0, "\(text)")
      let note = "soz: waiting for the store (another soz is writing to \(store))…"
      #expect(text.components(separatedBy: note).count == 2, "\(text)")
      #expect(text.contains("10 units added"), "\(text)")
    #endif
  }

  /// A created store, ten pairs to import into it, and another process
  /// holding its write lock for `seconds`.
  struct LockedStore {
    let dir: URL
    let store: String
    let pairs: URL
    let holder: Process

    init(seconds: Double) throws {
      dir = try StoreWaitCLITests.scratch()
      store = dir.appendingPathComponent("store.sqlite").path
      pairs = dir.appendingPathComponent("a.tsv")
      try StoreWaitCLITests.pairs(pairs, tag: "a", count: 10)
      #expect(try CLI.soz(["tm", "stats", "--store", store]).status == 0)
      holder = try StoreWaitCLITests.holdWriteLock(store, seconds: seconds)
    }

    func close() {
      holder.terminate()
      try? FileManager.default.removeItem(at: dir)
    }
  }

  @Test func theWaitEndsAfterTheTimeoutWithExit2AndTheStoreUnchanged() throws {
    let locked = try LockedStore(seconds: 6)
    defer { locked.close() }
    let (store, a, holder) = (locked.store, locked.pairs, locked.holder)
    let r = try CLI.soz(["tm", "import", a.path, "--store", store], env: ["SOZ_STORE_TIMEOUT": "1"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("the store is busy"), "\(r.stderr)")
    #expect(r.stderr.contains("SOZ_STORE_TIMEOUT"))
    #expect(r.stderr.contains("soz: error: \(store): "), "\(r.stderr)")
    #expect(r.stderr.contains("for 1 s"), "\(r.stderr)")
    #expect(!r.stderr.contains("waiting"))  // not a terminal: no note
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
