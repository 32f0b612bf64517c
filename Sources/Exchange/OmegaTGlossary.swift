import Foundation
import Orthography
import Terminology

/// OmegaT's own glossary file: UTF-8 text, one term a line as
/// `source<TAB>target<TAB>comment` (the comment optional), no header, lines
/// starting with `#` ignored. The file does not say its languages, so
/// reading and writing take them.
///
/// Read: one concept per source term (id from the term: `omegat-` and its
/// letters and digits folded; repeated source terms are one concept, their
/// targets in order — the first preferred, later ones admitted), the
/// comment as the note. Written: CAT-safe, one line per concept with the
/// preferred form in both languages (see ``CATSafeGlossary``).
public enum OmegaTGlossary {
  public static func read(
    _ text: String, source: LanguageTag, target: LanguageTag, file: String
  ) throws(GlossaryError) -> Glossary {
    var order: [String] = []
    var concepts: [String: Concept] = [:]
    var line = 0
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      line += 1
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let at = SourceLocation(file: file, line: line)
      guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
        throw GlossaryError(
          "an OmegaT glossary line needs a source and a target term split by a tab (found \(fields.count) field\(fields.count == 1 ? "" : "s"))",
          at: at)
      }
      let id = identifier(fields[0])
      let comment = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
      if var c = concepts[id] {
        if !c.forms.contains(where: { $0.language == target && $0.text == Normalizer.nfc(fields[1]) }) {
          c.forms.append(Form(text: fields[1], language: target, status: .admitted, location: at))
        }
        if c.note == nil { c.note = comment }
        concepts[id] = c
      } else {
        order.append(id)
        concepts[id] = Concept(
          id: id, kind: .term, note: comment,
          forms: [
            Form(text: fields[0], language: source, status: .preferred, location: at),
            Form(text: fields[1], language: target, status: .preferred, location: at),
          ], location: at)
      }
    }
    return Glossary(concepts: order.compactMap { concepts[$0] })
  }

  /// A concept id for a source term: `omegat-` and its letters and digits,
  /// case and diacritics folded, other characters as hyphens.
  static func identifier(_ term: String) -> String {
    var id = "omegat-"
    var hyphen = false
    for c in Folding.diacriticKey(term) {
      if c.isLetter || c.isNumber {
        id.append(c)
        hyphen = false
      } else if !hyphen {
        id.append("-")
        hyphen = true
      }
    }
    while id.hasSuffix("-") { id.removeLast() }
    return id
  }

  /// Writes `glossary` (reduced to the forms to use) as an OmegaT glossary
  /// from `source` to `target`; concepts without both are left out. The
  /// comment is the first sentence of the concept's note.
  public static func write(
    _ glossary: Glossary, source: LanguageTag, target: LanguageTag, houseStyle: [String: String] = [:],
    to sink: OutputSink
  ) throws(ExchangeError) {
    let out = ByteWriter(sink)
    func clean(_ s: String) -> String {
      s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ")
        .replacingOccurrences(of: "\n", with: " ")
    }
    for c in CATSafeGlossary.reduce(glossary, houseStyle: houseStyle).concepts {
      guard let s = c.forms.first(where: { $0.language == source }),
        let t = c.forms.first(where: { $0.language == target })
      else { continue }
      let note = c.note.map { n in
        String(n.split(separator: ".", maxSplits: 1).first ?? Substring(n)).trimmingCharacters(in: .whitespaces)
      } ?? ""
      out.append(clean(s.text) + "\t" + clean(t.text) + (note.isEmpty ? "" : "\t" + clean(note)) + "\n")
    }
    try out.finish()
  }
}
