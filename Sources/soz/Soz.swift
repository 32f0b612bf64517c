import ArgumentParser
import Foundation
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
      Export.self, Convert.self, Serve.self, LanguageServerCommand.self, MCPCommand.self,
    ])

  /// Runs the command line with one error style (`soz: error: …`, as the
  /// commands' own failures print), usage errors exit 64 with a "did you
  /// mean" for a mistyped subcommand, and an unexpected error exits 2 —
  /// never 1, which means findings.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      if error is ExitCode || exitCode(for: error) == .success { exit(withError: error) }
      let usage = exitCode(for: error) == .validationFailure
      var message = fullMessage(for: error)
      if usage, let hint = SubcommandHint.unknown(in: arguments, root: Soz.self) { message = hint }
      if message.hasPrefix("Error: ") { message = String(message.dropFirst("Error: ".count)) }
      FileHandle.standardError.write(Data("soz: error: \(message)\n".utf8))
      Foundation.exit(usage ? ExitCode.validationFailure.rawValue : ExitStatus.failure.rawValue)
    }
  }
}

/// "Did you mean" for subcommands: `soz lokup` → lookup.
enum SubcommandHint {
  /// A message for the first word that should name a subcommand and
  /// names none, or nil.
  static func unknown(in arguments: [String], root: ParsableCommand.Type) -> String? {
    var command = root
    var path = [root.configuration.commandName ?? "soz"]
    for argument in arguments where !argument.hasPrefix("-") {
      let subcommands = command.configuration.subcommands
      guard !subcommands.isEmpty else { return nil }
      let names = subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
      if let next = subcommands.first(where: { ([$0._commandName] + $0.configuration.aliases).contains(argument) }) {
        command = next
        path.append(argument)
        continue
      }
      let near = names.map { ($0, distance($0, argument)) }.filter { $0.1 <= max(1, $0.0.count / 3) }
        .min { $0.1 < $1.1 }
      let suggestion = near.map { "; did you mean '\($0.0)'?" } ?? ""
      return "unknown command '\(argument)' for '\(path.joined(separator: " "))'\(suggestion)\n"
        + "Commands: \(names.joined(separator: ", ")). See '\(path.joined(separator: " ")) --help'."
    }
    return nil
  }

  /// Levenshtein distance (subcommand names are short).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
