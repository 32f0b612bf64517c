/// A translation unit a reader could not accept, and why: reported with
/// its place (`file:line`), never dropped silently.
public struct UnitRejection: Error, Hashable, Sendable, CustomStringConvertible {
  public var location: SourceLocation?
  public var reason: String

  public init(_ reason: String, at location: SourceLocation?) {
    self.reason = reason
    self.location = location
  }

  public var description: String {
    location.map { "\($0.file):\($0.line): \(reason)" } ?? reason
  }
}

/// What a streaming unit reader yields: a unit, or a unit it rejected.
///
/// Readers (TSV/CSV here, TMX and XLIFF in the Exchange module) are
/// throwing iterators: `next()` returns nil at the end, a rejection for a
/// unit that is malformed but leaves the file readable, and throws when the
/// file itself cannot be read further (the import then rolls back).
public typealias TranslationUnitReading = Result<TranslationUnit, UnitRejection>

/// A streaming source of translation units (see ``TranslationUnitReading``).
public protocol TranslationUnitReader {
  /// The next unit or rejection; nil at the end of the input.
  mutating func next() throws -> TranslationUnitReading?
  /// How far through the input the reader is, 0…1 (for a progress bar).
  var progress: Double { get }
}
