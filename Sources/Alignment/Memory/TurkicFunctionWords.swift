/// Function words of Azerbaijani, Turkish and Kazakh that open sentences
/// (pronouns, demonstratives, question words, conjunctions, particles and
/// common adverbs), lowercased (issue 17).
///
/// Two Turkic languages share many of them (`Biz` ~ `Biz`, `Niyə` ~
/// `Niye`, `Bu` ~ `Bu`), so when a memory pairs two Turkic languages a
/// capital that opens both sentences of a unit vouches for nothing if it
/// is one of these. A closed class: the list is the grammar's, not a
/// corpus's.
enum TurkicFunctionWords {
  static let all: Set<String> = [
    // Azerbaijani
    "mən", "sən", "o", "biz", "siz", "onlar", "bu", "şu", "həmin", "elə", "belə", "nə", "niyə", "necə",
    "hara", "harada", "haradan", "hardan", "kim", "hansı", "neçə", "bəs", "amma", "ancaq", "lakin", "və",
    "ya", "yoxsa", "çünki", "əgər", "hə", "bəli", "yox", "xeyr", "heç", "hər", "bütün", "çox", "az",
    "daha", "artıq", "indi", "sonra", "əvvəl", "sabah", "bugün", "dünən", "burada", "orada", "mənim",
    "sənin", "onun", "bizim", "sizin", "onların", "mənə", "sənə", "ona", "bizə", "sizə", "məni", "səni",
    "onu", "bizi", "sizi", "kimsə", "hamı", "hamısı", "bir", "iki", "üç",
    // Turkish
    "ben", "sen", "şu", "ne", "neden", "niye", "niçin", "nasıl", "nere", "nerede", "nereden", "hangi",
    "kaç", "fakat", "ve", "veya", "çünkü", "eğer", "evet", "hayır", "hiç", "her", "çok", "artık",
    "şimdi", "önce", "yarın", "dün", "benim", "bana", "sana", "beni", "seni", "birisi", "herkes",
    "hepsi", "lütfen",
    // Kazakh
    "мен", "сен", "ол", "біз", "сіз", "олар", "бұл", "мына", "сол", "не", "неге", "қалай", "қайда",
    "кім", "қандай", "қанша", "бірақ", "және", "немесе", "өйткені", "егер", "иә", "жоқ", "әр",
    "барлық", "көп", "аз", "енді", "қазір", "кейін", "бүгін", "кеше", "ертең", "мұнда", "онда",
    "менің", "сенің", "оның", "біздің", "сіздің", "олардың", "маған", "саған", "оған", "бір", "екі",
  ]

  /// Whether `word` (as written) is one of them.
  static func contains(_ word: String) -> Bool {
    all.contains(word.lowercased(with: .init(identifier: "tr")))
  }
}
