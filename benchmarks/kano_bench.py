"""Kano classification + analysis at scale, as a ratio against a per-row Python baseline.

    python benchmarks/kano_bench.py [respondents] [features]    (default 1,000,000 × 20)

Also ``kano.classify`` on two plain int8 arrays of answer codes (a ``pandas.Categorical``
back) against a minimal numpy lookup of the same pairs in the 6×6 table, both ways it is
usually written (``table[f, d]`` and ``table.ravel()[f * 6 + d]``); target ratio ≤ 3.

The vectorised path is ``kano.analyze`` on the whole table; the baseline is the
straightforward loop (look up each pair in the table, count, compute better/worse) run on a
50,000-respondent slice of the same data and timed per respondent. Peak memory of the
vectorised path is measured with tracemalloc (numpy reports its buffers to it).
"""

from __future__ import annotations

import sys
import time
import tracemalloc

import numpy as np
import pandas as pd

from cxlab import kano

BERGER = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"]


def data(n: int, features: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    columns = {}
    for j in range(features):
        columns[f"f{j}_func"] = rng.integers(1, 6, size=n, dtype=np.int8)
        columns[f"f{j}_dys"] = rng.integers(1, 6, size=n, dtype=np.int8)
    return pd.DataFrame(columns)


def per_row(frame: pd.DataFrame, features: int, rows) -> dict:
    """The straightforward loop: look each pair up in the table, count, then coefficients."""
    counts = {j: dict.fromkeys("AOMIRQ", 0) for j in range(features)}
    for row in rows(frame):
        for j in range(features):
            counts[j][BERGER[row[2 * j] - 1][row[2 * j + 1] - 1]] += 1
    out = {}
    for j, c in counts.items():
        d = c["A"] + c["O"] + c["M"] + c["I"]
        out[j] = ((c["A"] + c["O"]) / d, -(c["O"] + c["M"]) / d)
    return out


BASELINES = {  # how per-row scripts usually walk a DataFrame
    "itertuples": lambda f: f.itertuples(index=False),
    "iterrows": lambda f: (row.to_numpy() for _, row in f.iterrows()),
}


def main(n: int = 1_000_000, features: int = 20) -> None:
    frame = data(n, features)
    kano.analyze(frame.iloc[:100])  # load the tables once, as any session would
    fast = min(_timed(kano.analyze, frame) for _ in range(3))
    tracemalloc.start()
    result = kano.analyze(frame)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    expected = kano.analyze(frame.iloc[:20_000])["better"].to_numpy()
    print(f"kano {n:,} respondents x {features} features: vectorised {fast:.3f} s "
          f"(best of 3), peak memory {peak / 2**20:.0f} MiB "
          f"(input table {frame.memory_usage().sum() / 2**20:.0f} MiB)")
    for name, rows in BASELINES.items():
        sample = min(n, 20_000)
        start = time.perf_counter()
        slow_result = per_row(frame.iloc[:sample], features, rows)
        slow = (time.perf_counter() - start) * n / sample
        assert np.allclose(expected, [v[0] for v in slow_result.values()])
        print(f"  per-row baseline ({name}, timed on {sample:,}, scaled): {slow:.1f} s, "
              f"ratio {slow / fast:.0f}x")
    assert len(result) == features
    classify_bench()


def classify_bench(n: int = 1_000_000, seed: int = 2) -> float:
    """ns per pair of ``kano.classify`` on plain arrays, and its ratio to a bare numpy lookup."""
    rng = np.random.default_rng(seed)
    f, d = (rng.integers(1, 6, size=n, dtype=np.int8) for _ in range(2))
    table = np.zeros((6, 6), dtype=np.int8)
    table[1:, 1:] = [["AOMIRQ".index(c) for c in row] for row in BERGER]
    flat = table.ravel()
    out = kano.classify(f, d)
    assert np.array_equal(out.codes, table[f, d]) and list(out.categories) == list("AOMIRQ")
    ours = min(_timed(kano.classify, f, d) for _ in range(7))
    baselines = {"table[f, d]": lambda: table[f, d], "flat[f * 6 + d]": lambda: flat[f * 6 + d]}
    print(f"kano.classify on {n:,} plain int8 pairs (pandas.Categorical): {ours / n * 1e9:.2f} ns/pair")
    worst = 0.0
    for name, lookup in baselines.items():
        bare = min(_timed(lookup) for _ in range(7))
        worst = max(worst, ours / bare)
        print(f"  minimal numpy lookup {name}: {bare / n * 1e9:.2f} ns/pair, ratio {ours / bare:.2f}x "
              "(target <= 3)")
    return worst


def _timed(func, *args) -> float:
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
