import Testing

@testable import Alignment

@Suite struct VariantDistanceTests {
  @Test(arguments: [
    ("kazakstan", "kazaHstan", 0), ("turkistan", "turkmenistan", 2), ("agdam", "agdara", 2),
  ])
  func countsHardEdits(a: String, b: String, hard: Int) {
    #expect(VariantDistance.similarity(a, b).hard == hard)
  }
}
