"""Fixtures of the Word writer tests."""

from __future__ import annotations

import pytest

from assembler.model.nodes import Document
from assembler.render.docx import render_docx

from .sample import final_regeling, regeling


@pytest.fixture
def document() -> Document:
    return regeling()


@pytest.fixture
def final_document() -> Document:
    return final_regeling()


@pytest.fixture(scope="session")
def docx_bytes() -> bytes:
    """The rendered concept version of the sample regeling."""
    return render_docx(regeling())


@pytest.fixture(scope="session")
def final_docx_bytes() -> bytes:
    """The rendered final version of the sample regeling."""
    return render_docx(final_regeling())
