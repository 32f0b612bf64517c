import Foundation
import Terminology
import Testing

@testable import Store

/// The import's reader thread (``ReadAhead``): readings arrive in order,
/// the reader's error arrives where it happened, and closing early stops
/// the reader for good.
@Suite struct ReadAheadTests {
  struct Broken: Error {}

  static func unit(_ i: Int) -> TranslationUnitReading {
    .success(TranslationUnit(id: "u\(i)", variants: [.init(language: .en, text: "Unit \(i).")]))
  }

  /// More readings than the chunks it holds, then an error: all of them
  /// in order, then the error, then nothing is read again.
  @Test(arguments: [0, 1, 511, 512, 513, 4095, 4096, 4097, 10_000])
  func orderAndErrorPosition(count: Int) throws {
    var produced = 0
    try withoutActuallyEscaping({ () throws -> TranslationUnitReading? in
      guard produced < count else { throw Broken() }
      produced += 1
      return Self.unit(produced)
    }) { next in
      let reader = ReadAhead(next)
      defer { reader.close() }
      var seen = 0
      #expect(throws: Broken.self) {
        while let r = try reader.next() {
          seen += 1
          #expect(try r.get().id == "u\(seen)")
        }
      }
      #expect(seen == count)
    }
    #expect(produced == count)
  }

  /// The end of the input is nil, however often it is asked.
  @Test func endIsNil() throws {
    var left = 3
    try withoutActuallyEscaping({ () throws -> TranslationUnitReading? in
      guard left > 0 else { return nil }
      left -= 1
      return Self.unit(left)
    }) { next in
      let reader = ReadAhead(next)
      defer { reader.close() }
      var n = 0
      while try reader.next() != nil { n += 1 }
      #expect(n == 3)
      #expect(try reader.next() == nil)
    }
  }

  /// A writer that fails early closes the reader while it waits on a full
  /// queue: close returns, and the reader is not called afterwards.
  @Test func closingEarlyStopsTheReader() throws {
    let calls = Counter()
    try withoutActuallyEscaping({ () throws -> TranslationUnitReading? in
      calls.add()
      return Self.unit(calls.value)
    }) { next in
      let reader = ReadAhead(next)
      _ = try reader.next()
      reader.close()
    }
    let after = calls.value
    Thread.sleep(forTimeInterval: 0.05)
    #expect(calls.value == after)
    #expect(after <= ReadAhead.chunkSize * (ReadAhead.capacity + 1))
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
  }
}
