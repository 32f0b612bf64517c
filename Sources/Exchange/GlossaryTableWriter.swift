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
    let separator = dialect == .csv ? "," : "\t"
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
    case .csv:
      guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
        return s
      }
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}

/// Translation units as TSV: a header `id<TAB>lang…` naming one column per
/// language, then one row per unit; in the unit id and the segments `\`,
/// tab, line feed and carriage return are written `\\`, `\t`, `\n`, `\r`,
/// so any text survives. Units' props, notes and attributes are not
/// written (use TMX for those).
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

  static func unescape(_ s: Substring) -> String {
    guard s.contains("\\") else { return String(s) }
    var out = ""
    var it = s.unicodeScalars.makeIterator()
    while let c = it.next() {
      guard c == "\\", let n = it.next() else {
        out.unicodeScalars.append(c)
        continue
      }
      switch n {
      case "t": out += "\t"
      case "n": out += "\n"
      case "r": out += "\r"
      default: out.unicodeScalars.append(n)
      }
    }
    return out
  }

  /// Writes `units` as TSV with one column per language of `languages`.
  public static func write(
    units: some Sequence<TranslationUnit>, languages: [LanguageTag], to sink: OutputSink
  ) throws(ExchangeError) {
    let w = UnitTableWriter(sink, languages: languages)
    for u in units { w.write(u) }
    try w.finish()
  }

  /// The TSV as a string.
  public static func string(units: [TranslationUnit], languages: [LanguageTag]) -> String {
    let w = UnitTableWriter(.memory, languages: languages)
    for u in units { w.write(u) }
    return w.out.string
  }

  /// Reads units from TSV text written by ``write(units:languages:to:)``
  /// (or by hand: a header naming `id` and language columns). Empty cells
  /// give no variant.
  public static func read(_ text: String, file: String) throws(ExchangeError) -> [TranslationUnit] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    guard let header = lines.popFirst() else { return [] }
    var columns: [LanguageTag?] = []
    for (i, name) in header.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
      let n = name.hasSuffix("\r") ? name.dropLast() : name
      if n == "id" {
        columns.append(nil)
        continue
      }
      guard let tag = LanguageTag(String(n)) else {
        throw ExchangeError(
          .invalidContent, "column '\(n)' is not a language tag (or 'id')",
          at: SourceLocation(file: file, line: 1, column: i + 1))
      }
      columns.append(tag)
    }
    var units: [TranslationUnit] = []
    var lineNumber = 1
    for var line in lines {
      lineNumber += 1
      if line.hasSuffix("\r") { line = line.dropLast() }
      if line.isEmpty { continue }
      var unit = TranslationUnit(location: SourceLocation(file: file, line: lineNumber))
      for (i, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated()
      where i < columns.count && !cell.isEmpty {
        if let lang = columns[i] {
          unit.variants.append(TranslationVariant(language: lang, text: unescape(cell)))
        } else {
          unit.id = unescape(cell)
        }
      }
      units.append(unit)
    }
    return units
  }
}

/// Streams translation units as TSV (see ``UnitTable``), one row at a time.
public final class UnitTableWriter {
  let out: ByteWriter
  private let languages: [LanguageTag]

  /// Writes the header row.
  public init(_ sink: OutputSink, languages: [LanguageTag]) {
    out = ByteWriter(sink)
    self.languages = languages
    out.append((["id"] + languages.map(\.rawValue)).joined(separator: "\t") + "\n")
  }

  /// Writes one row.
  public func write(_ unit: TranslationUnit) {
    var row = UnitTable.escape(unit.id ?? "")
    for l in languages {
      row += "\t"
      row += UnitTable.escape(unit.variant(l)?.text ?? "")
    }
    out.append(row + "\n")
  }

  /// Flushes; throws the first write error.
  public func finish() throws(ExchangeError) {
    try out.finish()
  }
}
