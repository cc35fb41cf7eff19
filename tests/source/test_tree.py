"""The working tree: no file outside the repository can be reached, also not via a symlink."""

from __future__ import annotations

from pathlib import Path

from assembler.source.tree import WorkTree, safe_relpath


def test_symlinks_that_leave_the_repository_are_not_listed_or_read(tmp_path: Path) -> None:
    outside = tmp_path / "buiten.yaml"
    outside.write_text("geheim: ja\n", encoding="utf-8")
    root = tmp_path / "bron"
    (root / "clausules" / "a").mkdir(parents=True)
    (root / "clausules" / "a" / "echt.yaml").write_text("x: 1\n", encoding="utf-8")
    (root / "clausules" / "a" / "lek.yaml").symlink_to(outside)
    (root / "clausules" / "a" / "binnen.yaml").symlink_to(root / "clausules" / "a" / "echt.yaml")
    (root / "clausules" / "map").symlink_to(tmp_path, target_is_directory=True)
    tree = WorkTree(root)
    assert tree.list_files("clausules", ".yaml") == [
        "clausules/a/binnen.yaml",
        "clausules/a/echt.yaml",
    ]
    assert not tree.exists("clausules/a/lek.yaml")
    assert not tree.exists("../buiten.yaml")


def test_manifest_paths_are_normalised_or_refused() -> None:
    assert safe_relpath("bijlagen/x.yaml") == "bijlagen/x.yaml"
    assert safe_relpath("bijlagen/../bijlagen/x.yaml") == "bijlagen/x.yaml"
    for bad in ("../x.yaml", "/etc/passwd", "a/../../x", "C:/x", "a\\\\b", ""):
        assert safe_relpath(bad) is None, bad
