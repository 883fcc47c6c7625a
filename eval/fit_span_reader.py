"""Fit a short-answer reader on the KorQuAD 1.0 part.

    python -m eval.fit_span_reader                  # fit on folds 1-4, score fold 0, write the weights
    python -m eval.fit_span_reader --holdout -1     # fit on all 100 articles (no held-out figure)

The two shipped readers (read together: `assistant.answer.span_reader.ENSEMBLE`) were made with
    python -m eval.fit_span_reader --frozen 4 --tuned 4 --epochs 2 --lr 1e-3   # span_reader.npz
    python -m eval.fit_span_reader --frozen 4 --tuned 8 --epochs 2 --lr 1e-3 \
        --out assistant/answer/span_reader_deep.npz
Both are fitted on four folds (80 articles); the fifth (fold 0, 20 articles, 861 questions) is never seen in
fitting, so its figure is the shipped readers' on unseen articles.

The encoder's first FROZEN layers are run once over every training example by ONNX Runtime (the product's
own graph) and their output kept; only the TUNED layers above them are trained, in PyTorch (low-rank
updates of their four matrices, their biases and layer norms, and a start/end head). Each question gives
one example: the question with its gold paragraph (a window of it holding the answer when the paragraph is
longer than the model reads), and, with --packed, a second one: the question with the best units the
product's retrieval and unit model find for it (what the answerer reads), when they hold the answer.
Needs torch (the `st` extra).
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import random
import time
from pathlib import Path

import numpy as np

from assistant.answer.span_reader import FROZEN, MATRICES, MAX_TOKENS, TUNED, WEIGHTS, base_bias, base_matrix, encode
from eval import korquad as K

logger = logging.getLogger(__name__)
RANK = 32


def _labels(enc, passage: int, start: int, end: int) -> tuple[int, int] | None:
    first = last = None
    for t, w in enumerate(enc.where):
        if w is None or w[0] != passage:
            continue
        if first is None and w[2] > start:
            first = t
        if w[1] < end:
            last = t
    if first is None or last is None or last < first:
        return None
    return first, last


def gold_examples(tokenizer, config, questions: list[K.KQuestion]) -> list[tuple[list[int], int, int]]:
    """(token ids, start token, end token) of each question read with its gold paragraph."""
    out = []
    for q in questions:
        s = q.answer_start
        e = s + len(q.answers[0])
        context, shift = q.context, 0
        enc = encode(tokenizer, config, q.question, [context])
        span = _labels(enc, 0, s, e)
        if span is None:  # the answer lies past what fits: read from a little before it
            shift = context.rfind(" ", 0, max(0, s - 150)) + 1
            enc = encode(tokenizer, config, q.question, [context[shift:]])
            span = _labels(enc, 0, s - shift, e - shift)
        if span is not None:
            out.append((enc.ids, *span))
    return out


def packed_examples(tokenizer, config, questions: list[K.KQuestion], index: Path) -> list[tuple[list[int], int, int]]:
    """(token ids, start token, end token) of each question read as the answerer reads it: with the best
    distinct units that retrieval (over the index of the KorQuAD articles) and the unit model find for it,
    labelled on the first of them that holds the gold answer; questions whose units do not hold it give none.
    What the reader learns here is to pick the answering sentence among its neighbours, as it must in use."""
    from assistant.answer.extractive import READ_UNITS, distinct_units, score_units
    from assistant.answer.qa import MIN_CONTEXTS, RETRIEVE_K, chunk_neighbours
    from assistant.answer.question import analyze, idf_table
    from kb.settings import load_settings
    from kb.store import KnowledgeBase

    kb = KnowledgeBase.open(load_settings(index_dir=index, environ={}))
    idf, around = idf_table(kb), chunk_neighbours(kb)
    out, started = [], time.time()
    for n, q in enumerate(questions):
        hits = kb.search(q.question, k=max(RETRIEVE_K, MIN_CONTEXTS))
        units = distinct_units(score_units(analyze(q.question, idf), hits, idf, around), READ_UNITS)
        texts = [u.text for u in units]
        at = next(((i, t.find(q.answers[0])) for i, t in enumerate(texts) if q.answers[0] in t), None)
        if at is not None:
            enc = encode(tokenizer, config, q.question, texts)
            span = _labels(enc, at[0], at[1], at[1] + len(q.answers[0]))
            if span is not None:
                out.append((enc.ids, *span))
        if n % 500 == 0:
            logger.info("packed: %d/%d questions, %d examples (%.0f s)", n, len(questions), len(out), time.time() - started)
    return out


def frozen_states(model, examples, frozen: int = FROZEN, batch: int = 8) -> list[np.ndarray]:
    from kb.e5_bundled import E5Encoder

    encoder = E5Encoder(model, layers=frozen)
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    states: list = [None] * len(examples)
    started = time.time()
    for b in range(0, len(order), batch):
        idx = order[b:b + batch]
        hidden, _ = encoder.run([examples[i][0] for i in idx])
        for row, i in enumerate(idx):
            states[i] = hidden[row, : len(examples[i][0])].astype(np.float16)
        if b % (batch * 100) == 0:
            logger.info("frozen layers: %d/%d (%.0f s)", b, len(order), time.time() - started)
    return states


def _torch_model(model, frozen: int = FROZEN, tuned: int = TUNED):
    import torch
    from torch import nn

    c = model.config
    H, heads = c.hidden, c.heads

    class Layer(nn.Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            shapes = {"qkv": (3 * H, H), "ao": (H, H), "fi": (c.ffn, H), "fo": (H, c.ffn)}
            self.base = {m: torch.tensor(base_matrix(model, i, m, shapes[m])) for m in MATRICES}
            self.A = nn.ParameterDict({m: nn.Parameter(torch.randn(RANK, shapes[m][1]) / math.sqrt(shapes[m][1]))
                                       for m in MATRICES})
            self.B = nn.ParameterDict({m: nn.Parameter(torch.zeros(shapes[m][0], RANK)) for m in MATRICES})
            self.bias = nn.ParameterDict({m: nn.Parameter(torch.tensor(base_bias(model, i, m, shapes[m][0])))
                                          for m in MATRICES})
            self.aln, self.oln = nn.LayerNorm(H, eps=c.eps), nn.LayerNorm(H, eps=c.eps)
            for ln, name in ((self.aln, "aln"), (self.oln, "oln")):
                ln.weight.data = torch.tensor(model.tensor(f"l{i}.{name}.w", (H,)))
                ln.bias.data = torch.tensor(model.tensor(f"l{i}.{name}.b", (H,)))

        def lin(self, x, m):
            return x @ (self.base[m] + self.B[m] @ self.A[m]).T + self.bias[m]

        def forward(self, x, mask):
            b, length, _ = x.shape
            qkv = self.lin(x, "qkv").view(b, length, 3, heads, H // heads).permute(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = torch.softmax(q @ k.transpose(-1, -2) * (H // heads) ** -0.5 + mask, dim=-1) @ v
            x = self.aln(x + self.lin(att.transpose(1, 2).reshape(b, length, H), "ao"))
            return self.oln(x + self.lin(torch.nn.functional.gelu(self.lin(x, "fi")), "fo"))

    class Reader(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = nn.ModuleList([Layer(frozen + t) for t in range(tuned)])
            self.head = nn.Linear(H, 2)
            nn.init.normal_(self.head.weight, std=0.02)
            nn.init.zeros_(self.head.bias)

        def forward(self, x, mask):
            for layer in self.layers:
                x = layer(x, mask)
            return self.head(x)

    return Reader()


def train(model, examples, states, epochs: int = 3, batch: int = 16, lr: float = 5e-4, seed: int = 0,
          frozen: int = FROZEN, tuned: int = TUNED):
    import torch

    torch.manual_seed(seed)
    random.seed(seed)
    net = _torch_model(model, frozen, tuned)
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=0.01)
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    batches = [order[b:b + batch] for b in range(0, len(order), batch)]
    steps, step = epochs * len(batches), 0
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.05 * steps)) * max(0.0, 1 - s / steps))
    started = time.time()
    for epoch in range(epochs):
        random.shuffle(batches)
        total = 0.0
        for idx in batches:
            x, mask, starts, ends = _batch(examples, states, idx)
            logits = net(x, mask)
            pad = mask[:, 0, 0, :] < 0
            s_logits = logits[..., 0].masked_fill(pad, -1e4)
            e_logits = logits[..., 1].masked_fill(pad, -1e4)
            loss = (torch.nn.functional.cross_entropy(s_logits, starts) + torch.nn.functional.cross_entropy(e_logits, ends)) / 2
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
            step += 1
            if step % 50 == 0:
                logger.info("epoch %d step %d/%d loss %.3f (%.0f s)", epoch, step, steps, total / 50, time.time() - started)
                total = 0.0
    return net


def _batch(examples, states, idx):
    import torch

    length = max(len(examples[i][0]) for i in idx)
    H = states[idx[0]].shape[1]
    x = np.zeros((len(idx), length, H), dtype=np.float32)
    mask = np.full((len(idx), 1, 1, length), -1e9, dtype=np.float32)
    for row, i in enumerate(idx):
        n = len(examples[i][0])
        x[row, :n] = states[i]
        mask[row, ..., :n] = 0.0
    starts = torch.tensor([examples[i][1] for i in idx])
    ends = torch.tensor([examples[i][2] for i in idx])
    return torch.tensor(x), torch.tensor(mask), starts, ends


def export(net, frozen: int = FROZEN) -> dict[str, np.ndarray]:
    out = {"layers": np.array([frozen, len(net.layers)], dtype=np.int32)}
    for t, layer in enumerate(net.layers):
        i = frozen + t
        for m in MATRICES:
            out[f"l{i}.{m}.A"] = layer.A[m].detach().numpy().astype(np.float16)
            out[f"l{i}.{m}.B"] = layer.B[m].detach().numpy().astype(np.float16)
            out[f"l{i}.{m}.b"] = layer.bias[m].detach().numpy().astype(np.float32)
        for name, ln in (("aln", layer.aln), ("oln", layer.oln)):
            out[f"l{i}.{name}.w"] = ln.weight.detach().numpy().astype(np.float32)
            out[f"l{i}.{name}.b"] = ln.bias.detach().numpy().astype(np.float32)
    out["head.w"] = net.head.weight.detach().numpy().astype(np.float32)
    out["head.b"] = net.head.bias.detach().numpy().astype(np.float32)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=K.DEFAULT_PATH)
    ap.add_argument("--holdout", type=int, default=0, help="fold to hold out and score (-1: none)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--frozen", type=int, default=FROZEN, help="encoder layers read as they are")
    ap.add_argument("--tuned", type=int, default=TUNED, help="layers fine-tuned above them")
    ap.add_argument("--packed", type=Path, default=None, metavar="INDEX",
                    help="also train on each question read with the best units found in this index of the "
                         "KorQuAD articles (eval.korquad.build_index), as the answerer reads it")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from assistant.answer.span_reader import SpanReader
    from kb.e5_bundled import ModelFile, bundled_model_path

    model = ModelFile(bundled_model_path())
    _, questions = K.load(args.data)
    train_q = [q for q in questions if K.fold_of(q.article) != args.holdout]
    test_q = [q for q in questions if K.fold_of(q.article) == args.holdout]
    examples = gold_examples(model.tokenizer, model.config, train_q)
    if args.packed:
        examples += packed_examples(model.tokenizer, model.config, train_q, args.packed)
    logger.info("%d training examples from %d questions", len(examples), len(train_q))
    states = frozen_states(model, examples, args.frozen)
    net = train(model, examples, states, epochs=args.epochs, lr=args.lr, frozen=args.frozen, tuned=args.tuned)
    out = args.out
    np.savez_compressed(out, **export(net, args.frozen))
    info = {"trained_on": f"KorQuAD 1.0 part, {len(train_q)} questions", "frozen_layers": args.frozen,
            "tuned_layers": args.tuned, "rank": RANK, "epochs": args.epochs, "lr": args.lr, "max_tokens": MAX_TOKENS,
            "examples": len(examples), "packed": bool(args.packed)}
    if test_q:
        info["holdout"] = {"fold": args.holdout, **K.evaluate_reader(SpanReader(out), test_q)}
    print(json.dumps(info, ensure_ascii=False))
    out.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
