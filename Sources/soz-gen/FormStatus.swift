/// The `status` column, as Söz's glossary readers spell it.
enum FormStatus: String, Sendable {
  case preferred, admitted, deprecated, forbidden
}
