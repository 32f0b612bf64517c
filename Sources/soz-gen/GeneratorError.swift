/// A failure `soz-gen` reports and exits on.
struct GeneratorError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
