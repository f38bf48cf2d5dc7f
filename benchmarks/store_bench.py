"""What the store's safety costs per submission, as ratios against a bare SQLite insert.

    python benchmarks/store_bench.py [rows ...]     (default 30, 300 and 3,000 rows already stored)

``Store.submit`` opens a connection, runs ``PRAGMA quick_check`` (so a damaged file is never
reported as saved), takes the write lock and commits one row. The baseline is the same
``INSERT`` on a fresh connection in WAL mode, without the check, on a copy of the same file.
The share of ``quick_check`` alone is reported too: it reads the whole file, so it grows with
the store while the insert does not; class-sized stores are the point.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cxlab import store

REPEAT = 200


def _median(action) -> float:
    times = []
    for k in range(REPEAT):
        start = time.perf_counter()
        action(k)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(sizes=(30, 300, 3000)) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cxlab-store-bench-"))
    try:
        for rows in sizes:
            path = folder / f"s{rows}.sqlite"
            s = store.Store(path)
            answers = {f"q{j}": j % 5 + 1 for j in range(24)} | {"note": "送货很快，安装师傅很专业"}
            for k in range(rows):
                s.submit("kano", f"R{k:05d}", answers)
            size = path.stat().st_size // 1024
            raw_path = folder / f"raw{rows}.sqlite"
            shutil.copy(path, raw_path)

            def bare(k, raw_path=raw_path, payload=str(answers)):
                db = sqlite3.connect(raw_path, isolation_level=None)
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("BEGIN IMMEDIATE")
                db.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                           "VALUES ('kano', ?, ?, 'now')", (f"B{k:05d}", payload))
                db.execute("COMMIT")
                db.close()

            def check(k, path=path):
                db = sqlite3.connect(path)
                db.execute("PRAGMA quick_check").fetchall()
                db.close()

            safe = _median(lambda k, s=s, answers=answers: s.submit("kano", f"N{k:05d}", answers))
            base = _median(bare)
            checked = _median(check)
            print(f"store submit ({rows:5d} rows, {size:5d} KiB)   "
                  f"{safe * 1000:6.2f} ms   bare insert {base * 1000:6.2f} ms   ratio {safe / base:4.2f}   "
                  f"quick_check alone {checked * 1000:5.2f} ms")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or (30, 300, 3000))
