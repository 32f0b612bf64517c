import Orthography

/// An attribute, property or note as an interchange file wrote it, kept in
/// order so that nothing a TMX, TBX or XLIFF unit carries is dropped.
public struct Annotation: Hashable, Sendable, Codable {
  /// `prop` type (`x-status`), note category, or attribute name.
  public var name: String
  public var value: String
  /// The `xml:lang` of a prop or note, when it has one.
  public var language: String?

  public init(name: String, value: String, language: String? = nil) {
    self.name = name
    self.value = value
    self.language = language
  }
}

/// The segment of one language in a translation unit.
public struct TranslationVariant: Hashable, Sendable {
  /// The variant's language (canonical BCP 47).
  public var language: LanguageTag
  /// The segment as plain text (inline markup removed), in NFC.
  public var text: String
  /// The segment's content as written, inline tags included, when it had
  /// inline markup (TMX `<bpt>`, `<ph>`…, XLIFF `<pc>`…); nil for plain text.
  public var markup: String?
  /// The variant's own attributes (`creationdate`, `changeid`…), in order.
  public var attributes: [Annotation]
  /// `<prop>` elements, in order.
  public var properties: [Annotation]
  /// `<note>` elements, in order (name is empty unless the format names them).
  public var notes: [Annotation]

  public init(
    language: LanguageTag, text: String, markup: String? = nil,
    attributes: [Annotation] = [], properties: [Annotation] = [], notes: [Annotation] = []
  ) {
    self.language = language
    self.text = Normalizer.nfc(text)
    self.markup = markup
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }
}

/// A translation unit: the same segment in several languages.
///
/// Mirrors TMX 1.4 `<tu>`: a unit id, its attributes (dates, authors,
/// `srclang`…), properties and notes, and one variant per language. Dates
/// stay as written (`20261127T101500Z`); ``attribute(_:)`` reads them.
public struct TranslationUnit: Hashable, Sendable {
  /// The unit id (`tuid`), when the file gives one.
  public var id: String?
  /// The unit's attributes except `tuid`, in order.
  public var attributes: [Annotation]
  public var properties: [Annotation]
  public var notes: [Annotation]
  public var variants: [TranslationVariant]
  /// Where the unit was read.
  public var location: SourceLocation?

  public init(
    id: String? = nil, attributes: [Annotation] = [], properties: [Annotation] = [],
    notes: [Annotation] = [], variants: [TranslationVariant] = [],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
    self.variants = variants
    self.location = location
  }

  /// The value of the unit attribute `name` (`creationdate`, `srclang`…).
  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The first variant in `language`.
  ///
  /// A language without a region also finds the variant of a regional
  /// tag when there is no exact one: `en` answers `en-US` (whose tag the
  /// variant keeps).
  public func variant(_ language: LanguageTag) -> TranslationVariant? {
    variants.first { $0.language == language } ?? variants.first { $0.language.isRegional(language) }
  }
}
