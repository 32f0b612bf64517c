import Foundation
import GRDB
import Orthography
import Search
import Terminology

extension GlossaryStore {
  /// Streams every translation unit of the memory, in import order, to
  /// `body` as a pull function (nil at the end), within one read
  /// transaction: an export sees one consistent state even while an import
  /// writes. Units come back with every attribute, property and note they
  /// were imported with.
  public func readUnits<T>(
    _ body: (_ next: () throws -> TranslationUnit?) throws -> T
  ) throws -> T {
    try db.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT u.id AS unitId, u.tuid, u.attributes AS ua, u.properties AS up, u.notes AS un,
            v.lang, v.text, v.markup, v.attributes AS va, v.properties AS vp, v.notes AS vn
          FROM tmUnit u JOIN tmVariant v ON v.unitId = u.id
          ORDER BY u.id, v.id
          """)
      var pending: Row?
      func next() throws -> TranslationUnit? {
        guard let first = try pending ?? rows.next()?.copy() else { return nil }
        pending = nil
        let id: Int64 = first["unitId"]
        var unit = TranslationUnit(
          id: first["tuid"], attributes: AnnotationJSON.decode(first["ua"]),
          properties: AnnotationJSON.decode(first["up"]), notes: AnnotationJSON.decode(first["un"]))
        var row: Row? = first
        while let r = row {
          guard r["unitId"] as Int64 == id else {
            pending = r
            break
          }
          let lang: String = r["lang"]
          if let tag = LanguageTag(lang) {
            unit.variants.append(
              TranslationVariant(
                language: tag, text: r["text"], markup: r["markup"],
                attributes: AnnotationJSON.decode(r["va"]), properties: AnnotationJSON.decode(r["vp"]),
                notes: AnnotationJSON.decode(r["vn"])))
          }
          // Rows are copied: a cursor reuses its row between steps.
          row = try rows.next()?.copy()
        }
        return unit
      }
      return try body(next)
    }
  }
}
