import ArgumentParser
import Foundation
import SozCore

/// Exit statuses: the documented contract (README, "Exit status").
enum ExitStatus {
  static let findings = ExitCode(1)
  static let failure = ExitCode(2)
}

/// The only place that writes diagnostics to standard error.
enum Diagnostics {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("soz: error: \(message)\n".utf8))
  }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data("soz: \(message)\n".utf8))
  }

  /// Runs `body`; an operational failure is printed and exits 2.
  static func exitingOnFailure<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      Diagnostics.error("\(error)")
      throw ExitStatus.failure
    }
  }
}

/// Writes to standard output, exiting quietly on a closed pipe.
enum Output {
  static func line(_ text: String, terminator: String = "\n") {
    let data = Data((text + terminator).utf8)
    do {
      try FileHandle.standardOutput.write(contentsOf: data)
    } catch {
      exit(0)
    }
  }
}
