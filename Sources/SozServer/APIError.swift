import Foundation
import Hummingbird
import Terminology

/// An error answered as JSON: `{"error": {"status", "message", "line"?,
/// "column"?}}`. Bad input is a 4xx naming what was wrong (and where, for
/// a body); only a failure of the server itself is a 5xx.
struct APIError: Error {
  var status: HTTPResponse.Status
  var message: String
  var line: Int?
  var column: Int?

  init(_ status: HTTPResponse.Status, _ message: String, line: Int? = nil, column: Int? = nil) {
    self.status = status
    self.message = message
    self.line = line
    self.column = column
  }

  /// A glossary or memory file that cannot be read: 400 at its line and
  /// column, the temporary file's path replaced by the name the client gave.
  static func badInput(_ error: GlossaryError, file: String, shownAs name: String) -> APIError {
    let message = error.message.replacingOccurrences(of: file, with: name)
    return APIError(
      .badRequest, "\(name):\(error.location.line):\(error.location.column): \(message)",
      line: error.location.line, column: error.location.column)
  }

  private struct Body: Encodable {
    var error: Detail
  }
  private struct Detail: Encodable {
    var status: Int
    var message: String
    var line: Int?
    var column: Int?
  }

  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let body = Body(
      error: Detail(status: status.code, message: message, line: line, column: column))
    let data = (try? encoder.encode(body)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  var response: Response {
    var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
    if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"soz\"" }
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json + "\n")))
  }
}

extension Response {
  /// A JSON answer (the same text the CLI prints with `--format json`).
  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
  }

  /// Any other text.
  static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: type],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
