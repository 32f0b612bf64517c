import Foundation
import Orthography

/// Reads bulk term lists: CSV or TSV, one row per form.
///
/// The header names the columns, in any order: `concept`, `lang`, `form`,
/// `status` are required; `kind`, `note` and `replacement` are optional.
/// Rows of one concept need not be adjacent. `status` is one of preferred,
/// admitted, deprecated, forbidden; `kind` one of person, place,
/// organization, event, term (default term).
public enum GlossaryTableReader {
  static let required = ["concept", "lang", "form", "status"]
  static let optional = ["kind", "note", "replacement"]

  /// Decodes and parses a file's bytes.
  /// - Throws: ``GlossaryError`` naming the file and line (or, for invalid
  ///   UTF-8, the byte offset).
  public static func read(_ data: Data, file: String) throws(GlossaryError) -> Glossary {
    let text = try decodeUTF8(data, file: file)
    return try read(text, dialect: dialect(of: text, file: file), file: file)
  }

  /// The dialect whose header names the required columns: the one the file
  /// name suggests, else commas, semicolons (spreadsheets in many locales)
  /// or tabs. A file none of them fits is an error saying what the header
  /// looks like — and an OmegaT glossary (tab-separated, no header) is
  /// recognised and pointed to `--from`/`--to`.
  public static func dialect(of text: String, file: String) throws(GlossaryError) -> DelimitedText.Dialect {
    var lineNumber = 0
    var header = ""
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      // (OmegaT glossaries may open with # comments.)
      if !trimmed.isEmpty, !trimmed.hasPrefix("#") {
        header = trimmed
        break
      }
    }
    func names(_ d: DelimitedText.Dialect) -> [String] {
      header.split(separator: d.separator, omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\""))).lowercased()
      }
    }
    let preferred = DelimitedText.Dialect.forPath(file)
    for d in [preferred, .csv, .semicolon, .tsv] where required.allSatisfy(names(d).contains) {
      return d
    }
    guard !header.isEmpty else { return preferred }
    let best = [DelimitedText.Dialect.tsv, .semicolon, .csv].max { names($0).count < names($1).count } ?? preferred
    let fields = names(best)
    let at = SourceLocation(file: file, line: lineNumber)
    if best == .tsv, (2...3).contains(fields.count) {
      throw GlossaryError(
        "this looks like an OmegaT glossary (source, target and comment split by tabs, no header): "
          + "import it with --from SOURCE --to TARGET", at: at)
    }
    let shown = fields.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
    throw GlossaryError(
      "no header naming the columns \(required.joined(separator: ", ")): line \(lineNumber) has "
        + "\(fields.count) field\(fields.count == 1 ? "" : "s") split by \(best.name) (\(shown)\(fields.count > 6 ? ", …" : ""))",
      at: at)
  }

  /// Decodes UTF-8 (dropping a BOM); invalid bytes are an error naming the
  /// first bad byte's offset and line.
  public static func decodeUTF8(_ data: Data, file: String) throws(GlossaryError) -> String {
    let bytes = [UInt8](data)
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return try decodeUTF8(bytes[bom...], file: file, byteOffset: bom)
  }

  /// `bytes` as text, when they are UTF-8; otherwise an error naming the
  /// line and column of the first invalid byte and its offset in the file
  /// (`bytes` start at `line`, `column` and `byteOffset` of `file`: a part
  /// of a file read a part at a time). Columns count code points that are
  /// not combining marks.
  public static func decodeUTF8(
    _ bytes: ArraySlice<UInt8>, file: String, line: Int = 1, column: Int = 1, byteOffset: Int = 0
  ) throws(GlossaryError) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var line = line
    var column = column
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var consumed = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s):
        consumed += UTF8.width(s)
        if s == "\n" {
          line += 1
          column = 1
        } else if s.properties.generalCategory != .nonspacingMark {
          column += 1
        }
      case .emptyInput, .error: break loop
      }
    }
    throw GlossaryError(
      "invalid UTF-8 at byte offset \(byteOffset + consumed)",
      at: SourceLocation(file: file, line: line, column: column))
  }

  /// `s` without leading and trailing spaces and tabs (no Foundation
  /// bridging: half a million fields are trimmed on a large import).
  static func trimmed(_ s: String) -> String {
    let u = s.utf8
    guard let first = u.first, let last = u.last,
      first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    else { return s }
    var lo = u.startIndex
    var hi = u.endIndex
    while lo < hi, u[lo] == 0x20 || u[lo] == 0x09 { lo = u.index(after: lo) }
    while hi > lo, u[u.index(before: hi)] == 0x20 || u[u.index(before: hi)] == 0x09 { hi = u.index(before: hi) }
    return String(decoding: u[lo..<hi], as: UTF8.self)
  }

  /// Parses CSV or TSV text.
  public static func read(
    _ text: String, dialect: DelimitedText.Dialect, file: String
  ) throws(GlossaryError) -> Glossary {
    let records = try DelimitedText.records(in: text, dialect: dialect, file: file)
    guard let header = records.first else { return Glossary() }
    let names = header.fields.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    for name in required where !names.contains(name) {
      throw GlossaryError(
        "missing column '\(name)' (the header needs \(required.joined(separator: ", ")))",
        at: SourceLocation(file: file, line: header.line))
    }
    let column = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    // Rows are parsed (and their forms normalized) on every core, then
    // grouped in file order; the first bad row, in file order, is the error.
    let rows = Array(records.dropFirst()).concurrentMap { record in
      Result { () throws(GlossaryError) -> Row in try row(record, column: column, file: file) }
    }
    var order: [String] = []
    var byID: [String: Concept] = [:]
    for result in rows {
      let row: Row
      switch result {
      case .success(let r): row = r
      case .failure(let e): throw e
      }
      let id = row.id
      if byID[id] == nil {
        order.append(id)
        byID[id] = Concept(id: id, kind: row.kind ?? .term, location: row.form.location)
      }
      if let kind = row.kind { byID[id]?.kind = kind }
      if let note = row.note, byID[id]?.note == nil { byID[id]?.note = note }
      byID[id]?.forms.append(row.form)
    }
    return Glossary(concepts: order.compactMap { byID[$0] })
  }

  private struct Row: Sendable {
    var id: String
    var kind: ConceptKind?
    var note: String?
    var form: Form
  }

  private static func row(
    _ record: DelimitedText.Record, column: [String: Int], file: String
  ) throws(GlossaryError) -> Row {
    let at = SourceLocation(file: file, line: record.line)
    func value(_ name: String) -> String? {
      guard let i = column[name], i < record.fields.count else { return nil }
      let v = trimmed(record.fields[i])
      return v.isEmpty ? nil : v
    }
    guard let id = value("concept"), let langText = value("lang"),
      let formText = value("form"), let statusText = value("status")
    else {
      throw GlossaryError("row needs concept, lang, form and status", at: at)
    }
    guard let lang = LanguageTag(langText) else {
      throw GlossaryError("invalid language tag '\(langText)'", at: at)
    }
    guard let status = FormStatus(rawValue: statusText.lowercased()) else {
      throw GlossaryError("unknown status '\(statusText)'", at: at)
    }
    var kind: ConceptKind?
    if let k = value("kind") {
      guard let parsed = ConceptKind(rawValue: k.lowercased()) else {
        throw GlossaryError("unknown kind '\(k)'", at: at)
      }
      kind = parsed
    }
    return Row(
      id: id, kind: kind, note: value("note"),
      form: Form(
        text: formText, language: lang, status: status, replacement: value("replacement"),
        location: at))
  }
}
