"""The project's one fold assignment for cross-validation over articles.

Every engine's figures are 5-fold cross-validation over documents, folds by document id. The fold
of an id comes from a stable hash, so it never depends on file order, the Python hash seed or
which other articles are in the set, and every benchmark and trainer agrees on it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

FOLDS = 5


def fold_of(doc_id: str, folds: int = FOLDS) -> int:
    """The fold (0 .. folds-1) that holds the document with this id."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % folds


def split(ids: Iterable[str], fold: int, folds: int = FOLDS) -> tuple[list[str], list[str]]:
    """(train ids, test ids) for one fold, each in the order given."""
    train: list[str] = []
    test: list[str] = []
    for doc_id in ids:
        (test if fold_of(doc_id, folds) == fold else train).append(doc_id)
    return train, test
