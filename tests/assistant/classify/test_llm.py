"""The LLM classifier against a small OpenAI-compatible server on 127.0.0.1 (no network)."""
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from assistant.classify.classifier import OfflineClassifier, ProjectInput
from assistant.classify.llm import LLMClassifier, build_classifier, parse_reply
from assistant.llm import make_chat_model
from assistant.errors import LLMConfigError
from kb.settings import load_settings
from kb.taxonomy import load_taxonomy

LABELS = {"project_type": "solution_deployment", "sector": ["mobility"], "stage": "implementation",
          "scale": "city", "region": "overseas_developing", "program": "oda_grant",
          "smart_city_type": "advanced_infrastructure", "urban_context": "existing_city"}
GOOD = json.dumps({"labels": LABELS, "confidence": {"program": 0.95, "stage": 0.3},
                   "evidence": {"program": ["KOICA 무상원조"]}}, ensure_ascii=False)
BAD = json.dumps({"labels": {**LABELS, "program": "grant_aid"}})
PROJECT = ProjectInput("t1", "하노이 스마트 교통신호 구축 (KOICA)", "KOICA 무상원조로 하노이 교차로 신호 제어 시스템을 구축한다.")


class _Server:
    """Replies with the queued contents in order (the last one repeats); records the requests."""

    def __init__(self, replies):
        self.replies, self.requests = list(replies), []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append((self.path, body))
                content = outer.replies.pop(0) if len(outer.replies) > 1 else outer.replies[0]
                if content is None:
                    self.send_response(500)
                    self.end_headers()
                    return
                data = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                                   "choices": [{"index": 0, "finish_reason": "stop",
                                                "message": {"role": "assistant", "content": content}}],
                                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(data.encode())

            def log_message(self, *args):
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()


@pytest.fixture(scope="module")
def offline(lexical_index):
    return OfflineClassifier.build(load_settings(index_dir=lexical_index, embedder="none", environ={}))


def _llm(offline, replies, lexical_index):
    server = _Server(replies)
    settings = load_settings(index_dir=lexical_index, embedder="none", llm="openai:test-model",
                             llm_base_url=server.url, llm_timeout=5, environ={})
    return LLMClassifier(make_chat_model(settings), offline), server


def test_valid_answer_is_used(offline, lexical_index):
    clf, server = _llm(offline, [GOOD], lexical_index)
    try:
        result = clf.classify(PROJECT)
    finally:
        server.close()
    assert result.classifier == "llm" and result.labels == LABELS
    assert result.confidence["program"] == 0.95 and "stage" in result.needs_review
    assert result.evidence["program"] == ("KOICA 무상원조",)
    assert result.crosswalk.kcn_type == "솔루션형"
    path, body = server.requests[0]
    assert path == "/v1/chat/completions" and body["model"] == "test-model"
    prompt = "\n".join(m["content"] for m in body["messages"])
    assert "oda_grant" in prompt and "Examples:" in prompt and "하노이 스마트 교통신호" in prompt


def test_crs_codes_of_the_answer_come_first_and_are_checked(offline, lexical_index):
    with_crs = json.dumps({"labels": LABELS, "crs": ["21013", {"code": "21020"}]})
    withdrawn = json.dumps({"labels": LABELS, "crs": ["23010"]})
    clf, server = _llm(offline, [withdrawn, with_crs], lexical_index)
    try:
        result = clf.classify(PROJECT)
    finally:
        server.close()
    retry = server.requests[1][1]["messages"][-1]["content"]
    assert "crs: 23010 not an active OECD DAC CRS purpose code" in retry
    codes = [m.code for m in result.crosswalk.crs]
    offline_codes = [m.code for m in offline.classify(PROJECT).crosswalk.crs]
    assert codes[:2] == ["21013", "21020"] and set(codes) <= {"21013", "21020"} | set(offline_codes)
    assert result.crosswalk.crs[0].evidence[0] == "LLM 판단" and result.crosswalk.crs[0].name_ko == "교통 규제"
    prompt = server.requests[0][1]["messages"][0]["content"]
    assert '"crs": ["5-digit code", ...]' in prompt and "43030 Urban development and management" in prompt


def test_invalid_ids_are_retried_once(offline, lexical_index):
    clf, server = _llm(offline, [BAD, GOOD], lexical_index)
    try:
        result = clf.classify(PROJECT)
    finally:
        server.close()
    assert len(server.requests) == 2 and result.classifier == "llm"
    retry = server.requests[1][1]["messages"][-1]["content"]
    assert "unknown label 'grant_aid' for facet program" in retry


def test_two_invalid_answers_fall_back_to_offline(offline, lexical_index):
    clf, server = _llm(offline, [BAD, "no json here"], lexical_index)
    try:
        result = clf.classify(PROJECT)
    finally:
        server.close()
    assert len(server.requests) == 2
    assert result.classifier == "offline" and result == offline.classify(PROJECT)


def test_server_error_falls_back(offline, lexical_index):
    clf, server = _llm(offline, [None], lexical_index)
    try:
        result = clf.classify(PROJECT)
    finally:
        server.close()
    assert result.classifier == "offline" and result.labels["program"] == "oda_grant"


def test_few_shot_examples_never_include_the_project_itself(offline):
    clf = LLMClassifier(None, offline)
    shots = clf._examples(ProjectInput("p019", "베트남 후에시 문화관광 스마트시티 조성 지원 (KOICA, 2021-2025)", "후에시"))
    assert "후에시 문화관광 스마트시티 조성 지원" not in shots and shots.count("Answer:") == 4


def test_parse_reply_and_config_errors():
    assert parse_reply("Here: " + GOOD, load_taxonomy())["labels"] == LABELS
    assert parse_reply(json.dumps({"labels": LABELS, "crs": "43030"}), load_taxonomy())["crs"] == ["43030"]
    with pytest.raises(ValueError, match="crs: 4303 not an active"):
        parse_reply(json.dumps({"labels": LABELS, "crs": [4303]}), load_taxonomy())
    with pytest.raises(ValueError, match="no JSON object"):
        parse_reply("sorry", load_taxonomy())
    with pytest.raises(LLMConfigError, match="unknown LLM setting 'foo:bar'; use one of: openai:MODEL, ollama:MODEL"):
        make_chat_model(load_settings(llm="foo:bar", environ={}))
    with pytest.raises(LLMConfigError, match="unknown LLM setting 'openai'; use one of: openai:MODEL, ollama:MODEL"):
        make_chat_model(load_settings(llm="openai", environ={}))


def test_build_classifier_asks_the_llm_only_when_one_is_set(lexical_index):
    server = _Server([GOOD])
    common = dict(index_dir=lexical_index, embedder="none", environ={})
    with_llm = load_settings(**common, llm="openai:test-model", llm_base_url=server.url, llm_timeout=5)
    try:
        offline = build_classifier(load_settings(**common)).classify(PROJECT)
        refused = build_classifier(with_llm, llm=False).classify(PROJECT)
        asked_before = len(server.requests)
        used = build_classifier(with_llm).classify(PROJECT)
    finally:
        server.close()
    assert (offline.classifier, offline.labels["program"], offline.labels["sector"][0]) == ("offline", "oda_grant",
                                                                                             "mobility")
    assert refused == offline and asked_before == 0
    assert (used.classifier, used.labels, len(server.requests)) == ("llm", LABELS, 1)
