import Foundation
import Search
import SozCore
import Store
import Testing
import TestSupport

/// The in-memory lookup index (``InMemoryGlossaryIndex``) answers every
/// lookup exactly as the engine it was read from: the shipped glossary and
/// a generated one (3 000 concepts), their typo, variant and word-boundary
/// queries, each rendered as the API's JSON. PostgresEngineTests compares
/// it on PostgreSQL.
@Suite struct InMemoryIndexTests {
  @Test func answersAsTheSQLiteEngine() throws {
    let store = try GlossaryStore(path: ServerProcess.tempStore())
    let generated = try PostgresEngineTests.generated(concepts: 3000)
    try GlossarySync.sync(path: PostgresEngineTests.glossary, into: store, configured: false)
    try GlossarySync.importPath(generated.glossary, into: store)
    let index = InMemoryGlossaryIndex(try store.indexContents())
    #expect(index.size == (try store.sourceInfos().map(\.forms).reduce(0, +)))
    var compared = 0
    for query in PostgresEngineTests.shippedQueries + generated.queries {
      let engine = LookupRenderer.json(try store.lookup(query))
      let memory = LookupRenderer.json(try GlossarySearch(reader: index).lookup(query))
      #expect(engine == memory, "\(query)")
      compared += 1
    }
    #expect(compared > 400)
  }

  /// The cache answers nil (the engine then answers) until its index for
  /// the fingerprint is built, and drops it when the glossary changes.
  @Test func cacheFollowsTheFingerprint() throws {
    let store = try GlossaryStore(path: ServerProcess.tempStore())
    try GlossarySync.sync(path: PostgresEngineTests.glossary, into: store, configured: false)
    let cache = GlossaryIndexCache(storage: store)
    let before = try store.glossaryFingerprint()
    #expect(cache.buildNow() != nil)
    #expect(cache.index(for: before) != nil)
    let tsv = try ServerProcess.file(
      "terms.tsv", "concept\tlang\tform\tstatus\nzoqtau-x\ten\tZoqtau\tpreferred\n")
    try GlossarySync.importPath(tsv, into: store)
    let after = try store.glossaryFingerprint()
    #expect(after != before)
    #expect(cache.index(for: after) == nil)  // stale: the engine answers meanwhile
    var built: InMemoryGlossaryIndex?
    for _ in 0..<200 where built == nil {
      Thread.sleep(forTimeInterval: 0.05)
      built = cache.index(for: after)
    }
    let index = try #require(built)
    #expect(try GlossarySearch(reader: index).lookup("Zoqtau").candidates.first?.concept.id == "zoqtau-x")
  }
}
