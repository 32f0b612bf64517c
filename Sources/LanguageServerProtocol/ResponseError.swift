/// The error member of a JSON-RPC response, with the codes JSON-RPC 2.0
/// and the Language Server Protocol define.
public struct ResponseError: Error, Hashable, Sendable, Codable {
  public var code: Int
  public var message: String
  public var data: JSONValue?

  public init(code: Int, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  /// The body is not JSON.
  public static let parseErrorCode = -32700
  /// The JSON is not a request, notification or response.
  public static let invalidRequestCode = -32600
  public static let methodNotFoundCode = -32601
  public static let invalidParamsCode = -32602
  public static let internalErrorCode = -32603
  /// A request other than `initialize` before `initialize`.
  public static let serverNotInitializedCode = -32002
  /// The client cancelled the request (`$/cancelRequest`).
  public static let requestCancelledCode = -32800
  /// The document changed under the request; the result would be stale.
  public static let contentModifiedCode = -32801

  public static func parseError(_ message: String) -> ResponseError {
    ResponseError(code: parseErrorCode, message: message)
  }
  public static func invalidRequest(_ message: String) -> ResponseError {
    ResponseError(code: invalidRequestCode, message: message)
  }
  public static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: methodNotFoundCode, message: "unknown method '\(method)'")
  }
  public static func invalidParams(_ message: String) -> ResponseError {
    ResponseError(code: invalidParamsCode, message: message)
  }
  public static func internalError(_ message: String) -> ResponseError {
    ResponseError(code: internalErrorCode, message: message)
  }
  public static let serverNotInitialized = ResponseError(
    code: serverNotInitializedCode, message: "the server is not initialized: send 'initialize' first")
  public static let requestCancelled = ResponseError(
    code: requestCancelledCode, message: "the request was cancelled")
}
