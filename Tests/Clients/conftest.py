"""Shared set-up for the client tests: the soz binary and a scratch
workspace holding a copy of the repository's glossary.

Run by Tests/EndToEndTests/ClientTests.swift (swift test), or by hand:
    SOZ=.build/debug/soz python3 -m pytest Tests/Clients
"""
import os
import pathlib
import shutil

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


def soz_binary() -> str:
    return os.path.abspath(os.environ.get("SOZ") or str(REPO / ".build" / "debug" / "soz"))


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    """A project: glossaries/ (a copy of the shipped one) and its store."""
    # The hand-written files: the protocol needs no 2 000 generated
    # place names, whose first compile a debug build on a loaded machine
    # makes slower than the 20 s the client waits for diagnostics.
    shutil.copytree(REPO / "glossaries", tmp_path / "glossaries", ignore=shutil.ignore_patterns("generated"))
    return tmp_path
