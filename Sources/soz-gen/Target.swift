/// A spelling system a ``Recipe`` can be rendered in.
enum Target: Hashable, Sendable {
  /// Azerbaijani Latin, the canonical spelling every name is built in.
  case az
  /// Turkish spelling (ə → e, q → k, x → h).
  case tr
  /// English, in one romanization scheme.
  case en(EnglishScheme)
  /// Kazakh Latin, 2021 alphabet (input to `Transforms.kazakhToCyrillic`).
  case kkLatn
  /// Russian Cyrillic (only for names; translated words have none).
  case ru

  /// The key into ``Piece/overrides`` for this target.
  var overrideKey: Piece.Key {
    switch self {
    case .az: .az
    case .tr: .tr
    case .en(let s): s.family == .azerbaijani ? .en : .enRussian
    case .kkLatn: .kkLatn
    case .ru: .ru
    }
  }
}
