"""The fitted unit model: a logistic model that ranks answer units (which sentence or row answers).

Fitted by `eval/fit_reader.py` on the 4,446 crowd-written questions of the KorQuAD 1.0 part in
../shared/external (questions nobody here wrote), five folds by article; the weights, the features' names
and the out-of-fold figures are in `reader_model.json` beside this module. Weights are stored for raw
feature values (the fit's standardisation folded in), so scoring is one dot product. The short answer
inside the best units is found by `assistant.answer.span_reader`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.answer.features import UNIT_FEATURES

MODEL_FILE = Path(__file__).with_name("reader_model.json")


class ReaderModelError(ValueError):
    pass


@dataclass(frozen=True)
class Linear:
    names: tuple[str, ...]
    coef: np.ndarray
    bias: float

    def score(self, features) -> float:
        return float(np.dot(self.coef, features) + self.bias)

    def scores(self, rows) -> np.ndarray:
        if not len(rows):
            return np.zeros(0)
        return np.asarray(rows, dtype=np.float64) @ self.coef + self.bias

    def weight_of(self, name: str) -> float:
        return float(self.coef[self.names.index(name)])

    def to_json(self) -> dict:
        return {"features": list(self.names), "coef": [round(float(c), 6) for c in self.coef],
                "bias": round(self.bias, 6)}

    @classmethod
    def from_json(cls, data: dict, expected: tuple[str, ...]) -> "Linear":
        names = tuple(data["features"])
        if names != expected:
            raise ReaderModelError(f"reader model features {names} differ from the code's {expected}; "
                                   "refit with: python -m eval.fit_reader")
        return cls(names, np.asarray(data["coef"], dtype=np.float64), float(data["bias"]))


@dataclass(frozen=True)
class ReaderModel:
    unit: Linear
    info: dict

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "ReaderModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ReaderModelError(f"{path}: reader model unreadable ({err})") from None
        return cls(Linear.from_json(data["unit"], UNIT_FEATURES), data.get("info", {}))

    def to_json(self) -> dict:
        return {"unit": self.unit.to_json(), "info": self.info}


@lru_cache(maxsize=1)
def default_model() -> ReaderModel:
    return ReaderModel.load()
