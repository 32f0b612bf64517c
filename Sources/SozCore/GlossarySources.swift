import Foundation
import Store
import Terminology

/// `soz glossary sources`: what the store's glossary is made of.
public enum GlossarySourcesRenderer {
  struct JSONSource: Encodable {
    var path: String
    var kind: String
    var configured: Bool
    var concepts: Int
    var forms: Int
    var fingerprint: String
    var syncedAt: String
  }
  struct JSONReport: Encodable {
    var store: String
    var sources: [JSONSource]
  }

  /// One JSON object with sorted keys: `{store, sources: [{path, kind,
  /// configured, concepts, forms, fingerprint, syncedAt}]}`.
  public static func json(_ sources: [GlossaryStore.SourceInfo], store: String) -> String {
    let report = JSONReport(
      store: store,
      sources: sources.map {
        JSONSource(
          path: $0.path, kind: $0.kind.rawValue, configured: $0.configured, concepts: $0.concepts,
          forms: $0.forms, fingerprint: $0.fingerprint, syncedAt: $0.updatedAt)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self)
  }

  /// A table for people, one source a line.
  public static func text(_ sources: [GlossaryStore.SourceInfo], store: String) -> String {
    var lines = ["store: \(store)"]
    guard !sources.isEmpty else {
      lines.append("no glossary sources (soz glossary import FILE, or glossaries: in .soz.yaml)")
      return lines.joined(separator: "\n")
    }
    let width = min(60, sources.map { GlossaryFiles.displayPath(URL(fileURLWithPath: $0.path)).count }.max() ?? 0)
    func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
      let fill = String(repeating: " ", count: max(0, n - s.count))
      return left ? fill + s : s + fill
    }
    lines.append(
      "\(pad("SOURCE", width))  \(pad("KIND", 9))  \(pad("CONCEPTS", 8, left: true))  \(pad("FORMS", 7, left: true))  SYNCED"
    )
    for s in sources {
      let origin = s.configured ? "configured" : (s.kind == .directory ? "imported, followed" : "imported")
      lines.append(
        "\(pad(GlossaryFiles.displayPath(URL(fileURLWithPath: s.path)), width))  \(pad(s.kind.rawValue, 9))  \(pad(String(s.concepts), 8, left: true))  \(pad(String(s.forms), 7, left: true))  \(s.updatedAt) (\(origin))"
      )
    }
    let concepts = sources.reduce(0) { $0 + $1.concepts }, forms = sources.reduce(0) { $0 + $1.forms }
    lines.append("\(sources.count) sources: \(concepts) concepts, \(forms) forms")
    return lines.joined(separator: "\n")
  }
}

/// `soz glossary remove SOURCE`.
public enum GlossaryRemoveRun {
  /// Drops the source at `source` (a path as given or as listed).
  /// - Throws: ``SozError`` when the store has no such source, or when the
  ///   workspace configures it (it would come back on the next run).
  public static func run(source: String, workspace: Workspace) throws(SozError) -> GlossaryStore.SourceInfo {
    let store = try workspace.openStorage()
    let absolute = URL(fileURLWithPath: source).standardizedFileURL.path
    return try SozError.mapping(path: workspace.storePath) {
      let sources = try store.sourceInfos()
      guard let found = sources.first(where: { $0.path == absolute || $0.path == source }) else {
        let known = sources.map { GlossaryFiles.displayPath(URL(fileURLWithPath: $0.path)) }
        throw SozError.io(
          path: source,
          message: "the store has no such glossary source"
            + (known.isEmpty ? "" : " (it has: \(known.joined(separator: ", ")))"))
      }
      if workspace.configured.contains(where: { $0.standardizedFileURL.path == found.path }) {
        throw SozError.io(
          path: source,
          message:
            "this glossary is configured (the glossary directory, .soz.yaml's glossaries, or the shipped glossary) and would be synced again; change the settings instead"
        )
      }
      try store.removeSource(path: found.path)
      return found
    }
  }
}
