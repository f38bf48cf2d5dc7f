"""NPS counts of 10 million answers: one DuckDB GROUP BY over Parquet vs pandas read + groupby.

    python benchmarks/scale_bench.py [answers]     (default 10,000,000)

The answers (date over one year, one of four channels, a 0–10 score) are written once to
``benchmarks/.cache/nps_<n>.parquet`` (gitignored). Each path then runs in its own fresh
process, in the same run, and reports its time and its peak resident memory
(``ru_maxrss``): the counts path (:func:`cxlab.scale.nps_counts` per month and channel, then
:func:`cxlab.scale.nps_table`) against loading the whole file into a pandas DataFrame and
grouping it there. The baseline loads the file with DuckDB's own multi-threaded reader
(``SELECT * … .df()``), the fastest loader at hand: pandas' ``read_parquet`` needs pyarrow,
which the test environment does not install (with pyarrow, pandas 3 stores text as Arrow
strings, which cannot hold the lone surrogates the class store must report). The ratio of the
times and both peaks are printed (issue 16's target: at least 5× faster and under a fifth of
the memory).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"

COUNTS = """
import json, resource, time
start = time.perf_counter()
from cxlab import scale
counts = scale.nps_counts(scale.connect({file!r}), by="channel", period="month")
table = scale.nps_table(counts)
print(json.dumps([time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  int(table["n"].sum()), round(float(table["value"].iloc[0]), 6)]))
"""

PANDAS = """
import json, resource, time
start = time.perf_counter()
import numpy as np, pandas as pd
from cxlab import metrics, scale
data = scale.connect({file!r}).execute("SELECT * FROM answers").df()
group = np.select([data["score"] >= 9, data["score"] >= 7], ["promoters", "passives"], "detractors")
keys = [pd.to_datetime(data["date"]).dt.to_period("M").rename("period"), data["channel"],
        pd.Series(group, name="g")]
counts = data.groupby(keys, observed=True).size().unstack("g", fill_value=0)
values = [metrics.nps_from_counts(int(r.promoters), int(r.passives), int(r.detractors)).value
          for r in counts.itertuples()]
print(json.dumps([time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  int(counts.to_numpy().sum()), round(values[0], 6)]))
"""


def answers(n: int) -> Path:
    """The cached Parquet file of ``n`` seeded answers (written by DuckDB, without pandas)."""
    from cxlab import scale

    CACHE.mkdir(exist_ok=True)
    file = CACHE / f"nps_{n}.parquet"
    if not file.exists():
        con = scale.connect()
        con.execute("SELECT setseed(0.16)")
        con.execute(f"""COPY (SELECT DATE '2025-01-01' + CAST(FLOOR(random() * 365) AS INTEGER) AS date,
                                     (['app', 'web', 'store', 'phone'])
                                         [1 + CAST(FLOOR(random() * 4) AS INTEGER)] AS channel,
                                     CAST(FLOOR(random() * 11) AS TINYINT) AS score
                              FROM range({n})) TO '{file}' (FORMAT parquet)""")
    return file


def _run(code: str, file: Path) -> list:
    out = subprocess.run([sys.executable, "-c", code.format(file=str(file))], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(n: int = 10_000_000) -> None:
    file = answers(n)
    fast, fast_kb, fast_n, fast_first = _run(COUNTS, file)
    slow, slow_kb, slow_n, slow_first = _run(PANDAS, file)
    assert fast_n == slow_n == n and fast_first == slow_first, "the two paths disagree"
    print(f"scale: {n:,} NPS answers in Parquet, counts per month and channel")
    print(f"  DuckDB GROUP BY + nps_from_counts: {fast:.2f} s, peak memory {fast_kb / 1024:.0f} MiB")
    print(f"  whole file in pandas + groupby:    {slow:.2f} s, peak memory {slow_kb / 1024:.0f} MiB")
    print(f"  ratio: counts path {slow / fast:.1f}x faster, {fast_kb / slow_kb:.2f} of the memory")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
