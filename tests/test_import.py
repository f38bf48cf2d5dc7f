"""`import cxlab` stays light: no heavy library is imported until a module needs it."""

import subprocess
import sys

HEAVY = ["pandas", "numpy", "matplotlib", "seaborn", "statsmodels", "scipy", "ipywidgets"]


def test_import_cxlab_loads_no_heavy_library():
    code = f"import sys, cxlab; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_lazy_attributes_resolve():
    code = ("import cxlab; cxlab.load_dataset; cxlab.plotting; cxlab.widgets; "
            "import sys; print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
