import ArgumentParser

/// `soz-gen`: seeded test data for Söz's benchmarks.
@main
struct SozGen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "soz-gen",
    abstract: "Generate seeded, reproducible test data for Söz benchmarks.",
    discussion: """
      Every file is a pure function of the options: the same seed gives \
      byte-identical output on every run (with the same build of Söz and \
      ICU, since Kazakh Cyrillic and the comparison keys come from the \
      Orthography module). The generator uses its own SplitMix64 stream, \
      never the system random source.
      """ + "\n\n" + GlossaryCommand.filesHelp,
    subcommands: [GlossaryCommand.self, MemoryCommand.self])
}
