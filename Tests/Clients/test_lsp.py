"""`soz lsp` driven by pytest-lsp (pygls's client, with Neovim 0.10's
capabilities), which also checks every server message against the LSP
specification."""
import ast
import asyncio
import pathlib
import shutil

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter

from conftest import REPO, soz_binary

ISSUE_TEXT = "Officials from Turkey visited Nakhichevan on Monday.\n"


def recording_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics in order
    (waiting for the next notification can miss one sent in the same
    burst)."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []

    def publish(client: LanguageClient, params: t.PublishDiagnosticsParams):
        client.published.append(params)
        client.diagnostics[params.uri] = params.diagnostics

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish})
    return client


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[soz_binary(), "lsp"], client_factory=recording_client))
async def client(lsp_client: LanguageClient, tmp_path: pathlib.Path):
    # The hand-written files: the protocol needs no 2 000 generated
    # place names, whose first compile a debug build on a loaded machine
    # makes slower than the 20 s the client waits for diagnostics.
    shutil.copytree(REPO / "glossaries", tmp_path / "glossaries", ignore=shutil.ignore_patterns("generated"))
    lsp_client.root = tmp_path
    await lsp_client.initialize_session(
        t.InitializeParams(
            capabilities=client_capabilities("neovim@v0.10.0"),
            root_uri=tmp_path.as_uri(),
            initialization_options={"language": "en", "debounce": 10},
        )
    )
    yield
    if lsp_client._server and lsp_client._server.returncode is None:
        await lsp_client.shutdown_session()


def open_doc(client, name, text, version=1, language="markdown"):
    uri = (client.root / name).as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return uri


async def published(client, accept, timeout=20):
    """Waits for a publishDiagnostics that `accept` takes; returns it."""
    for _ in range(int(timeout / 0.01)):
        for params in client.published:
            if accept(params):
                return params
        await asyncio.sleep(0.01)
    raise AssertionError(f"no such diagnostics; got {client.published}")


async def diagnostics(client, uri, version):
    """Waits for the diagnostics of `uri` at `version`."""
    params = await published(client, lambda p: p.uri == uri and p.version == version)
    return list(params.diagnostics)


@pytest.mark.asyncio
async def test_issue_14_check(client: LanguageClient):
    uri = open_doc(client, "a.md", ISSUE_TEXT)
    found = await diagnostics(client, uri, 1)
    assert [d.data["match"] for d in found] == ["Turkey", "Nakhichevan"]
    nakh = found[1]
    assert (nakh.code, nakh.severity, nakh.source) == ("variant", t.DiagnosticSeverity.Warning, "soz")
    assert nakh.range == t.Range(t.Position(0, 30), t.Position(0, 41))

    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri), range=nakh.range,
            context=t.CodeActionContext(diagnostics=[nakh])))
    fix = next(a for a in actions if a.kind == t.CodeActionKind.QuickFix)
    assert fix.title == "Write 'Nakhchivan'" and fix.is_preferred
    assert list(fix.edit.changes[uri]) == [t.TextEdit(range=nakh.range, new_text="Nakhchivan")]
    fix_all = next(a for a in actions if a.kind == "source.fixAll.soz")
    assert [e.new_text for e in fix_all.edit.changes[uri]] == ["Türkiye", "Nakhchivan"]

    hover = await client.text_document_hover_async(
        t.HoverParams(text_document=t.TextDocumentIdentifier(uri), position=t.Position(0, 33)))
    assert "| az | Naxçıvan |" in hover.contents.value
    assert "'Nakhichevan': deprecated in en" in hover.contents.value
    assert hover.range == nakh.range

    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[t.TextDocumentContentChangeWholeDocument(
                text="Officials from Türkiye visited Nakhchivan on Monday.\n")]))
    assert await diagnostics(client, uri, 2) == []

    # Incremental sync: 'Nakhchivan' (line 0, 31–41) becomes 'Naxçıvan'.
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[t.TextDocumentContentChangePartial(
                range=t.Range(t.Position(0, 31), t.Position(0, 41)), text="Naxçıvan")]))
    again = await diagnostics(client, uri, 3)
    assert [(d.code, d.data["match"], d.range.start.character) for d in again] == [
        ("wrong-language", "Naxçıvan", 31)]

    await client.shutdown_session()
    assert client._server.returncode == 0


@pytest.mark.asyncio
async def test_latest_version_only(client: LanguageClient):
    uri = open_doc(client, "b.txt", "Nothing here.\n", language="plaintext")
    assert await diagnostics(client, uri, 1) == []
    for v in range(2, 12):
        client.text_document_did_change(
            t.DidChangeTextDocumentParams(
                text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=v),
                content_changes=[t.TextDocumentContentChangeWholeDocument(text=f"Visit {v}: Nakhichevan.\n")]))
    last = await diagnostics(client, uri, 11)
    assert [d.data["match"] for d in last] == ["Nakhichevan"]
    assert last[0].range.start.character == len("Visit 11: ")


@pytest.mark.asyncio
async def test_inconsistent_across_open_documents(client: LanguageClient):
    a = open_doc(client, "a.md", "Karabakh is large.\n")
    b = open_doc(client, "b.md", "Garabagh is green.\n")
    def inconsistent(uri):
        return lambda p: p.uri == uri and any(d.code == "inconsistent" for d in p.diagnostics)
    in_a = next(d for d in (await published(client, inconsistent(a))).diagnostics if d.code == "inconsistent")
    in_b = next(d for d in (await published(client, inconsistent(b))).diagnostics if d.code == "inconsistent")
    assert [r.location.uri for r in in_b.related_information] == [a]
    assert [r.location.uri for r in in_a.related_information] == [b]
    assert in_a.message == "'karabakh' is written 2 ways in en: 'Garabagh' 1×, 'Karabakh' 1×; write 'Karabakh'"


@pytest.mark.asyncio
async def test_completion_after_two_letters(client: LanguageClient):
    uri = open_doc(client, "c.md", "In Nax\nIn N\n")
    await diagnostics(client, uri, 1)
    items = await client.text_document_completion_async(
        t.CompletionParams(text_document=t.TextDocumentIdentifier(uri), position=t.Position(0, 6)))
    labels = [i.label for i in items.items]
    assert "Naxçıvan" in labels and "Nakhchivan" in labels
    assert items.items[0].text_edit.range == t.Range(t.Position(0, 3), t.Position(0, 6))
    one = await client.text_document_completion_async(
        t.CompletionParams(text_document=t.TextDocumentIdentifier(uri), position=t.Position(1, 4)))
    assert list(one.items) == []


@pytest.mark.asyncio
async def test_add_to_glossary_and_glossary_changes(client: LanguageClient):
    uri = open_doc(client, "d.md", "The war in Garabag ended.\n")
    found = await diagnostics(client, uri, 1)
    assert [(d.code, d.data["match"]) for d in found] == [("unlisted", "Garabag")]
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri), range=found[0].range,
            context=t.CodeActionContext(diagnostics=found)))
    add = next(a for a in actions if a.title.startswith("Add "))
    assert add.title == "Add 'Garabag' to the glossary as a variant of 'karabakh' (en, admitted)"
    # pygls reads a CodeAction that has a command but no edit as a Command
    # whose `command` is the action's text: read the action back from it.
    command = ast.literal_eval(add.command) if isinstance(add, t.Command) else vars(add.command)
    assert command["command"] == "soz.addToGlossary"
    result = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command=command["command"], arguments=command["arguments"]))
    assert result["added"] is True
    yaml = (client.root / result["files"][0]).read_text() if not result["files"][0].startswith("/") \
        else pathlib.Path(result["files"][0]).read_text()
    assert "Garabag" in yaml
    # The glossary is reopened and the document re-linted: now an admitted
    # variant (info), no longer unlisted.
    params = await published(client, lambda p: p.uri == uri and [d.code for d in p.diagnostics] == ["variant"])
    assert params.diagnostics[0].severity == t.DiagnosticSeverity.Information

    # A glossary file edited outside the editor: reported, then re-linted.
    places = [p for p in (client.root / "glossaries").rglob("*.yaml") if "Garabag," in p.read_text() or "Garabag]" in p.read_text()]
    assert places
    places[0].write_text(places[0].read_text().replace("Garabag, ", "").replace(", Garabag]", "]").replace("[Garabag]", "[]"))
    client.workspace_did_change_watched_files(
        t.DidChangeWatchedFilesParams(changes=[t.FileEvent(uri=places[0].as_uri(), type=t.FileChangeType.Changed)]))
    count = len(client.published)
    await published(
        client, lambda p: p in client.published[count:] and p.uri == uri
        and [d.code for d in p.diagnostics] == ["unlisted"])


@pytest.mark.asyncio
async def test_errors_are_answered(client: LanguageClient):
    with pytest.raises(Exception, match="unknown method"):
        await client.protocol.send_request_async("soz/nonsense", {})
    # Still serving.
    uri = open_doc(client, "e.md", ISSUE_TEXT)
    assert len(await diagnostics(client, uri, 1)) == 2
