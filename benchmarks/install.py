"""Time and disk of `make install` (the first step of `make run`) in a fresh clone, per commit.

    python -m benchmarks.install [--rev 18a90dc --rev HEAD] [--target install] [--out benchmarks/results/install.json]

Each revision is cloned from this repository into a temporary folder and installed into a fresh .venv
there, one after the other, so the pip cache is warm alike for all; the figures are wall seconds of
`make TARGET`, the .venv's size (bytes of its files) and its ten largest packages. Run it on a quiet
machine: on 2 shared cores the wall time moves by tens of seconds with the load (recorded beside it).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def measure(rev: str, target: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="install-bench-") as tmp:
        clone = Path(tmp) / "repo"
        subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
        subprocess.run(["git", "checkout", "--quiet", rev], cwd=clone, check=True)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=clone, check=True, capture_output=True,
                                text=True).stdout.strip()
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        subprocess.run(["make", target], cwd=clone, check=True, capture_output=True)
        seconds = time.perf_counter() - started
        venv = clone / ".venv"
        site = next((venv / "lib").glob("python3.*/site-packages"))
        largest = sorted(((_size(p) if p.is_dir() else p.stat().st_size, p.name) for p in site.iterdir()), reverse=True)
        return {"rev": rev, "commit": commit, "target": target, "seconds": round(seconds, 1),
                "venv_mb": round(_size(venv) / 1e6), "torch": (site / "torch").is_dir(),
                "largest_mb": {name: round(size / 1e6) for size, name in largest[:10]},
                "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", action="append", help="revisions to measure (default: 18a90dc and HEAD)")
    parser.add_argument("--target", default="install", help="make target (default: install, what make run needs)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "install.json")
    args = parser.parse_args()
    if shutil.which("make") is None:
        raise SystemExit("make is required")
    runs = [measure(rev, args.target) for rev in args.rev or ["18a90dc", "HEAD"]]
    for run in runs:
        print(f"{run['rev']:>10} {run['commit']}: make {run['target']} {run['seconds']:.0f} s, .venv {run['venv_mb']} MB, "
              f"torch {'yes' if run['torch'] else 'no'} (load {run['load_average']})")
    args.out.write_text(json.dumps({"runs": runs}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
