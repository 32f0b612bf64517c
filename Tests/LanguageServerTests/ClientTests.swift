import Foundation
import Testing
import TestSupport

/// Real clients drive the built `soz`: pytest-lsp (pygls) and Neovim
/// headless for `soz lsp`, the reference Python `mcp` client for
/// `soz mcp`. Scripts/setup installs them (neovim from Debian, the rest
/// from PyPI); a missing one fails here, with how to install it.
@Suite(.serialized) struct ClientTests {
  static var binary: URL {
    // The test bundle sits in the build directory next to the executable.
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("soz")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return ServerHarness.repo.appendingPathComponent(".build/debug/soz")
  }

  struct Run {
    var status: Int32
    var output: String
  }

  static func run(_ arguments: [String], cwd: URL = ServerHarness.repo, env: [String: String] = [:]) throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = arguments
    p.currentDirectoryURL = cwd
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "SOZ_STORE")
    environment.removeValue(forKey: "SOZ_GLOSSARY")
    environment["SOZ"] = binary.path
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(status: p.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }

  @Test func pytestLSPAndMCPClients() throws {
    let r = try Self.run(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/Clients"])
    #expect(r.status == 0, "pytest (install pytest-lsp and mcp: Scripts/setup):\n\(r.output)")
    #expect(r.output.contains("8 passed"), "\(r.output)")
  }

  @Test func neovimHeadless() throws {
    let workspace = Scratch.root.appendingPathComponent("nvim-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: ServerHarness.repo.appendingPathComponent("glossaries"), to: workspace.appendingPathComponent("glossaries"))
    let r = try Self.run(
      ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile Tests/Clients/nvim_lsp.lua"],
      env: ["WORKSPACE": workspace.path, "XDG_STATE_HOME": workspace.path, "XDG_DATA_HOME": workspace.path])
    #expect(r.status == 0, "nvim (apt-get install neovim; Scripts/setup):\n\(r.output)")
    #expect(r.output.contains("nvim: 8 passed, 0 failed"), "\(r.output)")
  }
}
