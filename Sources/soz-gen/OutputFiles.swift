/// Writes the TSV and text files of a generated glossary.
enum OutputFiles {
  /// `glossary.tsv`; returns the number of data rows.
  static func writeGlossary(_ glossary: GeneratedGlossary, to path: String) throws -> Int {
    let out = try TextFileWriter(path: path)
    try out.writeRow(["concept", "lang", "form", "status", "kind"])
    var rows = 0
    for concept in glossary.concepts {
      for form in concept.forms {
        try out.writeRow([concept.id, form.lang, form.text, form.status.rawValue, concept.kind.rawValue])
        rows += 1
      }
    }
    try out.close()
    return rows
  }

  /// `forms.txt`: each distinct form text once, in first-seen order;
  /// returns how many.
  static func writeForms(_ glossary: GeneratedGlossary, to path: String) throws -> Int {
    let out = try TextFileWriter(path: path)
    var seen = Set<String>()
    for concept in glossary.concepts {
      for form in concept.forms where seen.insert(form.text).inserted {
        try out.write(form.text + "\n")
      }
    }
    try out.close()
    return seen.count
  }

  /// `queries.tsv`.
  static func writeQueries(_ queries: [GeneratedQuery], to path: String) throws {
    let out = try TextFileWriter(path: path)
    try out.writeRow(["query", "concept", "kind"])
    for q in queries { try out.writeRow([q.text, q.conceptID, q.kind.rawValue]) }
    try out.close()
  }
}
