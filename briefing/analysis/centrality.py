"""Sentence centrality in linear time: how much the rest of the text keeps returning to a sentence.

TextRank and LexRank score a sentence by its place in the graph of sentence similarities, which
costs a comparison per pair of sentences: fine for an article, hopeless for a 1.6 MB report. On
an undirected similarity graph the random walk they run settles in proportion to each node's
weighted degree, and with cosine similarity of unit vectors the degree factorises:

    degree(i) = sum over j != i of u_i . u_j = u_i . (U - u_i),   U = sum of all u_j

so one pass builds ``U`` and a second scores every sentence against it: the whole graph, no
window, no threshold, linear cost. The vectors ``u`` are idf-weighted content-word counts
scaled to unit length.
"""

from __future__ import annotations

import copy
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

HELD_TERMS = 60_000  # up to this many term occurrences in all, vectors are built once and held


class UnitVectors(Sequence[dict[str, float]]):
    """Unit-length idf-weighted term vectors, held as a few flat arrays, built per look-up.

    A dict of floats per sentence held for the whole document was the largest part of the key
    points' peak memory; this keeps per sentence only its term ids and counts (4 bytes each)
    and one norm. Each look-up rebuilds the same dict with the same float operations, in the
    same order, so every similarity is bit for bit what the held dicts gave.

    Up to :data:`HELD_TERMS` terms in all (a long article, not a report) the dicts are built
    once and held instead: the key points look each vector up three times or more, and the
    rebuilding was a tenth of a news article's key points. The dicts are shared: read-only.
    """

    def __init__(
        self, terms: list[str], idf: array, ids: array, counts: array, ends: array
    ) -> None:
        self._terms, self._idf, self._ids, self._counts, self._ends = terms, idf, ids, counts, ends
        self._norms = array("d")
        self._held: list[dict[str, float]] | None = [] if len(ids) <= HELD_TERMS else None
        for i in range(len(ends)):
            weights = self._weights(i)
            norm = math.sqrt(sum(w * w for w in weights.values()))
            self._norms.append(norm)
            if self._held is not None:
                self._held.append(_scaled(weights, norm))
        self._first, self._stop = 0, len(ends)

    def _weights(self, i: int) -> dict[str, float]:
        start, end = (self._ends[i - 1] if i else 0), self._ends[i]
        terms, idf = self._terms, self._idf
        pairs = zip(self._ids[start:end], self._counts[start:end], strict=True)
        return {terms[t]: n * idf[t] for t, n in pairs}

    def __len__(self) -> int:
        return self._stop - self._first

    @overload
    def __getitem__(self, index: int) -> dict[str, float]: ...
    @overload
    def __getitem__(self, index: slice) -> UnitVectors: ...
    def __getitem__(self, index: int | slice) -> dict[str, float] | UnitVectors:
        if isinstance(index, slice):
            first, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("only contiguous slices of vectors")
            view = copy.copy(self)
            view._first, view._stop = self._first + first, self._first + max(first, stop)
            return view
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        i = self._first + index
        if self._held is not None:
            return self._held[i]
        return _scaled(self._weights(i), self._norms[i])

    def __iter__(self) -> Iterator[dict[str, float]]:
        """The vectors in order, without a look-up each: the key points walk them all three
        times (centrality twice, the feature rows once), and ``Sequence``'s iterator called
        ``__getitem__`` and its checks for every one."""
        if self._held is not None:
            return iter(self._held[self._first : self._stop])
        return (_scaled(self._weights(i), self._norms[i]) for i in range(self._first, self._stop))


def _scaled(weights: dict[str, float], norm: float) -> dict[str, float]:
    """``weights`` divided by ``norm`` in place (the same division for held and rebuilt)."""
    for term, w in weights.items():
        weights[term] = w / norm
    return weights


class PackedTerms:
    """Sentences' terms as integer ids in one flat array (4 bytes a word), numbered in order
    of first use: a list of stem strings per sentence, held for a whole report, cost ten times
    that in pointers and list headers."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.ids = array("i")
        self.ends = array("q")

    def add(self, terms: Iterable[str]) -> None:
        """Append one sentence's terms."""
        number = self.number
        self.ids.extend(number.setdefault(term, len(number)) for term in terms)
        self.ends.append(len(self.ids))

    def __len__(self) -> int:
        return len(self.ends)

    def sentence(self, i: int) -> array:
        """The term ids of sentence ``i``, in order."""
        return self.ids[self.ends[i - 1] if i else 0 : self.ends[i]]


def _packed(stems: Iterable[Sequence[str]] | PackedTerms) -> PackedTerms:
    if isinstance(stems, PackedTerms):
        return stems
    packed = PackedTerms()
    for sentence in stems:
        packed.add(sentence)
    return packed


def unit_vectors(stems: Iterable[Sequence[str]] | PackedTerms) -> UnitVectors:
    """One unit-length idf-weighted term vector per sentence (idf over the sentences given).

    Term counts are made one sentence at a time and kept as integer ids and counts only."""
    packed = _packed(stems)
    frequency = [0] * len(packed.number)
    ids, counts, ends = array("i"), array("i"), array("q")
    for i in range(len(packed)):
        count: dict[int, int] = {}
        for t in packed.sentence(i):
            count[t] = count.get(t, 0) + 1
        for t, n in count.items():
            frequency[t] += 1
            ids.append(t)
            counts.append(n)
        ends.append(len(ids))
    total = len(ends)
    idf = array("d", (math.log((1 + total) / df) for df in frequency))
    return UnitVectors(list(packed.number), idf, ids, counts, ends)


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit vectors (walks the shorter one)."""
    if len(a) > len(b):
        a, b = b, a
    # Terms of ``a`` missing from ``b`` would add 0.0, which leaves a float sum unchanged.
    return sum([w * b[term] for term, w in a.items() if term in b], 0.0)


def degree_centrality(vectors: Sequence[dict[str, float]]) -> array:
    """Each sentence's summed similarity to all the others (see the module docstring), as
    packed floats: a list would hold a float object (32 bytes) per sentence."""
    total: dict[str, float] = {}
    for vector in vectors:
        for term, w in vector.items():
            total[term] = total.get(term, 0.0) + w
    return array(
        "d", (sum(w * (total[term] - w) for term, w in vector.items()) for vector in vectors)
    )


def overlap_degree(stems: Sequence[Sequence[str]] | PackedTerms) -> array:
    """TextRank's centrality, in linear time: each sentence's summed word overlap with all the
    others over the sum of the two sentences' log lengths (Mihalcea and Tarau's similarity).

    On a symmetric graph TextRank's walk settles near each node's weighted degree. The overlap
    sums factorise through the document's term counts (as in :func:`degree_centrality`); the
    normaliser does not, so the other sentence's log length is replaced by the mean one.
    """
    packed = _packed(stems)
    total = [0] * len(packed.number)
    for t in packed.ids:
        total[t] += 1
    ends = packed.ends
    logs = array(
        "d",
        (
            math.log(n) if (n := ends[i] - (ends[i - 1] if i else 0)) else 0.0
            for i in range(len(ends))
        ),
    )
    mean = sum(logs) / max(1, len(logs))
    result = array("d")
    for i, own in enumerate(logs):
        counts: dict[int, int] = {}
        for t in packed.sentence(i):
            counts[t] = counts.get(t, 0) + 1
        shared = sum(n * (total[t] - n) for t, n in counts.items())
        result.append(shared / (own + mean) if own + mean > 0 else 0.0)
    return result
