import Foundation
import Terminology

/// Where an ``XMLWriter`` (or a table writer) sends its bytes.
public enum OutputSink {
  /// Collect everything in memory (read it back with ``XMLWriter/string``).
  case memory
  /// Write through to a file handle, buffered in 64 KiB blocks.
  case file(FileHandle)
}

/// A buffered byte writer: the part of ``XMLWriter`` that is not XML.
public final class ByteWriter {
  private let sink: OutputSink
  private(set) var bytes: [UInt8] = []
  private var failure: Error?

  public init(_ sink: OutputSink) {
    self.sink = sink
    bytes.reserveCapacity(1 << 16)
  }

  @inline(__always)
  func append(_ s: String) {
    bytes.append(contentsOf: s.utf8)
    if bytes.count >= 1 << 16 { flush() }
  }

  @inline(__always)
  func append(byte: UInt8) { bytes.append(byte) }

  func flush() {
    guard case .file(let handle) = sink, !bytes.isEmpty, failure == nil else { return }
    do {
      try handle.write(contentsOf: bytes)
    } catch {
      failure = error
    }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Flushes; throws the first write error met.
  func finish() throws(ExchangeError) {
    flush()
    if let failure {
      throw ExchangeError(.io, "write error: \(failure)", at: SourceLocation(file: "<output>", line: 1))
    }
  }

  /// What was written, for a `.memory` sink.
  var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A streaming XML writer: escapes text and attribute values, writes
/// attributes in the order given (so output is deterministic), indents
/// element-only content by two spaces and keeps mixed content on one line.
///
/// ```swift
/// let w = XMLWriter(.memory)
/// w.declaration()
/// w.start("tmx", ["version": "1.4"])
/// w.element("note", text: "a < b")
/// w.end()
/// try w.finish()
/// ```
public final class XMLWriter {
  private let out: ByteWriter
  private var open: [String] = []
  /// Spaces per level.
  public var indent = 2

  public init(_ sink: OutputSink) {
    out = ByteWriter(sink)
  }

  /// `<?xml version="1.0" encoding="UTF-8"?>` and a newline.
  public func declaration() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
  }

  /// A DOCTYPE line, e.g. `doctype("tmx", system: "tmx14.dtd")`.
  public func doctype(_ root: String, system: String) {
    out.append("<!DOCTYPE \(root) SYSTEM \"\(system)\">\n")
  }

  private func pad() {
    for _ in 0..<(open.count * indent) { out.append(byte: 0x20) }
  }

  private func tag(_ name: String, _ attributes: KeyValuePairs<String, String>) {
    out.append("<")
    out.append(name)
    for (k, v) in attributes { attribute(k, v) }
  }

  private func tag(_ name: String, _ attributes: [XMLAttribute]) {
    out.append("<")
    out.append(name)
    for a in attributes { attribute(a.name, a.value) }
  }

  private func attribute(_ name: String, _ value: String) {
    out.append(" ")
    out.append(name)
    out.append("=\"")
    escape(value, attribute: true)
    out.append("\"")
  }

  /// Opens an element whose content is elements (indented lines).
  public func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    pad()
    tag(name, attributes)
    out.append(">\n")
    open.append(name)
  }

  /// Opens an element, attributes given as a list (kept in order).
  public func start(_ name: String, attributes: [XMLAttribute]) {
    pad()
    tag(name, attributes)
    out.append(">\n")
    open.append(name)
  }

  /// Closes the innermost open element.
  public func end() {
    guard let name = open.popLast() else { return }
    pad()
    out.append("</")
    out.append(name)
    out.append(">\n")
  }

  /// A whole element with text content on one line (`<term>Qarabağ</term>`);
  /// an empty text writes `<name/>` only when `text` is nil.
  public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String?) {
    pad()
    tag(name, attributes)
    writeContent(name, text: text, markup: nil)
  }

  /// A whole element, attributes given as a list.
  public func element(_ name: String, attributes: [XMLAttribute], text: String?, markup: String? = nil) {
    pad()
    tag(name, attributes)
    writeContent(name, text: text, markup: markup)
  }

  private func writeContent(_ name: String, text: String?, markup: String?) {
    if let markup {
      out.append(">")
      out.append(markup)
    } else if let text {
      out.append(">")
      escape(text, attribute: false)
    } else {
      out.append("/>\n")
      return
    }
    out.append("</")
    out.append(name)
    out.append(">\n")
  }

  /// Escapes `&`, `<`, `>` (and in attributes `"` and whitespace controls,
  /// so a reader gets the same value back); drops characters XML 1.0
  /// cannot carry (C0 controls other than tab, line feed, carriage return).
  func escape(_ s: String, attribute: Bool) {
    var plain = true
    for c in s.utf8 where c == 0x26 || c == 0x3C || c == 0x3E || c == 0x22 || c < 0x20 {
      plain = false
      break
    }
    if plain {
      out.append(s)
      return
    }
    for c in s.utf8 {
      switch c {
      case 0x26: out.append("&amp;")
      case 0x3C: out.append("&lt;")
      case 0x3E: out.append("&gt;")
      case 0x22 where attribute: out.append("&quot;")
      case 0x0D: out.append("&#13;")
      case 0x0A where attribute: out.append("&#10;")
      case 0x09 where attribute: out.append("&#9;")
      case 0x09, 0x0A: out.append(byte: c)
      case ..<0x20: break
      default: out.append(byte: c)
      }
    }
  }

  /// Escapes `text` as XML character data (for building markup strings),
  /// the same way the writer does.
  public static func escaped(_ text: String, attribute: Bool = false) -> String {
    var plain = true
    for c in text.utf8 where c == 0x26 || c == 0x3C || c == 0x3E || c == 0x22 || c < 0x20 {
      plain = false
      break
    }
    if plain { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for c in text.utf8 {
      switch c {
      case 0x26: out += Array("&amp;".utf8)
      case 0x3C: out += Array("&lt;".utf8)
      case 0x3E: out += Array("&gt;".utf8)
      case 0x22 where attribute: out += Array("&quot;".utf8)
      case 0x0D: out += Array("&#13;".utf8)
      case 0x0A where attribute: out += Array("&#10;".utf8)
      case 0x09 where attribute: out += Array("&#9;".utf8)
      case 0x09, 0x0A: out.append(c)
      case ..<0x20: break
      default: out.append(c)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Writes pending bytes to the sink; throws the first write error.
  public func finish() throws(ExchangeError) {
    while !open.isEmpty { end() }
    try out.finish()
  }

  /// Everything written so far (for a `.memory` sink).
  public var string: String { out.string }
}
