"""The reader's forkserver preloads ``briefing.collection.warm``: importing it must leave the
readers imported and the fitted weights loaded, so that forked workers inherit them."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import briefing.collection.warm
from briefing.analysis import keypoints, attribution
assert "briefing.load.markdown" in sys.modules, "the Markdown reader is not preloaded"
assert keypoints.fitted_model.cache_info().currsize == 1, "key-point weights not loaded"
assert attribution.speaker_policy.cache_info().currsize == 1, "ranker weights not loaded"
print("warm")
"""


def test_importing_the_warm_up_loads_readers_and_weights():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "warm"
