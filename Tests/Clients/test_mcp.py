"""`soz mcp` driven by the reference Python client (PyPI `mcp`)."""
import json
import os
import subprocess

import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from conftest import soz_binary


def server(workspace):
    env = {k: v for k, v in os.environ.items() if k not in ("SOZ_STORE", "SOZ_GLOSSARY")}
    return StdioServerParameters(command=soz_binary(), args=["mcp"], cwd=str(workspace), env=env)


@pytest.mark.asyncio
async def test_tools_lookup_and_lint(workspace):
    async with stdio_client(server(workspace)) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            assert init.server_info.name == "soz"

            tools = {t.name: t for t in (await session.list_tools()).tools}
            assert set(tools) == {"lookup", "lint", "tm_search", "concordance"}
            assert tools["lookup"].input_schema["required"] == ["query"]

            found = await session.call_tool("lookup", {"query": "garabag", "lang": "az"})
            assert not found.is_error
            assert found.content[0].text == "Qarabağ"
            first = found.structured_content["candidates"][0]
            assert first["concept"] == "karabakh"
            assert first["canonical"]["az"] == "Qarabağ"

            linted = await session.call_tool(
                "lint", {"text": "Officials from Turkey visited Nakhichevan on Monday.", "lang": "en"})
            assert not linted.is_error
            findings = linted.structured_content["findings"]
            assert ["Nakhchivan"] in [f["suggestions"] for f in findings]
            assert "write 'Nakhchivan'" in linted.content[0].text


@pytest.mark.asyncio
async def test_memory_tools_resources_and_errors(workspace):
    from conftest import REPO
    subprocess.run([soz_binary(), "tm", "import", str(REPO / "corpus" / "segments" / "en-az.tsv")],
                   cwd=workspace, check=True, capture_output=True)
    async with stdio_client(server(workspace)) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            search = await session.call_tool(
                "tm_search", {"text": "The Second Karabakh War lasted 44 days.", "from": "en", "to": "az"})
            assert not search.is_error
            assert search.structured_content["query"] == "The Second Karabakh War lasted 44 days."
            terms = search.structured_content["terms"]
            assert {"concept": "second-karabakh-war", "found": "Second Karabakh War",
                    "target": "İkinci Qarabağ müharibəsi"} in terms

            conc = await session.call_tool("concordance", {"word": "Qarabağ", "lang": "az"})
            assert not conc.is_error
            assert conc.structured_content["concept"] == "karabakh"

            bad = await session.call_tool("lookup", {"query": "garabag", "lang": "xx"})
            assert bad.is_error
            assert "unknown language 'xx'" in bad.content[0].text

            listed = await session.list_resources()
            uris = [str(r.uri) for r in listed.resources]
            assert uris[0] == "soz://glossary"
            assert "soz://concept/nakhchivan" in uris
            concept = await session.read_resource("soz://concept/nakhchivan")
            card = json.loads(concept.contents[0].text)
            assert card["canonical"]["az"] == "Naxçıvan"
            assert {"form": "Nakhichevan", "lang": "en", "status": "deprecated"} in card["forms"]
            whole = await session.read_resource("soz://glossary")
            assert "- id: nakhchivan" in whole.contents[0].text
