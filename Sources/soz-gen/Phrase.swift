import Orthography

/// A translated template: the same words in English, Azerbaijani, Turkish
/// and Kazakh, with numbered slots `{0}`, `{1}` for names.
///
/// The Kazakh text is written in Cyrillic (easier to proofread) and turned
/// into the 2021 Latin alphabet with `Transforms.kazakhToLatin`, because
/// every Kazakh Cyrillic form the generator writes is produced from Latin.
struct Phrase: Sendable {
  var en: String
  /// Another English wording (word order), listed as admitted.
  var enAlternate: String?
  var az: String
  var tr: String
  var kkLatn: String

  init(en: String, enAlt: String? = nil, az: String, tr: String, kk: String) {
    self.en = en
    self.enAlternate = enAlt
    self.az = az
    self.tr = tr
    self.kkLatn = Transforms.kazakhToLatin.transliterate(kk)
  }

  /// The template for `target`; nil for Russian, which has no translation.
  func template(for target: Target, alternate: Bool) -> String? {
    switch target {
    case .az: az
    case .tr: tr
    case .en: alternate ? (enAlternate ?? en) : en
    case .kkLatn: kkLatn
    case .ru: nil
    }
  }
}
