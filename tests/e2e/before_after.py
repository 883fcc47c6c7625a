"""Screenshots of the practitioner's paths of issue 21, for a report (a program, not a test).

    python -m tests.e2e.before_after --tree /path/to/checkout --label before [--out docs/screenshots]

Starts `smartcity-kb serve` from the checkout `--tree` (its own code: `python -m assistant` run inside it)
on a fresh lexical index of its corpus, then in Debian's Chromium: asks a question, asks with an empty box,
asks something the documents do not hold and a follow-up after it, and uploads the National Assembly bill
PDF. Writes `<label>-1-ask.png` … `<label>-4-bill-upload.png`.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.e2e.test_browser import CHROMIUM, CHROMIUM_ARGS, _free_port, _wait_until_up

REPO = Path(__file__).resolve().parents[2]
BILL = REPO.parent / "shared" / "fixtures" / "national-assembly-bill-2125318.pdf"
WAIT = 180_000  # ms


def _server(tree: Path, data: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCITY_KB_")}
    env.update(GRADIO_ANALYTICS_ENABLED="False", SMARTCITY_KB_EMBEDDER="none")
    subprocess.run([sys.executable, "-m", "assistant", "--index", str(data / "index"), "ingest"], cwd=tree, env=env,
                   check=True, capture_output=True)
    port = _free_port()
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "--index", str(data / "index"), "serve", "--port",
                             str(port)], cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}/", data / "server.log"


def _ask(page, text: str, expect_text: str) -> None:
    from playwright.sync_api import expect

    page.locator("#sk-question textarea").fill(text)
    page.locator("#sk-ask").click()
    if expect_text:
        expect(page.locator("#sk-chat")).to_contain_text(expect_text, timeout=WAIT)
    page.wait_for_timeout(1500)  # the answer streams, then its sources


def shoot(page, out: Path, label: str, bill: Path) -> None:
    shot = lambda name: page.screenshot(path=str(out / f"{label}-{name}.png"), full_page=True)  # noqa: E731
    _ask(page, "해외실증형 사업은 몇 개국에서 추진되었나요?", "13개국")
    shot("1-ask")
    _ask(page, "", "")
    page.wait_for_timeout(2000)
    shot("2-empty-question")
    _ask(page, "화성 이주민의 산소 배급량은 몇 리터인가요?", "문서에 없는 내용")
    _ask(page, "그 중 페루 리마에서는 무엇을 실증하나?", "")
    page.wait_for_timeout(4000)
    shot("3-followup-after-abstention")
    page.get_by_role("tab", name="문서 관리 (Documents)").click()
    page.locator("#sk-upload input[type=file]").set_input_files(str(bill))
    page.locator("#sk-upload-status").get_by_text("추가됨").wait_for(timeout=WAIT)
    page.wait_for_timeout(2000)
    shot("4-bill-upload")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tree", type=Path, default=REPO)
    parser.add_argument("--label", required=True)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="sk-shots-"))
    bill = data / "의안원문.pdf"
    shutil.copy(BILL, bill)
    proc, url, log = _server(args.tree.resolve(), data)
    try:
        _wait_until_up(url, proc, log)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ko-KR").new_page()
            page.set_default_timeout(WAIT)
            page.goto(url)
            page.get_by_text("스마트시티 정책문서 도우미").first.wait_for()
            shoot(page, args.out, args.label, bill)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(30)
        shutil.rmtree(data, ignore_errors=True)
    print(f"written: {args.out}/{args.label}-*.png", file=sys.stderr)


if __name__ == "__main__":
    main()
