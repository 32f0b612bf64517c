import Foundation
import Orthography
import Search
import Terminology

extension MemoryWriter {
  /// The words the store knew when a batch was submitted: a copy of the
  /// writer's tables (copy on write; their posting lists are left out, so
  /// that the writer appending to them copies nothing).
  struct Known {
    var languages: [String]
    var tables: [WordIDTable]

    /// The ids of a unit's words, variant after variant: per variant its
    /// n word ids, then the n ids its words are posted under (``MemoryRows/
    /// VariantRow/repeats``); 0 where the word is not known yet (new in
    /// this batch or the one being written), for the writer to assign.
    func ids(_ unit: TranslationUnit, _ k: Keyed) -> [UInt32] {
      var out: [UInt32] = []
      out.reserveCapacity(k.variants.reduce(0) { $0 + 2 * $1.count })
      for v in unit.variants.indices {
        guard let language = languages.firstIndex(of: unit.variants[v].language.rawValue) else {
          out.append(contentsOf: repeatElement(0, count: 2 * k.variants[v].count))
          continue
        }
        let row = k.rows[v]
        let start = out.count
        for i in k.variants[v].indices { out.append(tables[language].id(k.variants[v][i].key, hash: row.keyHashes[i]) ?? 0) }
        for i in row.repeats.indices {
          if let r = row.repeats[i] {
            out.append(tables[language].id(r, hash: row.repeatHashes[i]) ?? 0)
          } else {
            out.append(out[start + i])
          }
        }
      }
      return out
    }
  }

  /// Hashes, word keys and known word ids of a batch, computed on a
  /// background queue: looking words up was the writer's last work per
  /// word (40 000 000 of them in 1M units); it now only assigns ids to
  /// new ones.
  final class KeyingJob: @unchecked Sendable {
    private(set) var units: [TranslationUnit]
    private var result: [Keyed] = []
    private var ids: [[UInt32]] = []
    private var known: Known?
    private let done = DispatchSemaphore(value: 0)

    init(_ units: [TranslationUnit], known: Known) {
      self.units = units
      self.known = known
      DispatchQueue.global().async {
        let keyed = MemoryRows.key(units)
        self.ids = Array(units.indices).concurrentMap { i in self.known!.ids(units[i], keyed[i]) }
        self.known = nil
        self.result = keyed
        self.done.signal()
      }
    }

    func wait() -> ([Keyed], [[UInt32]]) {
      done.wait()
      done.signal()
      return (result, ids)
    }

    /// Frees the written batch on a background queue: freeing a batch's
    /// strings and arrays one by one took the writer ~2 s of a 1M-unit
    /// import, and the writer is the import's one serial stage.
    func discard() {
      let garbage = Garbage(units, result, ids)
      units = []
      result = []
      ids = []
      DispatchQueue.global().async { garbage.free() }
    }
  }

  /// A batch on its way to be freed (``KeyingJob/discard()``): emptied by
  /// ``free()`` on the background queue, wherever its last reference goes.
  final class Garbage: @unchecked Sendable {
    private var units: [TranslationUnit]
    private var keyed: [Keyed]
    private var ids: [[UInt32]]

    init(_ units: [TranslationUnit], _ keyed: [Keyed], _ ids: [[UInt32]]) {
      self.units = units
      self.keyed = keyed
      self.ids = ids
    }

    func free() {
      units = []
      keyed = []
      ids = []
    }
  }
}
