import CXML2Shim
import Exchange
import Foundation

// soz-xmlbench soz|libxml2 FILE — one streaming pass over FILE with Söz's
// XMLReader or libxml2's xmlTextReader: start tags and text bytes counted,
// attributes read. Built only by Benchmarks/xmlreader.py (SOZ_XMLBENCH=1).
let args = CommandLine.arguments
guard args.count == 3, ["soz", "libxml2", "libxml2-strings"].contains(args[1]) else {
  FileHandle.standardError.write(Data("usage: soz-xmlbench soz|libxml2|libxml2-strings FILE\n".utf8))
  exit(64)
}
var elements = 0
var textBytes = 0
if args[1] == "soz" {
  do {
    let reader = try XMLReader(path: args[2])
    while let event = try reader.next() {
      switch event {
      case .start(_, let attributes, _):
        elements += 1
        _ = attributes.count
      case .text(let s), .cdata(let s): textBytes += s.utf8.count
      default: break
      }
    }
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
  }
} else if args[1] == "libxml2-strings" {
  // libxml2 with every name, attribute value and text made a Swift
  // String, as Söz's reader delivers them.
  final class Counter {
    var elements = 0
    var textBytes = 0
  }
  let counter = Counter()
  var message = [CChar](repeating: 0, count: 512)
  let status = soz_xml2_each(
    args[2],
    { kind, value, context in
      guard let value, let context else { return }
      let c = Unmanaged<Counter>.fromOpaque(context).takeUnretainedValue()
      let s = String(cString: value)
      if kind == 0 { c.elements += 1 } else if kind == 2 { c.textBytes += s.utf8.count }
    }, Unmanaged.passUnretained(counter).toOpaque(), &message, 512)
  if status != 0 { exit(2) }
  elements = counter.elements
  textBytes = counter.textBytes
} else {
  var e: Int64 = 0
  var t: Int64 = 0
  var message = [CChar](repeating: 0, count: 512)
  if soz_xml2_count(args[2], &e, &t, &message, 512) != 0 {
    FileHandle.standardError.write(Data((String(validating: message.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self) ?? "error") .utf8 + [10]))
    exit(2)
  }
  elements = Int(e)
  textBytes = Int(t)
}
print("\(elements) elements, \(textBytes) text bytes")
