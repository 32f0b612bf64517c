import Foundation
import Logging

/// A swift-log handler writing one JSON object a line to standard error —
/// `{"time", "level", "label", "message", …metadata}` — for log shippers
/// (`soz serve --log-format json`).
public struct JSONLogHandler: LogHandler {
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .info
  private let label: String
  private static let lock = NSLock()

  public init(label: String) { self.label = label }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var object: [String: String] = [:]
    for (k, v) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
      object[k] = "\(v)"
    }
    let time = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
    object["time"] = time
    object["level"] = event.level.rawValue
    object["label"] = label
    object["message"] = "\(event.message)"
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return }
    Self.lock.lock()
    FileHandle.standardError.write(data + Data("\n".utf8))
    Self.lock.unlock()
  }
}
