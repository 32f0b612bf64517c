import Foundation
import LanguageServerProtocol
import Linting
import Matching
import Orthography
import SozCore
import Terminology

extension LanguageServer {
  /// The ready glossary of a document's root, if it has been opened.
  func readySession(_ open: OpenDocument) -> GlossarySession? {
    if case .ready(let s)? = sessions.current[open.root] { return s }
    return nil
  }

  // MARK: Hover

  /// The concept card of the mention under the cursor.
  func hover(_ params: TextDocumentPositionParams) throws(ResponseError) -> Hover? {
    guard let open = documents[params.textDocument.uri], let session = readySession(open) else { return nil }
    let map = open.currentFindings?.map ?? PositionMap(open.document.text)
    let offset = map.characterOffset(utf16: open.document.offset(of: params.position))
    let prose = Array(Document(path: open.document.uri, text: open.document.text, format: open.format).prose)
    let (paragraph, base) = Self.paragraph(prose, around: offset)
    let language = session.language(of: paragraph)
    let finding = open.currentFindings?.findings.first {
      $0.conceptID != nil && !$0.span.isEmpty && $0.span.lowerBound <= offset && offset <= $0.span.upperBound
    }
    var span = finding?.span
    var spelling = finding?.match
    var form: Form? = nil
    var conceptID = finding?.conceptID
    let mentions = session.matcher.mentions(in: paragraph, turkicSuffixes: language != .en)
    let offsets = mentions.map { m -> Range<Int> in
      let lo = base + paragraph.distance(from: paragraph.startIndex, to: m.range.lowerBound)
      return lo..<(lo + paragraph[m.range].count)
    }
    if let i = offsets.indices.first(where: { offsets[$0].lowerBound <= offset && offset <= offsets[$0].upperBound }) {
      let m = mentions[i]
      span = offsets[i]
      spelling = m.surface + m.suffix
      form = m.form
      conceptID = m.conceptID
    }
    guard let conceptID, let concept = session.compiled.concept(id: conceptID), let span, let spelling else {
      return nil
    }
    let card = ConceptCard.render(
      concept, spelling: spelling, form: form, finding: finding, language: language,
      houseStyle: session.configuration.houseStyle, markdown: markdownHover)
    return Hover(
      contents: MarkupContent(kind: markdownHover ? "markdown" : "plaintext", value: card),
      range: map.range(ofCharacters: span))
  }

  /// The paragraph (between blank lines) holding Character `offset`, and
  /// the offset it starts at.
  static func paragraph(_ chars: [Character], around offset: Int) -> (String, Int) {
    let at = min(max(0, offset), chars.count)
    var start = at
    while start > 0, !(chars[start - 1].isNewline && (start == 1 || chars[start - 2].isNewline)) { start -= 1 }
    var end = at
    while end < chars.count, !(chars[end].isNewline && (end + 1 == chars.count || chars[end + 1].isNewline)) {
      end += 1
    }
    return (String(chars[start..<end]), start)
  }

  // MARK: Completion

  /// Canonical names starting with the word before the cursor (two
  /// letters at least).
  func completion(_ params: TextDocumentPositionParams) throws(ResponseError) -> CompletionList {
    guard let open = documents[params.textDocument.uri], let session = readySession(open) else {
      return CompletionList(isIncomplete: true, items: [])
    }
    let units = Array(open.document.text.utf16)
    let end = open.document.offset(of: params.position)
    var lineStart = end
    while lineStart > 0, units[lineStart - 1] != 0x0A, units[lineStart - 1] != 0x0D { lineStart -= 1 }
    let before = String(decoding: units[lineStart..<end], as: UTF16.self)
    let word = String(before.reversed().prefix { $0.isLetter || $0.isNumber || "-'’".contains($0) }.reversed())
    guard word.filter(\.isLetter).count >= 2 else { return CompletionList(isIncomplete: true, items: []) }
    let language = session.language(of: before)
    let (entries, _) = session.completionIndex.names(startingWith: word, language: language, limit: 50)
    let range = TextRange(
      start: Position(line: params.position.line, character: params.position.character - word.utf16.count),
      end: params.position)
    let items = entries.enumerated().map { i, e in
      CompletionItem(
        label: e.text, kind: 18, detail: "\(e.conceptID) (\(e.kind.rawValue), \(e.language))",
        sortText: String(format: "%04d", i), filterText: word, textEdit: TextEdit(range: range, newText: e.text))
    }
    // Always incomplete: the next letter asks again, so folded matches
    // (naxc → Naxçıvan) survive the client's own filtering.
    return CompletionList(isIncomplete: true, items: items)
  }

  // MARK: Code actions

  /// Quick fixes for the diagnostics in range, "add to the glossary" for
  /// spellings the glossary lacks, and "fix all" for the document.
  func codeActions(_ params: CodeActionParams) throws(ResponseError) -> [CodeAction] {
    guard let open = documents[params.textDocument.uri] else { return [] }
    let uri = open.document.uri
    func wanted(_ kind: String) -> Bool {
      params.context.only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true
    }
    var actions: [CodeAction] = []
    for d in params.context.diagnostics where d.range.overlaps(params.range) {
      guard let data = DiagnosticMapper.Data(d) else { continue }
      let written = text(open.document, d.range)
      if wanted(CodeAction.quickFix) {
        for s in data.suggestions where written != s && (written == data.match || data.rule == "inconsistent") {
          actions.append(
            CodeAction(
              title: "Write '\(s)'", kind: CodeAction.quickFix, diagnostics: [d],
              isPreferred: data.fixable && data.suggestions.count == 1,
              edit: WorkspaceEdit(changes: [uri: [TextEdit(range: d.range, newText: s)]])))
        }
      }
      if wanted(CodeAction.quickFix), ["unlisted", "near-miss"].contains(data.rule), let concept = data.concept,
        let action = addToGlossary(open, d, written: written, concept: concept)
      {
        actions.append(action)
      }
    }
    if wanted(Self.fixAllKind), let linted = open.currentFindings {
      let (_, applied) = Fixer.apply(linted.findings, to: Document(path: uri, text: open.document.text).text)
      if !applied.isEmpty {
        let edits = applied.map { TextEdit(range: linted.map.range(ofCharacters: $0.span), newText: $0.suggestions[0]) }
        actions.append(
          CodeAction(
            title: "Fix all Söz findings in this document (\(applied.count))", kind: Self.fixAllKind,
            edit: WorkspaceEdit(changes: [uri: edits])))
      }
    }
    return actions
  }

  /// The text of `range` in `document`.
  func text(_ document: TextDocument, _ range: TextRange) -> String {
    let units = Array(document.text.utf16)
    let lo = document.offset(of: range.start)
    let hi = max(lo, document.offset(of: range.end))
    return String(decoding: units[lo..<hi], as: UTF16.self)
  }

  /// "Add 'X' to the glossary as a variant of 'concept'", when the
  /// workspace has a glossary directory to write to.
  func addToGlossary(_ open: OpenDocument, _ d: Diagnostic, written: String, concept: String) -> CodeAction? {
    guard let session = readySession(open), !session.writableDirectories.isEmpty else { return nil }
    // The name without its case suffix (Qarabagda → Qarabag).
    let mention = session.matcher.mentions(in: Normalizer.nfc(written)).first { $0.conceptID == concept }
    let spelling = mention.map { Normalizer.nfc($0.surface) } ?? Normalizer.nfc(written)
    let line = text(open.document, TextRange(
      start: Position(line: d.range.start.line, character: 0), end: Position(line: d.range.start.line + 1, character: 0)))
    let language = session.language(of: line)
    let argument = JSONValue.object([
      "uri": .string(open.document.uri), "concept": .string(concept), "form": .string(spelling),
      "language": .string(language.rawValue), "status": .string("admitted"),
    ])
    let title = "Add '\(spelling)' to the glossary as a variant of '\(concept)' (\(language), admitted)"
    return CodeAction(
      title: title, kind: CodeAction.quickFix, diagnostics: [d],
      command: Command(title: title, command: Self.addToGlossaryCommand, arguments: [argument]))
  }

  // MARK: Commands

  /// `soz.addToGlossary {uri, concept, form, language, status}`: writes the
  /// spelling into the workspace's glossary YAML, reopens the glossary and
  /// re-lints; answers `{files, added}` from the lint queue.
  func executeCommand(_ params: ExecuteCommandParams, id: RequestID) throws(ResponseError) {
    guard params.command == Self.addToGlossaryCommand else {
      throw .invalidParams("unknown command '\(params.command)' (known: \(Self.addToGlossaryCommand))")
    }
    guard let a = params.arguments?.first, let concept = a["concept"]?.stringValue,
      let spelling = a["form"]?.stringValue, !spelling.isEmpty,
      let language = a["language"]?.stringValue.flatMap(LanguageTag.init)
    else {
      throw .invalidParams("\(Self.addToGlossaryCommand) takes {concept, form, language[, status, uri]}")
    }
    let status = a["status"]?.stringValue.flatMap(FormStatus.init(rawValue:)) ?? .admitted
    guard status != .preferred else {
      throw .invalidParams("a spelling is added as admitted, deprecated or forbidden, never preferred")
    }
    let root = a["uri"]?.stringValue.map { self.root(of: $0) } ?? (folders.first ?? options.workingDirectory).path
    lintQueue.async { [self] in
      guard let session = session(root) else {
        output(.failure(id, ResponseError(code: -32803, message: "the workspace's glossary could not be opened")))
        return
      }
      do {
        let outcome = try GlossaryFormAddition.add(
          Form(text: spelling, language: language, status: status), to: concept, in: session.writableDirectories)
        open(root)
        queue.async { self.scheduleLint(root, delay: 0) }
        let files = outcome.files.joined(separator: ", ")
        show(
          outcome.added
            ? "soz: added '\(spelling)' (\(language), \(status.rawValue)) to '\(concept)' in \(files)"
            : "soz: '\(spelling)' is already listed for '\(concept)'", type: 3)
        output(
          .response(
            id: id,
            result: .object(["added": .bool(outcome.added), "files": .array(outcome.files.map(JSONValue.string))]),
            error: nil))
      } catch {
        output(.failure(id, ResponseError(code: -32803, message: "\(error)")))
      }
    }
  }
}
