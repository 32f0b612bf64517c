import Foundation

/// Buffered UTF-8 output to a file, flushed in large chunks.
final class TextFileWriter {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private let chunk = 1 << 22
  /// Bytes written so far, buffered or not.
  private(set) var byteCount = 0

  /// Creates (or truncates) the file at `path`.
  init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw GeneratorError("cannot create \(path)")
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw GeneratorError("cannot open \(path) for writing")
    }
    self.handle = handle
    buffer.reserveCapacity(chunk + 4096)
  }

  /// Appends `text` as is.
  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    byteCount += text.utf8.count
    if buffer.count >= chunk { try flush() }
  }

  /// Appends the fields joined by tabs, and a newline.
  func writeRow(_ fields: [String]) throws {
    for (i, field) in fields.enumerated() {
      if i > 0 { buffer.append(9) }
      buffer.append(contentsOf: field.utf8)
      byteCount += field.utf8.count + (i > 0 ? 1 : 0)
    }
    buffer.append(10)
    byteCount += 1
    if buffer.count >= chunk { try flush() }
  }

  /// Writes out the buffer.
  func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the file.
  func close() throws {
    try flush()
    try handle.close()
  }
}
