"""environment.yml (conda/Binder) must ask for the same packages and bounds as pyproject.toml."""

import re
import tomllib

import yaml

from .conftest import ROOT

# PyPI name -> conda-forge name, where they differ.
CONDA_NAMES: dict[str, str] = {}


def _split(requirement: str) -> tuple[str, str]:
    name, spec = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*(#.*)?", requirement).group(1, 2)
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def _pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["lab"]
    return project["requires-python"], dict(map(_split, wanted))


def _environment():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda, pip = {}, {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip.update(_split(r) for r in item["pip"] if not r.startswith("-e"))
        else:
            conda.update([_split(item)])
    return env, conda, pip


def test_environment_installs_the_project_itself_from_conda_forge():
    env, conda, _ = _environment()
    assert env["channels"] == ["conda-forge"]
    assert "pip" in conda
    assert any(isinstance(i, dict) and "-e ." in i["pip"] for i in env["dependencies"])


def test_python_bound_agrees():
    requires_python, _ = _pyproject()
    _, conda, _ = _environment()
    assert conda["python"] == requires_python


def test_same_packages_and_version_bounds():
    _, wanted = _pyproject()
    _, conda, pip = _environment()
    listed = {**{k: v for k, v in conda.items() if k not in ("python", "pip")}, **pip}
    by_conda_name = {CONDA_NAMES.get(name, name): spec for name, spec in wanted.items()}
    assert listed == by_conda_name
