import Foundation
import LanguageServerProtocol

/// Runs a ``LanguageServer`` over a pair of file descriptors (standard
/// input and output): reads frames, hands them over, writes the answers.
public enum StdioConnection {
  /// Serves until `exit` or the end of input; the status to exit with.
  ///
  /// - Parameters:
  ///   - log: when given, every message in (`-->`) and out (`<--`) is
  ///     appended to it, one JSON body a line (`soz lsp --log FILE`).
  public static func run(
    options: LanguageServer.Options, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO,
    log: FileHandle? = nil
  ) -> Int32 {
    let writer = FrameWriter(descriptor: output, log: log)
    let server = LanguageServer(options: options) { writer.write($0) }
    var framer = MessageFramer()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = read(input, &buffer, buffer.count)
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return server.endOfInput() }
      framer.append(Data(buffer[0..<n]))
      while let frame = framer.next() {
        if case .body(let body) = frame { writer.record("-->", body) }
        if case .exit(let status) = server.receive(frame) { return status }
      }
    }
  }
}

/// Writes framed messages to a descriptor, one at a time.
final class FrameWriter: @unchecked Sendable {
  private let lock = NSLock()
  private let descriptor: Int32
  private let log: FileHandle?

  init(descriptor: Int32, log: FileHandle?) {
    self.descriptor = descriptor
    self.log = log
    // A client that went away must not kill the server with SIGPIPE: the
    // next read sees the end of input.
    signal(SIGPIPE, SIG_IGN)
  }

  func write(_ message: Message) {
    let body = message.encoded()
    let frame = MessageFramer.frame(body)
    lock.lock()
    defer { lock.unlock() }
    log?.write(Data("<-- ".utf8) + body + Data("\n".utf8))
    frame.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(descriptor, base + offset, raw.count - offset)
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { return }
        offset += n
      }
    }
  }

  /// Appends a message read to the log, if there is one.
  func record(_ direction: String, _ body: Data) {
    guard let log else { return }
    lock.lock()
    defer { lock.unlock() }
    log.write(Data("\(direction) ".utf8) + body + Data("\n".utf8))
  }
}
