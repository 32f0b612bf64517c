import Foundation
import Terminology

/// Renders one concept with all its forms (`GET /v1/concepts/{id}`):
/// `{concept, kind, note, canonical: {lang: form}, forms: [{lang, form,
/// status, replacement?}]}`, keys sorted, forms in glossary order.
public enum ConceptRenderer {
  struct JSONConcept: Encodable {
    var concept: String
    var kind: String
    var note: String?
    var canonical: [String: String]
    var forms: [JSONForm]
  }
  struct JSONForm: Encodable {
    var lang: String
    var form: String
    var status: String
    var replacement: String?
  }

  public static func json(_ c: Concept) -> String {
    var canonical: [String: String] = [:]
    for f in c.forms where f.status == .preferred && canonical[f.language.rawValue] == nil {
      canonical[f.language.rawValue] = f.text
    }
    let value = JSONConcept(
      concept: c.id, kind: c.kind.rawValue, note: c.note, canonical: canonical,
      forms: c.forms.map {
        JSONForm(
          lang: $0.language.rawValue, form: $0.text, status: $0.status.rawValue,
          replacement: $0.replacement)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }
}
