"""Download every wheel the workbook needs into one folder, for a training room without internet.

    python tools/wheelhouse.py [FOLDER] [--platform TAG --python X.Y]

Writes the cxlab wheel (built from this checkout), the wheels of its dependencies and of the
``lab`` extra (JupyterLab and its Chinese language pack), and hatchling (so an editable install
can build offline). ``--platform`` / ``--python`` fetch another machine's wheels, e.g. a
Windows laptop with Python 3.12: ``--platform win_amd64 --python 3.12``; macOS on Apple
silicon: ``--platform macosx_11_0_arm64``. Install from the folder with no network:

    python -m venv .venv
    .venv/bin/pip install --no-index --find-links FOLDER "cxlab[lab]"     (Windows: .venv\\Scripts\\pip)
or, in a checkout, ``make lab OFFLINE=FOLDER``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def requirements() -> list[str]:
    """The runtime and ``lab`` requirements of pyproject.toml, and the build backend."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = project["build-system"]["requires"]
    return [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["lab"],
            *build, "pip"]


def main(argv: list[str] | None = None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "wheelhouse"))
    parser.add_argument("--platform", help="another machine's platform tag, e.g. win_amd64")
    parser.add_argument("--python", help="that machine's Python version, e.g. 3.12")
    args = parser.parse_args(argv)
    folder = Path(args.folder).resolve()
    pip = [sys.executable, "-m", "pip", "--quiet"]
    here = folder if not (args.platform or args.python) else Path(tempfile.mkdtemp())
    # wheels for this machine; a dependency published only as source (e.g. fontmeta) is built here
    subprocess.run([*pip, "wheel", "--wheel-dir", str(here), str(ROOT), *requirements()], check=True)
    if here != folder:  # another machine: keep the pure-Python wheels, fetch its binary ones
        folder.mkdir(parents=True, exist_ok=True)
        for wheel in here.glob("*-none-any.whl"):
            shutil.copy2(wheel, folder)
        target = ["--only-binary=:all:", "--find-links", str(folder)]
        target += ["--platform", args.platform] if args.platform else []
        target += ["--python-version", args.python] if args.python else []
        subprocess.run([*pip, "download", "--dest", str(folder), *target, *requirements()], check=True)
    return folder


if __name__ == "__main__":
    print(main())
