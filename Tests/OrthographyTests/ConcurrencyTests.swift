import Orthography
import Testing

/// Shared transliterators, the key pivot, the tokenizer and the spoof
/// checker are used from many tasks at once (standards.md §6.2: ICU
/// transliterators must not be shared unsynchronized).
@Suite("Concurrency")
struct ConcurrencyTests {
  static let taskCount = 8
  static let callsPerTask = 500

  static let kazakhInputs =
    kazakhNativeWords + [
      "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев",
      String(repeating: "Щучинск ", count: 40),
      "ЧЕМПИОНАТ", "Әлия", "",
    ]

  static let names = [
    "Qarabağ", "Karabakh", "Garabagh", "Қарабақ", "Карабах", "Naxçıvan", "Nakhchivan", "Нахчыван",
    "İlham Əliyev", "Алиев", "Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев", "Xocalı", "Khojaly",
    "Hacıyev", "Türkiye", "Heydər Əliyev adına Beynəlxalq Aeroport", "",
  ]

  @Test("kazakhToLatin from many tasks equals the serial result")
  func kazakhToLatin() async {
    let inputs = Self.kazakhInputs
    let expected = inputs.map { Transforms.kazakhToLatin.transliterate($0) }
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<Self.taskCount {
        group.addTask {
          var bad = 0
          for call in 0..<Self.callsPerTask {
            let i = (call * 7 + task) % inputs.count
            if Transforms.kazakhToLatin.transliterate(inputs[i]) != expected[i] { bad += 1 }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }

  @Test("ComparisonKey.of from many tasks equals the serial result")
  func comparisonKey() async {
    let inputs = Self.names
    let expected = inputs.map { ComparisonKey.of($0) }
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<Self.taskCount {
        group.addTask {
          var bad = 0
          for call in 0..<Self.callsPerTask {
            let i = (call * 5 + task) % inputs.count
            if ComparisonKey.of(inputs[i]) != expected[i] { bad += 1 }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }

  @Test("Mixed work on every shared transform at once")
  func mixed() async {
    let kazakh = Self.kazakhInputs
    let names = Self.names
    let latin = kazakh.map { Transforms.kazakhToLatin.transliterate($0) }
    let back = latin.map { Transforms.kazakhToCyrillic.transliterate($0) }
    let keys = names.map { ComparisonKey.of($0) }
    let azerbaijani = ["Азәрбајҹан", "Гарабағ", "Нахчыван"]
    let azLatin = azerbaijani.map { Transforms.azerbaijaniToLatin.transliterate($0) }
    let russian = ["Нахичевань", "Алиев", "Щучинск"]
    let ruLatin = russian.map { Transforms.russianToLatin.transliterate($0) }
    let skeletons = names.map { HomoglyphDetector.shared.skeleton($0) }
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<Self.taskCount {
        group.addTask {
          var bad = 0
          for call in 0..<Self.callsPerTask {
            switch (call + task) % 5 {
            case 0:
              let i = call % kazakh.count
              if Transforms.kazakhToLatin.transliterate(kazakh[i]) != latin[i] { bad += 1 }
            case 1:
              let i = call % latin.count
              if Transforms.kazakhToCyrillic.transliterate(latin[i]) != back[i] { bad += 1 }
            case 2:
              let i = call % names.count
              if ComparisonKey.of(names[i]) != keys[i] { bad += 1 }
              if HomoglyphDetector.shared.skeleton(names[i]) != skeletons[i] { bad += 1 }
            case 3:
              let i = call % azerbaijani.count
              if Transforms.azerbaijaniToLatin.transliterate(azerbaijani[i]) != azLatin[i] {
                bad += 1
              }
            default:
              let i = call % russian.count
              if Transforms.russianToLatin.transliterate(russian[i]) != ruLatin[i] { bad += 1 }
            }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }

  @Test("A custom transliterator shared by many tasks")
  func customTransliterator() async throws {
    let t = try Transliterator(id: "x-test-shared", rules: "ә > ä; Ә > Ä; і > ı; І > I; ң > ñ")
    let input = "Әліппе және Іле, Қоңыр"
    let expected = t.transliterate(input)
    #expect(expected == "Äлıппе жäне Iле, Қоñыр")
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<Self.taskCount {
        group.addTask {
          var bad = 0
          for _ in 0..<Self.callsPerTask where t.transliterate(input) != expected { bad += 1 }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }
}
