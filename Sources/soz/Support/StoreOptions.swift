import ArgumentParser
import SozCore

/// Where the store and the glossary are (shared by every command).
struct StoreOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The store (SQLite). Default: $SOZ_STORE, else .soz/store.sqlite beside glossaries/.",
      valueName: "path"))
  var store: String?

  @Option(
    help: ArgumentHelp(
      "The glossary directory. Default: $SOZ_GLOSSARY, else the nearest glossaries/.",
      valueName: "dir"))
  var glossary: String?

  var workspace: Workspace { Workspace(store: store, glossary: glossary) }
}

/// Output formats of lookup.
enum LookupFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
