import Foundation
import Search

/// Renders `soz tm stats` and `soz doctor`.
public enum MemoryReportRenderer {
  public static func text(_ s: MemoryStats, store: String) -> String {
    var lines = [
      "store: \(store)",
      "units: \(s.units)  segments: \(s.segments)  words: \(s.words)",
    ]
    if let first = s.firstDate, let last = s.lastDate {
      lines.append("dates: \(first) … \(last)")
    } else {
      lines.append("dates: none recorded")
    }
    if !s.pairs.isEmpty {
      lines.append("language pairs:")
      for p in s.pairs { lines.append("  \(p.source) → \(p.target)  \(p.units)") }
    }
    if !s.origins.isEmpty {
      lines.append("files:")
      for o in s.origins {
        lines.append(
          "  \(o.path) (\(o.format))  \(o.units) units, \(o.duplicates) duplicates, \(o.rejected) rejected; imported \(o.importedAt)"
        )
      }
    }
    return lines.joined(separator: "\n")
  }

  struct JSONStats: Encodable {
    struct Pair: Encodable {
      var source: String
      var target: String
      var units: Int
    }
    struct Origin: Encodable {
      var path: String
      var format: String
      var units: Int
      var duplicates: Int
      var rejected: Int
      var importedAt: String
    }
    var units: Int
    var segments: Int
    var words: Int
    var pairs: [Pair]
    var origins: [Origin]
    var firstDate: String?
    var lastDate: String?
  }

  /// One JSON object with sorted keys.
  public static func json(_ s: MemoryStats) -> String {
    let value = JSONStats(
      units: s.units, segments: s.segments, words: s.words,
      pairs: s.pairs.map { .init(source: $0.source, target: $0.target, units: $0.units) },
      origins: s.origins.map {
        .init(
          path: $0.path, format: $0.format, units: $0.units, duplicates: $0.duplicates,
          rejected: $0.rejected, importedAt: $0.importedAt)
      }, firstDate: s.firstDate, lastDate: s.lastDate)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }

  /// `soz doctor --format json`: `{store, healthy, integrity, journal,
  /// migrations: {applied, known, missing}, rows: {table: count}}`.
  public static func json(_ h: StoreHealth, store: String) -> String {
    struct Migrations: Encodable { var applied, known, missing: [String] }
    struct Value: Encodable {
      var store: String
      var healthy: Bool
      var integrity: [String]
      var journal: String
      var migrations: Migrations
      var rows: [String: Int]
    }
    let value = Value(
      store: store, healthy: h.isHealthy, integrity: h.integrity, journal: h.journalMode,
      migrations: Migrations(
        applied: h.appliedMigrations, known: h.knownMigrations,
        missing: h.knownMigrations.filter { !h.appliedMigrations.contains($0) }),
      rows: Dictionary(h.counts.map { ($0.table, $0.rows) }) { a, _ in a })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }

  /// `soz doctor`: integrity, schema version, counts.
  public static func text(_ h: StoreHealth, store: String) -> String {
    var lines = ["store: \(store)"]
    lines.append("integrity: " + h.integrity.joined(separator: "; "))
    lines.append("journal: \(h.journalMode)")
    let missing = h.knownMigrations.filter { !h.appliedMigrations.contains($0) }
    lines.append(
      "schema: \(h.appliedMigrations.count) of \(h.knownMigrations.count) migrations applied ("
        + h.appliedMigrations.joined(separator: ", ") + ")"
        + (missing.isEmpty ? "" : "; missing: " + missing.joined(separator: ", ")))
    lines.append("rows: " + h.counts.map { "\($0.table) \($0.rows)" }.joined(separator: ", "))
    lines.append(h.isHealthy ? "ok" : "problems found")
    return lines.joined(separator: "\n")
  }
}
