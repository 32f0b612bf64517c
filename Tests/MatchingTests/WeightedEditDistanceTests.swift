import Matching
import Orthography
import Testing

@Suite struct WeightedEditDistanceTests {
  @Test(arguments: [
    ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0), ("ab", "ba", 1),
    ("karabag", "garabag", 1), ("naHCivan", "nakCivan", 1),
  ])
  func levenshtein(a: String, b: String, d: Int) {
    #expect(WeightedEditDistance.levenshtein(a, b) == d)
    #expect(WeightedEditDistance.levenshtein(b, a) == d)
  }

  @Test func levenshteinStopsAtTheLimit() {
    #expect(WeightedEditDistance.levenshtein("abcdefgh", "zyxwvuts", limit: 2) == 3)
  }

  @Test(arguments: [
    // Romanization swaps are cheap; unrelated letters are not.
    ("karabag", "garabag", 0.4), ("aliev", "aleev", 0.3), ("hankandi", "hankendi", 0.2),
    ("karabag", "karabaH", 0.4), ("aliev", "alie", 1.0), ("tokaev", "tokaiev", 0.4),
  ])
  func weightedCosts(a: String, b: String, cost: Double) {
    #expect(abs(WeightedEditDistance.weighted(a, b) - cost) < 1e-9)
  }

  @Test func similarityIsSymmetricAndBounded() {
    let words = ["karabag", "garabag", "naHCivan", "aliev", "aliyeva", "", "x", "turkie"]
    for a in words {
      for b in words {
        let s = WeightedEditDistance.similarity(a, b)
        #expect(s >= 0 && s <= 1)
        #expect(abs(s - WeightedEditDistance.similarity(b, a)) < 1e-9)
      }
    }
  }

  @Test func tokenAlignmentIgnoresOrderAlmost() {
    let a = ComparisonKey.words(of: "State Agency for Support")
    let b = ComparisonKey.words(of: "Support Agency for State")
    #expect(TokenAlignment.score(a, a) == 1)
    #expect(TokenAlignment.score(a, b) > 0.95 && TokenAlignment.score(a, b) < 1)
    #expect(TokenAlignment.score(["aliev"], ["ilHam", "aliev"]) < 0.7)
  }

  @Test func deletionNeighborhoodsOfCloseWordsIntersect() {
    let pairs = [("karabag", "garabag"), ("naHCivan", "nakCivan"), ("tokaev", "tokeav"), ("aliev", "ali")]
    for (a, b) in pairs {
      let shared = DeletionNeighborhood.hashes(of: a).intersection(DeletionNeighborhood.hashes(of: b))
      #expect(!shared.isEmpty, "\(a) / \(b)")
    }
    #expect(DeletionNeighborhood.hashes(of: "karabag").isDisjoint(with: DeletionNeighborhood.hashes(of: "wxyzqrt")))
  }
}

@Suite struct KeyboardDistanceTests {
  func w(_ s: String) -> ScalarWord { ScalarWord(s) }

  @Test(arguments: [
    // A neighbouring key is the cheapest slip; an unrelated letter is not.
    ("boykoy", "botkoy", 0.6), ("boykoy", "bokoy", 1.0),
    ("sasual", "sasaul", 0.8), ("choknbulag", "chokbulag", 0.7), ("cybulak", "cubulak", 0.6),
  ])
  func slipCosts(typed: String, intended: String, cost: Double) {
    #expect(abs(KeyboardDistance.distance(typed: w(typed), intended: w(intended)) - cost) < 1e-9)
  }

  @Test func plainDistanceAgreesWithTheStringVersion() {
    let words = ["karabag", "garabag", "naHCivan", "aliev", "", "x", "turkie", "tokaev"]
    for a in words {
      for b in words {
        #expect(PlainDistance.distance(w(a), w(b)) == WeightedEditDistance.levenshtein(a, b))
      }
    }
  }
}
