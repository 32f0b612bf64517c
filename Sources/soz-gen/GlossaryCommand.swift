import ArgumentParser
import Foundation

/// `soz-gen glossary`: the glossary, queries, form list and articles.
struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Write a synthetic Turkic-news glossary, test queries and optional articles.",
    discussion: filesHelp)

  /// The description of the output files, shown by `soz-gen --help` too.
  static let filesHelp = """
      Files written to --out:

        glossary.tsv  concept, lang, form, status, kind (one row per form, \
      about 5 per concept). Languages en, az, tr, kk (Cyrillic) and sometimes \
      kk-Latn; status preferred, admitted, deprecated or forbidden; kind \
      person, place, organization, event or term. Names are built in \
      Azerbaijani Latin and derived from it: Turkish spelling, English in the \
      Azerbaijani-derived (preferred/admitted) and Russian-derived \
      (deprecated) traditions, diacritic-free (deprecated), Kazakh Latin and, \
      through Orthography's kazakhToCyrillic, Kazakh Cyrillic. No two \
      concepts share a form, or even a ComparisonKey.

        queries.tsv   query, concept, kind: --queries queries from distinct \
      concepts, alternating typo (1-2 keyboard/look-alike edits, sometimes \
      lowercased or without diacritics) and variant (other letter case, no \
      diacritics, another romanization, swapped word order, Cyrillic). No \
      query is a listed form of its concept, and none folds to another \
      concept's key. Then --boundary-queries queries of kind boundary: a \
      form with its word breaks typed wrong (two words joined, a word split, \
      a letter typed for the space, hyphen for space or back, the space one \
      letter off), sometimes lowercased. `concept` is the expected answer.

        forms.txt     every distinct form text, one per line, in glossary order.

        articles.txt  only with --article-mb N > 0: N MiB of English \
      news-like sentences mentioning concepts by their English forms (about \
      10% non-preferred), some possessive ('s); one article per line.

      Example: soz-gen glossary --concepts 100000 --seed 42 --out bench/data --article-mb 50
      """

  @Option(help: "Number of concepts.")
  var concepts = 100_000

  @Option(help: "Random seed; the same seed gives byte-identical files.")
  var seed: UInt64 = 42

  @Option(help: "Output directory (created if missing).")
  var out: String

  @Option(help: "Number of queries (half typo, half variant; at most --concepts).")
  var queries = 2_000

  @Option(help: "Number of word-boundary queries, after the others (at most --concepts).")
  var boundaryQueries = 1_000

  @Option(help: "Size of articles.txt in MiB (1 MiB = 1 048 576 bytes); 0 writes no articles.")
  var articleMb = 0

  @Option(
    help: "Data shape: news (Turkic-news names of every kind; articles of 4–9 news sentences a line) or plain (1–3-word names of 2–4 syllables; one sentence of 8–24 common words a line, a mention in every other line).")
  var shape: ArticleGenerator.Shape = .news

  @Flag(help: "Print no progress or timing to standard error.")
  var quiet = false

  func validate() throws {
    guard concepts > 0 else { throw ValidationError("--concepts must be positive") }
    guard queries >= 0, queries <= concepts else {
      throw ValidationError("--queries must be between 0 and --concepts")
    }
    guard boundaryQueries >= 0, boundaryQueries <= concepts else {
      throw ValidationError("--boundary-queries must be between 0 and --concepts")
    }
    guard articleMb >= 0 else { throw ValidationError("--article-mb must not be negative") }
  }

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    try FileManager.default.createDirectory(
      atPath: out, withIntermediateDirectories: true, attributes: nil)
    let dir = URL(fileURLWithPath: out)

    let glossary = GlossaryGenerator(count: concepts, seed: seed, plain: shape == .plain).generate()
    let rows = try OutputFiles.writeGlossary(glossary, to: dir.appendingPathComponent("glossary.tsv").path)
    let distinct = try OutputFiles.writeForms(glossary, to: dir.appendingPathComponent("forms.txt").path)
    report("glossary.tsv: \(glossary.concepts.count) concepts, \(rows) rows; forms.txt: \(distinct) forms", since: started)

    let generated =
      QueryGenerator(count: queries, seed: seed).generate(from: glossary)
      + QueryGenerator(count: boundaryQueries, seed: seed).generateBoundary(from: glossary)
    try OutputFiles.writeQueries(generated, to: dir.appendingPathComponent("queries.tsv").path)
    report("queries.tsv: \(generated.count) queries", since: started)

    if articleMb > 0 {
      let writer = try TextFileWriter(path: dir.appendingPathComponent("articles.txt").path)
      try ArticleGenerator(seed: seed, byteBudget: articleMb << 20, shape: shape)
        .write(glossary, to: writer)
      try writer.close()
      report("articles.txt: \(writer.byteCount) bytes", since: started)
    }
  }

  private func report(_ message: String, since start: ContinuousClock.Instant) {
    guard !quiet else { return }
    let elapsed = (ContinuousClock.now - start).components
    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    FileHandle.standardError.write(Data("[\(String(format: "%.1f", seconds)) s] \(message)\n".utf8))
  }
}

extension ArticleGenerator.Shape: ExpressibleByArgument {}
