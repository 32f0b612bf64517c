import Orthography

/// What a run that lints its files a batch at a time has gathered so far:
/// the batches' findings and every spelling of a concept with its place
/// (`inconsistent` compares them across the whole run). It holds no text.
public struct LintPass: Sendable {
  var findings: [Finding] = []
  var usage: [UsageKey: [(String, TextLocation)]] = [:]
  /// The file being read, while more of its parts are to come.
  var open: OpenFile? = nil
  public init() {}
}

/// What a file's rules weigh until its last part is read.
struct OpenFile: Sendable {
  var path: String
  /// The concepts the file names other than by an abbreviation.
  var namedInFull: Set<String> = []
  /// Notes that an abbreviation is admitted, and the abbreviations
  /// `inconsistent` would weigh: both kept until the file is known not to
  /// name the concept in full.
  var notes: [Finding] = []
  var abbreviations: [Linter.Usage] = []
  /// The suppression markers read so far (a block may still be open).
  var suppressions: Suppressions? = nil
}

struct UsageKey: Hashable, Sendable {
  var concept: String
  var language: LanguageTag
}

extension Linter {
  /// A file is read: an abbreviation (OTS, TDT) in a file that also names
  /// the concept in full is that full name on second reference (or in a
  /// headline): no second spelling, and no note that the full name is
  /// preferred. Alone in a file, it is a spelling of its own.
  func close(_ open: OpenFile, into pass: inout LintPass) {
    let full = open.namedInFull
    pass.findings += open.notes.filter { !full.contains($0.conceptID ?? "") }
    for use in open.abbreviations where !full.contains(use.key.concept) {
      pass.usage[use.key, default: []].append((use.spelling, use.location))
    }
  }
}
