"""Fault and load trials of the index (a program, not a test): the trials of issue 22, re-run.

    python -m benchmarks.faults [--index .smartcity-kb/index] [--trials 11] [--only writers,kill,web,disk,perm,limits]
                                [--out benchmarks/results/faults.json]

1. writers: two `smartcity-kb ingest` processes started at the same moment into one index, each adding
   its own file (`--trials` times, the default embedder): are both documents in the final index? Then
   one ingest with --no-wait while another writes: exit code and its one line.
2. kill: an ingest of the bundled corpus killed with SIGKILL mid-way, then run again: leftovers removed,
   the index equal to a clean build's (lexical-only, so that the kill lands in the middle of the work).
3. web: `smartcity-kb serve` on a copy of `--index`; four gradio_client users ask without pause while
   a CLI ingest adds a note; seconds from the CLI's exit to the first /ask answer quoting the note, and
   errors seen by the users. An oversized question through /ask: seconds to the refusal.
4. disk: a 5 MB tmpfs: a first build of the bundled corpus, and adding the corpus to a small index
   (embedded and Qdrant): exit code, lines on stderr, the old index byte for byte, what is left behind.
5. perm: a read-only remount and user nobody: exit code and the line.
6. limits: a 200,000-character question on the command line: seconds to the refusal.

Needs root for tmpfs and user switching (the trials are skipped otherwise, and say so). Results:
`--out` (JSON) and the same path with .md (a table for the README and the issue).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
BASE_DOC = CORPUS / "law_smart_city_act_rule.md"
NOTE = "# {name} 현장 메모\n\n{name}시티 스마트 쓰레기통은 2024년 9월에 설치되었다. 설치 대수는 {n}대이다.\n"
USERS = ["스마트도시법에서 스마트도시서비스의 정의는?", "스마트도시 통합운영센터의 기능은?",
         "국가시범도시는 어디인가요?", "해외실증형 사업은 몇 개국에서 추진되었나요?"]


def cli(index: Path, *args: str, env: dict | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", "--index", str(index), *args], cwd=REPO,
                          env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=timeout)


def spawn(index: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant", "--index", str(index), *args], cwd=REPO,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def note(folder: Path, name: str, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(NOTE.format(name=name, n=n), encoding="utf-8")
    return path


def doc_ids(index: Path) -> list[str]:
    return sorted(d["doc_id"] for d in json.loads((index / "docs.json").read_text("utf-8")))


def digest(folder: Path, skip: tuple[str, ...] = ("manifest.json",)) -> dict[str, str]:
    """SHA-256 of every file under `folder` but `skip` (the manifest carries a build time and generation;
    Qdrant's store keeps the points written before a fault, which the next run overwrites)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not set(p.relative_to(folder).parts) & set(skip)}


# the progress lines an ingest writes to a log ("문서 읽기 (reading): 3/18 (12초)") are not error output
_PROGRESS = re.compile(r"^.+ \([a-z ]+\): \d+/\d+( \(\d+초\))?$")


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not line.startswith("WARNING:") and not _PROGRESS.match(line)]


# ---- 1. concurrent writers -------------------------------------------------------------------------
def writers(work: Path, trials: int) -> dict:
    base = work / "writers-base"
    cli(base, "ingest", str(BASE_DOC)).check_returncode()
    rows = []
    for t in range(trials):
        index = work / f"writers-{t}" / "index"
        shutil.copytree(base, index)
        a, b = note(work / f"a{t}", f"알파{t}", 10 + t), note(work / f"b{t}", f"베타{t}", 20 + t)
        procs = [spawn(index, "ingest", str(a)), spawn(index, "ingest", str(b))]  # the same moment
        outs = [p.communicate(timeout=900) for p in procs]
        ids = doc_ids(index)
        rows.append({"exit": [p.returncode for p in procs], "stdout": [o[0].strip() for o in outs],
                     "one_waited": sum("기다립니다" in o[1] for o in outs),
                     "both_present": {a.stem, b.stem} <= set(ids), "documents": len(ids)})
    lost = sum(not r["both_present"] for r in rows)
    return {"trials": trials, "lost_updates": lost, "all_exit_0": all(r["exit"] == [0, 0] for r in rows),
            "trials_where_one_waited": sum(r["one_waited"] > 0 for r in rows), "rows": rows,
            "no_wait": no_wait(work, base)}


def no_wait(work: Path, base: Path) -> dict:
    index = work / "nowait" / "index"
    shutil.copytree(base, index)
    first = spawn(index, "ingest", "--rebuild", "--embedder", "none", str(CORPUS))  # seconds: caught writing
    holder = index.with_name("index.lock.json")
    deadline = time.monotonic() + 120
    while not holder.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = cli(index, "ingest", "--no-wait", str(note(work / "nw", "감마", 7)))
    first.communicate(timeout=900)
    return {"exit": second.returncode, "lines": error_lines(second.stderr), "holder_pid": first.pid,
            "names_holder": f"pid {first.pid} @ " in second.stderr}


# ---- 2. kill -9 mid-ingest ---------------------------------------------------------------------------
def kill(work: Path) -> dict:
    """Killed while reading the files, and killed while writing the next version (once index.tmp-* exists)."""
    env = {"SMARTCITY_KB_EMBEDDER": "none"}
    clean = work / "kill-clean" / "index"
    cli(clean, "ingest", env=env).check_returncode()
    rows = {}
    for moment in ("reading", "writing"):
        index = work / f"kill-{moment}" / "index"
        proc = spawn(index, "ingest", env=env)
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            if (moment == "reading" and (index / "staging" / "parsed").is_dir()
                    or moment == "writing" and any(index.parent.glob("index.tmp-*"))):
                break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = sorted(p.name for p in index.parent.iterdir())
        again = cli(index, "ingest", env=env)
        rows[f"killed while {moment}"] = {
            "left_after_kill": left, "resume_exit": again.returncode, "resume_summary": again.stdout.strip(),
            "left_after_resume": sorted(p.name for p in index.parent.iterdir()),
            "identical_to_clean_build": digest(index) == digest(clean)}
    return rows


# ---- 3. the web app follows a CLI ingest ---------------------------------------------------------------
def web(work: Path, source: Path) -> dict:
    from benchmarks.web_load import start_server

    index = work / "web" / "index"
    shutil.copytree(source, index, ignore=shutil.ignore_patterns("staging"))
    proc, url = start_server(index, work / "web" / "server.log")
    try:
        return _web_trial(url, index, work)
    finally:
        proc.terminate()
        proc.wait(30)


def _web_trial(url: str, index: Path, work: Path) -> dict:
    from gradio_client import Client

    client = Client(url, verbose=False)
    question = "부산시티 스마트 쓰레기통은 몇 대 설치되었나요?"
    before = client.predict(question, api_name="/ask")
    errors, answered, stop = [], [0], threading.Event()
    threads = [threading.Thread(target=_user, args=(url, q, stop, errors, answered)) for q in USERS]
    for t in threads:
        t.start()
    time.sleep(3)
    ingest = cli(index, "ingest", str(note(work / "web-note", "부산", 37)))
    done = time.monotonic()
    seconds, first_text = None, None
    while time.monotonic() - done < 60:
        text = client.predict(question, api_name="/ask")
        first_text = first_text or text
        if "37대" in text:
            seconds = round(time.monotonic() - done, 2)
            break
        time.sleep(0.25)
    stop.set()
    for t in threads:
        t.join(120)
    started = time.monotonic()
    try:
        client.predict("가" * 200_000, api_name="/ask")
        refusal = "answered (not refused)"
    except Exception as err:  # noqa: BLE001 - the refusal arrives as gradio_client's AppError
        refusal = str(err)
    return {"ingest_exit": ingest.returncode, "before": before[:80], "first_answer_after_ingest": first_text[:120],
            "seconds_to_answer_from_new_document": seconds, "users": len(USERS), "user_answers": answered[0],
            "user_errors": len(errors), "error_samples": errors[:3],
            "oversized_question": {"seconds": round(time.monotonic() - started, 3), "message": refusal}}


def _user(url: str, question: str, stop: threading.Event, errors: list, answered: list) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    while not stop.is_set():
        try:
            text = client.predict(question, api_name="/ask")
            if not text.strip():
                raise ValueError("empty answer")
            answered[0] += 1
        except Exception as err:  # noqa: BLE001 - every failure counts, whatever its kind
            errors.append(f"{question}: {type(err).__name__}: {err}")


# ---- 4. a full disk, 5. a read-only file system and a user without permission -------------------------
def mounted(point: Path, size: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True).returncode == 0


def disk(work: Path) -> dict:
    out = {}
    for backend in ("embedded", "qdrant"):  # lexical-only: the disk fills the same, an hour sooner
        env = {"SMARTCITY_KB_BACKEND": backend, "SMARTCITY_KB_EMBEDDER": "none"}
        point = work / f"disk-{backend}"
        if not mounted(point, "5m"):
            return {"skipped": "cannot mount a tmpfs (needs root)"}
        try:
            first = cli(point / "first" / "index", "ingest", env=env)
            out[f"{backend}: first build of the corpus"] = _fault_row(first, point / "first")
            shutil.rmtree(point / "first")
            index = point / "index"
            cli(index, "ingest", str(BASE_DOC), env=env).check_returncode()
            before = digest(index, skip=("qdrant",))
            grown = cli(index, "ingest", str(CORPUS), env=env)
            row = _fault_row(grown, point)
            row["old_catalogue_byte_for_byte"] = digest(index, skip=("qdrant",)) == before
            row["search_after"] = cli(index, "search", "스마트도시", "--k", "1", env=env).stdout.splitlines()[:1]
            out[f"{backend}: corpus added to a small index"] = row
        finally:
            subprocess.run(["umount", "-l", str(point)], check=False)
    return out


def _fault_row(done: subprocess.CompletedProcess, folder: Path) -> dict:
    lines = error_lines(done.stderr)
    return {"exit": done.returncode, "stderr_lines": len(lines), "line": lines[-1] if lines else "",
            "left": sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if "qdrant" not in p.parts),
            "free_mb": round(shutil.disk_usage(folder).free / 2**20, 2)}


def perm(work: Path) -> dict:
    point = work / "ro"
    if not mounted(point, "5m"):
        return {"skipped": "cannot mount a tmpfs (needs root)"}
    env = {"SMARTCITY_KB_EMBEDDER": "none"}
    try:
        cli(point / "index", "ingest", str(BASE_DOC), env=env).check_returncode()
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        ro = _fault_row(cli(point / "index", "ingest", str(CORPUS / "law_smart_city_act.md"), env=env), point)
        search = cli(point / "index", "search", "스마트도시", "--k", "1", env=env)
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)
    return {"read_only": {**ro, "search_still_works": search.returncode == 0}, "user_nobody": _as_nobody(work)}


def _as_nobody(work: Path) -> dict:
    """The CLI in a forked child switched to user nobody (the interpreter lives under /root, which nobody
    cannot enter, so no new process is started)."""
    from click.testing import CliRunner

    import kb.builder  # noqa: F401 - imported before the switch: nobody cannot read the interpreter's library
    from assistant.cli import main

    shared = Path(tempfile.mkdtemp(prefix="faults-perm-"))
    os.chmod(shared, 0o755)
    cli(shared / "index", "ingest", str(BASE_DOC), env={"SMARTCITY_KB_EMBEDDER": "none"}).check_returncode()
    doc = shutil.copy(CORPUS / "law_smart_city_act.md", shared)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover
        os.close(read)
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
        result = CliRunner().invoke(main, ["--index", str(shared / "index"), "ingest", str(doc)])
        output = result.output or repr(result.exception)
        os.write(write, json.dumps({"exit": result.exit_code, "output": output}).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as fh:
        result = json.loads(fh.read())
    shutil.rmtree(shared, ignore_errors=True)
    lines = [line for line in result["output"].splitlines() if line.strip()]
    return {"exit": result["exit"], "stderr_lines": len(lines), "line": lines[-1] if lines else ""}


# ---- 6. limits ------------------------------------------------------------------------------------------
def limits(index: Path) -> dict:
    """A 200,000-character question (too long for one argument of exec, so the command runs in this
    process): seconds to the refusal, alone and as one line of a batch."""
    from click.testing import CliRunner

    from assistant.cli import main

    question = "가" * 200_000
    started = time.monotonic()
    alone = CliRunner().invoke(main, ["--index", str(index), "ask", question])
    seconds = time.monotonic() - started
    batch = Path(tempfile.mkdtemp()) / "q.jsonl"
    batch.write_text(json.dumps({"id": "big", "question": question}) + "\n", encoding="utf-8")
    started = time.monotonic()
    in_batch = CliRunner().invoke(main, ["--index", str(index), "ask", "--batch", str(batch), "--out",
                                         str(batch.with_suffix(".out.jsonl"))])
    record = json.loads(batch.with_suffix(".out.jsonl").read_text("utf-8"))
    return {"exit": alone.exit_code, "seconds": round(seconds, 3), "line": alone.output.strip(),
            "batch_exit": in_batch.exit_code, "batch_seconds": round(time.monotonic() - started, 3),
            "batch_record_error": record["error"]}


def summary(result: dict) -> list[tuple[str, str]]:
    """(trial, outcome) rows for the Markdown table."""
    rows = []
    if "writers" in result:
        w = result["writers"]
        rows.append((f"two ingests at once, {w['trials']} trials", f"lost updates {w['lost_updates']}, all exit 0: "
                     f"{w['all_exit_0']}, one waited for the other in {w['trials_where_one_waited']}"))
        rows.append(("ingest --no-wait while another writes", f"exit {w['no_wait']['exit']}: "
                     f"`{' / '.join(w['no_wait']['lines'])}`"))
    for moment, row in result.get("kill", {}).items():
        if isinstance(row, dict):
            rows.append((f"kill -9, {moment}", f"left {row['left_after_kill']}; next run exit {row['resume_exit']}, "
                         f"left {row['left_after_resume']}, identical to a clean build: {row['identical_to_clean_build']}"))
    for name, row in {**result.get("disk", {}), **result.get("perm", {})}.items():
        if isinstance(row, dict):
            extra = "".join(f", {k}: {row[k]}" for k in ("old_catalogue_byte_for_byte", "search_after", "search_still_works")
                            if k in row)
            rows.append((name, f"exit {row['exit']}, {row['stderr_lines']} line: `{row['line']}`{extra}"))
    if "limits" in result:
        rows.append(("200,000-character question, CLI", f"refused in {result['limits']['seconds']} s: "
                     f"`{result['limits']['line']}`"))
    if "web" in result:
        w = result["web"]
        rows.append(("web app, CLI ingest beside it", f"answered from the new document "
                     f"{w['seconds_to_answer_from_new_document']} s after the CLI exited, no restart; "
                     f"{w['users']} users: {w['user_answers']} answers, {w['user_errors']} errors"))
        rows.append(("200,000-character question, /ask", f"refused in {w['oversized_question']['seconds']} s"))
    return rows


def report_md(result: dict) -> str:
    lines = ["# Fault trials (`python -m benchmarks.faults`)", "", f"machine: {result['machine']}", "",
             "| trial | outcome |", "|---|---|"]
    lines += [f"| {trial} | {outcome.replace('|', '/')} |" for trial, outcome in summary(result)]
    lines += ["", "Full figures: faults.json beside this file."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path(os.environ.get("SMARTCITY_KB_INDEX", ".smartcity-kb/index")))
    parser.add_argument("--trials", type=int, default=11)
    parser.add_argument("--only", default="writers,kill,web,disk,perm,limits")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "faults.json")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    if "web" in parts and not (args.index / "manifest.json").is_file():
        raise SystemExit(f"no index at {args.index}; build it with: smartcity-kb --index {args.index} ingest")
    work = Path(tempfile.mkdtemp(prefix="faults-"))
    os.chmod(work, 0o755)
    result: dict = {"machine": f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')}"}
    trials = {"writers": lambda: writers(work, args.trials), "kill": lambda: kill(work),
              "disk": lambda: disk(work), "perm": lambda: perm(work), "limits": lambda: limits(args.index),
              "web": lambda: web(work, args.index)}  # last: it leaves client threads, and perm forks
    try:
        for name, run in trials.items():
            if name in parts:
                started = time.perf_counter()
                result[name] = {**run(), "wall_s": round(time.perf_counter() - started, 1)}
                print(f"{name}: {json.dumps(result[name], ensure_ascii=False)[:600]}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    args.out.with_suffix(".md").write_text(report_md(result), "utf-8")


if __name__ == "__main__":
    main()
