"""The SERVQUAL summary on 100,000 respondents, against a naive per-respondent loop.

    python benchmarks/servqual_bench.py [respondents]     (default 100,000)

``servqual.summarize`` (validation, gaps, dimension scores, paired tests, intervals) on the
whole table, against the loop people write: for each respondent, for each dimension, average
the item gaps in Python, then the means; timed on 5,000 respondents and scaled.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from cxlab import servqual


def data(n: int, seed: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    items = servqual.instrument()["item"]
    e = pd.DataFrame(rng.integers(4, 8, size=(n, len(items))), columns=items)
    p = pd.DataFrame(rng.integers(2, 8, size=(n, len(items))), columns=items)
    return e, p


def naive(e: pd.DataFrame, p: pd.DataFrame) -> dict:
    dims = dict(zip(servqual.instrument()["item"], servqual.instrument()["dimension"], strict=True))
    totals: dict[str, list[float]] = {}
    for k in range(len(e)):
        row_e, row_p = e.iloc[k], p.iloc[k]
        per_dim: dict[str, list[float]] = {}
        for item, dim in dims.items():
            per_dim.setdefault(dim, []).append(row_p[item] - row_e[item])
        for dim, values in per_dim.items():
            totals.setdefault(dim, []).append(sum(values) / len(values))
    return {dim: sum(v) / len(v) for dim, v in totals.items()}


def main(n: int = 100_000) -> None:
    e, p = data(n)
    servqual.summarize(e.iloc[:50], p.iloc[:50])  # load scipy once, as any session would
    start = time.perf_counter()
    table = servqual.summarize(e, p)
    fast = time.perf_counter() - start
    sample = min(n, 5_000)
    start = time.perf_counter()
    slow_gaps = naive(e.iloc[:sample], p.iloc[:sample])
    slow = (time.perf_counter() - start) * n / sample
    check = servqual.summarize(e.iloc[:sample], p.iloc[:sample])["gap"]
    assert all(np.isclose(check[d], g) for d, g in slow_gaps.items())
    print(f"servqual summary on {n:,} respondents x 22 items: {fast:.2f} s; naive loop "
          f"(timed on {sample:,}, scaled) {slow:.0f} s; ratio {slow / fast:.0f}x ({len(table)} rows)")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
