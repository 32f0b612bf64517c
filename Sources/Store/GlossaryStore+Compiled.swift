import Foundation
import GRDB
import Matching
import Terminology

#if canImport(Glibc)
  import Glibc
#endif

/// The compiled glossary kept beside the store.
///
/// The store's rows are the glossary's source of truth; its compiled image
/// (``CompiledGlossary``) lives in a file beside the database
/// (`store.sqlite.glossary`), stamped with the fingerprint of the sources
/// it was compiled from. Opening it maps the file: nothing is decoded until
/// a lookup reaches it. A stale, foreign-format or damaged file is simply
/// compiled again; it is replaced atomically (a temporary file, then
/// rename(2)), so a reader that mapped the old one keeps a valid image.
extension GlossaryStore {
  /// Where the compiled image is kept.
  public var compiledPath: String { path + ".glossary" }

  /// What the glossary consists of now: every source's path, kind,
  /// fingerprint and sync time. Any import, sync or removal changes it.
  public func glossaryFingerprint() throws(StoreError) -> String {
    let rows = try read { db in
      try Row.fetchAll(db, sql: "SELECT id, path, kind, fingerprint, updatedAt FROM source ORDER BY id")
    }
    var text = "v\(CompiledGlossary.formatVersion)"
    for row in rows {
      let id: Int64 = row[0]
      let path: String = row[1], kind: String = row[2], fp: String = row[3], at: String = row[4]
      text += "\n\(id)\t\(path)\t\(kind)\t\(fp)\t\(at)"
    }
    return GlossaryFiles.fingerprint(ofText: text)
  }

  /// The compiled image beside the store when it was compiled from
  /// `fingerprint`; nil when it is missing, stale or unreadable.
  public func openCompiled(fingerprint: String) -> CompiledGlossary? {
    guard let image = Self.map(compiledPath),
      let compiled = try? CompiledGlossary(image: image),
      compiled.fingerprint == fingerprint
    else { return nil }
    return compiled
  }

  /// Writes a compiled image beside the store, atomically. Returns false
  /// when it cannot (a read-only directory): the caller then uses the image
  /// in memory.
  @discardableResult
  public func saveCompiled(_ bytes: [UInt8]) -> Bool {
    let temp = compiledPath + ".tmp-\(getpid())"
    let ok = bytes.withUnsafeBytes { buffer -> Bool in
      FileManager.default.createFile(atPath: temp, contents: Data(buffer))
    }
    guard ok else { return false }
    guard rename(temp, compiledPath) == 0 else {
      unlink(temp)
      return false
    }
    return true
  }

  /// Maps a file read-only; nil when it cannot be opened or is empty.
  static func map(_ path: String) -> CompiledGlossary.Image? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
    let size = Int(st.st_size)
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      return nil
    }
    return CompiledGlossary.Image(mapping: UnsafeRawPointer(base), count: size) {
      munmap(base, size)
    }
  }
}
