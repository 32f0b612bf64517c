import Foundation

/// How a concept's name is built, so that it can be spelled in any
/// ``Target``: names are letters to romanize, organizations and events are
/// translated templates around names.
indirect enum Recipe: Sendable {
  /// One word made of pieces (`Həsən` + `ov`).
  case word([Piece])
  /// Words separated by spaces (`Elnur` `Həsənov`).
  case words([Recipe])
  /// A translated template with names in its slots.
  case phrase(Phrase, [Recipe])
  /// Text that is the same everywhere (a year).
  case literal(String)

  /// The spelling in `target`; nil when the target cannot express it
  /// (Russian Cyrillic of a translated phrase). `alternate` picks the
  /// alternative English word order of phrases.
  func render(_ target: Target, alternate: Bool = false) -> String? {
    switch self {
    case .literal(let s):
      return s
    case .word(let pieces):
      // Runs of pieces without an override are romanized together, so
      // that rules see across piece boundaries (Toqay + ev → Тоқаев).
      var out = ""
      var run = ""
      var previous: Character? = nil
      let key = target.overrideKey
      for piece in pieces {
        if let o = piece.overrides[key] {
          if !run.isEmpty {
            out += Romanizer.render(run, target, after: previous)
            previous = run.last
            run = ""
          }
          out += o
          previous = piece.az.last
        } else {
          run += piece.az
        }
      }
      if !run.isEmpty { out += Romanizer.render(run, target, after: previous) }
      return Romanizer.collapsesDoubles(target) ? Romanizer.collapseDoubles(out) : out
    case .words(let parts):
      var texts: [String] = []
      for p in parts {
        guard let t = p.render(target, alternate: alternate) else { return nil }
        texts.append(t)
      }
      return texts.joined(separator: " ")
    case .phrase(let phrase, let slots):
      guard var text = phrase.template(for: target, alternate: alternate) else { return nil }
      for (i, slot) in slots.enumerated() {
        guard let t = slot.render(target, alternate: alternate) else { return nil }
        text = text.replacingOccurrences(of: "{\(i)}", with: t)
      }
      return text
    }
  }
}
