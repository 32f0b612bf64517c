import Foundation
import Orthography
import Terminology

/// The glossary as CAT tools should see it: per concept and language, the
/// one spelling to use.
///
/// CAT tools read glossary files as pairs of terms and ignore statuses:
/// OmegaT pairs every English form of a TBX entry with every Azerbaijani
/// one (offering `Artsax` for Karabakh), and OmegaT and XML::TMX keep the
/// last `<tuv>` of each language in a glossary TMX. So the exports they
/// read (glossary TMX, TBX v2, CSV, TSV) hold, by default, only the
/// preferred form of each language — or the house style's form where the
/// publication prefers an admitted one — marked preferred; deprecated and
/// forbidden forms never appear. `soz export glossary --include-variants`
/// writes the full entry instead (lossless, for Söz and TBX-aware tools),
/// and TBX v3 is always complete.
public enum CATSafeGlossary {
  /// `glossary` reduced to one preferred form per concept and language.
  /// `houseStyle` maps a concept id to the form the publication uses
  /// (`.soz.yaml`'s `house-style`); it replaces the preferred form of its
  /// own language.
  public static func reduce(_ glossary: Glossary, houseStyle: [String: String] = [:]) -> Glossary {
    Glossary(
      concepts: glossary.concepts.map { concept in
        var c = concept
        let chosen = houseStyle[concept.id].flatMap { text in
          concept.forms.first { $0.text == text && $0.status <= .admitted }
        }
        var kept: [Form] = []
        for language in orderedLanguages(concept) {
          let form: Form?
          if let chosen, chosen.language == language {
            form = chosen
          } else {
            form = concept.forms.first { $0.language == language && $0.status == .preferred }
          }
          guard var f = form else { continue }
          f.status = .preferred
          f.replacement = nil
          kept.append(f)
        }
        c.forms = kept
        return c
      })
  }

  /// The concept's languages in the order its forms first use them.
  private static func orderedLanguages(_ concept: Concept) -> [LanguageTag] {
    var seen: Set<LanguageTag> = []
    return concept.forms.map(\.language).filter { seen.insert($0).inserted }
  }
}
