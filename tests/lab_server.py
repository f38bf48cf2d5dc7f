"""Start a JupyterLab server for a test, wait until its REST API answers, stop it after."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.status, r.read().decode("utf-8")


def names(body: str) -> set[str]:
    return {item["name"] for item in json.loads(body)["content"]}


@contextlib.contextmanager
def running(command: list[str], cwd, log_path, probe: str, env=None, seconds: float = 120):
    """Run ``command`` (a JupyterLab server) until ``probe`` answers; yield; stop the group."""
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, env={**os.environ, **(env or {})})
        try:
            deadline = time.monotonic() + seconds
            while True:
                try:
                    get(probe)
                    break
                except OSError:
                    assert proc.poll() is None, Path(log_path).read_text()
                    assert time.monotonic() < deadline, f"no answer from {probe} in {seconds} s"
                    time.sleep(0.5)
            yield proc
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
