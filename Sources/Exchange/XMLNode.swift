import Terminology

/// A small in-memory element tree, built for one record at a time (a TBX
/// `conceptEntry`, an XLIFF `unit`) so that readers stream record by record.
struct XMLNode {
  var name: String
  var attributes: [XMLAttribute]
  var children: [XMLNode] = []
  /// The text directly inside this element, in order (children's text
  /// excluded).
  var text = ""
  var location: SourceLocation

  /// The local name (without a namespace prefix).
  var localName: String { XMLReader.localName(name) }

  func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// Children with local name `name`.
  func children(_ name: String) -> [XMLNode] {
    children.filter { $0.localName == name }
  }

  func child(_ name: String) -> XMLNode? {
    children.first { $0.localName == name }
  }

  /// All text inside, children included.
  var allText: String {
    if children.isEmpty { return text }
    var s = ""
    collect(into: &s)
    return s
  }

  private func collect(into s: inout String) {
    s += text
    for c in children { c.collect(into: &s) }
  }

  /// Reads the element whose start event was just returned by `reader`
  /// (its whole subtree), with mixed text kept in order by ``allText``.
  static func read(
    _ reader: XMLReader, name: String, attributes: [XMLAttribute], isEmpty: Bool
  ) throws(ExchangeError) -> XMLNode {
    var root = XMLNode(name: name, attributes: attributes, location: reader.location)
    if isEmpty {
      _ = try reader.next()
      return root
    }
    var stack: [XMLNode] = [root]
    let keepsWhitespace = reader.reportsWhitespace
    reader.reportsWhitespace = true
    defer { reader.reportsWhitespace = keepsWhitespace }
    while let event = try reader.next() {
      switch event {
      case .start(let n, let a, _):
        stack.append(XMLNode(name: n, attributes: a, location: reader.location))
      case .end:
        let done = stack.removeLast()
        if stack.isEmpty {
          root = done
          return root
        }
        // Keep text order for allText: text after a child goes to a
        // synthetic text node.
        stack[stack.count - 1].children.append(done)
      case .text(let t), .cdata(let t):
        if stack[stack.count - 1].children.isEmpty {
          stack[stack.count - 1].text += t
        } else {
          stack[stack.count - 1].children.append(
            XMLNode(name: "#text", attributes: [], text: t, location: reader.location))
        }
      default: break
      }
    }
    return root
  }
}
