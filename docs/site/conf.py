"""Sphinx configuration of the cxlab documentation site (built by ``make docs``).

``tools/docs.py`` copies this folder, the notebooks, the course plans and the data cards into
build/docs/src and builds there with warnings as errors.
"""

project = "cxlab"
author = "cxlab contributors"
copyright = "2026, cxlab contributors"
language = "zh_CN"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "numpydoc",
    "myst_nb",
]

autosummary_generate = True
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
autodoc_typehints = "none"  # numpydoc's Parameters sections carry the types
numpydoc_show_class_members = False
numpydoc_validation_checks: set[str] = set()

nb_execution_mode = "off"  # notebooks are rendered with the outputs stored by `make notebooks`
nb_merge_streams = True
myst_heading_anchors = 3
myst_enable_extensions = ["dollarmath"]
suppress_warnings = ["myst.header"]  # the data cards and notebooks start at their own levels

exclude_patterns = ["_build"]
html_theme = "pydata_sphinx_theme"
html_title = "cxlab · GB/T 42509-2023"
html_theme_options = {"navigation_with_keys": False, "show_toc_level": 2}
html_show_sourcelink = False
