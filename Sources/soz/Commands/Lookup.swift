import ArgumentParser
import Foundation
import Orthography
import SozCore
import Store

extension Soz {
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find the canonical spellings of a name or term, however it was typed.",
      discussion: """
        Matches whatever the query's case, diacritics, script (Latin or Cyrillic), \
        romanization tradition, word order or typos (edit distance ≤ 2 on the \
        comparison key). Exit status 1 when nothing matches.
        """)

    @Argument(help: "The spelling to look up (several words are one query).")
    var query: [String] = []

    @Option(
      help: "Print only the canonical form in this language (en, az, tr, kk, kk-Latn).",
      completion: .languages)
    var lang: String?

    @Option(help: "Output format: text or json.")
    var format: LookupFormat = .text

    @Flag(help: "Read one query a line from standard input; write one JSON line per query.")
    var batch = false

    @Option(help: "At most this many candidates.")
    var limit = 5

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if batch, !query.isEmpty { throw ValidationError("give a query or --batch, not both") }
      if !batch, query.joined().trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("give a query, e.g. soz lookup Qarabağ")
      }
      if let lang, LanguageTag(lang) == nil {
        throw ValidationError("invalid language tag '\(lang)'")
      }
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let store = try Diagnostics.exitingOnFailure { try storeOptions.workspace().openStoreWithGlossary() }
      let language = lang.flatMap(LanguageTag.init)
      if batch {
        let runner = try Diagnostics.exitingOnFailure { try BatchLookup(store: store, limit: limit) }
        let unmatched = Counter()
        try Diagnostics.exitingOnFailure {
          try runner.run(
            reading: {
              while let line = readLine() {
                let q = line.trimmingCharacters(in: .whitespaces)
                if !q.isEmpty { return q }
              }
              return nil
            },
            emit: { result in
              if !result.isMatch { unmatched.increment() }
              Output.line(LookupRenderer.json(result))
            })
        }
        if unmatched.value > 0 { throw ExitStatus.findings }
        return
      }
      let result = try find(query.joined(separator: " "), store)
      if let language {
        guard let form = LookupRenderer.canonicalOnly(result, language: language) else {
          if result.isMatch {
            Diagnostics.note("'\(result.candidates[0].concept.id)' has no \(language) form")
          } else {
            Diagnostics.note("no match for '\(result.query)'")
          }
          throw ExitStatus.findings
        }
        Output.line(form)
        return
      }
      switch format {
      case .json: Output.line(LookupRenderer.json(result))
      case .text: Output.line(LookupRenderer.text(result, style: .standardOutput))
      }
      if !result.isMatch { throw ExitStatus.findings }
    }

    private func find(_ q: String, _ store: any GlossaryStorage) throws -> LookupResult {
      try Diagnostics.exitingOnFailure { try store.lookup(q, limit: limit) }
    }
  }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func increment() {
    lock.lock()
    count += 1
    lock.unlock()
  }
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}
