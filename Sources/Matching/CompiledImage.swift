import Foundation

extension CompiledGlossary {
  /// The bytes of a compiled glossary: a copy in memory or a mapped file,
  /// released with the image.
  public final class Image: @unchecked Sendable {
    let base: UnsafeRawPointer
    /// The image's size in bytes.
    public let count: Int
    private let release: () -> Void

    /// A copy of `bytes`.
    public convenience init(_ bytes: [UInt8]) {
      let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
      bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
      self.init(mapping: UnsafeRawPointer(memory), count: bytes.count) { memory.deallocate() }
    }

    /// Memory the caller owns until `release` is called (a mapped file).
    public init(mapping base: UnsafeRawPointer, count: Int, release: @escaping () -> Void) {
      self.base = base
      self.count = count
      self.release = release
    }

    deinit { release() }

    @inline(__always) func u8(_ at: Int) -> UInt8 { base.load(fromByteOffset: at, as: UInt8.self) }
    @inline(__always) func u16(_ at: Int) -> UInt16 {
      UInt16(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt16.self))
    }
    @inline(__always) func u32(_ at: Int) -> UInt32 {
      UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }
    @inline(__always) func u64(_ at: Int) -> UInt64 {
      UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    func bytes(_ at: Int, _ n: Int) -> UnsafeRawBufferPointer {
      UnsafeRawBufferPointer(start: base + at, count: n)
    }
  }

  /// A bounds-checked cursor over an image (headers, records, values).
  public struct Reader {
    let image: Image
    var offset: Int

    init(_ image: Image, at offset: Int) {
      self.image = image
      self.offset = offset
    }

    private mutating func take(_ n: Int) throws(CompiledGlossaryError) -> Int {
      guard n >= 0, offset >= 0, offset <= image.count - n else {
        throw .malformed("truncated at byte \(offset)")
      }
      defer { offset += n }
      return offset
    }

    public mutating func u8() throws(CompiledGlossaryError) -> UInt8 { image.u8(try take(1)) }
    public mutating func u16() throws(CompiledGlossaryError) -> UInt16 { image.u16(try take(2)) }
    public mutating func u32() throws(CompiledGlossaryError) -> UInt32 { image.u32(try take(4)) }
    public mutating func u64() throws(CompiledGlossaryError) -> UInt64 { image.u64(try take(8)) }
    public mutating func string() throws(CompiledGlossaryError) -> String {
      let n = Int(try u32())
      let at = try take(n)
      return String(decoding: image.bytes(at, n), as: UTF8.self)
    }
  }

  /// A hash table section: byte keys to byte values, probed in place.
  public struct Table: @unchecked Sendable {
    let image: Image
    let slots: Int
    /// The number of keys.
    public let count: Int
    let slotBase: Int
    let entryBase: Int
    let end: Int

    init?(_ image: Image, _ range: Range<Int>) {
      guard range.count >= 8 else { return nil }
      self.image = image
      slots = Int(image.u32(range.lowerBound))
      count = Int(image.u32(range.lowerBound + 4))
      slotBase = range.lowerBound + 8
      entryBase = slotBase + 8 * slots
      end = range.upperBound
      guard slots > 0, slots & (slots - 1) == 0, entryBase <= end else { return nil }
    }

    /// The value stored for `key` (a range of the image), or nil.
    public func value(for key: String) -> Range<Int>? {
      var k = key
      return k.withUTF8 { value(for: UnsafeRawBufferPointer($0)) }
    }

    /// The value stored for the key `bytes`, or nil.
    public func value(for key: UnsafeRawBufferPointer) -> Range<Int>? {
      let h = TableHash.hash(key)
      let tag = UInt32(truncatingIfNeeded: h >> 32)
      let mask = slots - 1
      var slot = Int(truncatingIfNeeded: h) & mask
      for _ in 0..<slots {
        let at = slotBase + 8 * slot
        let entry = Int(image.u32(at + 4))
        if entry == 0 { return nil }
        if image.u32(at) == tag {
          var e = entryBase + entry - 1
          guard e + 4 <= end else { return nil }
          let klen = Int(image.u32(e))
          e += 4
          guard klen == key.count, e + klen + 4 <= end else {
            slot = (slot + 1) & mask
            continue
          }
          if klen == 0 || memcmp(image.base + e, key.baseAddress!, klen) == 0 {
            e += klen
            let vlen = Int(image.u32(e))
            e += 4
            guard e + vlen <= end else { return nil }
            return e..<(e + vlen)
          }
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// One key and value of a table being built.
  public struct TableEntry: Sendable {
    public var key: [UInt8]
    public var value: [UInt8]
    public init(key: [UInt8], value: [UInt8]) {
      self.key = key
      self.value = value
    }
    public init(key: String, value: [UInt8]) {
      self.init(key: Array(key.utf8), value: value)
    }
  }
}

/// FNV-1a over the key, then a 64-bit finalizer so that low bits (the
/// slot) and high bits (the tag) both depend on every byte.
enum TableHash {
  @inline(__always) static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h &*= 0x100_0000_01b3
    }
    h ^= h >> 33
    h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h &*= 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h
  }
}

/// Little-endian bytes being written.
public struct ByteBuffer: Sendable {
  public private(set) var bytes: [UInt8] = []
  public init() {}
  public var count: Int { bytes.count }
  public mutating func u8(_ v: UInt8) { bytes.append(v) }
  public mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
  public mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
  public mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
  public mutating func string(_ s: String) {
    u32(UInt32(s.utf8.count))
    bytes += s.utf8
  }
  public mutating func append(_ b: [UInt8]) { bytes += b }
  public static func u32(_ v: UInt32) -> [UInt8] {
    var b = ByteBuffer()
    b.u32(v)
    return b.bytes
  }
}

/// Assembles sections and the header of an image.
struct ImageWriter {
  private var sections: [(String, [UInt8])] = []

  mutating func section(_ name: String, _ fill: (inout ByteBuffer) -> Void) {
    var b = ByteBuffer()
    fill(&b)
    sections.append((name, b.bytes))
  }

  /// A table of `entries` (sorted by key, so one glossary always gives the
  /// same bytes), at most half full.
  mutating func table(_ name: String, _ entries: [CompiledGlossary.TableEntry]) {
    let sorted = entries.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    var slots = 2
    while slots < 2 * sorted.count { slots <<= 1 }
    var slotWords = [UInt32](repeating: 0, count: 2 * slots)
    var body = ByteBuffer()
    for e in sorted {
      let h = e.key.withUnsafeBytes { TableHash.hash($0) }
      var slot = Int(truncatingIfNeeded: h) & (slots - 1)
      while slotWords[2 * slot + 1] != 0 { slot = (slot + 1) & (slots - 1) }
      slotWords[2 * slot] = UInt32(truncatingIfNeeded: h >> 32)
      slotWords[2 * slot + 1] = UInt32(body.count + 1)
      body.u32(UInt32(e.key.count))
      body.append(e.key)
      body.u32(UInt32(e.value.count))
      body.append(e.value)
    }
    section(name) { s in
      s.u32(UInt32(slots))
      s.u32(UInt32(sorted.count))
      for w in slotWords { s.u32(w) }
      s.append(body.bytes)
    }
  }

  func finish(fingerprint: String) -> [UInt8] {
    var header = ByteBuffer()
    header.append(CompiledGlossary.magic)
    header.u32(CompiledGlossary.formatVersion)
    header.u32(UInt32(sections.count))
    header.string(fingerprint)
    let directorySize = sections.reduce(0) { $0 + 4 + $1.0.utf8.count + 16 }
    var offset = header.count + directorySize
    for (name, bytes) in sections {
      header.string(name)
      header.u64(UInt64(offset))
      header.u64(UInt64(bytes.count))
      offset += bytes.count
    }
    var out = header.bytes
    out.reserveCapacity(offset)
    for (_, bytes) in sections { out += bytes }
    return out
  }
}
