import Foundation
import SozCore

/// Replaces a file's contents atomically: a temporary file beside it, then
/// rename(2), so a reader or a crash never sees half a file.
enum AtomicFile {
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let original = try? Data(contentsOf: url)
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    var data = Data(text.utf8)
    if let original, original.starts(with: bom) { data = Data(bom) + data }
    let temp = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).soz-\(getpid())")
    guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
      throw SozError.io(path: path, message: "cannot write a temporary file beside it")
    }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let mode = attributes[.posixPermissions]
    {
      try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temp.path)
    }
    guard rename(temp.path, path) == 0 else {
      try? FileManager.default.removeItem(at: temp)
      throw SozError.io(path: path, message: "cannot replace the file (\(String(cString: strerror(errno))))")
    }
  }
}
