import Alignment
import Foundation
import Linting
import Orthography
import Terminology

/// `soz align PATH...`: extracts names from texts, groups their variants,
/// links groups to the glossary and proposes glossary changes.
public enum AlignCorpusRun {
  /// What a run found.
  public struct Report: Sendable {
    public var groups: [CorpusGroup]
    public var proposals: [Concept]
    public var files: Int
    public var failures: [String]
  }

  /// Reads `paths` (files or directories of .md/.txt/.html; markup
  /// blanked), extracts candidates, and groups them against the store's
  /// glossary. `glossary` nil is `--no-glossary`.
  public static func run(
    paths: [String], glossary g: Glossary?, minCount: Int, language: LanguageTag? = nil
  ) -> Report {
    var failures: [String] = []
    var documents: [Document] = []
    for path in paths {
      for file in LintRun.files(at: path, failures: &failures) {
        guard let data = FileManager.default.contents(atPath: file) else {
          failures.append("\(file): cannot read file")
          continue
        }
        LintRun.read(data, path: file, into: &documents, failures: &failures)
      }
    }
    let keys = KeyCache()
    let extractor = NameExtractor(glossary: g, keys: keys)
    let docs = documents
    let found = docs.concurrentMap { extractor.candidates(in: $0.prose, file: $0.path, language: language) }
    let candidates = extractor.reduceInflections(found.flatMap { $0 })
    let groups = CorpusAligner(aligner: Aligner(keys: keys), minCount: minCount).align(candidates, glossary: g)
    return Report(
      groups: groups, proposals: GlossaryPatch.proposals(groups, glossary: g), files: documents.count,
      failures: failures)
  }

  /// The report as text: linked groups first, then new concepts.
  public static func text(_ r: Report) -> String {
    var out: [String] = []
    for g in r.groups {
      let title = g.conceptID.map { "\($0) (\(g.kind?.rawValue ?? "?"))" } ?? "new concept"
      out.append("\(title): \(g.count) uses")
      for s in g.spellings {
        var line = "  \(s.language.padding(toLength: 8, withPad: " ", startingAt: 0)) \(s.text) ×\(s.count)"
        if g.mostUsed[s.language] == s.text { line += ", most used" }
        line += s.known ? ", in glossary" : (g.conceptID == nil ? "" : ", NEW VARIANT")
        if !s.inflections.isEmpty { line += "; inflected: " + s.inflections.prefix(4).joined(separator: ", ") }
        line += "; at " + s.locations.prefix(3).joined(separator: ", ") + (s.locations.count > 3 ? ", …" : "")
        out.append(line)
      }
    }
    let s = summary(r)
    out.append(
      "\(r.files) files: \(s.groups) groups, \(s.linked) linked to the glossary, \(s.newVariants) new variants, \(s.newConcepts) new concepts"
    )
    return out.joined(separator: "\n")
  }

  static func summary(_ r: Report) -> (groups: Int, linked: Int, newVariants: Int, newConcepts: Int) {
    let linked = r.groups.filter { $0.conceptID != nil }
    return (
      r.groups.count, linked.count, linked.reduce(0) { $0 + $1.newSpellings.count },
      r.groups.count - linked.count
    )
  }

  /// The report as one JSON object (sorted keys).
  public static func json(_ r: Report) -> String {
    func str(_ s: String) -> String { TextEscapes.json(s) }
    func list(_ a: [String]) -> String { "[" + a.map(str).joined(separator: ",") + "]" }
    let groups = r.groups.map { g -> String in
      let most = g.mostUsed.keys.sorted().map { "\(str($0)):\(str(g.mostUsed[$0]!))" }.joined(separator: ",")
      let spellings = g.spellings.map { s in
        "{\"count\":\(s.count),\"form\":\(str(s.text)),\"inflections\":\(list(s.inflections)),\"known\":\(s.known),\"lang\":\(str(s.language)),\"locations\":\(list(s.locations))}"
      }.joined(separator: ",")
      let concept = g.conceptID.map(str) ?? "null"
      let kind = g.kind.map { str($0.rawValue) } ?? "null"
      return "{\"concept\":\(concept),\"count\":\(g.count),\"kind\":\(kind),\"mostUsed\":{\(most)},\"spellings\":[\(spellings)]}"
    }
    let s = summary(r)
    return "{\"groups\":[\(groups.joined(separator: ","))],\"summary\":{\"files\":\(r.files),\"groups\":\(s.groups),\"linked\":\(s.linked),\"newConcepts\":\(s.newConcepts),\"newVariants\":\(s.newVariants)}}"
  }

  /// The proposals as a glossary YAML file.
  public static func patch(_ r: Report) -> String {
    """
    # Proposals from `soz align` for review. Edit or delete entries, then run
    # `soz glossary apply` on this file. Format: Sources/Terminology/GlossaryYAMLReader.swift.

    """ + GlossaryYAMLWriter.write(r.proposals)
  }
}

/// `soz glossary apply FILE`: merges a reviewed patch into a glossary directory.
public enum GlossaryApplyRun {
  /// Merges the patch at `patchPath` into the YAML directory `directory`
  /// and writes the changed files (each through a temporary file and a
  /// rename); new concepts go to `aligned.yaml` there. Nothing is written
  /// when there is a conflict.
  public static func run(patchPath: String, directory: URL) throws(SozError) -> GlossaryPatch.Merge {
    let patchText: String
    do {
      patchText = try String(contentsOfFile: patchPath, encoding: .utf8)
    } catch {
      throw SozError.io(path: patchPath, message: "cannot read the patch (is it UTF-8?)")
    }
    let patch: [Concept]
    let glossary: Glossary
    do {
      patch = try GlossaryYAMLReader.read(patchText, file: patchPath)
      glossary = try GlossaryYAMLReader.readDirectory(directory)
    } catch {
      throw SozError.glossary(error)
    }
    var texts: [String: String] = [:]
    for url in GlossaryFiles.list(in: directory) {
      texts[GlossaryFiles.displayPath(url)] = try? String(contentsOf: url, encoding: .utf8)
    }
    let newFile = GlossaryFiles.displayPath(directory.appendingPathComponent("aligned.yaml"))
    let merge: GlossaryPatch.Merge
    do {
      merge = try GlossaryPatch.apply(patch, to: glossary, files: texts, newFile: newFile)
    } catch {
      throw SozError.io(path: patchPath, message: "not applied:\n" + error.description)
    }
    // Every file's new text is written (and synced) beside it before the
    // first is replaced, so a failure — a full disk, a killed process —
    // leaves every file as it was; then each is renamed into place.
    let files = merge.files.sorted(by: { $0.key < $1.key })
    var temps: [(URL, String)] = []
    func discard() { for (temp, _) in temps { try? FileManager.default.removeItem(at: temp) } }
    for (path, text) in files {
      let url = URL(fileURLWithPath: path)
      let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).soz-apply")
      guard FileManager.default.createFile(atPath: temp.path, contents: Data(text.utf8)),
        let handle = FileHandle(forWritingAtPath: temp.path)
      else {
        discard()
        throw SozError.io(path: path, message: "cannot write a temporary file beside it; nothing was changed")
      }
      temps.append((temp, path))
      do {
        try handle.synchronize()
        try handle.close()
      } catch {
        discard()
        throw SozError.io(path: path, message: "cannot write a temporary file beside it; nothing was changed")
      }
    }
    for (temp, path) in temps where rename(temp.path, path) != 0 {
      discard()
      throw SozError.io(path: path, message: "cannot replace the file")
    }
    return merge
  }
}
