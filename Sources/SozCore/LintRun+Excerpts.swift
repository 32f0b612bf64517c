import Foundation
import Linting
import Terminology

extension LintRun {
  /// The source excerpts `--format text` shows under `findings`: from
  /// `documents` when the run kept a file's text, else read again from the
  /// file a part at a time (``TextParts``), so showing
  /// findings holds no more of a file than linting it did.
  public static func excerpts(
    for findings: [Finding], documents: [Document], partBytes: Int = 4 << 20
  ) -> [TextLocation: Excerpt] {
    var result: [TextLocation: Excerpt] = [:]
    let kept = Dictionary(documents.map { ($0.path, $0) }) { a, _ in a }
    for (file, found) in Dictionary(grouping: findings.map(\.location), by: \.file) {
      func add(_ document: Document) {
        result.merge(document.excerpts(found)) { a, _ in a }
      }
      if let document = kept[file] {
        add(document)
      } else if var parts = TextParts(file: file, partBytes: partBytes) {
        // Excerpts show the text as written: any file is read as plain text.
        while let part = try? parts.nextPart() { add(part) }
      }
    }
    return result
  }
}
