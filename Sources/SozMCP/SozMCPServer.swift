import Foundation
import MCP
import SozCore

/// `soz mcp`: a Model Context Protocol server over standard input and
/// output, built on modelcontextprotocol/swift-sdk.
///
/// The store and its compiled glossary are opened once, when the server
/// starts; tools answer from them (``SozTools``) and the glossary is
/// offered as resources (``GlossaryResources``).
public enum SozMCPServer {
  static let instructions = """
    Söz keeps the canonical spellings of the names and terms of Azerbaijan, Türkiye, Kazakhstan \
    and the Turkic world in en, az, tr, kk (Cyrillic), kk-Latn and ru. Use 'lookup' to find how \
    a name is written in a language, 'lint' to check a text you wrote or translated before \
    handing it over, 'tm_search' and 'concordance' to see how the translation memory renders \
    a sentence or a name.
    """

  /// Serves until the client closes standard input.
  /// - Throws: ``SozError`` when the store cannot be opened.
  public static func run(workspace: Workspace, version: String) throws {
    let (store, glossary) = try workspace.openMemory()
    let tools = SozTools(store: store, glossary: glossary, settings: workspace.settings)
    let resources = GlossaryResources(glossary: glossary)
    let done = DispatchSemaphore(value: 0)
    let failure = Failure()
    Task.detached {
      do {
        try await serve(tools: tools, resources: resources, version: version)
      } catch {
        failure.error = error
      }
      done.signal()
    }
    done.wait()
    if let error = failure.error { throw SozError.io(path: "<stdio>", message: "\(error)") }
  }

  static func serve(tools: SozTools, resources: GlossaryResources, version: String) async throws {
    let server = Server(
      name: "soz", version: version, title: "Söz", instructions: instructions,
      capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
    await server.withMethodHandler(ListTools.self) { _ in .init(tools: SozTools.definitions) }
    await server.withMethodHandler(CallTool.self) { params in tools.call(params) }
    await server.withMethodHandler(ListResources.self) { params in try resources.list(cursor: params.cursor) }
    await server.withMethodHandler(ReadResource.self) { params in try resources.read(params.uri) }
    await server.withMethodHandler(ListResourceTemplates.self) { _ in .init(templates: [GlossaryResources.template]) }
    try await server.start(transport: StdioTransport())
    await server.waitUntilCompleted()
  }

  private final class Failure: @unchecked Sendable {
    var error: Error?
  }
}
