/// Word material for people's and places' names, in Azerbaijani Latin.
///
/// Given names mix Azerbaijani, Kazakh and Turkish ones, all written the
/// Azerbaijani way (Kazakh *Zhanbolat* is `Canbolat`, whose Kazakh Latin
/// spelling `Janbolat` the ``Romanizer`` derives). Surname and place roots
/// come partly from here and partly from ``SyllableMaker``.
enum NameLists {
  static let maleGivenNames: [String] = [
    "Əli", "Elnur", "Elçin", "Rəşad", "Tural", "Orxan", "Kamran", "Fərid", "Vüqar",
    "Rövşən", "İlham", "Anar", "Elşən", "Natiq", "Ramil", "Samir", "Cavid", "Nurlan",
    "Yerlan", "Arman", "Dövlət", "Nursultan", "Qasım", "Bolat", "Əsgər", "Serik", "Marat",
    "Teymur", "Aydın", "Mehmet", "Emre", "Murad", "Burak", "Oğuz", "Kənan", "Vüsal",
    "Zaur", "Rüstəm", "Həsən", "Hüseyn", "Məmməd", "Əhməd", "Rəhim", "Səbuhi", "İlqar",
    "Mübariz", "Ceyhun", "Nicat", "Pərviz", "Toğrul", "Cəlal", "Yusif", "İbrahim",
    "İsmayıl", "Səttar", "Bəxtiyar", "Asxat", "Daniyar", "Yermek", "Aslan", "Bauyrcan",
    "Talğat", "Qayrat", "Nurbol", "Canbolat", "Sultan", "Timur", "Kərim", "Səlim",
    "Barış", "Volkan", "Serkan", "Hakan", "Ozan", "Uğur", "Alparslan", "Erlan", "Azamat",
    "Baxıt", "Ruslan", "Cəmşid", "Fuad", "Şahin", "Eldar", "Vaqif", "Yaşar", "Tofiq",
  ]

  static let femaleGivenNames: [String] = [
    "Aygün", "Leyla", "Günel", "Aynur", "Nərgiz", "Sevinc", "Aysel", "Lalə", "Zəhra",
    "Fidan", "Nigar", "Əliyə", "Aygerim", "Dana", "Gülnar", "Ayşə", "Zeynəb", "Elif",
    "Mərvə", "Sabina", "Kamilə", "Arucan", "Gülsüm", "Səbinə", "Türkan", "Ülviyyə",
    "Könül", "Xədicə", "Fatimə", "Məryəm", "Şəbnəm", "Səidə", "Rəna", "Vüsalə", "Təranə",
    "Gülşən", "Aida", "Dinara", "Saulə", "Aynura", "Cansaya", "Mədinə", "Əsel", "Gülnaz",
    "Zarina", "Kübra", "Büşra", "Zeynep", "Esra", "Ebru", "Selin", "Derya", "Gizem",
    "Özlem", "Elvira", "Samirə", "Nərmin", "Afət", "İlahə", "Pəri", "Jibek", "Tomiris",
    "Akbota", "Balcan", "Nazlı", "Aydan", "Sevda", "Həcər", "Ramilə", "Gülbahar",
  ]

  /// Roots surnames are often built on (Həsən → Həsənov, Qulu → Quliyev).
  static let surnameRoots: [String] = [
    "Həsən", "Hüseyn", "Məmməd", "Əli", "Qasım", "Rəhim", "Əhməd", "İbrahim", "Quli",
    "Abbas", "Cəfər", "Kərim", "Nəsir", "Süleyman", "Nəbi", "Vəli", "Hacı", "Bağır",
    "Nuri", "Toqay", "Nazarbay", "Cumabay", "Əbdül", "Musa", "İsa", "Yusub", "Babay",
    "Sadıq", "Rza", "Tağı", "Mirzə", "Şükür", "Qurban", "Bayram", "Əmir", "Sultan",
    "Aslan", "Bəşir", "Xəlil", "Osman", "Əsəd", "Qəni", "Yaqub", "Nağı", "Həmid",
    "Səfər", "Əskər", "Ömər", "Zeynal", "Murtuza", "Kazım", "Rüstəm", "Səməd",
  ]

  /// First elements of place names (Qara-, Ağ-, Yeni-).
  static let placeRoots: [String] = [
    "Qara", "Ağ", "Göy", "Sarı", "Qızıl", "Yeni", "Alma", "Ala", "Ay", "Gün", "Daş",
    "Dəmir", "Bulaq", "Çay", "Dağ", "Göl", "Qum", "Bay", "Xan", "Boz", "Şirin", "Qoşa",
    "Bəy", "Tür", "Yaşıl", "Ağca", "Qaya", "Kök", "Ortaq", "Ulu", "Tez", "Qoyun", "Ceyran",
    "Dəvə", "Qartal", "Narın", "Uzun", "Tərtər", "Ərik", "Bağ", "Ağac", "Ordu", "Sulu",
  ]

  /// Endings of place names, with the spellings a letter rule would get
  /// wrong (Turkish *kent*, not *kend*; Kazakh *auyl*).
  static let placeSuffixes: [Piece] = [
    Piece("stan"),
    Piece("kənd", [.tr: "kent", .en: "kend", .enRussian: "kent", .kkLatn: "kent", .ru: "кент"]),
    Piece("abad"),
    Piece("şəhər", [.tr: "şehir", .kkLatn: "şahar", .enRussian: "shakhar", .ru: "шахар"]),
    Piece("köy", [.en: "koy", .enRussian: "koy"]),
    Piece("aul", [.kkLatn: "auyl"]),
    Piece("qala", [.tr: "kale"]),
    Piece("bulaq"),
    Piece("təpə", [.en: "tepe", .enRussian: "tepe", .kkLatn: "töbe", .ru: "тепе"]),
    Piece("dağ"),
    Piece("su"),
    Piece("tau", [.tr: "dağ"]),
  ]

  /// Adjectives before a place name (*Yuxarı Qaraşəhər*), each with its
  /// Turkish and Kazakh equivalent; English keeps the romanized word.
  static let placePrefixes: [Piece] = [
    Piece("Yuxarı", [.tr: "Yukarı", .kkLatn: "Joğarğy"]),
    Piece("Aşağı", [.kkLatn: "Tömengı"]),
    Piece("Yeni", [.kkLatn: "Jaña"]),
    Piece("Köhnə", [.tr: "Eski", .kkLatn: "Eskı"]),
    Piece("Böyük", [.tr: "Büyük", .kkLatn: "Ülken"]),
    Piece("Kiçik", [.tr: "Küçük", .kkLatn: "Kışı"]),
    Piece("Orta"),
  ]

  /// Endings of Soviet-era names (*Kirovabad*, *Leninsk*), written in the
  /// Russian tradition and listed as forbidden.
  static let sovietSuffixes: [String] = ["ovsk", "ograd", "ovka", "insk", "opol"]
}
