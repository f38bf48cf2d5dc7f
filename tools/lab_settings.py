"""Set the workbook's JupyterLab defaults: interface language, and no news or update pop-ups.

Writes ``overrides.json`` in the environment's JupyterLab settings folder
(``<sys.prefix>/share/jupyter/lab/settings``), where JupyterLab reads default settings
(JupyterLab docs, "Advanced usage": overrides.json). A choice a user makes in Settings →
Language is stored in their user settings and wins over these defaults.

    python tools/lab_settings.py zh      # 中文界面 (the zh-CN language pack), the default
    python tools/lab_settings.py en      # English interface
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LOCALES = {"zh": "zh_CN", "en": "en"}


def write(language: str = "zh", prefix: str = sys.prefix) -> Path:
    """Write the defaults for ``language`` ("zh" or "en") and return the file written."""
    if language not in LOCALES:
        raise SystemExit(f"language must be one of {', '.join(LOCALES)}, not {language!r}")
    path = Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    settings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    settings["@jupyterlab/translation-extension:plugin"] = {"locale": LOCALES[language]}
    settings["@jupyterlab/apputils-extension:notification"] = {"fetchNews": "false",
                                                              "checkForUpdates": False}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(settings, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write(*sys.argv[1:2]))
