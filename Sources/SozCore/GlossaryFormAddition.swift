import Alignment
import Foundation
import Orthography
import Terminology

/// Adds one spelling to a concept of a YAML glossary directory: what an
/// editor's "add this spelling to the glossary as a variant of …" does.
///
/// The concept's entry is rewritten in place (its forms block only: the
/// note, comments and examples stay as written), through
/// ``GlossaryPatch/apply(_:to:files:newFile:)``, so the same refusals hold
/// as for `soz glossary apply`: a spelling already listed with another
/// status, a second preferred form, a form another concept claims.
public enum GlossaryFormAddition {
  /// What was written.
  public struct Outcome: Sendable {
    /// The files rewritten (paths as the glossary names them).
    public var files: [String]
    /// False when the spelling was already listed with that status.
    public var added: Bool
  }

  /// Adds `form` to the concept `conceptID`, which must be defined in a
  /// YAML file under one of `directories` (the first that defines it).
  /// - Throws: ``SozError`` when no directory defines the concept (it
  ///   comes from the shipped glossary or an import, which are not the
  ///   workspace's to edit), when the merge is refused, or when a file
  ///   cannot be written; nothing is written then.
  public static func add(_ form: Form, to conceptID: String, in directories: [URL]) throws(SozError)
    -> Outcome
  {
    for directory in directories {
      let glossary: Glossary
      do {
        glossary = try GlossaryYAMLReader.readDirectory(directory)
      } catch {
        throw SozError.glossary(error)
      }
      guard let concept = glossary.concepts.first(where: { $0.id == conceptID }) else { continue }
      var texts: [String: String] = [:]
      for url in GlossaryFiles.list(in: directory) {
        texts[GlossaryFiles.displayPath(url)] = try? String(contentsOf: url, encoding: .utf8)
      }
      let patch = [Concept(id: concept.id, kind: concept.kind, forms: [form])]
      let merge: GlossaryPatch.Merge
      do {
        merge = try GlossaryPatch.apply(
          patch, to: glossary, files: texts,
          newFile: GlossaryFiles.displayPath(directory.appendingPathComponent("aligned.yaml")))
      } catch {
        throw SozError.io(
          path: concept.location?.file ?? directory.path, message: "not added: " + error.description)
      }
      try write(merge.files)
      return Outcome(files: merge.files.keys.sorted(), added: merge.formsAdded > 0)
    }
    let places = directories.map(\.path).joined(separator: ", ")
    throw SozError.io(
      path: conceptID,
      message: directories.isEmpty
        ? "the workspace has no glossary directory to write to (glossaries/ or .soz.yaml's glossaries)"
        : "the concept is not defined in the workspace's glossary (\(places)); add the spelling where it is defined")
  }

  /// Writes every file through a temporary file and a rename, each new
  /// text ready before the first file is replaced.
  static func write(_ files: [String: String]) throws(SozError) {
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      let url = URL(fileURLWithPath: path)
      let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).soz-add")
      guard FileManager.default.createFile(atPath: temp.path, contents: Data(text.utf8)) else {
        throw SozError.io(path: path, message: "cannot write a temporary file beside it")
      }
      guard rename(temp.path, path) == 0 else {
        try? FileManager.default.removeItem(at: temp)
        throw SozError.io(path: path, message: "cannot replace the file")
      }
    }
  }
}
