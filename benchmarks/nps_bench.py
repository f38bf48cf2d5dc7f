"""NPS with a bootstrap interval on 10 million scores: resampling counts vs resampling rows.

    python benchmarks/nps_bench.py [scores] [reps]     (default 10,000,000 and 2,000)

``metrics.nps(method="bootstrap")`` draws each replicate as one multinomial sample of the three
group counts. The baseline resamples the rows themselves (``rng.choice`` of n scores per
replicate), timed on a few replicates and scaled to ``reps``; the ratio is reported.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from cxlab import metrics


def main(n: int = 10_000_000, reps: int = 2000) -> None:
    rng = np.random.default_rng(7)
    scores = rng.choice(11, size=n, p=[.03, .02, .03, .04, .05, .08, .1, .15, .17, .13, .2]).astype(np.int8)
    start = time.perf_counter()
    result = metrics.nps(scores, method="bootstrap", reps=reps)
    fast = time.perf_counter() - start
    coded = np.select([scores >= 9, scores >= 7], [1, 0], -1).astype(np.int8)
    few = 3
    start = time.perf_counter()
    for _ in range(few):
        sample = coded[rng.integers(0, n, size=n)]
        _ = 100 * sample.mean()
    slow = (time.perf_counter() - start) * reps / few
    print(f"nps bootstrap on {n:,} scores, {reps} replicates: counts {fast:.2f} s "
          f"(NPS {result.value:.2f} [{result.ci_low:.2f}, {result.ci_high:.2f}]); "
          f"resampling rows ≈ {slow:.0f} s (timed on {few} replicates, scaled); ratio {slow / fast:.0f}x")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
