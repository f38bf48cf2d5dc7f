"""The workbook's JupyterLab defaults: interface language and no news pop-up, other settings kept."""

import json
import runpy

import pytest

from .conftest import ROOT

lab_settings = runpy.run_path(str(ROOT / "tools" / "lab_settings.py"))


def test_defaults_are_written_and_other_overrides_kept(tmp_path):
    path = tmp_path / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"@jupyterlab/notebook-extension:tracker": {"recordTiming": True}}))
    assert lab_settings["write"]("zh", prefix=str(tmp_path)) == path
    settings = json.loads(path.read_text(encoding="utf-8"))
    assert settings["@jupyterlab/translation-extension:plugin"] == {"locale": "zh_CN"}
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert settings["@jupyterlab/notebook-extension:tracker"] == {"recordTiming": True}
    lab_settings["write"]("en", prefix=str(tmp_path))
    assert json.loads(path.read_text())["@jupyterlab/translation-extension:plugin"] == {"locale": "en"}
    with pytest.raises(SystemExit, match="zh, en"):
        lab_settings["write"]("fr", prefix=str(tmp_path))
