import Foundation
import TestSupport

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A `soz serve` process on a free loopback port, driven over real HTTP.
final class ServerProcess: @unchecked Sendable {
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
    var dir = bundle.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("soz")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return repo.appendingPathComponent(".build/debug/soz")
  }

  /// The PostgreSQL server the tests may use (`Scripts/test` starts one),
  /// or nil.
  static var postgres: String? {
    ProcessInfo.processInfo.environment["SOZ_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
  }

  let process = Process()
  let base: URL
  private let errors: Pipe
  private(set) var standardError = ""

  /// Starts `soz serve --port 0 ARGS` and waits until it listens.
  init(_ arguments: [String], environment: [String: String] = [:]) throws {
    process.executableURL = Self.binary
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = Scratch.root
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "SOZ_STORE")
    env.removeValue(forKey: "SOZ_GLOSSARY")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    errors = Pipe()
    process.standardOutput = out
    process.standardError = errors
    try process.run()
    // The first line of standard output is "soz: serving on URL".
    var line = Data()
    let handle = out.fileHandleForReading
    while !line.contains(10) {
      let chunk = handle.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    let text = String(decoding: line, as: UTF8.self)
    guard let range = text.range(of: "serving on "), let url = URL(string: String(text[range.upperBound...].prefix { !$0.isNewline }))
    else {
      process.waitUntilExit()
      let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      throw ServerError(message: "soz serve did not start: \(text) \(err)")
    }
    base = url
  }

  deinit {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }

  /// Sends SIGTERM and waits; returns the exit status and standard error.
  func stop() -> (Int32, String) {
    if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    process.waitUntilExit()
    standardError = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return (process.terminationStatus, standardError)
  }

  struct Reply {
    var status: Int
    var body: String
    var headers: [String: String]
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
  }

  func get(_ path: String, headers: [String: String] = [:]) throws -> Reply {
    try send("GET", path, body: nil, headers: headers)
  }

  func post(_ path: String, _ body: String, headers: [String: String] = [:]) throws -> Reply {
    try send("POST", path, body: Data(body.utf8), headers: headers)
  }

  func post(_ path: String, data: Data, headers: [String: String] = [:]) throws -> Reply {
    try send("POST", path, body: data, headers: headers)
  }

  func send(_ method: String, _ path: String, body: Data?, headers: [String: String]) throws -> Reply {
    guard let url = URL(string: base.absoluteString + path) else {
      throw ServerError(message: "bad path \(path)")
    }
    var request = URLRequest(url: url)
    request.httpMethod = method
    request.httpBody = body
    request.timeoutInterval = 60
    for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
    let box = ReplyBox()
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: request) { data, response, error in
      box.set(data, response as? HTTPURLResponse, error)
      done.signal()
    }.resume()
    done.wait()
    if let error = box.error { throw error }
    guard let response = box.response else { throw ServerError(message: "no response") }
    var fields: [String: String] = [:]
    for (k, v) in response.allHeaderFields {
      if let k = k as? String, let v = v as? String { fields[k.lowercased()] = v }
    }
    return Reply(
      status: response.statusCode, body: String(decoding: box.data ?? Data(), as: UTF8.self),
      headers: fields)
  }

  /// A fresh store path in the scratch directory.
  static func tempStore() -> String {
    Scratch.root.appendingPathComponent("serve-\(UUID().uuidString)/store.sqlite").path
  }

  /// A file in the scratch directory holding `text`.
  static func file(_ name: String, _ text: String) throws -> String {
    let dir = Scratch.root.appendingPathComponent("serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}

private final class ReplyBox: @unchecked Sendable {
  var data: Data?
  var response: HTTPURLResponse?
  var error: Error?
  func set(_ d: Data?, _ r: HTTPURLResponse?, _ e: Error?) {
    data = d
    response = r
    error = e
  }
}

struct ServerError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Runs a command; returns its exit status and standard output.
@discardableResult
func shell(_ arguments: [String], input: String? = nil) throws -> (Int32, String) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = arguments
  let out = Pipe()
  p.standardOutput = out
  p.standardError = FileHandle.nullDevice
  let inPipe = Pipe()
  p.standardInput = inPipe
  try p.run()
  if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
  try inPipe.fileHandleForWriting.close()
  let data = out.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}
