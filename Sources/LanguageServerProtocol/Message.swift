import Foundation

/// A request id: a number or a string, answered as it came.
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
  case number(Int)
  case string(String)

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let i = try? c.decode(Int.self) {
      self = .number(i)
    } else {
      self = .string(try c.decode(String.self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .number(let i): try c.encode(i)
    case .string(let s): try c.encode(s)
    }
  }

  /// The id a JSON value holds, if it is a valid one (number or string).
  public init?(_ value: JSONValue) {
    switch value {
    case .int(let i): self = .number(i)
    case .double(let d) where d.rounded() == d && abs(d) < 1e15: self = .number(Int(d))
    case .string(let s): self = .string(s)
    default: return nil
    }
  }

  public var description: String {
    switch self {
    case .number(let i): return String(i)
    case .string(let s): return "\"\(s)\""
    }
  }
}

/// One message a peer sent, as JSON-RPC 2.0 defines them.
public enum Message: Hashable, Sendable {
  /// A request: the peer waits for a response with the same id.
  case request(id: RequestID, method: String, params: JSONValue?)
  /// A notification: no response.
  case notification(method: String, params: JSONValue?)
  /// The answer to a request this side sent.
  case response(id: RequestID?, result: JSONValue?, error: ResponseError?)

  /// What went wrong reading a message: the error to answer with, and the
  /// id to answer (nil: answered with `"id": null`, as JSON-RPC says for a
  /// body whose id cannot be read).
  public struct Malformed: Error, Hashable, Sendable {
    public var id: RequestID?
    public var error: ResponseError
  }

  /// Reads one message body.
  /// - Throws: ``Malformed`` with `-32700` for a body that is not JSON
  ///   and `-32600` for JSON that is no JSON-RPC 2.0 message (a batch, a
  ///   missing or wrong `jsonrpc`, an id that is neither number nor
  ///   string, a method that is not a string).
  public static func decode(_ body: Data) throws(Malformed) -> Message {
    let value: JSONValue
    do {
      value = try JSONDecoder().decode(JSONValue.self, from: body)
    } catch {
      throw Malformed(id: nil, error: .parseError("the message body is not JSON"))
    }
    guard case .object(let o) = value else {
      let what = value.arrayValue != nil ? "a batch (an array); send one message at a time" : "not an object"
      throw Malformed(id: nil, error: .invalidRequest("the message is \(what)"))
    }
    let id: RequestID?
    if let raw = o["id"], raw != .null {
      guard let valid = RequestID(raw) else {
        throw Malformed(id: nil, error: .invalidRequest("'id' must be a number or a string"))
      }
      id = valid
    } else {
      id = nil
    }
    guard o["jsonrpc"] == .string("2.0") else {
      throw Malformed(id: id, error: .invalidRequest("'jsonrpc' must be \"2.0\""))
    }
    if let method = o["method"] {
      guard let name = method.stringValue else {
        throw Malformed(id: id, error: .invalidRequest("'method' must be a string"))
      }
      // A null `params` (eglot's shutdown) is taken as none.
      let params = o["params"] == .null ? nil : o["params"]
      if let params, params.objectValue == nil, params.arrayValue == nil {
        throw Malformed(id: id, error: .invalidRequest("'params' must be an object or an array"))
      }
      if let id { return .request(id: id, method: name, params: params) }
      if o["id"] == .null {
        throw Malformed(id: nil, error: .invalidRequest("a request's 'id' cannot be null"))
      }
      return .notification(method: name, params: params)
    }
    if o["result"] != nil || o["error"] != nil {
      let error = try? o["error"]?.decode(ResponseError.self)
      return .response(id: id, result: o["result"], error: error)
    }
    throw Malformed(id: id, error: .invalidRequest("a message needs a 'method', or a 'result' or 'error'"))
  }

  /// The message as a JSON body (keys sorted).
  public func encoded() -> Data {
    var o: [String: JSONValue] = ["jsonrpc": .string("2.0")]
    func idValue(_ id: RequestID?) -> JSONValue {
      switch id {
      case .number(let i)?: return .int(i)
      case .string(let s)?: return .string(s)
      case nil: return .null
      }
    }
    switch self {
    case .request(let id, let method, let params):
      o["id"] = idValue(id)
      o["method"] = .string(method)
      if let params { o["params"] = params }
    case .notification(let method, let params):
      o["method"] = .string(method)
      if let params { o["params"] = params }
    case .response(let id, let result, let error):
      o["id"] = idValue(id)
      if let error {
        o["error"] = (try? JSONValue(encoding: error)) ?? .null
      } else {
        o["result"] = result ?? .null
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(JSONValue.object(o))) ?? Data()
  }

  /// A response carrying `result`.
  public static func success<T: Encodable>(_ id: RequestID, _ result: T) -> Message {
    .response(id: id, result: (try? JSONValue(encoding: result)) ?? .null, error: nil)
  }

  /// A response carrying `error`.
  public static func failure(_ id: RequestID?, _ error: ResponseError) -> Message {
    .response(id: id, result: nil, error: error)
  }

  /// A notification with typed parameters.
  public static func notify<T: Encodable>(_ method: String, _ params: T) -> Message {
    .notification(method: method, params: try? JSONValue(encoding: params))
  }
}
