/// Decides which forms a concept lists, in which language and status.
///
/// - `az`: the canonical spelling (preferred); without diacritics
///   (deprecated, sometimes).
/// - `tr`: Turkish spelling (preferred, usually).
/// - `en`: Azerbaijani-derived romanization (preferred; the ı → y / ı → i
///   twin admitted), another word order for organizations and events
///   (admitted), Russian-derived romanization (deprecated), Soviet-era
///   place names (forbidden).
/// - `kk`: Cyrillic from the Kazakh Latin spelling (preferred, usually);
///   `kk-Latn`: that Latin spelling (preferred, sometimes).
struct FormPlanner {
  let cache: OrthographyCache

  func plan(_ draft: ConceptDraft, using rng: inout SeededRandom) -> [GeneratedConcept.Form] {
    var forms: [GeneratedConcept.Form] = []
    func add(_ lang: String, _ text: String?, _ status: FormStatus) {
      guard let text, !text.isEmpty else { return }
      if forms.contains(where: { $0.lang == lang && $0.text == text }) { return }
      forms.append(.init(lang: lang, text: text, status: status))
    }
    let recipe = draft.recipe
    let az = recipe.render(.az) ?? ""
    add("az", az, .preferred)
    if rng.chance(0.85) { add("tr", recipe.render(.tr), .preferred) }

    let enY = recipe.render(.en(.azerbaijaniY))
    let enI = recipe.render(.en(.azerbaijaniI))
    let preferI = rng.chance(0.35)
    add("en", preferI ? enI : enY, .preferred)
    if rng.chance(0.8) { add("en", preferI ? enY : enI, .admitted) }
    if rng.chance(0.6) { add("en", recipe.render(.en(.azerbaijaniY), alternate: true), .admitted) }
    if rng.chance(0.6) { add("en", recipe.render(.en(.russian)), .deprecated) }
    for text in draft.forbiddenEnglish { add("en", text, .forbidden) }

    if rng.chance(0.35) { add("az", Romanizer.ascii(az), .deprecated) }
    if rng.chance(0.08), let tr = recipe.render(.tr) { add("tr", Romanizer.ascii(tr), .deprecated) }

    let wantKk = rng.chance(0.9)
    let wantKkLatn = rng.chance(0.2)
    if wantKk || wantKkLatn, var latin = recipe.render(.kkLatn) {
      if draft.kind != .term { latin = latin.capitalizedTurkic }
      if wantKk { add("kk", cache.kazakhCyrillic(latin), .preferred) }
      if wantKkLatn { add("kk-Latn", latin, .preferred) }
    }
    return forms
  }
}
