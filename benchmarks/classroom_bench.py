"""Live class collection under load: simulated phones against one session, over loopback only.

    python benchmarks/classroom_bench.py [phones] [submissions]     (default 60 and 5)

The server is the real command line (``python -m cxlab collect kano --port 0``) in its own
process, so its CPU time is measured apart from the clients (``/proc/<pid>/stat``, Linux).
Each simulated phone is a thread with its own loopback source address (127.0.0.x, as phones on
a Wi-Fi have their own addresses) that ``submissions`` times opens the form as a new device
(GET: cookie and fields), picks answers and submits them (POST, timed). All phones start
together. Afterwards the store must hold exactly one row per confirmed submission with the
answers that were sent: lost and duplicated rows are counted, and the run fails unless both
are 0.

Two variants: ``burst`` (every phone submits as fast as it can) and ``soak`` (phones pause
0-4 s between submissions while the trainer's notebook loads the store every second).
"""

from __future__ import annotations

import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from cxlab import store

FIELD = re.compile(r'name="([^"]+)" value="(\d+)"')


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _source(k: int) -> str:
    address = f"127.0.0.{10 + k % 240}"
    try:
        http.client.socket.create_connection(("127.0.0.1", 9), timeout=0.1, source_address=(address, 0))
    except ConnectionRefusedError:
        return address
    except OSError:
        return "127.0.0.1"  # no extra loopback addresses here: every phone shares one
    return address


def _phone(k, url, submissions, pause, start, sent, latencies, problems):
    parts = urllib.parse.urlsplit(url)
    source, rng = _source(k), random.Random(k)
    start.wait()
    for _ in range(submissions):
        try:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30,
                                              source_address=(source, 0))
            conn.request("GET", parts.path)
            page = conn.getresponse()
            text = page.read().decode()
            conn.close()
            device = re.search(r"cxlab_device=([0-9a-f]+)", page.headers["Set-Cookie"]).group(1)
            choices: dict[str, list[str]] = {}
            for name, value in FIELD.findall(text):
                choices.setdefault(name, []).append(value)
            answers = {name: rng.choice(values) for name, values in choices.items()}
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30,
                                              source_address=(source, 0))
            began = time.perf_counter()
            conn.request("POST", parts.path, body=urllib.parse.urlencode(answers),
                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                  "Cookie": f"cxlab_device={device}"})
            reply = conn.getresponse()
            body = reply.read().decode()
            latencies.append(time.perf_counter() - began)
            conn.close()
            if reply.status == 200 and "Submitted" in body:
                sent[f"web-{device}"] = {k: int(v) for k, v in answers.items()}
            else:
                problems.append(f"phone {k}: HTTP {reply.status}")
        except OSError as err:
            problems.append(f"phone {k}: {err}")
        time.sleep(rng.uniform(0, pause))


def _reader(path, stop, reads, problems):
    while not stop.wait(1.0):
        began = time.perf_counter()
        try:
            store.Store(path).load("kano")
            reads.append(time.perf_counter() - began)
        except Exception as err:  # a failed read is reported, not hidden
            problems.append(f"reader: {err}")


def run(phones: int = 60, submissions: int = 5, soak: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "class.sqlite"
        command = [sys.executable, "-m", "cxlab", "--language", "en", "collect", "kano", "--port", "0",
                   "--store", str(path), "--minutes", "10"]
        server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            url = server.stdout.readline().strip()
            threading.Thread(target=server.stdout.read, daemon=True).start()  # keep the pipe drained
            sent, latencies, problems, reads = {}, [], [], []
            start, stop = threading.Barrier(phones + 1), threading.Event()
            threads = [threading.Thread(target=_phone, args=(k, url, submissions, 4.0 if soak else 0, start,
                                                             sent, latencies, problems))
                       for k in range(phones)]
            reader = threading.Thread(target=_reader, args=(path, stop, reads, problems))
            for t in threads:
                t.start()
            if soak:
                reader.start()
            cpu0, wall0 = _cpu_seconds(server.pid), time.perf_counter()
            start.wait()
            for t in threads:
                t.join(timeout=300)
            wall, cpu = time.perf_counter() - wall0, _cpu_seconds(server.pid) - cpu0
            stop.set()
            if soak:
                reader.join(timeout=30)
        finally:
            server.terminate()
            server.wait(timeout=30)
        table = store.Store(path).load("kano")
    answers = table.drop(columns=["respondent_id", "submitted_at"]).to_dict("records")
    stored = dict(zip(table["respondent_id"], answers, strict=True))
    lost = sum(stored.get(r) != answers for r, answers in sent.items())
    duplicated = len(table) - table["respondent_id"].nunique() + len(set(stored) - set(sent))
    q = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else [float("nan")] * 19
    return {"variant": "soak" if soak else "burst", "submitted": phones * submissions, "confirmed": len(sent),
            "rows": len(table), "lost": lost, "duplicated": duplicated, "problems": problems,
            "p50_ms": 1000 * statistics.median(latencies), "p95_ms": 1000 * q[18], "wall_s": wall,
            "cpu_s": cpu, "reads": len(reads), "read_p50_ms": 1000 * statistics.median(reads) if reads else 0,
            "read_max_ms": 1000 * max(reads, default=0)}


def main(phones: int = 60, submissions: int = 5) -> None:
    failed = False
    for soak in (False, True):
        r = run(phones, submissions, soak)
        line = (f"classroom {r['variant']:5} {phones} phones x {submissions}: "
                f"{r['confirmed']}/{r['submitted']} confirmed, {r['rows']} rows, {r['lost']} lost, "
                f"{r['duplicated']} duplicated; submit p50 "
                f"{r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms; {r['wall_s']:.1f} s wall, server CPU "
                f"{r['cpu_s']:.2f} s ({100 * r['cpu_s'] / r['wall_s']:.0f}% of one core)")
        if r["variant"] == "soak":
            line += (f"; {r['reads']} store reads, p50 {r['read_p50_ms']:.0f} ms, "
                     f"max {r['read_max_ms']:.0f} ms")
        print(line, flush=True)
        for problem in r["problems"][:10]:
            print("   ", problem)
        failed |= bool(r["lost"] or r["duplicated"] or r["problems"] or r["rows"] != r["submitted"])
    if failed:
        raise SystemExit("classroom load test: rows lost, duplicated or refused")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
