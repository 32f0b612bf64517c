import Foundation
import Linting
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
  }

  static let extensions: Set<String> = ["md", "markdown", "txt", "text", "html", "htm"]

  /// Lints `paths` (files or directories, recursively; `-` for standard
  /// input) against the YAML glossary in `glossary`.
  public static func run(
    paths: [String], glossary: URL, configuration: LintConfiguration,
    standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
  ) throws(SozError) -> Report {
    let g: Glossary
    do {
      g = try GlossaryYAMLReader.readDirectory(glossary)
    } catch {
      throw SozError.glossary(error)
    }
    var documents: [Document] = []
    var failures: [String] = []
    for path in paths.isEmpty ? ["-"] : paths {
      if path == "-" {
        read(standardInput(), path: "<stdin>", into: &documents, failures: &failures)
        continue
      }
      for file in files(at: path, failures: &failures) {
        guard let data = FileManager.default.contents(atPath: file) else {
          failures.append("\(file): cannot read file")
          continue
        }
        read(data, path: file, into: &documents, failures: &failures)
      }
    }
    let findings = Linter(glossary: g).lint(documents, configuration: configuration)
    return Report(findings: findings, files: documents.count, failures: failures)
  }

  static func read(_ data: Data, path: String, into docs: inout [Document], failures: inout [String]) {
    do {
      let text = try GlossaryTableReader.decodeUTF8(data, file: path)
      docs.append(Document(path: path, text: text))
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

/// Renders findings: `line` (one a line), `json` (one object), `text`.
public enum LintRenderer {
  /// `path:line:col:rule:severity:message`, one finding a line.
  public static func line(_ findings: [Finding]) -> String {
    findings.map {
      "\($0.location.file):\($0.location.line):\($0.location.column):\($0.rule):\($0.severity.rawValue):\($0.message)"
    }.joined(separator: "\n")
  }

  struct JSONFinding: Encodable {
    var file: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var rule: String
    var severity: String
    var match: String
    var concept: String?
    var suggestions: [String]
    var message: String
    var related: [TextLocation]
  }
  struct JSONReport: Encodable {
    var findings: [JSONFinding]
    var summary: [String: Int]
  }

  /// One JSON object: `findings` (file, line, column, endLine, endColumn,
  /// rule, severity, match, concept, suggestions, message, related) and a
  /// `summary` of counts per severity.
  public static func json(_ findings: [Finding], files: Int) -> String {
    let items = findings.map {
      JSONFinding(
        file: $0.location.file, line: $0.location.line, column: $0.location.column,
        endLine: $0.location.endLine, endColumn: $0.location.endColumn, rule: $0.rule,
        severity: $0.severity.rawValue, match: $0.match, concept: $0.conceptID,
        suggestions: $0.suggestions, message: $0.message, related: $0.related)
    }
    var summary = ["files": files, "findings": findings.count]
    for s in Severity.allCases { summary[s.rawValue] = findings.filter { $0.severity == s }.count }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(JSONReport(findings: items, summary: summary))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// For people: the place, the message, the line with the span marked.
  public static func text(_ findings: [Finding], sources: [String: String], style: TerminalStyle) -> String {
    var out: [String] = []
    for f in findings {
      let l = f.location
      let color = f.severity == .error ? style.red(f.severity.rawValue) : style.bold(f.severity.rawValue)
      out.append("\(l.file):\(l.line):\(l.column): \(color) [\(f.rule)] \(f.message)")
      if let text = sources[l.file] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if l.line - 1 < lines.count {
          let src = String(lines[l.line - 1])
          out.append("  " + src)
          let width = max(1, (l.line == l.endLine ? l.endColumn : src.count + 1) - l.column)
          out.append("  " + String(repeating: " ", count: l.column - 1) + String(repeating: "^", count: width))
        }
      }
      for r in f.related { out.append("  also at \(r.file):\(r.line):\(r.column)") }
    }
    return out.joined(separator: "\n")
  }
}
