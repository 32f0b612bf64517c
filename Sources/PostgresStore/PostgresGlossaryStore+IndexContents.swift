import Foundation
import PostgresNIO
import Search
import Terminology

extension PostgresGlossaryStore {
  /// Every form with its keys, the typo index's words and postings (one
  /// array a word), and the concepts, in one snapshot (a repeatable-read
  /// transaction): ``InMemoryGlossaryIndex``.
  public func indexContents() throws(StoreError) -> GlossaryIndexContents {
    try run {
      try session.withConnection { c in
        try c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { _ = try? c.run("COMMIT") }
        let forms = try c.rows(
          """
          SELECT id, concept_id, lang, text, status, replacement, case_key, fold_key, match_key,
            sorted_key, joined_key FROM form ORDER BY id
          """
        ).map { row -> GlossaryIndexContents.Form in
          let (id, concept, lang, text, status, replacement, caseKey, foldKey, matchKey, sortedKey, joined) =
            try row.decode(
              (Int64, String, String, String, String, String?, String, String, String, String, String)
                .self)
          return .init(
            form: StoredForm(
              id: id, conceptID: concept, language: lang, text: text, status: status,
              replacement: replacement, caseKey: caseKey, foldKey: foldKey, matchKey: matchKey,
              sortedKey: sortedKey),
            joinedKey: joined)
        }
        let words = try c.rows("SELECT id, word, form_count FROM key_word ORDER BY id").map { row in
          let (id, word, count) = try row.decode((Int64, String, Int32).self)
          return StoredWord(id: id, word: word, formCount: Int(count))
        }
        var postings: [Int64: [Int64]] = [:]
        for row in try c.rows(
          """
          SELECT word_id, array_agg(DISTINCT form_id ORDER BY form_id) FROM form_word
          GROUP BY word_id
          """)
        {
          let (word, forms) = try row.decode((Int64, [Int64]).self)
          postings[word] = forms
        }
        let concepts = try c.rows("SELECT id, kind, note FROM concept").map { row in
          let (id, kind, note) = try row.decode((String, String, String?).self)
          return GlossaryIndexContents.Concept(
            id: id, kind: ConceptKind(rawValue: kind) ?? .term, note: note)
        }
        let count =
          try c.rows("SELECT coalesce(sum(form_count), 0)::bigint FROM source").first?
          .decode(Int.self) ?? 0
        return GlossaryIndexContents(
          forms: forms, words: words, postings: postings, concepts: concepts, formCount: count)
      }
    }
  }
}
