"""`load(path)`: a file whose cleaned text is empty or markup alone is refused with a reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import LoadError
from ingest.loaders import load

MARKUP_ONLY = "only markup (HTML comments, tags or list marks), no text to index"


@pytest.mark.parametrize(("name", "text"), [
    ("주석.txt", "<!-- saved from url=(0014)about:blank -->\n"),
    ("빈페이지.txt", "<html>\n<body>\n</body>\n</html>\n"),
    ("목록.md", "# \n\n- \n- \n<br/>\n"),
    ("열린주석.md", "<!-- 작성 중\n\n"),
])
def test_markup_only_files_are_refused(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load(path)
    assert (info.value.path, info.value.reason) == (path, MARKUP_ONLY)


def test_blank_text_file_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n \n\t\n", encoding="utf-8")
    with pytest.raises(LoadError, match="^.*: no text found in the document$"):
        load(path)


def test_a_heading_with_a_comment_is_text(tmp_path: Path) -> None:
    path = tmp_path / "짧은글.md"
    path.write_text("<!-- 초안 -->\n# 스마트도시 계획\n", encoding="utf-8")
    assert [p.text for p in load(path).pages] == ["<!-- 초안 -->\n# 스마트도시 계획"]
