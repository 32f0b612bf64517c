/// `variant`: a form the glossary lists as not preferred.
enum VariantRule {
  static let info = RuleInfo(
    id: "variant", defaultSeverity: .warning,
    summary: "A non-preferred form: admitted (info), deprecated (warning) or forbidden (error).",
    details: """
      The suggestion is the preferred form of the text's language (or the house style's form, \
      or a forbidden form's replacement), with the case suffix kept and re-harmonized: \
      `Karabağda` in Azerbaijani text becomes `Qarabağda`, and its first consonant follows \
      the new name (`Таулы Қарабақ Республикасының` becomes `Қарабақтың`). An admitted form \
      is only noted (info) unless the house style names another, and not inside quotation \
      marks (a title, someone's words); an abbreviation (OTS) is not noted in an article that \
      also names the concept in full. A deprecated form named as a former name (previously \
      known as the Turkic Council; eski adıyla Türk Konseyi) is history, not a finding.
      """, fixable: true)
}

/// `wrong-language`: the form another language uses.
enum WrongLanguageRule {
  static let info = RuleInfo(
    id: "wrong-language", defaultSeverity: .warning,
    summary: "A form that belongs to another language (Naxçıvan in English, Karabakh in Turkish).",
    details: """
      The text's language comes from `--lang`, the configuration, or is detected per \
      paragraph. The suggestion is the concept's preferred form in the text's language, \
      suffix kept: `Karabağ'da` in Azerbaijani text becomes `Qarabağda`. A form admitted \
      in another language (Turkiye, admitted in English) is that language's too: a warning \
      in Azerbaijani text, not a note.
      """, fixable: true)
}

/// `unlisted`: a spelling the glossary lacks with a listed form's key.
enum UnlistedRule {
  static let info = RuleInfo(
    id: "unlisted", defaultSeverity: .warning,
    summary: "A spelling the glossary does not list that is a listed form under the comparison key.",
    details: """
      `Qarabag` (ğ dropped) or `Karabah` (kh as h) share the comparison key of a listed form \
      but are not listed themselves; the suggestion is the preferred form. A word all in lower \
      case that only shares its key with a name (`many` beside a name `Manyy`) is a common \
      word, not a misspelling: no finding. Nor is one word of fewer than five letters (Aman, \
      Deli), one that shares its key only with Russian forms, which are there for look-ups \
      (Turkish Kabul and Russian Кабул), or a word the glossary spells that way in another \
      name (Kazakh, of Kazakh language, beside the town Gazakh). Spacing is no spelling: a double space or a line \
      break inside a name matches the listed form.
      """, fixable: true)
}

/// `casing`: a listed form in the wrong case.
enum CasingRule {
  static let info = RuleInfo(
    id: "casing", defaultSeverity: .warning,
    summary: "A listed form in the wrong case (KaraBakh, Ilham for İlham in Azerbaijani).",
    details: """
      Case is compared with Turkic rules, so a Latin I typed for İ in Azerbaijani or \
      Turkish text is a casing finding, not a match. Text in capitals (datelines and \
      headlines: BAKU, BAKI, İSTANBUL, АСТАНА) is no casing error when it is a listed form \
      in capitals, uppercased with the text's language's rules (ISTANBUL in Turkish is \
      still reported: it is not İSTANBUL); suggestions are then in capitals too, but not \
      for an abbreviation, whose capitals are its spelling (OTS). A term \
      (not a name) written all in lower case inside a sentence (ümummilli lider) is \
      ordinary writing, and so is a capital at the start of a sentence or a quoted title \
      ("Түркі әлемі – Біздің отбасымыз"). One word all in lower case that matches a place's \
      name is a common word and is not reported (of and the town Of; ordu, 'army', and the city \
      Ordu; қазан, 'October', and Kazan). A name of several words all in lower case \
      (nagorno-karabakh), whatever form it spells, is only a note (info), and nothing in a compound of \
      lower-case words (армян-әзірбайжан қақтығысы, an adjective). A term with capital \
      initials is a title: nothing when a capitalized word follows (Türk Dünyasının Ali \
      Ordeni, the Turkic World 2040 Vision), else a note. A case slip in a form the text \
      should not use is reported as that form (Ilham Eliyev in Azerbaijani: deprecated, \
      write İlham Əliyev).
      """, fixable: true)
}

/// `mixed-script`: homoglyphs.
enum MixedScriptRule {
  static let info = RuleInfo(
    id: "mixed-script", defaultSeverity: .error,
    summary: "A word mixing Latin and Cyrillic letters (Аzerbaijan with a Cyrillic А).",
    details: """
      Found with ICU's spoof checker; the suggestion maps each look-alike letter into the \
      word's main script. Such words break every search and every later lint. Each part of a \
      hyphenated word is checked on its own: a Latin name with a Kazakh suffix \
      (Facebook-тегі) mixes no letters.
      """, fixable: true)
}

/// `inconsistent`: two spellings of one concept in one run.
enum InconsistentRule {
  static let info = RuleInfo(
    id: "inconsistent", defaultSeverity: .warning,
    summary: "One concept spelled two or more ways in one language across the files of a run.",
    details: """
      Reported once, at the first place, with every other place as related locations and \
      a count per spelling, even when each spelling is admitted. Only spellings no other \
      rule flags are weighed (preferred and admitted forms of the text's language), outside \
      quotation marks (titles and speech are others' spellings): a deprecated form already \
      has its own finding. An abbreviation (OTS) counts as its full form in a document that \
      also names the concept in full, defined in parentheses or not (a headline, a second \
      reference); alone in a document, it is a second spelling. The suggestion is the house \
      style's form, else the preferred form.
      """, fixable: false)
}
