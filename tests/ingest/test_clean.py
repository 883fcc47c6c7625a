from ingest.clean import (
    clean_layout_text,
    drop_running_lines,
    drop_vertical_titles,
    normalize_chars,
    rejoin_lines,
    running_lines,
)


def test_middle_dot_variants_become_one():
    assert normalize_chars("법\u318d제도 융\u2024복합 구축\u22c5운영 A\u2027B 아래\u119e아") == "법·제도 융·복합 구축·운영 A·B 아래·아"


def test_nfc_and_private_use_bullet():
    decomposed = "\u1112\u1161\u11ab"  # 한 as jamo
    assert normalize_chars(decomposed) == "한"
    assert normalize_chars("\uf0a7 항목") == "∙ 항목"


def test_line_broken_mid_word_is_rejoined():
    # 000_8e0e21b7078bb0b8.txt: "다" / "각적" is one word split by the PDF layout
    raw = ("∙ 주관기관인 국토교통부를 중심으로 스마트도시 솔루션·서비스 사업의 해외진출을 위해 다\n\n"
           "각적 프로그램이 추진 중이지만, 컨설팅 사업단계 이후 \n\n투자개발 성과가 부족함\n\n∙ 다음 항목")
    assert clean_layout_text(raw).split("\n") == [
        "∙ 주관기관인 국토교통부를 중심으로 스마트도시 솔루션·서비스 사업의 해외진출을 위해 다각적 프로그램이 "
        "추진 중이지만, 컨설팅 사업단계 이후 투자개발 성과가 부족함",
        "∙ 다음 항목",
    ]


def test_u_city_example_from_the_issue():
    assert rejoin_lines(["U-City 고", "도화"]) == ["U-City 고도화"]


def test_list_markers_and_table_rows_stay_on_their_own_lines():
    lines = ["□ 추진 배경", "ㅇ 첫째 항목", "- 세부 내용", "① 국가는 지원할 수 있다.", "구분\t사업명", "가\t나"]
    assert rejoin_lines(lines) == lines


def test_vertical_running_title_is_dropped():
    # the side title of 000_8e0e21b7078bb0b8.txt, one character per line
    column = ["14", "W", "P", " 2", "0", "2", "2", "-", "1", "4", "스", "마", "트", "도", "시", " 해", "외"]
    text = "\n".join(["∙ 분야 중심의 분류체계로 구분되기 때문에 산정되지 않고 있음", *column, "(4) 소결"])
    assert clean_layout_text(text) == "∙ 분야 중심의 분류체계로 구분되기 때문에 산정되지 않고 있음\n(4) 소결"


def test_short_lines_of_a_real_table_survive():
    lines = ["구분", "사업명", "비고"]
    assert drop_vertical_titles(lines) == lines


def test_page_number_lines_are_dropped():
    assert clean_layout_text("ㅇ 첫 문단임\n- 9 -\nㅇ 둘째 문단임\n14") == "ㅇ 첫 문단임\nㅇ 둘째 문단임"


def test_running_header_found_on_page_edges():
    bodies = ["첫째 문단", "둘째 문단", "셋째 문단", "넷째 문단", "다섯째 문단", "여섯째 문단"]
    pages = [f"K R I H S  이슈 리포트\n{body}의 시작\n{body}의 끝\n- {i} -" for i, body in enumerate(bodies, 1)]
    running = running_lines(pages)
    assert running == {"K R I H S  이슈 리포트", "- # -"}
    assert drop_running_lines(pages[0], running) == "첫째 문단의 시작\n첫째 문단의 끝"


def test_tab_separated_table_rows_keep_their_cells():
    # 004_c9995d5d9381f287.txt: the 2025 selection table is tab-separated
    raw = "해외국가(도시)\t솔루션\t사업명\n이탈리아(밀라노)\t폐기물 관리\tAIoT 센서 기반 폐기물 수거관리 시스템"
    assert clean_layout_text(raw).split("\n") == [
        "해외국가(도시) | 솔루션 | 사업명",
        "이탈리아(밀라노) | 폐기물 관리 | AIoT 센서 기반 폐기물 수거관리 시스템",
    ]
