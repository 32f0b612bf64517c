import Alignment
import PropertyBased
import Testing

/// Spellings to draw random inputs from: variants, near misses, and
/// unrelated names.
let namePool: [String] = [
  "Karabakh", "Qarabağ", "Karabağ", "Қарабақ", "Garabagh", "Aghdam", "Ağdam", "Aghdara", "Ağdərə",
  "Aliyev", "Aliyeva", "Əliyev", "Алиева", "Ilham Aliyev", "Tural Aliyev", "Ильхам Алиев",
  "Kazakhstan", "Kyrgyzstan", "Қазақстан", "Qırğızıstan", "Turkistan", "Turkmenistan",
  "Türkiye", "Turkic", "Turkish", "Shusha", "Shush", "Şuşa", "Syr Darya", "Сырдария",
  "Lake Balkhash", "Balkhash", "Балқаш көлі", "Samarkand", "Səmərqənd", "Самарканд",
  "Konya", "Kenya", "Organization of Turkic States", "Turkic States Organization",
]

@Suite("Clustering properties")
struct ClusteringPropertyTests {
  let aligner = Aligner()

  @Test("every form is in exactly one cluster, whatever the input order and duplicates")
  func partitionIndependentOfOrder() async {
    let input = Gen<Int>.int(in: 0...(namePool.count - 1)).array(of: 0...30)
    await propertyCheck(count: 60, input: input) { picks in
      let forms = picks.map { NameForm(text: namePool[$0], language: "x") }
      let clusters = aligner.cluster(forms)
      let flat = clusters.flatMap { $0 }
      #expect(flat.count == Set(flat).count, "a form in two clusters")
      #expect(Set(flat) == Set(forms), "forms lost or invented")
      let reordered = aligner.cluster(Array(Set(forms)).sorted().reversed())
      #expect(reordered == clusters, "order changed the clusters")
    }
  }
}
