import Foundation
import Testing
import TestSupport

/// `--fix` touches prose only; `--dry-run` diffs apply with git and patch;
/// SARIF validates for any file name and for standard input (#12).
@Suite struct FixSafetyCLITests {
  typealias CLI = SozCLITests
  var glossary: String { CLI.repo.appendingPathComponent("glossaries").path }

  /// A Markdown article with the deprecated Nakhichevan in prose and in
  /// every place that is not prose.
  static let article = """
    ---
    title: Nakhichevan report
    slug: nakhichevan-report
    ---

    # Nakhichevan today

    Nakhichevan hosted the forum ([programme](https://example.az/nakhichevan_(2024) "Nakhichevan")).
    See the [agency's story][nakhichevan-ref] and <https://apa.az/nakhichevan>, or
    write to nakhichevan.desk@example.az. Use `Nakhichevan` in code.

    ```
    city = "Nakhichevan"
    ```

    <span title="Nakhichevan">Nakhichevan</span> <code>Nakhichevan</code>

    [nakhichevan-ref]: https://example.az/nakhichevan "Nakhichevan"
    Last line: Nakhichevan
    """

  static let fixed = """
    ---
    title: Nakhichevan report
    slug: nakhichevan-report
    ---

    # Nakhchivan today

    Nakhchivan hosted the forum ([programme](https://example.az/nakhichevan_(2024) "Nakhichevan")).
    See the [agency's story][nakhichevan-ref] and <https://apa.az/nakhichevan>, or
    write to nakhichevan.desk@example.az. Use `Nakhichevan` in code.

    ```
    city = "Nakhichevan"
    ```

    <span title="Nakhichevan">Nakhchivan</span> <code>Nakhichevan</code>

    [nakhichevan-ref]: https://example.az/nakhichevan "Nakhichevan"
    Last line: Nakhchivan
    """

  static func directory(_ files: [String: String]) throws -> URL {
    let dir = Scratch.root.appendingPathComponent("soz-fix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
  }

  static func run(_ tool: String, _ args: [String], cwd: URL, stdin: String) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + args
    p.currentDirectoryURL = cwd
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = output
    try p.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func fixChangesOnlyProse() throws {
    let dir = try Self.directory(["a.md": Self.article])
    let a = dir.appendingPathComponent("a.md").path
    let r = try CLI.soz(["lint", a, "--lang", "en", "--fix", "--glossary", glossary])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try String(contentsOfFile: a, encoding: .utf8) == Self.fixed)
  }

  @Test func standardInputIsFixedToStandardOutputInItsFormat() throws {
    let md = try CLI.soz(
      ["lint", "-", "--stdin-filename", "story.md", "--lang", "en", "--fix", "--glossary", glossary],
      stdin: Self.article)
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout == Self.fixed)
    // Findings carry the name; --ext gives the format alone.
    let line = try CLI.soz(
      ["lint", "-", "--ext", "md", "--lang", "en", "--format", "line", "--glossary", glossary],
      stdin: "Use `Nakhichevan` in code, not Nakhichevan.")
    #expect(line.stdout.split(separator: "\n").count == 1)
    #expect(line.stdout.hasPrefix("<stdin>:1:32:variant:"))
    let named = try CLI.soz(
      ["lint", "-", "--stdin-filename", "news/a.md", "--lang", "en", "--format", "line", "--glossary", glossary],
      stdin: "Nakhichevan.")
    #expect(named.stdout.hasPrefix("news/a.md:1:1:variant:"))
    let bad = try CLI.soz(["lint", "-", "--ext", "docx", "--glossary", glossary], stdin: "x")
    #expect(bad.status == 64)
  }

  @Test func dryRunDiffAppliesWithGitAndPatch() throws {
    let name = "qəbələ notes.md"
    // Changes far apart (two hunks) and a last line without a newline.
    let text = Self.article + "\n" + String(repeating: "Filler line.\n", count: 12) + "Nakhichevan at the end."
    let dir = try Self.directory([name: text])
    let diff = try CLI.soz(
      ["lint", name, "--lang", "en", "--fix", "--dry-run", "--glossary", glossary], cwd: dir)
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.hasPrefix("--- a/\(name)\t\n+++ b/\(name)\t\n@@ -3,"))
    #expect(diff.stdout.contains("\\ No newline at end of file\n"))
    #expect(diff.stdout.components(separatedBy: "\n@@ ").count >= 3)
    let git = try Self.run("git", ["apply", "--check", "-"], cwd: dir, stdin: diff.stdout)
    #expect(git.0 == 0, "\(git.1)")
    let patch = try Self.run("patch", ["-p1", "--dry-run"], cwd: dir, stdin: diff.stdout)
    #expect(patch.0 == 0, "\(patch.1)")
    // Applied, it is the fix.
    let applied = try Self.run("patch", ["-p1"], cwd: dir, stdin: diff.stdout)
    #expect(applied.0 == 0, "\(applied.1)")
    let fix = try CLI.soz(["lint", name, "--lang", "en", "--format", "line", "--glossary", glossary], cwd: dir)
    #expect(fix.status == 0, "\(fix.stdout)")
  }

  @Test func sarifValidatesForStandardInputAndAnyFileName() throws {
    let dir = try Self.directory(["qəbələ notes.md": "Nakhichevan.\n", "plain.txt": "Nakhichevan.\n"])
    let files = try CLI.soz(["lint", dir.path, "--lang", "en", "--format", "sarif", "--glossary", glossary])
    #expect(files.status == 1)
    #expect(try LintCLITests.validateSARIF(files.stdout) == 0)
    #expect(files.stdout.contains("q%C9%99b%C9%99l%C9%99%20notes.md\""))
    let stdin = try CLI.soz(
      ["lint", "-", "--lang", "en", "--format", "sarif", "--glossary", glossary], stdin: "Nakhichevan.")
    #expect(try LintCLITests.validateSARIF(stdin.stdout) == 0)
    #expect(!stdin.stdout.contains("example.invalid"))
    // The check can fail: the raw name is no URI reference.
    let raw = files.stdout.replacingOccurrences(of: "%20", with: " ")
    #expect(try LintCLITests.validateSARIF(raw) == 1)
  }
}
