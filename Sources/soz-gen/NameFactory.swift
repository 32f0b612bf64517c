/// Invents one concept at a time: people, places, organizations, events
/// and terms, as ``Recipe``s in Azerbaijani Latin.
///
/// Organizations and events often mention places that are concepts
/// themselves; ``remember(place:)`` feeds accepted places back.
struct NameFactory {
  private var knownPlaces: [Recipe] = []

  /// Records a place that made it into the glossary, for later reuse.
  mutating func remember(place: Recipe) {
    knownPlaces.append(place)
  }

  /// A new draft of `kind`.
  func make(_ kind: EntityKind, using rng: inout SeededRandom) -> ConceptDraft {
    switch kind {
    case .person: ConceptDraft(kind: kind, recipe: person(using: &rng))
    case .place: place(using: &rng)
    case .organization: ConceptDraft(kind: kind, recipe: organization(using: &rng))
    case .event: ConceptDraft(kind: kind, recipe: event(using: &rng))
    case .term: ConceptDraft(kind: kind, recipe: term(using: &rng))
    }
  }

  // MARK: - People

  /// Given name + surname (root + -ov/-yev/-lı/-zadə/-oğlu/-ulı …).
  func person(using rng: inout SeededRandom) -> Recipe {
    let female = rng.chance(0.45)
    let given = rng.pick(female ? NameLists.femaleGivenNames : NameLists.maleGivenNames)
    let root: String
    if rng.chance(0.2) {
      root = rng.pick(NameLists.surnameRoots)
    } else {
      root = SyllableMaker.root(syllables: rng.chance(0.7) ? 2 : 3, using: &rng)
    }
    let surname = Recipe.word([Piece(root), surnameSuffix(root: root, female: female, using: &rng)])
    return .words([.word([Piece(given)]), surname])
  }

  private func surnameSuffix(root: String, female: Bool, using rng: inout SeededRandom) -> Piece {
    switch rng.weightedIndex([0.55, 0.12, 0.10, 0.10, 0.13]) {
    case 0:
      let last = root.last.map { Romanizer.lowered($0).0 }
      let base: String
      if let last, Romanizer.vowels.contains(last) {
        base = "yev"
      } else if last == "y" {
        base = "ev"
      } else {
        base = "ov"
      }
      return Piece(female ? base + "a" : base)
    case 1:
      return Piece(root.harmonicLi)
    case 2:
      return Piece(
        "zadə", [.tr: "zade", .en: "zade", .enRussian: "zade", .kkLatn: "zade", .ru: "заде"])
    case 3:
      if female {
        return Piece("qızı", [.en: "gizi", .enRussian: "kyzy", .kkLatn: "qyzy", .ru: "кызы"])
      }
      return Piece("oğlu", [.en: "oglu", .enRussian: "ogly", .ru: "оглы"])
    default:
      if female {
        return Piece("qızı", [.en: "kyzy", .enRussian: "kyzy", .kkLatn: "qyzy", .ru: "кызы"])
      }
      return Piece("ulı", [.en: "uly", .enRussian: "uly", .kkLatn: "ūly", .ru: "улы"])
    }
  }

  // MARK: - Places

  /// A place, sometimes with a Soviet-era name listed as forbidden.
  func place(using rng: inout SeededRandom) -> ConceptDraft {
    let recipe = placeName(using: &rng)
    var draft = ConceptDraft(kind: .place, recipe: recipe)
    if rng.chance(0.08) {
      let root =
        rng.chance(0.5)
        ? rng.pick(NameLists.surnameRoots)
        : SyllableMaker.root(syllables: 2, using: &rng)
      let soviet = Recipe.word([Piece(root), Piece(rng.pick(NameLists.sovietSuffixes))])
      if let text = soviet.render(.en(.russian)) { draft.forbiddenEnglish.append(text) }
    }
    return draft
  }

  /// A plain name: 1–3 capitalised words of 2–4 syllables each (issue
  /// #15's held-out glossary shape), written in every language by the
  /// form planner like any other name.
  func plain(using rng: inout SeededRandom) -> ConceptDraft {
    let words = [1, 1, 1, 1, 2, 2, 2, 3][rng.int(below: 8)]
    let parts = (0..<words).map { _ in
      Recipe.word([Piece(SyllableMaker.root(syllables: rng.int(in: 2...4), using: &rng))])
    }
    return ConceptDraft(kind: .place, recipe: parts.count == 1 ? parts[0] : .words(parts))
  }

  /// Root (+ suffix), sometimes after *Yuxarı*, *Yeni* …
  func placeName(using rng: inout SeededRandom) -> Recipe {
    var pieces: [Piece] = []
    var azText = ""
    if rng.chance(0.4) {
      azText = rng.pick(NameLists.placeRoots)
      if rng.chance(0.4) { azText += SyllableMaker.lowercaseRoot(syllables: 1, using: &rng) }
    } else {
      azText = SyllableMaker.root(syllables: rng.chance(0.6) ? 2 : 1, using: &rng)
    }
    pieces.append(Piece(azText))
    if rng.chance(0.8) || azText.count < 4 {
      var suffix = rng.pick(NameLists.placeSuffixes)
      let endsInVowel = azText.last.map { Romanizer.vowels.contains(Romanizer.lowered($0).0) } ?? false
      if endsInVowel, suffix.az == "abad" || suffix.az == "aul" {
        suffix = Piece("lı")
      }
      if suffix.az == "lı" { suffix = Piece(azText.harmonicLi) }
      pieces.append(suffix)
    } else if rng.chance(0.3) {
      pieces.append(Piece(azText.harmonicLi))
    }
    let word = Recipe.word(pieces)
    if rng.chance(0.12) {
      return .words([.word([rng.pick(NameLists.placePrefixes)]), word])
    }
    return word
  }

  /// A known place (usually) or a fresh place name.
  private func anyPlace(using rng: inout SeededRandom) -> Recipe {
    if !knownPlaces.isEmpty, rng.chance(0.65) { return rng.pick(knownPlaces) }
    return placeName(using: &rng)
  }

  // MARK: - Organizations, events, terms

  /// Ministries, agencies, regional offices, universities, companies,
  /// unions.
  func organization(using rng: inout SeededRandom) -> Recipe {
    switch rng.weightedIndex([0.15, 0.25, 0.40, 0.20]) {
    case 0:
      let domain = Recipe.phrase(rng.pick(PhraseLists.domains), [])
      return .phrase(rng.pick(PhraseLists.nationalBodies), [domain])
    case 1:
      let domain = Recipe.phrase(rng.pick(PhraseLists.domains), [])
      return .phrase(rng.pick(PhraseLists.regionalBodies), [anyPlace(using: &rng), domain])
    case 2:
      let template = rng.pick(PhraseLists.placeInstitutions)
      let brandy = template.en.contains("Holding") || template.en.contains("Bank")
        || template.en.contains("Oil")
      if brandy, rng.chance(0.5) {
        let brand = Recipe.word([Piece(SyllableMaker.root(syllables: 2, using: &rng))])
        return .phrase(template, [brand])
      }
      return .phrase(template, [anyPlace(using: &rng)])
    default:
      let adjective = Recipe.phrase(rng.pick(PhraseLists.unionAdjectives), [])
      let noun = Recipe.phrase(rng.pick(PhraseLists.unionNouns), [])
      let template = rng.pick(PhraseLists.unions)
      if template.en.contains("{2}") {
        return .phrase(template, [adjective, noun, anyPlace(using: &rng)])
      }
      return .phrase(template, [adjective, noun])
    }
  }

  /// `{year} {place} Summit` and the like.
  func event(using rng: inout SeededRandom) -> Recipe {
    let year = Recipe.literal(String(rng.int(in: 1991...2025)))
    return .phrase(rng.pick(PhraseLists.events), [year, anyPlace(using: &rng)])
  }

  /// `digital corridor`, `green energy strategy`.
  func term(using rng: inout SeededRandom) -> Recipe {
    let adjective = Recipe.phrase(rng.pick(PhraseLists.termAdjectives), [])
    let noun = Recipe.phrase(rng.pick(PhraseLists.termNouns), [])
    if rng.chance(0.4) { return .phrase(PhraseLists.twoSlots, [adjective, noun]) }
    let document = Recipe.phrase(rng.pick(PhraseLists.termDocuments), [])
    return .phrase(PhraseLists.threeSlots, [adjective, noun, document])
  }
}
