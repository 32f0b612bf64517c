import ArgumentParser
import Foundation

/// `soz-gen memory`: segment pairs (TSV and TMX) and fuzzy-search queries.
struct MemoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "memory",
    abstract: "Write seeded en→az segment pairs as TSV and TMX 1.4, and fuzzy-search queries.",
    discussion: """
      Files written to --out:

        segments.tsv  header en<TAB>az, then one pair a line (news-style \
      templates with generated names, places, organizations and numbers).

        segments.tmx  the same pairs as TMX 1.4 (srclang en, a tuid, creation \
      date and author per unit), XML-escaped.

        queries.tsv   query<TAB>expected: --queries queries made by replacing, \
      removing or inserting one or two words of a known segment; `expected` \
      is that segment's English text.

      With --shape formulaic (issue 15): the same files, the segments \
      protocol sentences of agency copy from one vocabulary of about 300 \
      words (titles, countries, topics, dates), so that every word is \
      shared by tens of thousands of segments.

      With --shape names (issue 17, `soz align --memory`): segments.tsv and \
      segments.tmx hold en→az unit pairs about generated people and places no \
      glossary lists, the Azerbaijani side inflected (Ağdama, Ağdamda); \
      names.tsv (header en<TAB>az<TAB>units) is the gold list: each name's \
      English form, its Azerbaijani base form and how many units mention it. \
      No queries are written.
      """)

  enum Shape: String, ExpressibleByArgument { case search, formulaic, names }

  @Option(
    help: """
      What the memory is for: search (fuzzy-search benchmark, news copy with rare names), formulaic \
      (fuzzy search on agency copy from a 300-word vocabulary) or names (align --memory).
      """)
  var shape: Shape = .search

  @Option(help: "With --shape names: how many people and how many places.")
  var names = 2000

  @Option(help: "Number of segment pairs.")
  var count = 1_000_000

  @Option(help: "Random seed; the same seed gives byte-identical files.")
  var seed: UInt64 = 42

  @Option(help: "Number of queries.")
  var queries = 200

  @Option(help: "Output directory (created if missing).")
  var out: String

  @Flag(help: "Write no TMX file.")
  var noTmx = false

  func validate() throws {
    guard count > 0 else { throw ValidationError("--count must be positive") }
    guard queries >= 0, queries <= count else { throw ValidationError("--queries must be in 0...--count") }
  }

  func run() throws {
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    if shape == .names { return try runNames() }
    var generator: any PairGenerator =
      shape == .formulaic ? FormulaicGenerator(seed: seed) : SegmentGenerator(seed: seed)
    var picker = SeededRandom(seed: seed, stream: 9)
    let chosen = Set(picker.sample(queries, from: count))
    var expected: [Int: String] = [:]
    let tsv = try TextFileWriter(path: out + "/segments.tsv")
    let tmx = noTmx ? nil : try TextFileWriter(path: out + "/segments.tmx")
    try tsv.writeRow(["en", "az"])
    try tmx?.write("""
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4">
        <header creationtool="soz-gen" creationtoolversion="1" segtype="sentence" o-tmf="soz" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>

      """)
    for i in 0..<count {
      let pair = generator.pair()
      try tsv.writeRow([pair.en, pair.az])
      if let tmx {
        let date = String(format: "2026%02d%02dT%02d%02d00Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60)
        try tmx.write(
          "    <tu tuid=\"\(i + 1)\" creationdate=\"\(date)\" creationid=\"gen\">\n"
            + "      <tuv xml:lang=\"en\"><seg>\(Self.escape(pair.en))</seg></tuv>\n"
            + "      <tuv xml:lang=\"az\"><seg>\(Self.escape(pair.az))</seg></tuv>\n"
            + "    </tu>\n")
      }
      if chosen.contains(i) { expected[i] = pair.en }
    }
    try tmx?.write("  </body>\n</tmx>\n")
    try tsv.close()
    try tmx?.close()
    let q = try TextFileWriter(path: out + "/queries.tsv")
    try q.writeRow(["query", "expected"])
    for i in expected.keys.sorted() {
      let original = expected[i]!
      var edited = generator.edit(original)
      while edited == original { edited = generator.edit(original) }
      try q.writeRow([edited, original])
    }
    try q.close()
  }

  /// `--shape names`: unit pairs with inflected names, and their gold list.
  func runNames() throws {
    var generator = AlignedMemoryGenerator(seed: seed, people: names, places: names)
    let tsv = try TextFileWriter(path: out + "/segments.tsv")
    let tmx = noTmx ? nil : try TextFileWriter(path: out + "/segments.tmx")
    try tsv.writeRow(["en", "az"])
    try tmx?.write(Self.tmxHeader)
    for i in 0..<count {
      let pair = generator.pair()
      try tsv.writeRow([pair.en, pair.az])
      try tmx?.write(Self.tmxUnit(i, pair.en, pair.az))
    }
    try tmx?.write("  </body>\n</tmx>\n")
    try tsv.close()
    try tmx?.close()
    let gold = try TextFileWriter(path: out + "/names.tsv")
    try gold.writeRow(["en", "az", "units"])
    for n in generator.people + generator.places where n.units > 0 {
      try gold.writeRow([n.en, n.az, String(n.units)])
    }
    try gold.close()
  }

  static let tmxHeader = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4">
      <header creationtool="soz-gen" creationtoolversion="1" segtype="sentence" o-tmf="soz" adminlang="en" srclang="en" datatype="plaintext"/>
      <body>

    """

  static func tmxUnit(_ i: Int, _ en: String, _ az: String) -> String {
    let date = String(format: "2026%02d%02dT%02d%02d00Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60)
    return "    <tu tuid=\"\(i + 1)\" creationdate=\"\(date)\" creationid=\"gen\">\n"
      + "      <tuv xml:lang=\"en\"><seg>\(escape(en))</seg></tuv>\n"
      + "      <tuv xml:lang=\"az\"><seg>\(escape(az))</seg></tuv>\n"
      + "    </tu>\n"
  }

  /// XML character escaping for element content and attributes.
  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
