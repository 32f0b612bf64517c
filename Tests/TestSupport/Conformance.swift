import Foundation

/// Whether the published-schema checker (../shared/conformance/check,
/// third-party, never copied here) can run, found as
/// `Scripts/conformance-check --find` finds it.
///
/// On a fresh clone without it, the checks that need it are skipped with
/// one line saying what was not checked — except in CI (`SOZ_CI=1`, set by
/// `.ci/run`), where it must be there and they run (and fail if it is not).
public enum Conformance {
  public static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static let checkerFound: Bool = {
    let p = Process()
    p.executableURL = repo.appendingPathComponent("Scripts/conformance-check")
    p.arguments = ["--find"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }()

  /// True when the schema checks should run: the checker is here, or CI
  /// requires it.
  public static func shouldRun(_ what: String) -> Bool {
    if checkerFound || ProcessInfo.processInfo.environment["SOZ_CI"] == "1" { return true }
    print("conformance: checker not found (Scripts/conformance-check): \(what) not validated against the published schemas")
    return false
  }
}
