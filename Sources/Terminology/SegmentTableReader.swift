import Foundation
import Orthography

/// Reads aligned segments from TSV or CSV, streaming: one translation unit
/// per record, with its file and line.
///
/// A record holds one segment per column. The languages come from the
/// caller (`--from`/`--to`) or from a header naming them (`en<TAB>az`, the
/// format of `corpus/segments/*.tsv`); a header is recognised when every
/// field of the first record is a language tag. TSV fields are literal
/// (no quoting); CSV follows RFC 4180 (`"a ""b"", c"`, quoted fields may
/// span lines). Records with the wrong number of fields, an empty segment
/// or invalid UTF-8 are rejected with their line; the rest is read. Memory
/// is bounded by the chunk size whatever the file size.
public struct SegmentTableReader: TranslationUnitReader {
  public let path: String
  public let dialect: DelimitedText.Dialect
  /// The column languages (from the caller or the header).
  public private(set) var languages: [LanguageTag]?
  private let handle: FileHandle
  private let size: Int
  private var buffer: [UInt8] = []
  private var position = 0
  private var consumed = 0
  private var atEnd = false
  private var line = 1
  private var first = true
  /// The `id` column of a header `id<TAB>en<TAB>az` (what `soz export tm
  /// --format tsv` writes, with `\t`, `\n`, `\r`, `\\` escapes).
  private var idColumn: Int?
  private let chunkSize: Int

  /// Opens `path`. `languages` (source first) overrides a header;
  /// `chunkSize` is how many bytes are read at a time.
  /// - Throws: ``GlossaryError`` when the file cannot be opened.
  public init(
    path: String, dialect: DelimitedText.Dialect? = nil, languages: [LanguageTag]? = nil,
    chunkSize: Int = 1 << 20
  ) throws(GlossaryError) {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    self.dialect = dialect ?? .forPath(path)
    self.languages = languages
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw GlossaryError("cannot read file", at: SourceLocation(file: path, line: 1))
    }
    self.handle = handle
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }

  public var progress: Double { size > 0 ? min(1, Double(consumed) / Double(size)) : 1 }

  /// The next unit or rejected record; nil at the end.
  /// - Throws: ``GlossaryError`` when there is no language to read the
  ///   columns as, or a quoted CSV field never ends.
  public mutating func next() throws -> TranslationUnitReading? {
    while let (fields, recordLine) = try nextRecord() {
      if first {
        first = false
        let tags = fields.compactMap { String(validating: $0, as: UTF8.self) }
          .map { $0.trimmingCharacters(in: .whitespaces) }
        let isID = { (t: String) in t.lowercased() == "id" || t.lowercased() == "tuid" }
        let languageTags = tags.filter { !isID($0) }
        let header = tags.count == fields.count && languageTags.count >= 2
          && tags.filter(isID).count <= 1
          && languageTags.allSatisfy { $0.count <= 12 && LanguageTag($0) != nil }
        if header {
          idColumn = tags.firstIndex(where: isID)
          if languages == nil { languages = languageTags.compactMap(LanguageTag.init) }
          continue
        }
        if languages == nil {
          throw GlossaryError(
            "no header naming the languages (e.g. en<TAB>az): give --from and --to",
            at: SourceLocation(file: path, line: recordLine))
        }
      }
      return unit(fields, line: recordLine)
    }
    return nil
  }

  private func unit(_ all: [[UInt8]], line: Int) -> TranslationUnitReading {
    let at = SourceLocation(file: path, line: line)
    let langs = languages ?? []
    var fields = all
    var id: String?
    if let idColumn, idColumn < fields.count {
      let raw = fields.remove(at: idColumn)
      id = raw.isEmpty ? nil : TextEscapes.tsvUnescaped(String(decoding: raw, as: UTF8.self))
    }
    guard fields.count == langs.count else {
      return .failure(UnitRejection("expected \(langs.count) fields, found \(fields.count)", at: at))
    }
    var variants: [TranslationVariant] = []
    for (raw, lang) in zip(fields, langs) {
      // Trim spaces and tabs on the bytes (Foundation's trimming is slow).
      var bytes = raw[...]
      while let b = bytes.first, b == 0x20 || b == 0x09 { bytes = bytes.dropFirst() }
      while let b = bytes.last, b == 0x20 || b == 0x09 { bytes = bytes.dropLast() }
      guard let trimmed = String(validating: bytes, as: UTF8.self) else {
        return .failure(UnitRejection("invalid UTF-8 in the \(lang) segment", at: at))
      }
      if trimmed.isEmpty {
        return .failure(UnitRejection("empty \(lang) segment", at: at))
      }
      variants.append(
        TranslationVariant(language: lang, text: idColumn == nil ? trimmed : TextEscapes.tsvUnescaped(trimmed)))
    }
    return .success(
      TranslationUnit(
        id: id, attributes: [Annotation(name: "srclang", value: langs[0].rawValue)],
        variants: variants, location: at))
  }


  // MARK: Records

  private mutating func fill() {
    if position > 0, position >= buffer.count / 2 {
      buffer.removeFirst(position)
      position = 0
    }
    if atEnd { return }
    let data = handle.readData(ofLength: chunkSize)
    if data.isEmpty {
      atEnd = true
    } else {
      buffer.append(contentsOf: data)
    }
  }

  /// The next non-blank record's fields (raw bytes) and starting line.
  private mutating func nextRecord() throws(GlossaryError) -> ([[UInt8]], Int)? {
    dialect == .tsv ? nextTSVRecord() : try nextCSVRecord()
  }

  private mutating func nextTSVRecord() -> ([[UInt8]], Int)? {
    while true {
      if let nl = buffer[position...].firstIndex(of: 10) {
        let recordLine = line
        line += 1
        var bytes = buffer[position..<nl]
        consumed += nl + 1 - position
        position = nl + 1
        if bytes.last == 13 { bytes = bytes.dropLast() }
        if recordLine == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.isEmpty { continue }
        return (bytes.split(separator: 9, omittingEmptySubsequences: false).map(Array.init), recordLine)
      }
      if atEnd {
        guard position < buffer.count else { return nil }
        var bytes = buffer[position...]
        consumed += buffer.count - position
        position = buffer.count
        let recordLine = line
        line += 1
        if bytes.last == 13 { bytes = bytes.dropLast() }
        if bytes.isEmpty { return nil }
        return (bytes.split(separator: 9, omittingEmptySubsequences: false).map(Array.init), recordLine)
      }
      fill()
    }
  }

  private mutating func nextCSVRecord() throws(GlossaryError) -> ([[UInt8]], Int)? {
    while true {
      // Parse from `position`; if the buffer ends inside the record, read
      // more and start over (records are small, so the rescan is cheap).
      var fields: [[UInt8]] = []
      var field: [UInt8] = []
      var i = position
      var lines = 0
      var inQuotes = false
      var quoted = false
      var complete = false
      let recordLine = line
      if recordLine == 1, buffer.count >= 3, position == 0, buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
        i = 3
      }
      scan: while i < buffer.count {
        let b = buffer[i]
        if inQuotes {
          if b == 34 {
            if i + 1 < buffer.count {
              if buffer[i + 1] == 34 {
                field.append(34)
                i += 2
                continue
              }
              inQuotes = false
            } else if !atEnd {
              break scan
            } else {
              inQuotes = false
            }
          } else {
            if b == 10 { lines += 1 }
            field.append(b)
          }
          i += 1
          continue
        }
        switch b {
        case 34 where field.isEmpty && !quoted:
          inQuotes = true
          quoted = true
        case 44:
          fields.append(field)
          field = []
          quoted = false
        case 10:
          if field.last == 13 { field.removeLast() }
          fields.append(field)
          lines += 1
          i += 1
          complete = true
          break scan
        default:
          field.append(b)
        }
        i += 1
      }
      if !complete {
        if !atEnd {
          fill()
          continue
        }
        if inQuotes {
          throw GlossaryError(
            "unterminated quoted field", at: SourceLocation(file: path, line: recordLine))
        }
        if i == position { return nil }
        if field.last == 13 { field.removeLast() }
        fields.append(field)
        lines += 1
      }
      consumed += i - position
      position = i
      line += lines
      if fields.count == 1, fields[0].isEmpty { continue }
      return (fields, recordLine)
    }
  }
}
