import Foundation
import Orthography
import Terminology

/// Writes a glossary as CSV or TSV, one row per form, in exactly the
/// columns `soz glossary import` reads (``GlossaryTableReader``):
/// `concept,lang,form,status,kind,note,replacement`.
///
/// The concept's kind is on every row; its note on its first row only;
/// `replacement` only on forbidden forms that name one. CSV quotes a field
/// holding a comma, quote or line break (RFC 4180, `\r\n` kept as is); TSV
/// has no quoting, so tabs and line breaks in a note become spaces. Rows
/// follow the concepts' and forms' order, so export → import → export is
/// byte-identical.
public enum GlossaryTableWriter {
  public static let columns = ["concept", "lang", "form", "status", "kind", "note", "replacement"]

  /// The table as a string.
  public static func string(
    _ glossary: Glossary, dialect: DelimitedText.Dialect, languages: Set<LanguageTag>? = nil
  ) -> String {
    let out = ByteWriter(.memory)
    write(glossary, dialect: dialect, languages: languages, to: out)
    return out.string
  }

  /// Writes the table to `sink`.
  public static func write(
    _ glossary: Glossary, dialect: DelimitedText.Dialect, languages: Set<LanguageTag>? = nil,
    to sink: OutputSink
  ) throws(ExchangeError) {
    let out = ByteWriter(sink)
    write(glossary, dialect: dialect, languages: languages, to: out)
    try out.finish()
  }

  static func write(
    _ glossary: Glossary, dialect: DelimitedText.Dialect, languages: Set<LanguageTag>?,
    to out: ByteWriter
  ) {
    let separator = String(dialect.separator)
    out.append(columns.joined(separator: separator) + "\n")
    for c in glossary.concepts {
      var first = true
      for f in c.forms where languages?.contains(f.language) ?? true {
        let fields = [
          c.id, f.language.rawValue, f.text, f.status.rawValue, c.kind.rawValue,
          first ? c.note ?? "" : "", f.replacement ?? "",
        ]
        out.append(fields.map { field($0, dialect) }.joined(separator: separator) + "\n")
        first = false
      }
    }
  }

  static func field(_ s: String, _ dialect: DelimitedText.Dialect) -> String {
    switch dialect {
    case .tsv:
      guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
      return s.replacingOccurrences(of: "\r\n", with: " ")
        .replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        .replacingOccurrences(of: "\r", with: " ")
    case .csv, .semicolon:
      let separator: UInt8 = dialect == .csv ? 0x2C : 0x3B
      guard s.utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
        return s
      }
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}

/// Translation units as TSV or CSV: a header `id` plus one column per
/// language (`id<TAB>en<TAB>az`), then one row per unit. In TSV, `\`, tab,
/// line feed and carriage return in a cell are written `\\`, `\t`, `\n`,
/// `\r`; CSV quotes cells instead (RFC 4180). Either way any text
/// survives. Only ids and segments are written: use TMX to keep
/// attributes, props and notes.
public enum UnitTable {
  static func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
      return s
    }
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// Writes `units` with one column per language of `languages`.
  public static func write(
    units: some Sequence<TranslationUnit>, languages: [LanguageTag],
    dialect: DelimitedText.Dialect = .tsv, to sink: OutputSink
  ) throws(ExchangeError) {
    let w = UnitTableWriter(sink, languages: languages, dialect: dialect)
    for u in units { w.write(u) }
    try w.finish()
  }

  /// The table as a string.
  public static func string(
    units: [TranslationUnit], languages: [LanguageTag], dialect: DelimitedText.Dialect = .tsv
  ) -> String {
    let w = UnitTableWriter(.memory, languages: languages, dialect: dialect)
    for u in units { w.write(u) }
    return w.out.string
  }

  /// Reads all units from table text.
  public static func read(
    _ text: String, file: String, dialect: DelimitedText.Dialect = .tsv
  ) throws(ExchangeError) -> [TranslationUnit] {
    let r = try UnitTableReader(string: text, file: file, dialect: dialect)
    var units: [TranslationUnit] = []
    while let u = try r.next() { units.append(u) }
    return units
  }
}

/// Streams translation units as TSV or CSV (see ``UnitTable``), one row at
/// a time.
public final class UnitTableWriter {
  let out: ByteWriter
  private let languages: [LanguageTag]
  private let dialect: DelimitedText.Dialect

  /// Writes the header row.
  public init(_ sink: OutputSink, languages: [LanguageTag], dialect: DelimitedText.Dialect = .tsv) {
    out = ByteWriter(sink)
    self.languages = languages
    self.dialect = dialect
    row(["id"] + languages.map(\.rawValue))
  }

  private func row(_ cells: [String]) {
    switch dialect {
    case .tsv: out.append(cells.map(UnitTable.escape).joined(separator: "\t") + "\n")
    case .csv, .semicolon:
      out.append(
        cells.map { GlossaryTableWriter.field($0, dialect) }.joined(separator: String(dialect.separator)) + "\n")
    }
  }

  /// Writes one row.
  public func write(_ unit: TranslationUnit) {
    row([unit.id ?? ""] + languages.map { unit.variant($0)?.text ?? "" })
  }

  /// Flushes; throws the first write error.
  public func finish() throws(ExchangeError) {
    try out.finish()
  }
}

/// Streams translation units from TSV or CSV (see ``UnitTable``): a header
/// naming `id` and language columns (any order; tags normalized), then one
/// unit per row; an empty cell gives no variant. Memory is bounded by the
/// longest row.
public final class UnitTableReader {
  private let records: RecordReader
  private let dialect: DelimitedText.Dialect
  private var columns: [LanguageTag?] = []
  /// The languages of the columns, in order.
  public var languages: [LanguageTag] { columns.compactMap { $0 } }

  /// Opens a file (`.csv` is CSV, anything else TSV) and reads its header.
  public convenience init(path: String, displayName: String? = nil) throws(ExchangeError) {
    let name = displayName ?? path
    guard let source = ByteSource(path: path) else {
      throw ExchangeError(.io, "cannot open file", at: SourceLocation(file: name, line: 1))
    }
    let dialect: DelimitedText.Dialect = path.lowercased().hasSuffix(".csv") ? .csv : .tsv
    try self.init(records: RecordReader(source: source, file: name, dialect: dialect), dialect: dialect)
  }

  /// Reads table text.
  public convenience init(string: String, file: String, dialect: DelimitedText.Dialect = .tsv)
    throws(ExchangeError)
  {
    try self.init(
      records: RecordReader(source: ByteSource(bytes: Array(string.utf8)), file: file, dialect: dialect),
      dialect: dialect)
  }

  init(records: RecordReader, dialect: DelimitedText.Dialect) throws(ExchangeError) {
    self.records = records
    self.dialect = dialect
    guard let header = try records.next() else { return }
    var seenID = false
    for (i, name) in header.fields.enumerated() {
      if name == "id" && !seenID {
        seenID = true
        columns.append(nil)
        continue
      }
      guard let tag = LanguageTag(name) else {
        throw ExchangeError(
          .invalidContent, "column '\(name)' is not a language tag (or 'id')",
          at: SourceLocation(file: records.file, line: header.line, column: i + 1))
      }
      columns.append(tag)
    }
  }

  /// The next unit, or nil after the last row.
  public func next() throws(ExchangeError) -> TranslationUnit? {
    guard let record = try records.next() else { return nil }
    var unit = TranslationUnit(location: SourceLocation(file: records.file, line: record.line))
    for (i, cell) in record.fields.enumerated() where i < columns.count && !cell.isEmpty {
      let value = dialect == .tsv ? TextEscapes.tsvUnescaped(cell) : cell
      if let lang = columns[i] {
        unit.variants.append(TranslationVariant(language: lang, text: value))
      } else {
        unit.id = value
      }
    }
    return unit
  }
}
