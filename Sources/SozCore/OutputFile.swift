import Exchange
import Foundation

/// Where an export goes: standard output, or a file written atomically (a
/// temporary file beside it, renamed over it only when everything was
/// written, so a failed export never leaves half a file).
public final class OutputFile {
  public let path: String?
  private let temp: URL?
  private let handle: FileHandle

  /// Opens the output: `path` nil means standard output.
  /// - Throws: ``SozError/io(path:message:)`` when the file cannot be created.
  public init(path: String?) throws(SozError) {
    self.path = path
    guard let path else {
      temp = nil
      handle = FileHandle.standardOutput
      return
    }
    let url = URL(fileURLWithPath: path)
    let t = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).soz-\(getpid())")
    guard FileManager.default.createFile(atPath: t.path, contents: nil),
      let h = try? FileHandle(forWritingTo: t)
    else {
      throw SozError.io(path: path, message: "cannot create a temporary file beside it")
    }
    temp = t
    handle = h
  }

  /// The sink writers write to.
  public var sink: OutputSink { .file(handle) }

  /// Closes the file and renames it into place.
  public func commit() throws(SozError) {
    guard let path, let temp else { return }
    try? handle.close()
    guard rename(temp.path, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temp)
      throw SozError.io(path: path, message: "cannot write the file (\(reason))")
    }
  }

  /// Removes the temporary file (after a failure).
  public func discard() {
    guard let temp else { return }
    try? handle.close()
    try? FileManager.default.removeItem(at: temp)
  }
}
