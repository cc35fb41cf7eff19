"""Operating-system errors reach the user in Dutch, naming the file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from assembler.oserrors import describe_os_error


def caught(action: object) -> OSError:
    assert callable(action)
    with pytest.raises(OSError) as info:
        action()
    return info.value


def test_a_missing_file_is_described_in_dutch_with_its_name(tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet.yaml"
    text = describe_os_error(caught(missing.read_bytes))
    assert text == f"het bestand of de map bestaat niet ({missing})"


def test_a_folder_where_a_file_goes_is_described_in_dutch(tmp_path: Path) -> None:
    text = describe_os_error(caught(lambda: open(tmp_path, "rb")))  # noqa: SIM115
    assert text.startswith("dit is een map, geen bestand (")


@pytest.mark.parametrize(
    "code", [errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOTDIR, errno.ENAMETOOLONG]
)
def test_no_english_system_text_is_shown(code: int) -> None:
    text = describe_os_error(OSError(code, os.strerror(code), "uit/regeling.docx"))
    assert os.strerror(code) not in text and text.endswith("(uit/regeling.docx)")
