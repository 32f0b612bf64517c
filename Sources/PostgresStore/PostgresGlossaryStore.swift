import Foundation
import Logging
import Matching
import Orthography
import PostgresNIO
import Search
import Terminology

/// The PostgreSQL engine: the glossary of a newsroom's shared database.
///
/// Several `soz` processes — servers and CLI runs — share one database:
/// writers take turns under an advisory lock, every read sees the last
/// committed import, and the compiled image is kept in the database too, so
/// a server compiles a glossary another one imported without reading any
/// file. The glossary's fingerprint (``glossaryFingerprint()``) changes
/// with every import, sync or removal, whichever process made it: servers
/// key their caches by it.
public final class PostgresGlossaryStore: GlossaryStorage, @unchecked Sendable {
  public let address: PostgresAddress
  let session: PostgresSession

  /// The address without its password.
  public var location: String { address.redacted }

  /// Connects to the database at `address` and runs the migrations it
  /// lacks.
  /// - Throws: ``StoreError`` when it cannot connect or migrate.
  public init(address: PostgresAddress, logger: Logger = Logger(label: "soz.postgres"))
    throws(StoreError)
  {
    self.address = address
    session = PostgresSession(address: address, logger: logger)
    try run { try session.withConnection { try PostgresSchema.migrate($0) } }
  }

  /// Runs `body`, turning any error into a ``StoreError`` naming the store.
  func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do {
      return try body()
    } catch let e as StoreError {
      throw e
    } catch {
      throw StoreError(path: location, message: "PostgreSQL: \(describe(error))")
    }
  }

  public func withIndexReader<T>(
    _ body: (any GlossaryIndexReader) throws -> T
  ) throws(StoreError) -> T {
    try run { try session.withConnection { try body(PostgresIndexReader(connection: $0)) } }
  }

  public func hasConcepts() throws(StoreError) -> Bool {
    try run {
      try session.withConnection {
        try $0.rows("SELECT EXISTS (SELECT 1 FROM concept)").first?.decode(Bool.self) ?? false
      }
    }
  }

  public func fingerprint(ofSource path: String) throws(StoreError) -> String? {
    try run {
      try session.withConnection {
        try $0.rows("SELECT fingerprint FROM source WHERE path = $1", binds(path)).first?
          .decode(String.self)
      }
    }
  }

  public func sourceInfos() throws(StoreError) -> [GlossarySourceInfo] {
    try run {
      try session.withConnection { c in
        try c.rows(
          """
          SELECT s.path, s.kind, s.configured, s.form_count, s.fingerprint, s.updated_at,
            (SELECT count(*) FROM concept c WHERE c.source_id = s.id)
          FROM source s ORDER BY s.id
          """
        ).map { row in
          let (path, kind, configured, forms, fingerprint, at, concepts) = try row.decode(
            (String, String, Bool, Int, String, String, Int).self)
          return GlossarySourceInfo(
            path: path, kind: GlossarySourceKind(rawValue: kind) ?? .file,
            configured: configured, concepts: concepts, forms: forms, fingerprint: fingerprint,
            updatedAt: at)
        }
      }
    }
  }

  public func glossaryFingerprint() throws(StoreError) -> String {
    let rows = try run {
      try session.withConnection { c in
        try c.rows("SELECT id, path, kind, fingerprint, updated_at FROM source ORDER BY id").map {
          try $0.decode((Int64, String, String, String, String).self)
        }
      }
    }
    var text = "v\(CompiledGlossary.formatVersion)"
    for (id, path, kind, fp, at) in rows { text += "\n\(id)\t\(path)\t\(kind)\t\(fp)\t\(at)" }
    return GlossaryFiles.fingerprint(ofText: text)
  }

  public func openCompiled(fingerprint: String) -> CompiledGlossary? {
    let bytes = try? run {
      try session.withConnection { c in
        try c.rows(
          "SELECT image FROM compiled_glossary WHERE fingerprint = $1", binds(fingerprint)
        ).first?.decode(ByteBuffer.self)
      }
    }
    guard let buffer = bytes ?? nil else { return nil }
    let image = [UInt8](buffer: buffer)
    guard let compiled = try? CompiledGlossary(image: .init(image)),
      compiled.fingerprint == fingerprint
    else { return nil }
    return compiled
  }

  @discardableResult
  public func saveCompiled(_ bytes: [UInt8]) -> Bool {
    guard let compiled = try? CompiledGlossary(image: .init(bytes)) else { return false }
    let fingerprint = compiled.fingerprint
    return (try? run { () throws -> Void in
      try session.withConnection { c in
        try c.run("DELETE FROM compiled_glossary WHERE fingerprint <> $1", binds(fingerprint))
        try c.run(
          """
          INSERT INTO compiled_glossary (fingerprint, image) VALUES ($1, $2)
          ON CONFLICT (fingerprint) DO NOTHING
          """, binds(fingerprint, ByteBuffer(bytes: bytes)))
      }
    }) != nil
  }
}
