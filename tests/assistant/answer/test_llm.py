"""The LLM answerer through the real langchain-openai client, against a local OpenAI-compatible server."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.errors import LLMConfigError
from assistant.answer.llm import validate_citations
from assistant.llm import parse_llm_setting
from assistant.answer.qa import answer_question
from kb.settings import load_settings
from kb.store import KnowledgeBase

QUESTION = "국가스마트도시위원회는 위원장·부위원장을 포함해 최대 몇 명으로 구성되나요?"


class _Server:
    """Replies with whatever `reply` says: ("ok", text), ("status", code) or ("sleep", seconds)."""

    def __init__(self):
        self.reply = ("ok", "")
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append(body)
                kind, value = outer.reply
                if kind == "sleep":
                    time.sleep(value)
                if kind == "status":
                    self.send_response(value)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "boom"}}')
                    return
                data = {"id": "c1", "object": "chat.completion", "created": 0, "model": body["model"],
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": value}}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                raw = json.dumps(data, ensure_ascii=False).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def server():
    s = _Server()
    yield s
    s.httpd.shutdown()


@pytest.fixture(scope="module")
def kb_settings(lexical_index, server):
    settings = load_settings(index_dir=lexical_index, embedder="none", llm="openai:test-model",
                             llm_base_url=server.url, llm_timeout=1.0, environ={})
    return KnowledgeBase.open(settings), settings


def test_llm_answer_with_valid_citations(kb_settings, server):
    kb, settings = kb_settings
    server.reply = ("ok", "위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성합니다 [1].")
    answer = answer_question(kb, QUESTION, settings)
    assert answer.answerer == "llm" and not answer.abstained
    assert answer.answer == "위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성합니다 [1]."
    assert [c.n for c in answer.citations] == [1] and answer.note is None
    sent = server.requests[-1]
    assert sent["model"] == "test-model"
    assert "[1] " in sent["messages"][1]["content"] and QUESTION in sent["messages"][1]["content"]


def test_invalid_citation_is_removed_and_flagged(kb_settings, server):
    kb, settings = kb_settings
    server.reply = ("ok", "위원은 30명 이내입니다 [9]. 위원장은 2명입니다 [1].")
    answer = answer_question(kb, QUESTION, settings)
    assert answer.note == "invalid citation number(s) removed: [9]; 1 sentence(s) without a valid citation"
    assert answer.unsupported == ("위원은 30명 이내입니다 [9].",)
    assert "[9]" not in answer.answer and [c.n for c in answer.citations] == [1]


def test_not_found_reply_abstains(kb_settings, server):
    kb, settings = kb_settings
    server.reply = ("ok", "NOT_IN_DOCUMENTS")
    assert answer_question(kb, QUESTION, settings).abstained


@pytest.mark.parametrize("reply", [("status", 500), ("sleep", 2.0)])
def test_errors_and_time_outs_fall_back_to_extractive_with_note(kb_settings, server, reply):
    kb, settings = kb_settings
    server.reply = reply
    answer = answer_question(kb, QUESTION, settings)
    assert answer.answerer == "extractive-fallback" and not answer.abstained
    assert answer.note.startswith("LLM을 사용할 수 없어(")
    assert "30명 이내" in answer.answer


def test_llm_rewrites_follow_ups(kb_settings, server):
    kb, settings = kb_settings
    server.reply = ("ok", "국가스마트도시위원회의 부위원장은 누구인가요?")
    from assistant.answer.conversation import rewrite

    assert rewrite("부위원장은?", [("국가스마트도시위원회 위원장은?", "...")], settings) == \
        "국가스마트도시위원회의 부위원장은 누구인가요?"


def test_validate_citations():
    assert validate_citations("A [1]. B [2][7]. C.", 3) == ([1, 2], [7], ["C."])


@pytest.mark.parametrize("value", ["gpt-4o", "azure:x", "openai:", ""])
def test_bad_llm_setting_lists_the_choices(value):
    with pytest.raises(LLMConfigError, match="use one of: openai:MODEL, ollama:MODEL"):
        parse_llm_setting(value)


def test_ollama_setting_builds_a_chat_model():
    from assistant.llm import make_chat_model

    model = make_chat_model(load_settings(llm="ollama:qwen2.5", llm_base_url="http://127.0.0.1:9", environ={}))
    assert type(model).__name__ == "ChatOllama" and model.model == "qwen2.5"
