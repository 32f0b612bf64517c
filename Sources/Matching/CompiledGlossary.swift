import Foundation
import Orthography
import Terminology

/// The compiled glossary: every concept and the matching tables the linter,
/// the memory's term check and alignment need, in one flat byte image that is
/// opened without parsing — memory-mapped from the store's index file, or
/// built in memory for a glossary read from files.
///
/// Why a hand-made format: opening must cost nothing whatever the
/// glossary's size (a one-line lint against 518 000 forms in well under a
/// second), so nothing may be decoded up front. Lookups hash their key and
/// probe an open-addressing table in the image; a concept is decoded only
/// when a lookup reaches it (and then cached). No library in the package
/// mirror offers a mapped hash table; SQLite lookups per token would cost
/// more than the lint itself.
///
/// Layout (little-endian; all offsets from the image start):
/// ```
/// magic "SOZGLIX\0" · u32 format · u32 sections · str fingerprint
/// per section: str name · u64 offset · u64 length
/// ```
/// A *table* section is `u32 slots (power of two) · u32 entries ·
/// slots × (u32 tag, u32 entry offset + 1) · entries (str key, str value)`.
/// A *str* is `u32 length · bytes`.
///
/// Sections written by ``compile(_:keyWords:fingerprint:extraTables:)``:
/// `concepts` (records, see ``concept(at:)``), `concept-ids` (id → index),
/// `languages`, `files`, `nodes` (joined key words → forms, and whether a
/// longer form continues the key), `last-words` (key words that end a
/// form), `meta` (most key words in a form); the linter adds its own tables.
public final class CompiledGlossary: @unchecked Sendable {
  /// Bumped whenever the layout or what the tables hold changes: an index
  /// file of another format is rebuilt, never misread.
  public static let formatVersion: UInt32 = 2
  static let magic: [UInt8] = Array("SOZGLIX\0".utf8)

  /// What the glossary was compiled from (the store's sources), as given
  /// to ``compile(_:keyWords:fingerprint:extraTables:)``.
  public let fingerprint: String
  /// The number of concepts and forms.
  public let conceptCount: Int
  public let formCount: Int
  /// The most key words in one form (the matcher's window).
  public let maxWords: Int

  let image: Image
  private var sections: [String: Range<Int>] = [:]
  private let languages: [LanguageTag]
  private let files: [String]
  private let conceptOffsets: Int
  private let conceptsStart: Int
  private let cache = ConceptCache()
  /// The tables every lookup probes, found once at open.
  private let conceptIDs: Table?
  private let nodes: Table?
  private let lastWords: Table?

  /// Opens an image: checks the header and reads the section directory,
  /// nothing else.
  /// - Throws: ``CompiledGlossaryError`` when the bytes are not a compiled
  ///   glossary of this format (a truncated or foreign file).
  public init(image: Image) throws(CompiledGlossaryError) {
    self.image = image
    var r = Reader(image, at: 0)
    guard image.count >= 16, image.bytes(0, 8).elementsEqual(Self.magic) else {
      throw .malformed("not a compiled glossary")
    }
    r.offset = 8
    let format = try r.u32()
    guard format == Self.formatVersion else {
      throw .format(found: Int(format))
    }
    let count = try r.u32()
    fingerprint = try r.string()
    for _ in 0..<count {
      let name = try r.string()
      let offset = Int(truncatingIfNeeded: try r.u64()), length = Int(truncatingIfNeeded: try r.u64())
      guard offset >= 0, length >= 0, offset <= image.count, length <= image.count - offset else {
        throw .malformed("section '\(name)' lies outside the file")
      }
      sections[name] = offset..<(offset + length)
    }
    for required in ["concepts", "concept-ids", "languages", "files", "nodes", "last-words", "meta"]
    where sections[required] == nil {
      throw .malformed("section '\(required)' is missing")
    }
    var meta = Reader(image, at: sections["meta"]!.lowerBound)
    maxWords = Int(try meta.u32())
    formCount = Int(try meta.u32())
    var langs = Reader(image, at: sections["languages"]!.lowerBound)
    languages = try (0..<langs.u32()).map { _ throws(CompiledGlossaryError) in
      let text = try langs.string()
      guard let tag = LanguageTag(text) else { throw .malformed("invalid language tag '\(text)'") }
      return tag
    }
    var fileReader = Reader(image, at: sections["files"]!.lowerBound)
    files = try (0..<fileReader.u32()).map { _ throws(CompiledGlossaryError) in try fileReader.string() }
    conceptsStart = sections["concepts"]!.lowerBound
    var conceptsReader = Reader(image, at: conceptsStart)
    conceptCount = Int(try conceptsReader.u32())
    conceptOffsets = conceptsReader.offset
    guard conceptCount <= (image.count - conceptOffsets) / 8 else {
      throw .malformed("concept table lies outside the file")
    }
    let sections = sections
    conceptIDs = sections["concept-ids"].flatMap { Table(image, $0) }
    nodes = sections["nodes"].flatMap { Table(image, $0) }
    lastWords = sections["last-words"].flatMap { Table(image, $0) }
  }

  /// A cursor at `offset` (the start of a table value).
  public func reader(at offset: Int) -> Reader { Reader(image, at: offset) }

  /// A table section by name (nil when the image has none).
  public func table(_ name: String) -> Table? {
    sections[name].flatMap { Table(image, $0) }
  }

  // MARK: Concepts

  /// The index of the concept with `id`.
  public func conceptIndex(id: String) -> Int? {
    guard let value = conceptIDs?.value(for: id), value.count == 4 else { return nil }
    let i = Int(image.u32(value.lowerBound))
    return i < conceptCount ? i : nil
  }

  /// The concept with `id`, decoded (and cached) on first use.
  public func concept(id: String) -> Concept? {
    conceptIndex(id: id).map(concept(at:))
  }

  /// The concept at `index` (0..<conceptCount).
  ///
  /// Record: `str id · u8 kind · str note (empty: none) · u32 file+1 · u32
  /// line · u32 forms` and per form `str text · u16 language · u8 status ·
  /// str replacement (empty: none) · u32 file+1 · u32 line`.
  public func concept(at index: Int) -> Concept {
    if let hit = cache.get(index) { return hit }
    let c = decodeConcept(at: index)
    cache.set(index, c)
    return c
  }

  private func decodeConcept(at index: Int) -> Concept {
    precondition(index >= 0 && index < conceptCount, "concept index out of range")
    var r = Reader(image, at: conceptsStart &+ Int(truncatingIfNeeded: image.u64(conceptOffsets + 8 * index)))
    // The image was checked when it was written and is read-only: a
    // failure here is a corrupted file, reported as an empty concept
    // rather than a crash.
    do {
      let id = try r.string()
      let kind = ConceptKind.allCases[Int(try r.u8()) % ConceptKind.allCases.count]
      let note = try r.string()
      let location = try location(&r)
      let formTotal = try r.u32()
      var forms: [Form] = []
      forms.reserveCapacity(min(Int(formTotal), 64))
      for _ in 0..<formTotal {
        let text = try r.string()
        let langIndex = Int(try r.u16())
        guard langIndex < languages.count else { throw CompiledGlossaryError.malformed("language") }
        let lang = languages[langIndex]
        let status = FormStatus.allCases[Int(try r.u8()) % FormStatus.allCases.count]
        let replacement = try r.string()
        let at = try self.location(&r)
        forms.append(
          Form(
            nfc: text, language: lang, status: status,
            replacement: replacement.isEmpty ? nil : replacement, location: at))
      }
      return Concept(
        id: id, kind: kind, note: note.isEmpty ? nil : note, forms: forms, location: location)
    } catch {
      return Concept(id: "", kind: .term)
    }
  }

  private func location(_ r: inout Reader) throws(CompiledGlossaryError) -> SourceLocation? {
    let file = Int(try r.u32())
    let line = Int(try r.u32())
    guard file > 0, file <= files.count else { return nil }
    return SourceLocation(file: files[file - 1], line: line)
  }

  /// Every concept, in the order they were compiled (for a full pass).
  public var concepts: [Concept] { (0..<conceptCount).map(concept(at:)) }

  // MARK: Matching tables

  /// A form reached by a key: its concept and its place in the concept.
  public struct FormRef: Hashable, Sendable {
    public var concept: Int
    public var form: Int
  }

  /// The forms whose key words, joined by spaces, are `key`, and whether a
  /// longer form starts with those words; nil when neither.
  public func node(_ key: String) -> (forms: [FormRef], continues: Bool)? {
    guard let v = nodes?.value(for: key), !v.isEmpty else { return nil }
    let continues = image.u8(v.lowerBound) != 0
    let n = (v.count - 1) / 8
    var refs: [FormRef] = []
    refs.reserveCapacity(n)
    for i in 0..<n {
      let at = v.lowerBound + 1 + 8 * i
      let concept = Int(image.u32(at))
      // A reference outside the concept table can only come from a
      // damaged file: skipped, never followed.
      guard concept < conceptCount else { continue }
      refs.append(FormRef(concept: concept, form: Int(image.u32(at + 4))))
    }
    return (refs, continues)
  }

  /// Whether ``node(_:)`` has an answer for the key `bytes` (a form has
  /// that key, or a longer form starts with it): one probe, no String and
  /// no array.
  public func hasNode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let v = nodes?.value(for: UnsafeRawBufferPointer(bytes)) else { return false }
    return !v.isEmpty
  }

  /// Whether some form's last key word is `word`.
  public func endsForm(_ word: String) -> Bool {
    lastWords?.value(for: word) != nil
  }

  // MARK: Building

  /// A compiled glossary without concepts.
  public static let empty: CompiledGlossary = {
    // An image this process just wrote always opens.
    try! CompiledGlossary(image: Image(compile(Glossary(), fingerprint: "")))
  }()

  /// Compiles `glossary`.
  ///
  /// - Parameters:
  ///   - keyWords: per concept, per form, the form's comparison-key words
  ///     (as the store keeps them); nil computes them with `keys`.
  ///   - fingerprint: what the image was compiled from, written into it.
  ///   - extraTables: further named tables (the linter's), built from the
  ///     keyed forms.
  public static func compile(
    _ glossary: Glossary, keyWords: [[[String]]]? = nil, keys: KeyCache = KeyCache(),
    fingerprint: String,
    extraTables: ([KeyedForm]) -> [(name: String, entries: [TableEntry])] = { _ in [] }
  ) -> [UInt8] {
    let words: [[[String]]]
    if let keyWords {
      words = keyWords
    } else {
      keys.warm(glossary.concepts.flatMap { $0.forms.map(\.text) })
      words = glossary.concepts.concurrentMap { c in c.forms.map { keys.words(of: $0.text) } }
    }
    var keyed: [KeyedForm] = []
    for (ci, c) in glossary.concepts.enumerated() {
      for (fi, f) in c.forms.enumerated() {
        keyed.append(KeyedForm(concept: ci, form: fi, conceptID: c.id, text: f.text, language: f.language, words: words[ci][fi]))
      }
    }
    var w = ImageWriter()
    // Languages and files, interned.
    var langIndex: [LanguageTag: Int] = [:]
    var langList: [LanguageTag] = []
    var fileIndex: [String: Int] = [:]
    var fileList: [String] = []
    func lang(_ t: LanguageTag) -> Int {
      if let i = langIndex[t] { return i }
      langIndex[t] = langList.count
      langList.append(t)
      return langList.count - 1
    }
    func file(_ l: SourceLocation?) -> UInt32 {
      guard let l else { return 0 }
      if let i = fileIndex[l.file] { return UInt32(i + 1) }
      fileIndex[l.file] = fileList.count
      fileList.append(l.file)
      return UInt32(fileList.count)
    }
    var records = ByteBuffer()
    var offsets: [Int] = []
    for c in glossary.concepts {
      offsets.append(records.count)
      records.string(c.id)
      records.u8(UInt8(ConceptKind.allCases.firstIndex(of: c.kind) ?? 0))
      records.string(c.note ?? "")
      records.u32(file(c.location))
      records.u32(UInt32(c.location?.line ?? 0))
      records.u32(UInt32(c.forms.count))
      for f in c.forms {
        records.string(f.text)
        records.u16(UInt16(lang(f.language)))
        records.u8(UInt8(FormStatus.allCases.firstIndex(of: f.status) ?? 0))
        records.string(f.replacement ?? "")
        records.u32(file(f.location))
        records.u32(UInt32(f.location?.line ?? 0))
      }
    }
    let conceptHeader = 4 + 8 * offsets.count
    w.section("concepts") { s in
      s.u32(UInt32(offsets.count))
      for o in offsets { s.u64(UInt64(conceptHeader + o)) }
      s.append(records.bytes)
    }
    w.table(
      "concept-ids",
      glossary.concepts.enumerated().map { i, c in TableEntry(key: c.id, value: ByteBuffer.u32(UInt32(i))) })
    w.section("languages") { s in
      s.u32(UInt32(langList.count))
      for t in langList { s.string(t.rawValue) }
    }
    w.section("files") { s in
      s.u32(UInt32(fileList.count))
      for f in fileList { s.string(f) }
    }
    // Matcher nodes: full keys carry their forms; every proper prefix of a
    // multiword key is marked as continuing.
    var nodes: [String: (continues: Bool, refs: [FormRef])] = [:]
    var lastWords = Set<String>()
    var maxWords = 1
    for k in keyed where !k.words.isEmpty {
      maxWords = max(maxWords, k.words.count)
      lastWords.insert(k.words[k.words.count - 1])
      var prefix = ""
      for word in k.words.dropLast() {
        prefix += prefix.isEmpty ? word : " " + word
        nodes[prefix, default: (false, [])].continues = true
      }
      nodes[k.words.joined(separator: " "), default: (false, [])].refs.append(
        FormRef(concept: k.concept, form: k.form))
    }
    w.table(
      "nodes",
      nodes.map { key, node in
        var v = ByteBuffer()
        v.u8(node.continues ? 1 : 0)
        for r in node.refs {
          v.u32(UInt32(r.concept))
          v.u32(UInt32(r.form))
        }
        return TableEntry(key: key, value: v.bytes)
      })
    w.table("last-words", lastWords.map { TableEntry(key: $0, value: []) })
    w.section("meta") { s in
      s.u32(UInt32(maxWords))
      s.u32(UInt32(keyed.count))
    }
    for (name, entries) in extraTables(keyed) { w.table(name, entries) }
    return w.finish(fingerprint: fingerprint)
  }

  /// A form with its key words, as the table builders see it.
  public struct KeyedForm: Sendable {
    public var concept: Int
    public var form: Int
    public var conceptID: String
    public var text: String
    public var language: LanguageTag
    public var words: [String]
  }
}

/// Why an image could not be opened.
public enum CompiledGlossaryError: Error, Equatable, CustomStringConvertible {
  case malformed(String)
  case format(found: Int)

  public var description: String {
    switch self {
    case .malformed(let why): return "compiled glossary is damaged: \(why)"
    case .format(let found):
      return "compiled glossary has format \(found), this soz reads \(CompiledGlossary.formatVersion)"
    }
  }
}

/// Decoded concepts, shared by every thread of a lint.
private final class ConceptCache: @unchecked Sendable {
  private var concepts: [Int: Concept] = [:]
  private let lock = NSLock()

  func get(_ i: Int) -> Concept? {
    lock.lock()
    defer { lock.unlock() }
    return concepts[i]
  }

  func set(_ i: Int, _ c: Concept) {
    lock.lock()
    concepts[i] = c
    lock.unlock()
  }
}
