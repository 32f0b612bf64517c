import Orthography

/// Generic words of multiword names, and the words that carry no name at
/// all, in the five languages.
///
/// Inside a name of two or more words, a generic head (river, çayı, өзені,
/// река …) is replaced by its class (`#river`), so `Ili River`, `İli Nehri`
/// and `Іле өзені` compare as *Ili + #river*; and two names whose classes
/// differ are different things (Balkhash the town, Lake Balkhash; Karaganda,
/// Karaganda Region). Function words (of, və, ve, және, имени …) are
/// dropped, as TermSuite's permutation rules do ("Organization of Turkic
/// States" ≡ "Turkic States Organization"). A one-word name is never
/// reduced to a class. The lists are written by hand, from general
/// knowledge of the languages, not fitted to the evaluation set.
enum HeadWords {
  /// Class → surface words (any language, any case, inflected as used).
  static let classes: [String: [String]] = [
    "river": ["river", "çayı", "çay", "nehri", "nehir", "ırmağı", "өзені", "өзен", "река", "reki",
      "özenı", "özen"],
    "lake": ["lake", "gölü", "göl", "көлі", "көл", "озеро", "kölı", "köl"],
    "sea": ["sea", "dənizi", "denizi", "теңізі", "теңіз", "море", "teñızı"],
    "mountains": ["mountains", "mountain", "mount", "range", "dağları", "dağlar", "dağı", "dağ",
      "таулары", "тауы", "тау", "горы", "гора", "taulary", "tauy", "sıradağları", "silsiləsi"],
    "university": ["university", "universiteti", "universitet", "üniversitesi", "üniversite",
      "университеті", "университет", "universitetı"],
    "state": ["state", "dövlət", "devlet", "мемлекеттік", "государственный", "memlekettık"],
    "national": ["national", "milli", "ұлттық", "национальный", "ulttyq"],
    "region": ["region", "province", "oblast", "oblastı", "vilayəti", "bölgesi", "облысы", "облыс",
      "область", "oblysy", "rayonu", "district", "ауданы", "район", "audany", "ilçesi"],
    "city": ["city", "şəhəri", "şehri", "қаласы", "город", "qalasy"],
    "republic": ["republic", "respublikası", "cumhuriyeti", "республикасы", "республика",
      "respublikasy"],
    "bank": ["bank", "bankı", "банкі", "банк", "bankası"],
    "museum": ["museum", "muzeyi", "müzesi", "мұражайы", "музей", "mūrajaiy"],
    "theatre": ["theatre", "theater", "teatrı", "tiyatrosu", "театры", "театр", "teatry"],
    "mausoleum": ["mausoleum", "türbəsi", "türbesi", "кесенесі", "мавзолей", "kesenesı"],
    "academy": ["academy", "akademiyası", "akademisi", "академиясы", "академия", "akademiasy"],
    "desert": ["desert", "səhrası", "çölü", "шөлі", "пустыня", "şölı"],
    "airport": ["airport", "aeroportu", "havalimanı", "әуежайы", "аэропорт", "äuejaiy"],
    "park": ["park", "parkı", "паркі", "парк"],
    "reserve": ["reserve", "qoruğu", "koruma", "қорығы", "заповедник", "qoryğy"],
    "plateau": ["plateau", "yaylası", "platosu", "үстірті", "плато", "üstırtı"],
  ]

  /// Words that carry no part of a name.
  static let function: [String] = [
    "of", "the", "and", "for", "to", "at", "named", "after",
    "və", "üzrə", "üçün", "adına", "ve", "için", "adını", "және", "мен", "атындағы", "и", "имени",
    "jäne", "atyndağy",
  ]

  /// Key word → class, built from the lists with the comparison key.
  static let classByKey: [String: String] = {
    var map: [String: String] = [:]
    for (name, words) in classes {
      for w in words { map[ComparisonKey.of(w)] = "#" + name }
    }
    return map
  }()

  static let functionKeys: Set<String> = Set(function.map { ComparisonKey.of($0) })
}
