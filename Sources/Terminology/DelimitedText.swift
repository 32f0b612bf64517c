/// A minimal RFC 4180 reader for CSV and TSV that keeps line numbers.
///
/// CSV fields may be quoted (`"a ""b"", c"`) and span lines; TSV fields are
/// taken literally (tab-separated, no quoting), as spreadsheet exports and
/// `cut` expect.
public struct DelimitedText {
  public enum Dialect: Sendable {
    case csv, tsv
    /// CSV with semicolons, as spreadsheets write it where the decimal
    /// separator is a comma.
    case semicolon

    /// The character between fields.
    public var separator: Character {
      switch self {
      case .csv: return ","
      case .tsv: return "\t"
      case .semicolon: return ";"
      }
    }

    /// How messages name it.
    public var name: String {
      switch self {
      case .csv: return "commas"
      case .tsv: return "tabs"
      case .semicolon: return "semicolons"
      }
    }

    /// The dialect a file name suggests (`.tsv`/`.tab` → TSV, else CSV).
    public static func forPath(_ path: String) -> Dialect {
      let lower = path.lowercased()
      return lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") ? .tsv : .csv
    }
  }

  /// One record: its fields and the 1-based line it starts on.
  public struct Record: Sendable {
    public var fields: [String]
    public var line: Int
  }

  /// TSV has no quoting: split lines, then tabs, on the UTF-8 view (much
  /// faster than walking Characters, for 500 000-row term lists).
  static func tsvRecords(_ text: String) -> [Record] {
    var records: [Record] = []
    var line = 0
    for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      line += 1
      var bytes = raw[...]
      if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
      if bytes.isEmpty { continue }
      let fields = bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
      records.append(Record(fields: fields, line: line))
    }
    return records
  }

  /// Splits `text` into records; blank lines are skipped.
  /// - Throws: ``GlossaryError`` for an unterminated quoted field.
  public static func records(
    in text: String, dialect: Dialect, file: String
  ) throws(GlossaryError) -> [Record] {
    if dialect == .tsv { return tsvRecords(text) }
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quoteLine = 1
    var chars = text.makeIterator()
    var pending: Character? = nil
    let separator = dialect.separator
    func endRecord() {
      fields.append(field)
      field = ""
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(fields: fields, line: recordLine))
      }
      fields = []
    }
    while let c = pending ?? chars.next() {
      pending = nil
      if inQuotes {
        if c == "\"" {
          if let next = chars.next() {
            if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
          } else {
            inQuotes = false
          }
        } else {
          if c == "\n" || c == "\r\n" { line += 1 }
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"" where dialect != .tsv && field.isEmpty:
        inQuotes = true
        quoteLine = line
      case separator:
        fields.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        endRecord()
        line += 1
        recordLine = line
      default:
        field.append(c)
      }
    }
    if inQuotes {
      throw GlossaryError(
        "unterminated quoted field", at: SourceLocation(file: file, line: quoteLine))
    }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    return records
  }
}
