import Foundation
import PostgresStore
import Search
import Store

extension Workspace {
  /// `soz doctor`: the store's health, on either engine (``StoreHealth``).
  /// A store that cannot be opened the usual way — a damaged SQLite file,
  /// a PostgreSQL server that does not answer — is inspected instead, so
  /// the report says what is wrong with it.
  /// - Throws: ``SozError`` when there is nothing to inspect (no file at
  ///   the path, an address that is not one).
  public func health() throws(SozError) -> StoreHealth {
    let failure: SozError
    do {
      let store = try openEngine()
      do {
        return try store.health()
      } catch {
        failure = SozError.store(error)
      }
    } catch {
      failure = error
    }
    if isPostgres {
      guard let address = PostgresAddress(storePath) else { throw failure }
      return PostgresGlossaryStore.inspect(address: address)
    }
    guard FileManager.default.fileExists(atPath: storePath) else { throw failure }
    return GlossaryStore.inspect(path: storePath)
  }
}
