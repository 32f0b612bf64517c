import Foundation

/// Where tests put the files they make: one directory per test process,
/// removed when the process exits, so a run leaves nothing behind even
/// when a test fails half-way or a helper hands a path to several tests.
public enum Scratch {
  /// `$TMPDIR/soz-tests-PID`, created on first use.
  public static let root: URL = {
    let url = directory(for: getpid())
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit {
      try? FileManager.default.removeItem(at: Scratch.directory(for: getpid()))
    }
    return url
  }()

  static func directory(for pid: Int32) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("soz-tests-\(pid)")
  }
}
