"""Web app benchmark (a program, not a test): time to first answer text, and 8 concurrent users.

    python -m benchmarks.web_load [--index .smartcity-kb/index] [--users 8] [--per-user 5] [--budget 300]
                                  [--out benchmarks/results/web_load.json]

Starts `smartcity-kb serve` on 127.0.0.1 on a free port (never another host: this is load on our own
machine), then through the streaming API (`gradio_client`, endpoint /ask):
  1. first text: for each question, the time from submitting to the first streamed piece of the answer
     (the bar: at most 1 s with the offline default, no LLM);
  2. load: `--users` clients at once, each asking `--per-user` questions back to back; errors and
     full-answer latency percentiles. Bounded by `--budget` seconds of wall time in total.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BAR_FIRST_TEXT_S = 1.0
FALLBACK_QUESTIONS = ["해외실증형 사업은 몇 개국에서 추진되었나요?", "스마트도시법에서 스마트도시서비스의 정의는?",
                      "스마트도시 통합운영센터의 기능은?", "국가시범도시는 어디인가요?"]


def _questions(n: int) -> list[str]:
    path = REPO / "eval" / "datasets" / "qa.jsonl"
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()] if path.is_file() else []
    korean = [i["question"] for i in items if i.get("lang") == "ko"] or FALLBACK_QUESTIONS
    return [korean[i % len(korean)] for i in range(n)]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 3) if ordered else 0.0


def _stats(values: list[float]) -> dict:
    return {"n": len(values), "p50_s": _pct(values, 0.5), "p95_s": _pct(values, 0.95), "max_s": _pct(values, 1.0)}


def start_server(index: Path, log: Path, timeout: float = 400) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "--index", str(index), "serve", "--host",
                                 "127.0.0.1", "--port", str(port)], cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited ({proc.returncode}): {log.read_text(errors='replace')[-2000:]}")
        if "serving on" in log.read_text(errors="replace"):
            return proc, f"http://127.0.0.1:{port}/"
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"server did not start in {timeout:.0f} s")


def first_text(url: str, questions: list[str]) -> dict:
    """Seconds from submit to the first streamed answer text, one question at a time."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    client.predict(questions[0], api_name="/ask")  # opens the client's event stream once, like an open page
    times = []
    for q in questions:
        started = time.perf_counter()
        job = client.submit(q, api_name="/ask")
        for piece in job:
            if piece:
                times.append(time.perf_counter() - started)
                break
        job.result()  # drain before the next question
    return {**_stats(times), "bar_s": BAR_FIRST_TEXT_S, "passed": bool(times) and max(times) <= BAR_FIRST_TEXT_S}


def load(url: str, users: int, per_user: int, budget: float) -> dict:
    """`users` clients asking concurrently; counts errors and full-answer latency."""
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + budget
    questions = _questions(users * per_user)

    def user(n: int) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as err:  # noqa: BLE001 - a benchmark reports every failure, whatever its kind
            with lock:
                errors.append(f"user {n}: connect: {err}")
            return
        for k in range(per_user):
            if time.monotonic() > deadline:
                with lock:
                    errors.append(f"user {n}: out of time budget before question {k + 1}")
                return
            started = time.perf_counter()
            try:
                text = client.submit(questions[n * per_user + k], api_name="/ask").result(timeout=60)
                ok = bool(text and text.strip())
            except Exception as err:  # noqa: BLE001
                ok, text = False, f"{type(err).__name__}: {err}"
            with lock:
                if ok:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors.append(f"user {n} question {k + 1}: {text or 'empty answer'}")

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(1.0, deadline - time.monotonic()))
    wall = time.perf_counter() - started
    return {"users": users, "per_user": per_user, "answered": len(latencies), "errors": len(errors),
            "error_samples": errors[:5], "wall_s": round(wall, 2),
            "throughput_qps": round(len(latencies) / wall, 2) if wall else 0.0, "latency": _stats(latencies),
            "passed": not errors and len(latencies) == users * per_user}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path(os.environ.get("SMARTCITY_KB_INDEX", ".smartcity-kb/index")))
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--per-user", type=int, default=5)
    parser.add_argument("--questions", type=int, default=20, help="questions for the first-text measurement")
    parser.add_argument("--budget", type=float, default=300.0, help="wall-time cap of the load phase, seconds")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "web_load.json")
    args = parser.parse_args()
    if not 1 <= args.users <= 32 or not 1 <= args.per_user <= 50:
        raise SystemExit("keep the load bounded: --users 1..32, --per-user 1..50")
    if not (args.index / "manifest.json").is_file():
        raise SystemExit(f"no index at {args.index}; build it with: smartcity-kb --index {args.index} ingest")
    log = Path(tempfile.mkdtemp(prefix="web-load-")) / "server.log"
    t0 = time.perf_counter()
    proc, url = start_server(args.index, log)
    result = {"url": url, "index": str(args.index), "startup_s": round(time.perf_counter() - t0, 1)}
    try:
        result["first_text"] = first_text(url, _questions(args.questions))
        result["load"] = load(url, args.users, args.per_user, args.budget)
    finally:
        proc.terminate()
        proc.wait(30)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    print(f"first answer text: p50 {result['first_text']['p50_s']} s, max {result['first_text']['max_s']} s "
          f"(bar {BAR_FIRST_TEXT_S} s: {'PASS' if result['first_text']['passed'] else 'FAIL'}); "
          f"{args.users} users: {result['load']['answered']} answered, {result['load']['errors']} errors, "
          f"p95 {result['load']['latency']['p95_s']} s ({'PASS' if result['load']['passed'] else 'FAIL'})")


if __name__ == "__main__":
    main()
