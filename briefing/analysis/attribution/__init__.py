"""The speaker ranker: candidates for each quote, their features, and the fitted weights.

The cue engine (``quotes``, ``cues``, ``speakers``, run by ``attribution.engine`` and
``attribution.evidence``) still finds each quote's evidence, but its choice is one feature
among many: the ranker scores every candidate (the engine's choice, the names in the paragraph
and the one before, the previous quote's speaker, nobody) with a linear model fitted to the dev
data (``benchmarks/train_attribution.py``) and takes the best. The softmax over one quote's
candidates is the attribution's confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.attribution.candidates import FEATURES, NOBODY, Candidate
from briefing.analysis.attribution.sites import speaker_candidates
from briefing.analysis.fitted import LinearModel, load_model

WEIGHTS = "weights.json"
# Where the cue engine found nobody, the ranker's best candidate takes the quote from this
# probability on. Chosen among the values whose 5-fold CV gain is positive, as printed by
# ``benchmarks/train_attribution.py`` (e2e F1 0.8374 at 0.7 against 0.8387 at 0.5 and 0.8358
# for the engine alone): at 0.5 the news-fitted ranker also named speakers for 37 scare quotes
# of the Mueller report and 49 lines of a novel, about half of them wrong; at 0.7, 14 and 14.
OVERRULE = 0.7

__all__ = ["FEATURES", "NOBODY", "Candidate", "choose", "speaker_candidates", "speaker_model"]


def speaker_model() -> LinearModel:
    """The shipped weights, checked against the features this code computes."""
    model = load_model(__name__, WEIGHTS)
    model.check_features(FEATURES)
    return model


def choose(
    model: LinearModel, candidates: Sequence[Candidate], overrule: float = OVERRULE
) -> tuple[int, float]:
    """The index of the chosen candidate and the ranker's probability for it.

    Where the cue engine names a speaker, that choice stands: in cross-validation the ranker
    did not beat it there, so it only says how sure the choice is. Where the engine found
    nobody, the ranker's best candidate (ties: the first, in the text's order) takes the
    quote when its probability reaches ``overrule``."""
    probabilities = model.choice_probabilities([c.features for c in candidates])
    engine = next((i for i, c in enumerate(candidates) if c.features.get("engine")), None)
    if engine is not None and not candidates[engine].features.get("nobody"):
        return engine, probabilities[engine]
    best = max(range(len(candidates)), key=lambda i: (probabilities[i], -i))
    if engine is not None and probabilities[best] < overrule:
        return engine, probabilities[engine]
    return best, probabilities[best]
