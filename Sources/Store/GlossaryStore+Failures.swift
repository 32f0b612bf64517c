import Foundation
import GRDB

/// How the store meets a disk that fails it: a damaged file, a read-only
/// disk, a file-system error — each one message with what to do.
extension GlossaryStore {
  /// One short reason for a file-system error: the POSIX one under
  /// Foundation's wrapper ("Permission denied"), not the wrapper's dump.
  static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? Error {
      let posix = underlying as NSError
      if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
    }
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    return ns.localizedDescription
  }

  /// A store file that is not a database, or one whose pages are damaged.
  static func isDamage(_ e: DatabaseError) -> Bool {
    e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB
  }

  /// What to do about a damaged store, in one message.
  static func damaged(_ path: String, _ e: DatabaseError) -> StoreError {
    StoreError(
      path: path,
      message: "the store is damaged (\(e.message ?? "\(e.resultCode)")); `soz doctor --store \(path)` "
        + "shows what is wrong. Move the file aside and run the command again: the configured "
        + "glossaries are read in anew (imported files and the memory must be imported again)")
  }
  static func readOnlyPool(
    _ path: String, config: Configuration, original: DatabaseError
  ) throws -> DatabasePool {
    var readonly = config
    readonly.readonly = true
    readonly.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
    let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
      + "?immutable=1"
    let db = try DatabasePool(path: uri, configuration: readonly)
    // An old schema cannot be migrated read-only.
    guard try db.read({ try Self.migrator.hasCompletedMigrations($0) }) else { throw original }
    return db
  }
}
