/// The `kind` column: what a concept names.
enum EntityKind: String, CaseIterable, Sendable {
  case person, place, organization, event, term

  /// Share of each kind among generated concepts.
  var weight: Double {
    switch self {
    case .person: 0.40
    case .place: 0.26
    case .organization: 0.18
    case .event: 0.15
    case .term: 0.01
    }
  }
}
