import Orthography

/// Where something was read: a file and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// What a concept names.
public enum ConceptKind: String, Sendable, Codable, CaseIterable {
  case person, place, organization, event, term
}

/// How a glossary rates one spelling of a concept in one language.
///
/// Ordered from best to worst: a lint reports admitted forms as info,
/// deprecated as warning and forbidden as error.
public enum FormStatus: String, Sendable, Codable, CaseIterable, Comparable {
  /// The canonical spelling in its language (one per language).
  case preferred
  /// Acceptable, but not the house spelling.
  case admitted
  /// Seen in use, to be replaced by the preferred form.
  case deprecated
  /// Wrong; must be replaced (by ``Form/replacement`` or the preferred form).
  case forbidden

  private var rank: Int { FormStatus.allCases.firstIndex(of: self) ?? 0 }
  public static func < (a: FormStatus, b: FormStatus) -> Bool { a.rank < b.rank }
}

/// One spelling of a concept in one language.
public struct Form: Hashable, Sendable {
  /// The spelling, in NFC.
  public var text: String
  public var language: LanguageTag
  public var status: FormStatus
  /// For a forbidden form: what to write instead (nil = the preferred form).
  public var replacement: String?
  /// Where the form was declared.
  public var location: SourceLocation?

  public init(
    text: String, language: LanguageTag, status: FormStatus, replacement: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.text = Normalizer.nfc(text)
    self.language = language
    self.status = status
    self.replacement = replacement.map(Normalizer.nfc)
    self.location = location
  }

  /// A form whose text and replacement are already in NFC (read back from
  /// a compiled glossary): no normalization call.
  public init(
    nfc text: String, language: LanguageTag, status: FormStatus, replacement: String?,
    location: SourceLocation?
  ) {
    self.text = text
    self.language = language
    self.status = status
    self.replacement = replacement
    self.location = location
  }
}

/// Text a concept's entry says must be matched, or must be flagged.
public struct Example: Hashable, Sendable {
  public enum Expectation: String, Sendable {
    /// The concept must be found in the text.
    case match
    /// The concept must be found in a form the text should not use
    /// (not preferred, or of another language).
    case flag
  }
  public var text: String
  public var expectation: Expectation
  /// The text's language, when the entry states it (else it is detected).
  public var language: LanguageTag?
  public var location: SourceLocation?

  public init(
    text: String, expectation: Expectation, language: LanguageTag? = nil,
    location: SourceLocation? = nil
  ) {
    self.text = Normalizer.nfc(text)
    self.expectation = expectation
    self.language = language
    self.location = location
  }
}

/// A person, place, organization, event or term, with its spellings.
public struct Concept: Hashable, Sendable, Identifiable {
  /// A stable identifier (`ilham-aliyev`); never reused for another concept.
  public var id: String
  public var kind: ConceptKind
  /// Who or what it is, and why contested spellings were chosen.
  public var note: String?
  /// Where the entry's forms come from, for generated entries (`CLDR 42
  /// (ICU 72.1)`, `GeoNames 1018725`); nil for hand-written ones. Kept in
  /// the YAML files and what is read from them; the store does not keep it
  /// (licences and provenance live with the shipped files).
  public var source: String?
  public var forms: [Form]
  public var examples: [Example]
  public var location: SourceLocation?

  public init(
    id: String, kind: ConceptKind, note: String? = nil, source: String? = nil, forms: [Form] = [],
    examples: [Example] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.kind = kind
    self.note = note
    self.source = source
    self.forms = forms
    self.examples = examples
    self.location = location
  }

  /// The preferred form in `language`, if the concept has one.
  public func preferred(in language: LanguageTag) -> Form? {
    forms.first { $0.language == language && $0.status == .preferred }
  }

  /// The languages the concept has forms in, in display order.
  public var languages: [LanguageTag] {
    Array(Set(forms.map(\.language))).sorted()
  }
}

/// A set of concepts: what the glossary files, or an import, hold.
public struct Glossary: Sendable {
  public var concepts: [Concept]

  public init(concepts: [Concept] = []) { self.concepts = concepts }

  /// Every form of every concept, with its concept.
  public var allForms: [(Concept, Form)] {
    concepts.flatMap { c in c.forms.map { (c, $0) } }
  }
}
