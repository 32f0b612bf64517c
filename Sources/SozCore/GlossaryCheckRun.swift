import Foundation
import Matching
import Terminology

/// `soz glossary check`: reads glossaries and reports their issues.
public enum GlossaryCheckRun {
  /// The result of checking: the issues, sorted, and what was read.
  public struct Report: Sendable {
    public var issues: [GlossaryIssue]
    public var concepts: Int
    public var forms: Int
  }

  /// Reads every path (YAML directory or file, CSV, TSV) as one glossary
  /// and checks it, so collisions across files are found too.
  public static func run(paths: [String]) throws(SozError) -> Report {
    var glossary = Glossary()
    for path in paths {
      glossary.concepts += try GlossarySync.read(path: path).concepts
    }
    return Report(
      issues: GlossaryChecker.check(glossary), concepts: glossary.concepts.count,
      forms: glossary.concepts.reduce(0) { $0 + $1.forms.count })
  }
}
