import Foundation
import Linting
import Matching
import Orthography
import Terminology

/// `soz lint`: reads inputs, lints them against the glossary, and reports
/// the files that could not be read.
public enum LintRun {
  /// The outcome: findings, files read, and per-file failures (exit 2).
  public struct Report: Sendable {
    public var findings: [Finding]
    public var files: Int
    public var failures: [String]
    /// The documents read, for `--fix`.
    public var documents: [Document]
    /// Which of ``documents`` is standard input, if one is.
    public var standardInput: Int? = nil
  }

  static let extensions: Set<String> = ["md", "markdown", "txt", "text", "html", "htm"]

  /// Lints `paths` (files or directories, recursively; `-` for standard
  /// input) against the compiled glossary (the store's: see
  /// ``Workspace/open()``).
  /// The name findings on standard input carry when it has no
  /// `--stdin-filename`.
  public static let standardInputName = "<stdin>"

  /// How standard input is read: the name its findings carry and its
  /// format (`--stdin-filename NAME` gives both; `--ext` the format only).
  public struct StandardInput: Sendable {
    public var name: String
    public var format: Document.Format?
    public init(name: String? = nil, format: Document.Format? = nil) {
      self.name = name ?? LintRun.standardInputName
      self.format = format ?? name.map(Document.format(forPath:))
    }
  }

  /// Inputs are read and linted a batch of about `batchBytes` at a time
  /// (a larger file is a batch of its own), so a run over a whole archive
  /// holds one batch's texts, not all of them; `inconsistent` still weighs
  /// every file. With `keepDocuments` false the report's ``Report/documents``
  /// is empty (only `--fix` needs the texts again), and files and standard
  /// input are read a part of `partBytes` at a time (``TextParts``; Markdown
  /// and HTML cut only where no markup is open): memory is bounded by a
  /// batch, whatever one file's size or shape.
  public static func run(
    paths: [String], glossary: CompiledGlossary, settings: LintSettings = LintSettings(),
    language: LanguageTag? = nil, stdin: StandardInput = StandardInput(),
    keepDocuments: Bool = true, batchBytes: Int = 32 << 20, partBytes: Int = 4 << 20,
    standardInput: (() -> Data)? = nil
  ) -> Report {
    let configuration = LintConfiguration(
      language: language ?? settings.language, houseStyle: settings.houseStyle,
      severities: settings.severities)
    let linter = Linter(compiled: glossary)
    var pass = LintPass()
    var batch: [Document] = []
    var pending = 0
    var kept: [Document] = []
    var fileCount = 0
    var failures: [String] = []
    var stdinIndex: Int? = nil
    func lintBatch() {
      guard !batch.isEmpty else { return }
      linter.lint(batch, into: &pass, configuration: configuration)
      fileCount += batch.count(where: { $0.origin.part == 0 })
      if keepDocuments { kept += batch }
      batch = []
      pending = 0
    }
    func add(_ data: Data, path: String, format: Document.Format? = nil) {
      read(data, path: path, format: format, into: &batch, failures: &failures)
      pending += data.count
    }
    /// Adds a plain text a part at a time, a batch linted whenever full.
    func addParts(_ parts: inout TextParts, format: Document.Format) {
      do {
        while let part = try parts.nextPart(format: format) {
          if pending >= batchBytes { lintBatch() }
          batch.append(part)
          pending += part.text.utf8.count
        }
      } catch {
        failures.append(error.description)
      }
    }
    for path in paths.isEmpty ? ["-"] : paths {
      // A full batch is linted before the next file is read, once the
      // last file's bytes are released (only its decoded text is kept).
      if pending >= batchBytes { lintBatch() }
      if path == "-" {
        let format = stdin.format ?? .plain
        if !keepDocuments {
          var parts = TextParts(
            path: stdin.name, partBytes: partBytes,
            read: standardInput.map { TextParts.reader($0()) } ?? TextParts.reader(FileHandle.standardInput))
          addParts(&parts, format: format)
          continue
        }
        let index = fileCount + batch.count
        add(standardInput?() ?? FileHandle.standardInput.readDataToEndOfFile(), path: stdin.name, format: format)
        if fileCount + batch.count > index { stdinIndex = index }
        continue
      }
      for file in files(at: path, failures: &failures) where !settings.ignores(file) {
        if pending >= batchBytes { lintBatch() }
        if !keepDocuments {
          guard var parts = TextParts(file: file, partBytes: partBytes) else {
            failures.append("\(file): cannot read file")
            continue
          }
          addParts(&parts, format: Document.format(forPath: file))
          continue
        }
        guard let data = FileManager.default.contents(atPath: file) else {
          failures.append("\(file): cannot read file")
          continue
        }
        add(data, path: file)
      }
    }
    lintBatch()
    return Report(
      findings: linter.finish(pass, configuration: configuration), files: fileCount, failures: failures,
      documents: kept, standardInput: stdinIndex.flatMap { $0 < kept.count ? $0 : nil })
  }

  static func read(
    _ data: Data, path: String, format: Document.Format? = nil, into docs: inout [Document],
    failures: inout [String]
  ) {
    do {
      let text = try GlossaryTableReader.decodeUTF8(data, file: path)
      docs.append(Document(path: path, text: text, format: format))
    } catch {
      failures.append(error.description)
    }
  }

  static func files(at path: String, failures: inout [String]) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      failures.append("\(path): no such file or directory")
      return []
    }
    guard isDir.boolValue else { return [path] }
    let base = URL(fileURLWithPath: path)
    guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
      return []
    }
    var result: [String] = []
    for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
      result.append(path.hasSuffix("/") ? path + relative(url, base) : path + "/" + relative(url, base))
    }
    return result.sorted()
  }

  static func relative(_ url: URL, _ base: URL) -> String {
    let b = base.standardizedFileURL.path
    let u = url.standardizedFileURL.path
    return u.hasPrefix(b + "/") ? String(u.dropFirst(b.count + 1)) : u
  }
}
