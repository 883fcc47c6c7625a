from pathlib import Path

import pytest

from ingest.chunk import ChunkerConfig, chunk_pages, document_text, heading_level
from ingest.loaders import load
from ingest.records import Page


@pytest.fixture(scope="module")
def act(corpus_dir):
    loaded = load(corpus_dir / "law_smart_city_act.md")
    return chunk_pages("law_smart_city_act", list(loaded.pages))


def test_law_article_is_the_section_with_its_chapter_above(act):
    art30 = [c for c in act if c.section == "제30조 (국제협력 및 해외진출 지원)"]
    assert len(art30) == 1
    chunk = art30[0]
    assert chunk.section_path[-2] == "제6장 스마트도시산업의 지원"
    assert chunk.text.startswith("① 국가는 스마트도시 분야 국제협력 및 국내 스마트도시산업의 해외진출을 지원할 수 있다.")
    assert "**" not in chunk.text and "\\." not in chunk.text


def test_chunks_respect_size_and_never_cross_articles(act):
    assert all(len(c.text) <= 600 for c in act)
    for c in act:
        assert c.text.count("제30조") <= 1


def test_chunk_ids_are_stable_across_runs(corpus_dir):
    loaded = load(corpus_dir / "004_c9995d5d9381f287.txt")
    first = [c.id for c in chunk_pages("004", list(loaded.pages))]
    again = [c.id for c in chunk_pages("004", list(load(corpus_dir / "004_c9995d5d9381f287.txt").pages))]
    assert first == again and len(set(first)) == len(first)


def test_editing_one_section_keeps_the_other_ids(tmp_path: Path):
    body = "# 제목\n\n## 제1장 총칙\n\n##### 제1조 (목적)\n\n이 법은 목적을 정한다.\n\n##### 제2조 (정의)\n\n용어의 뜻은 다음과 같다.\n"
    a = tmp_path / "a.md"
    a.write_text(body, encoding="utf-8")
    before = {c.section: c.id for c in chunk_pages("a", list(load(a).pages))}
    a.write_text(body.replace("용어의 뜻은", "이 법에서 용어의 뜻은"), encoding="utf-8")
    after = {c.section: c.id for c in chunk_pages("a", list(load(a).pages))}
    assert before["제1조 (목적)"] == after["제1조 (목적)"]
    assert before["제2조 (정의)"] != after["제2조 (정의)"]


def test_pages_and_offsets_are_kept():
    pages = [Page(1, "ㅇ 첫 페이지의 문단입니다."), Page(2, "ㅇ 둘째 페이지의 문단입니다.")]
    chunks = chunk_pages("d", pages, ChunkerConfig(size=200, min_size=10))
    assert [(c.page, c.text) for c in chunks] == [(1, "ㅇ 첫 페이지의 문단입니다."), (2, "ㅇ 둘째 페이지의 문단입니다.")]
    full = "\n".join(p.text for p in pages)
    assert [full[c.start:c.end] for c in chunks] == [c.text for c in chunks]


def test_headings_are_recognised():
    assert heading_level("03 필리핀 클락 스마트시티 사업") == 1
    assert heading_level("2) 사업 주요 내용") == 3
    assert heading_level("##### 제30조 (국제협력 및 해외진출 지원)") == 5
    assert heading_level("제30조 (국제협력 및 해외진출 지원)") == 5
    assert heading_level("∙ 국토교통부는 K-City 네트워크라는 대표 프로그램을 중심으로 해외 협력사업을 추진함") is None


def test_bad_config_is_rejected():
    with pytest.raises(ValueError, match="min_size"):
        ChunkerConfig(size=100, min_size=100)


def test_a_table_split_across_chunks_is_read_with_its_header():
    rows = "\n".join(f"도시{i} | 솔루션{i} | {'아주 긴 사업명 ' * 4}{i}" for i in range(12))
    pages = [Page(None, "## 선정 현황\n해외국가(도시) | 솔루션 | 사업명\n" + rows)]
    chunks = chunk_pages("t", pages, ChunkerConfig(size=300, min_size=100))
    assert len(chunks) == 3
    assert chunks[0].text.startswith("해외국가(도시) | 솔루션 | 사업명\n도시0 | ") and chunks[0].context == ""
    # later parts carry the header as context (indexed and read with them), never inside their quoted text
    assert [c.context for c in chunks[1:]] == ["해외국가(도시) | 솔루션 | 사업명"] * 2
    assert [c.text[:6] for c in chunks[1:]] == ["도시5 | ", "도시10 |"]
    assert all(c.read_text.startswith("해외국가(도시) | 솔루션 | 사업명\n") for c in chunks)
    assert all(c.section == "선정 현황" for c in chunks)


def test_long_paragraphs_split_at_sentence_ends_keep_their_periods():
    sentence = "이 고원은 해발 고도가 높아 여름에도 서늘하며 길이는 약 120킬로미터나 된다. "
    pages = [Page(3, "## 지리\n" + sentence * 12 + "끝으로 강이 흐른다.")]
    chunks = chunk_pages("g", pages, ChunkerConfig(size=200, min_size=50))
    assert [(c.start, c.end) for c in chunks] == [(6, 185), (186, 365), (366, 557)]  # four sentences a chunk
    assert all(c.text.endswith("된다.") for c in chunks[:-1]) and chunks[-1].text.endswith("된다. 끝으로 강이 흐른다.")
    assert "된다 이" not in "".join(c.text for c in chunks)


@pytest.mark.parametrize("name", ["000_8e0e21b7078bb0b8.txt", "001_f10dabb5e28a8c07.txt", "002_7bfffe9800fcea94.txt",
                                  "003_bea2acfe7f4cca42.txt", "004_c9995d5d9381f287.txt", "law_smart_city_act.md",
                                  "law_sejong_special_act.md", "law_urban_development_act.md"])
def test_every_chunk_is_the_cleaned_document_text_at_its_offsets(corpus_dir, name):
    pages = list(load(corpus_dir / name).pages)
    full = document_text(pages)
    chunks = chunk_pages(name, pages)
    assert chunks and all(full[c.start:c.end] == c.text for c in chunks)


@pytest.mark.parametrize("name", ["gangnam-legislative-notice.hwpx", "open-data-standard-tables.hwpx",
                                  "award-forms-uncompressed.hwp", "nts-qa-uncompressed-v5034.hwp",
                                  "national-assembly-bill-2125318.pdf"])
def test_fixture_chunks_are_verbatim_too(name):
    from tests.conftest import FIXTURES

    pages = list(load(FIXTURES / name).pages)
    full = document_text(pages)
    chunks = chunk_pages(name, pages)
    assert chunks and all(full[c.start:c.end] == c.text for c in chunks)


def test_the_bibliography_is_not_indexed(corpus_dir):
    loaded = load(corpus_dir / "000_8e0e21b7078bb0b8.txt")
    chunks = chunk_pages("000", list(loaded.pages))
    text = "\n".join(c.text for c in chunks)
    assert "강명구·이창수. 2015." not in text and "해외건설 완전정복 가이드북" not in text
    assert "한해에 약 40억 원의 예산으로" in text
