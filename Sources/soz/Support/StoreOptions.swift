import Foundation
import ArgumentParser
import SozCore

/// Where the store and the glossary are (shared by every command).
struct StoreOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The store: a SQLite file, or a PostgreSQL database (postgres://USER[:PASS]@HOST:PORT/DB). Default: $SOZ_STORE, else .soz.yaml's store, else .soz/store.sqlite in the project, else $XDG_CACHE_HOME/soz/store.sqlite.",
      valueName: "path"),
    completion: .file(extensions: ["sqlite", "db"]))
  var store: String?

  @Option(
    help: ArgumentHelp(
      "The glossary directory. Default: $SOZ_GLOSSARY, else the nearest glossaries/.",
      valueName: "dir"),
    completion: .directory)
  var glossary: String?

  @Option(
    help: ArgumentHelp("The settings file. Default: the nearest .soz.yaml.", valueName: "file"),
    completion: .file(extensions: ["yaml", "yml"]))
  var config: String?

  /// The workspace these options describe; an invalid settings file exits 2.
  func workspace() throws -> Workspace {
    var workspace = try Diagnostics.exitingOnFailure {
      try Workspace(store: store, glossary: glossary, config: config)
    }
    if isatty(STDERR_FILENO) == 1 {
      let path = workspace.storePath
      workspace.onWait = { Diagnostics.note("waiting for the store (another soz is writing to \(path))…") }
    }
    return workspace
  }
}

/// Output formats of lookup.
enum LookupFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

extension CompletionKind {
  /// The language tags Söz knows, for `--lang`-like options.
  static var languages: CompletionKind { .list(["en", "az", "tr", "kk", "kk-Latn", "ru"]) }
  /// The same with `auto` (detect per paragraph).
  static var languagesOrAuto: CompletionKind { .list(["auto", "en", "az", "tr", "kk", "kk-Latn"]) }
}
