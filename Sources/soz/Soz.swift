import ArgumentParser
import Orthography

/// The `soz` command: parses options, calls one SozCore entry point, prints.
@main
struct Soz: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "soz",
    abstract: "Canonical spellings of names and terms across en, az, tr and kk.",
    discussion: """
      Settings come from the nearest .soz.yaml. Outside a project soz uses the glossary \
      installed with it (PREFIX/share/soz/glossaries) and keeps its store in \
      $XDG_CACHE_HOME/soz (~/.cache/soz). \
      Exit status: 0 success, 1 findings (no match, glossary issues), \
      2 operational failure, 64 usage error.
      """,
    version: "0.1.0 (ICU \(ICUInfo.version))",
    subcommands: [
      Lookup.self, Lint.self, GlossaryCommand.self, Memory.self, Check.self, Doctor.self, Align.self,
      Export.self, Convert.self,
    ])
}
