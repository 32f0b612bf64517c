/// A run of letters inside one word, spelled in Azerbaijani Latin, with
/// hand-written spellings where a rule would be wrong.
///
/// `Həsən` + `oğlu` is two pieces; the suffix overrides English (*oglu*,
/// not *oghlu*) and the Russian tradition (*ogly*). Pieces without an
/// override go through ``Romanizer``.
struct Piece: Sendable {
  /// Where an override applies.
  enum Key: Hashable, Sendable { case az, tr, en, enRussian, kkLatn, ru }

  var az: String
  var overrides: [Key: String] = [:]

  init(_ az: String, _ overrides: [Key: String] = [:]) {
    self.az = az
    self.overrides = overrides
  }
}
