"""Screening 100,000 respondents: ``Survey.screen`` against the notebook's pandas rules.

    python benchmarks/screen_bench.py [respondents]     (default 100,000)

The capstone's 问卷星 export (``example_export("capstone_wjx")``, 338 respondents, 5 duplicates,
9 speeders, 6 straight-liners) repeated until it has ``respondents`` rows, each copy with its own
IP addresses (so a copy repeats no other copy). In the same run the three screens are computed by
``survey.screen(straight_lining=[10, 11], duplicates="answers+ip")`` (evidence, reasons, the kept
survey) and by the notebook's three pandas lines (``duplicated``, a third of the median,
``nunique(axis=1)``); both must flag the same respondents, and the time ratio is printed.
"""

from __future__ import annotations

import dataclasses
import sys
import time
import warnings

import pandas as pd

import cxlab
from cxlab import io


def survey(n: int):
    """The capstone export repeated to at least ``n`` respondents, every copy on its own IPs."""
    with warnings.catch_warnings(action="ignore", category=cxlab.DataWarning):
        base = io.read_export(cxlab.example_export("capstone_wjx"))
    size = len(base.responses)
    copies = -(-n // size)
    ids = pd.Index(range(1, copies * size + 1), name="序号")
    copy = pd.Series(ids, index=ids).sub(1).floordiv(size).astype(str)
    metadata = pd.concat([base.metadata] * copies).set_axis(ids)
    metadata["来自IP"] = copy + "." + metadata["来自IP"]
    return dataclasses.replace(base, responses=pd.concat([base.responses] * copies).set_axis(ids),
                               metadata=metadata, rows=pd.Series(ids + 1, index=ids),
                               missing=base.missing.iloc[:0])


def by_hand(survey) -> pd.DataFrame:
    """Notebook 12's three rules, as students write them."""
    seconds = survey.metadata["所用时间"].str.extract(r"(\d+)秒", expand=False).astype(int)
    ratings = survey.responses[survey.question(10) + survey.question(11)]
    return pd.DataFrame({
        "duplicate": survey.responses.assign(ip=survey.metadata["来自IP"]).duplicated(keep="first"),
        "speeder": seconds < seconds.median() / 3,
        "straight_lining": ratings.nunique(axis=1).eq(1)})


def main(n: int = 100_000) -> None:
    data = survey(n)
    start = time.perf_counter()
    with warnings.catch_warnings(action="ignore", category=cxlab.DataWarning):
        result = data.screen(straight_lining=[10, 11], duplicates="answers+ip")
    fast = time.perf_counter() - start
    start = time.perf_counter()
    flags = by_hand(data)
    plain = time.perf_counter() - start
    assert result.flagged.index.equals(flags.index[flags.any(axis=1)])
    print(f"screen {len(data.responses):,} respondents: survey.screen {fast:.2f} s, the notebook's pandas "
          f"rules {plain:.2f} s, ratio {fast / plain:.2f} ({len(result.flagged):,} flagged)")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
