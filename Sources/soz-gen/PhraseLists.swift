/// Translated word lists and templates for organizations, events and terms.
///
/// Kazakh is written in Cyrillic, lowercase unless it begins a name (the
/// generator capitalizes the first letter of a whole Kazakh name); see
/// ``Phrase``. Azerbaijani and Turkish use the possessive forms their
/// compounds need (*Nazirliyi*, *Bakanlığı*), so templates only paste.
enum PhraseLists {
  private static func p(_ en: String, _ az: String, _ tr: String, _ kk: String) -> Phrase {
    Phrase(en: en, az: az, tr: tr, kk: kk)
  }

  private static func t(
    _ en: String, _ enAlt: String?, _ az: String, _ tr: String, _ kk: String
  ) -> Phrase {
    Phrase(en: en, enAlt: enAlt, az: az, tr: tr, kk: kk)
  }

  /// Fields of government ministries and agencies are responsible for.
  static let domains: [Phrase] = [
    p("Agriculture", "Kənd Təsərrüfatı", "Tarım", "ауыл шаруашылығы"),
    p("Energy", "Energetika", "Enerji", "энергетика"),
    p("Education", "Təhsil", "Eğitim", "білім"),
    p("Health", "Səhiyyə", "Sağlık", "денсаулық сақтау"),
    p("Culture", "Mədəniyyət", "Kültür", "мәдениет"),
    p("Tourism", "Turizm", "Turizm", "туризм"),
    p("Transport", "Nəqliyyat", "Ulaştırma", "көлік"),
    p("Defence", "Müdafiə", "Savunma", "қорғаныс"),
    p("Finance", "Maliyyə", "Maliye", "қаржы"),
    p("Justice", "Ədliyyə", "Adalet", "әділет"),
    p("Ecology", "Ekologiya", "Çevre", "экология"),
    p("Emergency Situations", "Fövqəladə Hallar", "Acil Durumlar", "төтенше жағдайлар"),
    p("Digital Development", "Rəqəmsal İnkişaf", "Dijital Kalkınma", "цифрлық даму"),
    p("Foreign Affairs", "Xarici İşlər", "Dışişleri", "сыртқы істер"),
    p("Internal Affairs", "Daxili İşlər", "İçişleri", "ішкі істер"),
    p("Labour", "Əmək", "Çalışma", "еңбек"),
    p("Sport", "İdman", "Spor", "спорт"),
    p("Youth", "Gənclər", "Gençlik", "жастар"),
    p("Water Resources", "Su Ehtiyatları", "Su Kaynakları", "су ресурстары"),
    p("Statistics", "Statistika", "İstatistik", "статистика"),
    p("Standards", "Standartlaşdırma", "Standartlar", "стандарттау"),
    p("Migration", "Miqrasiya", "Göç", "көші-қон"),
    p("Customs", "Gömrük", "Gümrük", "кеден"),
    p("Science", "Elm", "Bilim", "ғылым"),
    p("Industry", "Sənaye", "Sanayi", "өнеркәсіп"),
    p("Trade", "Ticarət", "Ticaret", "сауда"),
    p("Communications", "Rabitə", "İletişim", "байланыс"),
    p("Construction", "Tikinti", "İnşaat", "құрылыс"),
    p("Land Resources", "Torpaq Ehtiyatları", "Arazi Kaynakları", "жер ресурстары"),
    p("Religious Affairs", "Dini Qurumlar", "Diyanet İşleri", "дін істері"),
    p("Veterinary Control", "Baytarlıq Nəzarəti", "Veteriner Denetimi", "ветеринариялық бақылау"),
    p("Food Safety", "Qida Təhlükəsizliyi", "Gıda Güvenliği", "азық-түлік қауіпсіздігі"),
    p("Civil Aviation", "Mülki Aviasiya", "Sivil Havacılık", "азаматтық авиация"),
    p("Maritime Affairs", "Dəniz İşləri", "Denizcilik", "теңіз істері"),
    p("Geology", "Geologiya", "Jeoloji", "геология"),
    p("Housing", "Mənzil Tikintisi", "Konut", "тұрғын үй"),
    p("Cartography", "Kartoqrafiya", "Haritacılık", "картография"),
    p("Archives", "Arxiv İşi", "Arşivler", "мұрағат ісі"),
    p("Television and Radio", "Televiziya və Radio", "Televizyon ve Radyo", "теледидар және радио"),
    p("Innovation", "İnnovasiya", "İnovasyon", "инновация"),
    p("Natural Resources", "Təbii Sərvətlər", "Doğal Kaynaklar", "табиғи ресурстар"),
    p("Competition", "Rəqabət", "Rekabet", "бәсекелестік"),
    p("Taxes", "Vergilər", "Vergi", "салық"),
    p("Cybersecurity", "Kibertəhlükəsizlik", "Siber Güvenlik", "киберқауіпсіздік"),
    p("Family and Children", "Ailə və Uşaq", "Aile ve Çocuk", "отбасы және балалар"),
    p("Forestry", "Meşə Təsərrüfatı", "Ormancılık", "орман шаруашылығы"),
    p("Fisheries", "Balıqçılıq", "Balıkçılık", "балық шаруашылығы"),
    p("Heritage Protection", "İrsin Qorunması", "Mirasın Korunması", "мұраны қорғау"),
    p("Roads", "Yollar", "Karayolları", "жолдар"),
    p("Space Research", "Kosmik Tədqiqatlar", "Uzay Araştırmaları", "ғарыштық зерттеулер"),
  ]

  /// National bodies; slot 0 is a domain.
  static let nationalBodies: [Phrase] = [
    t("Ministry of {0}", "{0} Ministry", "{0} Nazirliyi", "{0} Bakanlığı", "{0} министрлігі"),
    t(
      "State Agency for {0}", "{0} State Agency", "{0} üzrə Dövlət Agentliyi",
      "{0} Devlet Ajansı", "{0} жөніндегі мемлекеттік агенттік"),
    t(
      "State Committee for {0}", "{0} State Committee", "{0} üzrə Dövlət Komitəsi",
      "{0} Devlet Komitesi", "{0} жөніндегі мемлекеттік комитет"),
    t(
      "National Institute of {0}", "{0} National Institute", "Milli {0} İnstitutu",
      "Ulusal {0} Enstitüsü", "ұлттық {0} институты"),
    t(
      "{0} Research Centre", "Research Centre for {0}", "{0} Tədqiqat Mərkəzi",
      "{0} Araştırma Merkezi", "{0} зерттеу орталығы"),
    t(
      "{0} Development Fund", "Fund for {0} Development", "{0} İnkişaf Fondu",
      "{0} Kalkınma Fonu", "{0} даму қоры"),
    t("Council on {0}", "{0} Council", "{0} Şurası", "{0} Konseyi", "{0} кеңесі"),
    t(
      "Inspectorate for {0}", "{0} Inspectorate", "{0} Müfəttişliyi", "{0} Müfettişliği",
      "{0} инспекциясы"),
  ]

  /// Regional offices; slot 0 is a place, slot 1 a domain.
  static let regionalBodies: [Phrase] = [
    t(
      "{0} Department of {1}", "{1} Department of {0}", "{0} {1} İdarəsi",
      "{0} {1} Müdürlüğü", "{0} {1} басқармасы"),
    t("{1} Agency of {0}", "{0} {1} Agency", "{0} {1} Agentliyi", "{0} {1} Ajansı", "{0} {1} агенттігі"),
    t("{0} Centre for {1}", "{0} {1} Centre", "{0} {1} Mərkəzi", "{0} {1} Merkezi", "{0} {1} орталығы"),
  ]

  /// Institutions named after a place (or, for companies, a brand); slot 0.
  static let placeInstitutions: [Phrase] = [
    t(
      "{0} State University", "State University of {0}", "{0} Dövlət Universiteti",
      "{0} Devlet Üniversitesi", "{0} мемлекеттік университеті"),
    t("{0} Oil Company", nil, "{0} Neft Şirkəti", "{0} Petrol Şirketi", "{0} мұнай компаниясы"),
    t(
      "{0} International Airport", "{0} Airport", "{0} Beynəlxalq Hava Limanı",
      "{0} Uluslararası Havalimanı", "{0} халықаралық әуежайы"),
    t("{0} Football Club", "FC {0}", "{0} Futbol Klubu", "{0} Futbol Kulübü", "{0} футбол клубы"),
    t(
      "{0} City Council", "City Council of {0}", "{0} Şəhər Şurası", "{0} Belediye Meclisi",
      "{0} қалалық мәслихаты"),
    t(
      "{0} Chamber of Commerce", nil, "{0} Ticarət Palatası", "{0} Ticaret Odası",
      "{0} сауда палатасы"),
    t("{0} District Court", nil, "{0} Rayon Məhkəməsi", "{0} İlçe Mahkemesi", "{0} аудандық соты"),
    t(
      "{0} Medical University", nil, "{0} Tibb Universiteti", "{0} Tıp Üniversitesi",
      "{0} медицина университеті"),
    t("{0} Railway", "{0} Railways", "{0} Dəmir Yolu", "{0} Demiryolu", "{0} темір жолы"),
    t("{0} Television", "{0} TV", "{0} Televiziyası", "{0} Televizyonu", "{0} телеарнасы"),
    t("{0} Holding", "{0} Group", "{0} Holdinqi", "{0} Holding", "{0} холдингі"),
    t("{0} Bank", nil, "{0} Bankı", "{0} Bankası", "{0} банкі"),
  ]

  /// Unions and associations; slots: adjective, plural noun, and for the
  /// regional ones a place in slot 2.
  static let unions: [Phrase] = [
    t("Union of {0} {1}", "{0} {1} Union", "{0} {1} İttifaqı", "{0} {1} Birliği", "{0} {1} одағы"),
    t(
      "Association of {0} {1}", "{0} {1} Association", "{0} {1} Assosiasiyası",
      "{0} {1} Derneği", "{0} {1} қауымдастығы"),
    t(
      "{2} Union of {0} {1}", "Union of {0} {1} of {2}", "{2} {0} {1} İttifaqı",
      "{2} {0} {1} Birliği", "{2} {0} {1} одағы"),
    t(
      "{2} Association of {0} {1}", nil, "{2} {0} {1} Assosiasiyası", "{2} {0} {1} Derneği",
      "{2} {0} {1} қауымдастығы"),
  ]

  static let unionAdjectives: [Phrase] = [
    p("Young", "Gənc", "Genç", "жас"),
    p("Independent", "Müstəqil", "Bağımsız", "тәуелсіз"),
    p("Women", "Qadın", "Kadın", "әйел"),
    p("Free", "Azad", "Özgür", "еркін"),
    p("Professional", "Peşəkar", "Profesyonel", "кәсіпқой"),
    p("Veteran", "Veteran", "Emektar", "ардагер"),
    p("Rural", "Kənd", "Kırsal", "ауыл"),
    p("National", "Milli", "Ulusal", "ұлттық"),
    p("Democratic", "Demokratik", "Demokratik", "демократиялық"),
  ]

  static let unionNouns: [Phrase] = [
    p("Writers", "Yazıçılar", "Yazarlar", "жазушылар"),
    p("Journalists", "Jurnalistlər", "Gazeteciler", "журналистер"),
    p("Architects", "Memarlar", "Mimarlar", "сәулетшілер"),
    p("Artists", "Rəssamlar", "Ressamlar", "суретшілер"),
    p("Farmers", "Fermerlər", "Çiftçiler", "фермерлер"),
    p("Lawyers", "Hüquqşünaslar", "Hukukçular", "заңгерлер"),
    p("Entrepreneurs", "Sahibkarlar", "Girişimciler", "кәсіпкерлер"),
    p("Teachers", "Müəllimlər", "Öğretmenler", "мұғалімдер"),
    p("Doctors", "Həkimlər", "Doktorlar", "дәрігерлер"),
    p("Composers", "Bəstəkarlar", "Besteciler", "композиторлар"),
    p("Engineers", "Mühəndislər", "Mühendisler", "инженерлер"),
    p("Economists", "İqtisadçılar", "Ekonomistler", "экономистер"),
    p("Students", "Tələbələr", "Öğrenciler", "студенттер"),
    p("Athletes", "İdmançılar", "Sporcular", "спортшылар"),
    p("Designers", "Dizaynerlər", "Tasarımcılar", "дизайнерлер"),
    p("Scientists", "Alimlər", "Bilim İnsanları", "ғалымдар"),
    p("Photographers", "Fotoqraflar", "Fotoğrafçılar", "фотографтар"),
    p("Translators", "Tərcüməçilər", "Çevirmenler", "аудармашылар"),
    p("Musicians", "Musiqiçilər", "Müzisyenler", "музыканттар"),
    p("Filmmakers", "Kinematoqrafçılar", "Sinemacılar", "кинематографистер"),
  ]

  /// Events; slot 0 is a year, slot 1 a place.
  static let events: [Phrase] = [
    t("{0} {1} Summit", "{1} Summit {0}", "{0} {1} Sammiti", "{0} {1} Zirvesi", "{0} {1} саммиті"),
    t("{0} {1} Forum", "{1} Forum {0}", "{0} {1} Forumu", "{0} {1} Forumu", "{0} {1} форумы"),
    t("{0} {1} Agreement", nil, "{0} {1} Sazişi", "{0} {1} Anlaşması", "{0} {1} келісімі"),
    t(
      "{0} {1} Declaration", "{1} Declaration of {0}", "{0} {1} Bəyannaməsi",
      "{0} {1} Bildirgesi", "{0} {1} декларациясы"),
    t(
      "{0} {1} earthquake", "{1} earthquake of {0}", "{0} {1} zəlzələsi", "{0} {1} depremi",
      "{0} {1} жер сілкінісі"),
    t("{0} {1} floods", nil, "{0} {1} daşqını", "{0} {1} selleri", "{0} {1} су тасқыны"),
    t("{0} {1} Festival", nil, "{0} {1} Festivalı", "{0} {1} Festivali", "{0} {1} фестивалі"),
    t("{0} {1} Games", nil, "{0} {1} Oyunları", "{0} {1} Oyunları", "{0} {1} ойындары"),
    t("{0} {1} Congress", nil, "{0} {1} Qurultayı", "{0} {1} Kurultayı", "{0} {1} құрылтайы"),
    t(
      "{0} {1} Conference", "{1} Conference {0}", "{0} {1} Konfransı", "{0} {1} Konferansı",
      "{0} {1} конференциясы"),
    t("{0} {1} Marathon", nil, "{0} {1} Marafonu", "{0} {1} Maratonu", "{0} {1} марафоны"),
    t("{0} {1} Expo", "Expo {0} {1}", "{0} {1} Sərgisi", "{0} {1} Fuarı", "{0} {1} көрмесі"),
    t("{0} {1} protests", nil, "{0} {1} etirazları", "{0} {1} protestoları", "{0} {1} наразылықтары"),
    t("{0} {1} talks", nil, "{0} {1} danışıqları", "{0} {1} görüşmeleri", "{0} {1} келіссөздері"),
    t("{0} {1} Book Fair", nil, "{0} {1} Kitab Sərgisi", "{0} {1} Kitap Fuarı", "{0} {1} кітап көрмесі"),
    t(
      "{0} {1} Film Festival", nil, "{0} {1} Film Festivalı", "{0} {1} Film Festivali",
      "{0} {1} кинофестивалі"),
    t(
      "{0} {1} Chess Olympiad", nil, "{0} {1} Şahmat Olimpiadası", "{0} {1} Satranç Olimpiyatı",
      "{0} {1} шахмат олимпиадасы"),
    t("{0} {1} ceasefire", nil, "{0} {1} atəşkəsi", "{0} {1} ateşkesi", "{0} {1} бітімі"),
  ]

  /// Terms: slot 0 an adjective, slot 1 a noun, optionally a document kind.
  static let termAdjectives: [Phrase] = [
    p("digital", "rəqəmsal", "dijital", "цифрлық"),
    p("renewable", "bərpa olunan", "yenilenebilir", "жаңартылатын"),
    p("national", "milli", "ulusal", "ұлттық"),
    p("regional", "regional", "bölgesel", "өңірлік"),
    p("public", "ictimai", "kamu", "қоғамдық"),
    p("green", "yaşıl", "yeşil", "жасыл"),
    p("humanitarian", "humanitar", "insani", "гуманитарлық"),
    p("strategic", "strateji", "stratejik", "стратегиялық"),
    p("transit", "tranzit", "transit", "транзиттік"),
    p("economic", "iqtisadi", "ekonomik", "экономикалық"),
    p("social", "sosial", "sosyal", "әлеуметтік"),
    p("municipal", "bələdiyyə", "belediye", "муниципалдық"),
    p("cross-border", "transsərhəd", "sınır ötesi", "трансшекаралық"),
    p("sustainable", "davamlı", "sürdürülebilir", "тұрақты"),
  ]

  static let termNouns: [Phrase] = [
    p("security", "təhlükəsizlik", "güvenlik", "қауіпсіздік"),
    p("corridor", "dəhliz", "koridor", "дәліз"),
    p("policy", "siyasət", "politika", "саясат"),
    p("infrastructure", "infrastruktur", "altyapı", "инфрақұрылым"),
    p("reform", "islahat", "reform", "реформа"),
    p("cooperation", "əməkdaşlıq", "işbirliği", "ынтымақтастық"),
    p("budget", "büdcə", "bütçe", "бюджет"),
    p("transition", "keçid", "geçiş", "көшу"),
    p("sovereignty", "suverenlik", "egemenlik", "егемендік"),
    p("investment", "investisiya", "yatırım", "инвестиция"),
    p("inflation", "inflyasiya", "enflasyon", "инфляция"),
    p("tariff", "tarif", "tarife", "тариф"),
    p("governance", "idarəetmə", "yönetişim", "басқару"),
    p("diplomacy", "diplomatiya", "diplomasi", "дипломатия"),
    p("agenda", "gündəlik", "gündem", "күн тәртібі"),
    p("integration", "inteqrasiya", "entegrasyon", "интеграция"),
    p("heritage", "irs", "miras", "мұра"),
    p("energy", "enerji", "enerji", "энергия"),
  ]

  /// Document kinds after a term (*digital policy strategy*), possessive
  /// in Azerbaijani, Turkish and Kazakh.
  static let termDocuments: [Phrase] = [
    p("strategy", "strategiyası", "stratejisi", "стратегиясы"),
    p("programme", "proqramı", "programı", "бағдарламасы"),
    p("concept", "konsepsiyası", "konsepti", "тұжырымдамасы"),
    p("index", "indeksi", "endeksi", "индексі"),
    p("roadmap", "yol xəritəsi", "yol haritası", "жол картасы"),
    p("fund", "fondu", "fonu", "қоры"),
  ]

  /// `{0} {1}` and `{0} {1} {2}` in every language.
  static let twoSlots = Phrase(en: "{0} {1}", az: "{0} {1}", tr: "{0} {1}", kk: "{0} {1}")
  static let threeSlots = Phrase(
    en: "{0} {1} {2}", az: "{0} {1} {2}", tr: "{0} {1} {2}", kk: "{0} {1} {2}")
}
