"""Issue 19 for the rest of the package: numpydoc docstrings and keyword-only options.

``tests/test_api.py`` walks the analysis modules; this walk covers every other public module:
each public function, method and property has a docstring whose numpydoc *Parameters* section
names every parameter and whose *Returns* section says what comes back (unless it returns
``None``); each class documents its constructor's parameters (or its fields); each error class
has its own docstring. The options made keyword-only here stay keyword-only, and the previous
release's positional calls still run, with a FutureWarning naming the new call.
"""

import dataclasses
import inspect
import warnings

import pandas as pd
import pytest

from cxlab import (
    capstone,
    checks,
    classroom,
    course,
    datasets,
    errors,
    exercises,
    exports,
    i18n,
    io,
    plotting,
    quiz,
    report,
    scale,
    standard,
    store,
    validate,
    widgets,
)

MODULES = [io, exports, datasets, standard, course, quiz, checks, capstone, report, scale, store,
           classroom, plotting, widgets, exercises, validate, i18n, errors]


def _own(module):
    return [(name, obj) for name, obj in vars(module).items()
            if not name.startswith("_") and getattr(obj, "__module__", None) == module.__name__
            and (inspect.isfunction(obj) or inspect.isclass(obj))]


def _members(cls):
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if inspect.isfunction(member):
            yield name, member
        elif isinstance(member, property):
            yield name, member.fget
        elif isinstance(member, classmethod | staticmethod):
            yield name, member.__func__


def _short(module) -> str:
    return module.__name__.removeprefix("cxlab.")


FUNCTIONS, CLASSES = [], []
for _module in MODULES:
    for _name, _obj in _own(_module):
        if inspect.isclass(_obj):
            CLASSES.append((f"{_short(_module)}.{_name}", _obj))
            FUNCTIONS += [(f"{_short(_module)}.{_name}.{m}", f) for m, f in _members(_obj)]
        else:
            FUNCTIONS.append((f"{_short(_module)}.{_name}", _obj))


def _section(doc: str, title: str) -> list[str] | None:
    """The lines of a numpydoc section (None when the docstring has no such section)."""
    lines = doc.splitlines()
    for k in range(len(lines) - 1):
        if lines[k] == title and set(lines[k + 1]) == {"-"} and len(lines[k + 1]) == len(title):
            body = []
            for line in lines[k + 2:]:
                if body and line and not line.startswith(" ") and body[-1] == "":
                    break  # the next section's title
                body.append(line)
            return body
    return None


def _documented(doc: str, title: str = "Parameters") -> set[str]:
    """The names a Parameters (or Attributes) section documents: ``a, b : type`` lines."""
    names = set()
    for line in _section(doc, title) or []:
        if line and not line.startswith(" "):
            head = line.split(" : ")[0]
            names.update(n.strip().lstrip("*") for n in head.split(","))
    return names


def _parameters(func) -> list[str]:
    return [p for p in inspect.signature(func).parameters if p not in ("self", "cls")]


def test_the_walk_covers_the_rest_of_the_package():
    names = {n for n, _ in FUNCTIONS} | {n for n, _ in CLASSES}
    assert {"io.read_table", "exports.read_export", "exports.Survey.kano", "datasets.load_dataset",
            "standard.clause", "course.agenda", "store.Store.submit", "report.methods",
            "scale.nps_counts", "quiz.Question.mark", "checks.nps_points", "i18n.t",
            "errors.CxlabError", "classroom.collect", "widgets.Quiz"} <= names
    assert len(FUNCTIONS) > 170 and len(CLASSES) > 60


@pytest.mark.parametrize(("name", "func"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
def test_functions_have_numpydoc_parameters_and_returns(name, func):
    doc = inspect.getdoc(func) or ""
    assert doc, f"{name}: no docstring"
    params = _parameters(func)
    if params:
        missing = [p for p in params if p not in _documented(doc)]
        assert missing == [], f"{name}: {missing} missing from its numpydoc Parameters section"
    if inspect.signature(func).return_annotation not in (None, "None"):
        assert _section(doc, "Returns"), f"{name}: document what it returns (numpydoc Returns)"


@pytest.mark.parametrize(("name", "cls"), CLASSES, ids=[n for n, _ in CLASSES])
def test_classes_document_how_they_are_made(name, cls):
    doc = cls.__dict__.get("__doc__")
    assert doc and doc.strip(), f"{name}: a class docstring of its own"
    doc = inspect.cleandoc(doc)
    if issubclass(cls, BaseException):
        return
    if dataclasses.is_dataclass(cls):
        fields = [f.name for f in dataclasses.fields(cls)]
        shown = _documented(doc, "Attributes") | _documented(doc, "Parameters")
        missing = [f for f in fields if f not in shown and f not in ("columns", "options", "texts",
                                                                        "codes")]
        assert missing == [], f"{name}: fields {missing} missing from Attributes"
    elif "__init__" in vars(cls):
        params = _parameters(cls.__init__)
        missing = [p for p in params if p not in _documented(doc)]
        assert missing == [], f"{name}: {missing} missing from the class's Parameters section"


def test_every_module_has_examples_that_run_as_doctests():
    def examples(module):
        objects = [o for n, o in FUNCTIONS + CLASSES if n.startswith(_short(module) + ".")]
        return sum((inspect.getdoc(o) or "").count(">>>") for o in objects)

    assert [_short(m) for m in MODULES if examples(m) == 0] == []


# ----------------------------------------------------------------- keyword-only options

KEYWORD_ONLY = {
    course.agenda: ["days", "start"], course.time_needed: ["language"],
    course.plan_markdown: ["language"], course.trainer_guide: ["language"],
    store.Store.__init__: ["timeout", "attempts"], store.Store.submit: ["on_duplicate"],
    store.Store.submitter: ["on_duplicate"], report.template: ["language"],
    report.parameters: ["language"], scale.nps_sql: ["by", "period"], scale.nps_counts: ["by", "period"],
    validate.check_allowed: ["allow_missing"], validate.check_range: ["integer", "allow_missing"],
    capstone.rubric: ["language"], plotting.cycle_diagram: ["ax", "title", "notes"],
    widgets.NumericExercise.__init__: ["tolerance", "share"], widgets.Quiz.__init__: ["shuffle"],
    widgets.QuestionnaireForm.__init__: ["on_submit"], widgets.GoalBuilder.__init__: ["today", "data"],
    exercises.pdca_order: ["seed"], exercises.review_sorting: ["seed"],
    exercises.plan_elements: ["seed"], exercises.internal_kano_sorting: ["seed"],
    classroom.collect: ["form", "port", "language"], exports.read_export: ["sheet", "keep_all"],
    io.read_table: ["sheet", "encoding", "summary_rows", "dates"], io.read_export: ["platform"],
    exports.read_export: ["platform"], checks.catalog: ["language"], classroom.Session.wait: ["timeout"],
    classroom.Session.qr_svg: ["scale"], report.read: ["kind", "platform"],
    exercises.kpi_share: ["period"], exercises.track_verdict: ["period"], validate.adjust_p: ["correction"],
}


# Options by the vocabulary's names: keyword-only wherever they appear. The exceptions take the
# language as their subject, as gettext does: the i18n primitives (``i18n.t(key, "en")``) and an
# error's text in a language (``err.message("en")``, ``err.advice("en")``).
OPTION_NAMES = {"language", "level", "by", "period", "correction", "platform", "sheet", "encoding",
                "timeout", "scale", "seed", "days", "start", "on_duplicate", "shuffle", "tolerance",
                "summary_rows", "dates", "allow_missing", "integer", "port", "keep_all", "mode"}
TEXT_IN_A_LANGUAGE = ("i18n.", "errors.CxlabError.message")


@pytest.mark.parametrize(("name", "func"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
def test_options_named_by_the_vocabulary_are_keyword_only(name, func):
    if name.startswith(TEXT_IN_A_LANGUAGE) or name.endswith((".advice", ".message")):
        return
    params = inspect.signature(func).parameters.values()
    positional = [p.name for p in params if p.name in OPTION_NAMES
                  and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert positional == [], f"{name}: make {positional} keyword-only (with a deprecation shim)"


@pytest.mark.parametrize("func", list(KEYWORD_ONLY), ids=[f.__qualname__ for f in KEYWORD_ONLY])
def test_options_are_keyword_only(func):
    params = inspect.signature(func).parameters
    assert [n for n in KEYWORD_ONLY[func] if params[n].kind is not inspect.Parameter.KEYWORD_ONLY] == []


def test_the_previous_positional_calls_still_run_with_a_future_warning(tmp_path):
    with pytest.warns(FutureWarning, match=r"course.time_needed\(…, language=…\)"):
        assert course.time_needed("05_servqual", "en") == course.time_needed("05_servqual", language="en")
    with pytest.warns(FutureWarning, match="days="):
        pd.testing.assert_frame_equal(course.agenda(2), course.agenda(days=2))
    with pytest.warns(FutureWarning, match="language="):
        assert capstone.rubric("en").equals(capstone.rubric(language="en"))
    with pytest.warns(FutureWarning, match="by="):
        assert scale.nps_sql(["channel"]) == scale.nps_sql(by=["channel"])
    with pytest.warns(FutureWarning, match="language="):
        assert report.template("kano", "en") == report.template("kano", language="en")
    with pytest.warns(FutureWarning, match="timeout="):
        s = store.Store(tmp_path / "class.sqlite", 0.5)
    assert s.timeout == 0.5
    with pytest.warns(FutureWarning, match="on_duplicate="):
        assert s.submit("nps", "S1", {"recommend": 9}, "keep") == "inserted"
    with pytest.warns(FutureWarning, match="integer="), pytest.raises(errors.InvalidValueError):
        validate.check_range(pd.Series([1.5], name="csat"), 1, 5, True)
    with pytest.warns(FutureWarning, match="shuffle="):
        shown = [f.question.id for f in widgets.Quiz("01_terms", 3).forms]
    assert shown == [f.question.id for f in widgets.Quiz("01_terms", shuffle=3).forms]
    with pytest.warns(FutureWarning, match="seed="):
        assert exercises.pdca_order(7).question.labels() == exercises.pdca_order(seed=7).question.labels()
    with pytest.warns(FutureWarning, match="language="):
        assert checks.catalog("en").equals(checks.catalog(language="en"))
    with pytest.warns(FutureWarning, match="platform="), warnings.catch_warnings():
        warnings.simplefilter("ignore", errors.DataWarning)
        assert io.read_export(datasets.example_export("kano_wjx"), "wjx").platform == "wjx"
    table = tmp_path / "t.csv"
    table.write_text("序号,评分\n1,5\n", encoding="gbk")
    with pytest.warns(FutureWarning, match="sheet="):
        assert io.read_table(table, 0, "gbk").equals(io.read_table(table, encoding="gbk"))

