"""A training room without internet: the wheelhouse holds everything, and installs with no index."""

import subprocess
import sys
import venv

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheelhouse_installs_the_workbook_into_a_fresh_venv_with_the_index_disabled(tmp_path):
    house = tmp_path / "wheelhouse"
    subprocess.run([sys.executable, str(ROOT / "tools" / "wheelhouse.py"), str(house)], check=True)
    assert not [p.name for p in house.iterdir() if p.suffix != ".whl"]  # nothing left to build
    venv.create(tmp_path / "v", with_pip=True)
    python = tmp_path / "v" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-index", "--find-links", str(house),
                    "cxlab[lab]"], check=True, cwd=tmp_path)
    code = ("import cxlab, jupyterlab, jupyterlab_language_pack_zh_CN; "
            "print(len(cxlab.load_dataset('kano_survey')), cxlab.example_export('kano_wjx').is_file())")
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.split() == ["400", "True"]
