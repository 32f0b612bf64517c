import Matching
import Orthography
import Terminology

/// A conflict that stops `soz glossary apply` (nothing is written).
public struct GlossaryPatchError: Error, CustomStringConvertible, Sendable {
  public var problems: [String]
  public var description: String { problems.joined(separator: "\n") }
}

/// Proposals from `soz align` as glossary entries, and their merge into a
/// glossary directory.
public enum GlossaryPatch {
  /// Entries for the groups' new spellings: for a linked group, its
  /// concept's id and kind with each new spelling (admitted, or preferred
  /// in a language the concept has no form in yet); for an unlinked group,
  /// a new concept (kind `term` until a maintainer says otherwise) whose
  /// most used spelling per language is preferred.
  public static func proposals(_ groups: [CorpusGroup], glossary: Glossary?) -> [Concept] {
    var concepts: [Concept] = []
    var ids = Set(glossary?.concepts.map(\.id) ?? [])
    let existing = Dictionary((glossary?.concepts ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for g in groups {
      let fresh = g.newSpellings.filter { LanguageTag($0.language) != nil }
      if fresh.isEmpty { continue }
      if let id = g.conceptID, let concept = existing[id] {
        var forms: [Form] = []
        var preferredTaken = Set(concept.forms.filter { $0.status == .preferred }.map(\.language))
        for s in fresh {
          guard let tag = LanguageTag(s.language) else { continue }
          let status: FormStatus = preferredTaken.contains(tag) ? .admitted : .preferred
          preferredTaken.insert(tag)
          forms.append(Form(text: s.text, language: tag, status: status))
        }
        concepts.append(Concept(id: id, kind: concept.kind, forms: forms))
      } else {
        var forms: [Form] = []
        var preferred = Set<LanguageTag>()
        for s in fresh {
          guard let tag = LanguageTag(s.language) else { continue }
          forms.append(Form(text: s.text, language: tag, status: preferred.insert(tag).inserted ? .preferred : .admitted))
        }
        let id = uniqueID(slug(g), taken: &ids)
        let uses = g.count
        concepts.append(
          Concept(
            id: id, kind: .term,
            note: "Proposed by soz align from \(uses) uses in the corpus (first: \(g.spellings[0].locations.first ?? "?")). Check the kind and write a note.",
            forms: forms))
      }
    }
    return concepts
  }

  /// An id from the group's most used Latin spelling (ASCII, hyphens).
  static func slug(_ g: CorpusGroup) -> String {
    let latin = g.spellings.first { Script.of($0.text) == .latin } ?? g.spellings[0]
    let ascii = BaselineMethod.icuASCIIEdit.normalize(latin.text)
    var out = ""
    for c in ascii {
      if c.isASCII, c.isLetter || c.isNumber {
        out.append(c)
      } else if out.last != "-", !out.isEmpty {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "concept" : out
  }

  static func uniqueID(_ base: String, taken: inout Set<String>) -> String {
    var id = base
    var n = 2
    while taken.contains(id) {
      id = "\(base)-\(n)"
      n += 1
    }
    taken.insert(id)
    return id
  }

  /// The result of merging a patch: the new text of every file to write.
  public struct Merge: Sendable {
    /// Path → new contents.
    public var files: [String: String]
    public var formsAdded: Int
    public var conceptsAdded: Int
  }

  /// Merges `patch` into `glossary`, whose YAML files' texts are `files`
  /// (by the path its concepts' locations name). Forms join existing
  /// concepts (their entries are rewritten in place); new concepts go to
  /// `newFile`. Refuses — throwing every problem — when a concept's kind
  /// differs, a form is already listed with another status, a language would
  /// get two preferred forms, or the merged glossary has check issues the
  /// glossary did not have (a form another concept claims, a key
  /// collision…). Applying the same patch twice changes nothing.
  public static func apply(
    _ patch: [Concept], to glossary: Glossary, files: [String: String], newFile: String
  ) throws(GlossaryPatchError) -> Merge {
    var merged = glossary
    var index: [String: Int] = [:]
    for (i, c) in merged.concepts.enumerated() where index[c.id] == nil { index[c.id] = i }
    var problems: [String] = []
    var changed = Set<String>()
    var added = 0
    var newConcepts: [Concept] = []
    for p in patch {
      let at = p.location.map { "\($0): " } ?? ""
      guard let i = index[p.id] else {
        if newConcepts.contains(where: { $0.id == p.id }) {
          problems.append("\(at)concept '\(p.id)' appears twice in the patch")
        } else {
          newConcepts.append(p)
          added += p.forms.count
        }
        continue
      }
      var c = merged.concepts[i]
      if c.kind != p.kind {
        problems.append("\(at)'\(p.id)' is a \(p.kind.rawValue) in the patch but a \(c.kind.rawValue) in \(c.location?.description ?? "the glossary")")
      }
      for f in p.forms {
        let place = f.location.map { "\($0): " } ?? at
        if let same = c.forms.first(where: { $0.text == f.text && $0.language == f.language }) {
          if same.status != f.status {
            problems.append("\(place)'\(f.text)' (\(f.language)) is already \(same.status.rawValue) for '\(c.id)' at \(same.location?.description ?? "?"), not \(f.status.rawValue)")
          }
          continue
        }
        if f.status == .preferred, let other = c.preferred(in: f.language) {
          problems.append("\(place)'\(c.id)' already prefers '\(other.text)' in \(f.language) (\(other.location?.description ?? "?")); propose '\(f.text)' as admitted")
          continue
        }
        c.forms.append(f)
        added += 1
        changed.insert(c.id)
      }
      merged.concepts[i] = c
    }
    merged.concepts += newConcepts
    if problems.isEmpty {
      let before = Set(GlossaryChecker.check(glossary).map { "\($0.code.rawValue) \($0.message)" })
      for issue in GlossaryChecker.check(merged) where !before.contains("\(issue.code.rawValue) \(issue.message)") {
        problems.append(issue.description)
      }
    }
    if !problems.isEmpty { throw GlossaryPatchError(problems: problems) }
    var out: [String: String] = [:]
    // Rewrite changed entries in their files, last entry first so earlier
    // line numbers stay valid.
    let edits = merged.concepts.filter { changed.contains($0.id) && $0.location != nil }
    for (file, list) in Dictionary(grouping: edits, by: { $0.location!.file }) {
      guard let text = out[file] ?? files[file] else {
        throw GlossaryPatchError(problems: ["\(file): cannot rewrite (not a YAML glossary file read here)"])
      }
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let starts = glossary.concepts.compactMap { $0.location }.filter { $0.file == file }.map(\.line).sorted()
      for c in list.sorted(by: { $0.location!.line > $1.location!.line }) {
        let start = c.location!.line - 1
        var end = starts.first(where: { $0 > c.location!.line }).map { $0 - 1 } ?? lines.count
        while end > start + 1 {
          let l = lines[end - 1].trimmingCharacters(in: .whitespaces)
          if l.isEmpty || l.hasPrefix("#") { end -= 1 } else { break }
        }
        var block = GlossaryYAMLWriter.formsBlock(c).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if block.last == "" { block.removeLast() }
        // Only the entry's forms block changes: its note, comments and
        // examples stay as the maintainer wrote them.
        if let f = (start..<end).first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "forms:" && lines[$0].hasPrefix("  f") }) {
          var next = f + 1
          while next < end, !(lines[next].hasPrefix("  ") && !lines[next].hasPrefix("   ") && lines[next].count > 2) {
            next += 1
          }
          lines.replaceSubrange(f..<next, with: block)
        } else {
          var entry = GlossaryYAMLWriter.entry(c).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          if entry.last == "" { entry.removeLast() }
          lines.replaceSubrange(start..<end, with: entry)
        }
      }
      out[file] = lines.joined(separator: "\n")
    }
    if !newConcepts.isEmpty {
      var text = out[newFile] ?? files[newFile] ?? """
        # Concepts added by `soz glossary apply` from `soz align` proposals.
        # Format: see Sources/Terminology/GlossaryYAMLReader.swift. Review the kind and note.

        """
      if !text.hasSuffix("\n") { text += "\n" }
      if !text.hasSuffix("\n\n") { text += "\n" }
      text += GlossaryYAMLWriter.write(newConcepts)
      out[newFile] = text
    }
    return Merge(files: out, formsAdded: added, conceptsAdded: newConcepts.count)
  }
}
