"""Speed as ratios against a baseline measured in the same run (never as pass/fail timings).

    python benchmarks/run.py        (or: make bench)

- import: `python -c "import cxlab"` against `python -c "pass"` (interpreter start-up);
- load:   `cxlab.load_dataset("intro_survey")` against a bare `pandas.read_csv` of the same file;
- kano:   `kano.analyze` on 1,000,000 respondents × 20 features against per-row loops, and
          `kano.classify` on 1,000,000 plain pairs against a minimal numpy lookup (target ≤ 3×)
          (benchmarks/kano_bench.py);
- nps:    bootstrap NPS interval on 10,000,000 scores, resampling counts against resampling
          rows (benchmarks/nps_bench.py);
- servqual: the full SERVQUAL summary on 100,000 respondents against a per-respondent loop
          (benchmarks/servqual_bench.py);
- store:  one checked, committed class-store submission against a bare SQLite insert
          (benchmarks/store_bench.py);
- io:     `io.read_export` of a 100,000-respondent 问卷星 xlsx against `pandas.read_excel` of the
          same file, openpyxl and calamine engines (benchmarks/io_bench.py);
- screen: `Survey.screen` (duplicates, speeders, straight-lining with evidence) on 100,000
          respondents against the notebook's pandas rules (benchmarks/screen_bench.py);
- classroom: 60 simulated phones x 5 submissions against one live collection session over
          loopback, burst and soak: rows lost/duplicated, submit latency, server CPU
          (benchmarks/classroom_bench.py);
- scale:  NPS counts of 10,000,000 answers in Parquet per month and channel, one DuckDB GROUP BY
          against pandas reading the file and grouping, time ratio and both peak memories
          (benchmarks/scale_bench.py).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import timeit


def _median_run(code: str, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = timeit.default_timer()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(timeit.default_timer() - start)
    return statistics.median(times)


def _median_call(stmt: str, setup: str, number: int = 20) -> float:
    return min(timeit.repeat(stmt, setup, number=number, repeat=5)) / number


def main() -> None:
    bare = _median_run("pass")
    cxlab = _median_run("import cxlab")
    print(f"import cxlab   {cxlab * 1000:7.1f} ms   python start-up {bare * 1000:6.1f} ms   "
          f"ratio {cxlab / bare:4.2f}   (cxlab's own share {1000 * (cxlab - bare):.1f} ms)")
    setup = ("import cxlab, pandas as pd; from cxlab import datasets;"
             "cxlab.load_dataset('intro_survey')")
    load = _median_call("cxlab.load_dataset('intro_survey')", setup)
    raw = _median_call("pd.read_csv(datasets.data_dir() / 'intro_survey.csv')", setup)
    print(f"load_dataset   {load * 1000:7.2f} ms   bare read_csv   {raw * 1000:6.2f} ms   "
          f"ratio {load / raw:4.2f}")


if __name__ == "__main__":
    main()
    import classroom_bench
    import io_bench
    import kano_bench
    import nps_bench
    import scale_bench
    import screen_bench
    import servqual_bench
    import store_bench

    kano_bench.main()
    nps_bench.main()
    servqual_bench.main()
    store_bench.main()
    io_bench.main()
    screen_bench.main()
    classroom_bench.main()
    scale_bench.main()
