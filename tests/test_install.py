"""The two promises that need real processes: the wheel carries the data, `make lab` serves both
editions. Each takes seconds; both run in `make test`."""

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile

import pytest

from . import lab_server
from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheel_ships_datasets_and_loads_them_in_a_fresh_venv(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
                    "--no-build-isolation", "--quiet", "-w", str(tmp_path / "dist")], check=True)
    wheel = next((tmp_path / "dist").glob("cxlab-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {"cxlab/_datasets/intro_survey.csv", "cxlab/_datasets/intro_survey.md",
            "cxlab/_templates/zh/kano_report.ipynb", "cxlab/_templates/en/nps_report.ipynb"} <= set(names)

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    site = next(fresh.glob("lib/python3*/site-packages"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                    "--target", str(site), str(wheel)], check=True)
    # Third-party libraries come from the project venv as a plain path: its .pth files
    # (the editable cxlab among them) are not processed, so only the wheel's cxlab exists.
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = ("import cxlab, json; from cxlab import datasets;"
            "d = cxlab.load_dataset('intro_survey');"
            "print(json.dumps([cxlab.__file__, str(datasets.data_dir()), list(d.shape),"
            " cxlab.list_datasets()['name'].tolist(), str(cxlab.report.template('kano', language='en'))]))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([str(fresh / "bin" / "python"), "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True)
    module, data, shape, listed, template = json.loads(out.stdout)
    assert module.startswith(str(site)) and data == str(site / "cxlab" / "_datasets")
    assert shape == [240, 7] and "intro_survey" in listed
    assert template == str(site / "cxlab" / "_templates" / "en" / "kano_report.ipynb")


def test_make_lab_serves_both_editions(tmp_path):
    port, token = lab_server.free_port(), "cxlab-test-token"
    args = f"--no-browser --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token}"
    base = f"http://127.0.0.1:{port}"
    command = ["make", "--no-print-directory", "lab", f"LAB_PORT={port}", f"LAB_ARGS={args}"]
    with lab_server.running(command, ROOT, tmp_path / "lab.log", f"{base}/api/contents/zh?token={token}"):
        zh = lab_server.names(lab_server.get(f"{base}/api/contents/zh?token={token}")[1])
        en = lab_server.names(lab_server.get(f"{base}/api/contents/en?token={token}")[1])
        on_disk = {p.name for p in (ROOT / "notebooks" / "zh").glob("*.ipynb")}
        assert on_disk and on_disk <= zh and on_disk <= en
        status, page = lab_server.get(f"{base}/lab?token={token}")
        assert status == 200 and "JupyterLab" in page
        specs = json.loads(lab_server.get(f"{base}/api/kernelspecs?token={token}")[1])
        assert "python3" in specs["kernelspecs"]
        # a notebook's bilingual source opens as a notebook (Jupytext), zh and en cells side by side
        status, body = lab_server.get(f"{base}/api/contents/src/05_servqual.py?type=notebook&token={token}")
        source = json.loads(body)
        assert status == 200 and source["type"] == "notebook"
        langs = [c["metadata"].get("lang") for c in source["content"]["cells"][:2]]
        assert langs == ["zh", "en"] and source["content"]["cells"][0]["source"].startswith("# 05")
