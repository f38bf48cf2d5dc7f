"""Issue 19: one API across the analysis modules, and the previous release's calls still run.

The walk below reads every public callable of the analysis modules: options after the data
are keyword-only, parameter names come from one vocabulary, and nothing returns a dict or a
tuple (a DataFrame, a Series, a result dataclass with ``.table``, or a plot's Axes).
"""

import dataclasses
import inspect

import pandas as pd
import pytest

import cxlab
from cxlab import evaluation, goals, journey, kano, metrics, risk, servqual, widgets

MODULES = [kano, servqual, metrics, goals, risk, evaluation, journey]

# Parameters that are the data a function works on, so may come by position.
DATA = {"responses", "counts", "features", "questions", "path", "functional", "dysfunctional",
        "table", "a", "b", "n", "result", "scores", "expectations", "perceptions", "item_table",
        "dimension_gaps", "allocation", "adequate", "desired", "perceived", "importance",
        "performance", "overall", "summary", "zone", "values", "promoters", "passives",
        "detractors", "margin", "satisfied", "data", "log", "goal", "goals", "baseline", "target",
        "likelihood", "severity", "controllability", "register", "persona", "survey", "tickets",
        "trend", "finding", "actions_done", "tracked", "items", "answers", "changes", "frame",
        "measured", "text", "self", "cls"}
# Spellings the vocabulary replaced (the new name in the message).
RETIRED = {"lang": "language", "segment": "by", "groups": "by", "group": "by", "segments": "by",
           "confidence": "level", "conf_level": "level", "adjust": "correction",
           "padjust": "correction", "p_adjust": "correction"}
# Returns that are not analyses: a questionnaire template to fill in, texts, answer maps.
NOT_ANALYSES = {"kano.answer_map", "kano.category_names", "kano.normalise_answer",
                "kano.questionnaire_markdown", "kano.export_questionnaire",
                "servqual.dimension_names", "journey.persona_template", "goals.check",
                "goals.tree_markdown", "goals.with_changes", "goals.plan_examples",
                "evaluation.indicator_goals", "kano.feature_columns", "kano.answer_labels",
                "kano.classify", "servqual.overall_score", "metrics.nps_sample_size",
                "metrics.nps_sample_size_difference", "metrics.csat_sample_size",
                "goals.sample_size_for_change"}
ALLOWED_RETURNS = ("pd.DataFrame", "pd.Series", "Axes", "Figure")


def _public(module):
    for name, obj in vars(module).items():
        if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(obj):
            yield f"{module.__name__.removeprefix('cxlab.')}.{name}", obj
        elif inspect.isclass(obj) and not issubclass(obj, BaseException):
            for meth_name, meth in vars(obj).items():
                if not meth_name.startswith("_") and inspect.isfunction(meth):
                    yield f"{module.__name__.removeprefix('cxlab.')}.{name}.{meth_name}", meth
                elif isinstance(meth, classmethod):
                    yield f"{module.__name__.removeprefix('cxlab.')}.{name}.{meth_name}", meth.__func__


CALLABLES = [c for m in MODULES for c in _public(m)]
RESULTS = [obj for m in MODULES for obj in vars(m).values()
           if dataclasses.is_dataclass(obj) and getattr(obj, "__module__", "") == m.__name__
           and obj.__name__ not in ("Goal", "Finding", "Journey")]


def _has_table(cls) -> bool:
    return hasattr(cls, "table") or "table" in {f.name for f in dataclasses.fields(cls)}


def test_the_walk_finds_the_analyses():
    names = {name for name, _ in CALLABLES}
    assert {"kano.analyze", "servqual.summarize", "metrics.by_period", "goals.evaluate",
            "risk.score", "evaluation.kpi_dashboard", "journey.satisfaction_to_emotion"} <= names
    assert len(CALLABLES) > 100


@pytest.mark.parametrize(("name", "func"), CALLABLES, ids=[n for n, _ in CALLABLES])
def test_options_after_the_data_are_keyword_only(name, func):
    positional = [p.name for p in inspect.signature(func).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert [p for p in positional if p not in DATA] == [], f"{name}: make these keyword-only"


@pytest.mark.parametrize(("name", "func"), CALLABLES, ids=[n for n, _ in CALLABLES])
def test_parameter_names_come_from_the_vocabulary(name, func):
    params = inspect.signature(func).parameters
    retired = [(p, RETIRED[p]) for p in params if p in RETIRED]
    assert retired == [], f"{name}: rename (old, new) {retired}"
    if "level" in params:  # an interval level is a probability such as 0.95
        assert params["level"].default in (0.95, inspect.Parameter.empty)
    if "correction" in params:
        assert params["correction"].default == "holm", f"{name}: one default correction, holm"


@pytest.mark.parametrize(("name", "func"), CALLABLES, ids=[n for n, _ in CALLABLES])
def test_returns_a_table_or_a_result(name, func):
    if name in NOT_ANALYSES or name.split(".")[-1] in ("judged_on", "kind_name", "label", "extra",
                                                       "stage_labels"):
        return
    returns = inspect.signature(func).return_annotation
    assert returns is not inspect.Signature.empty, f"{name}: annotate the return"
    text = str(returns)
    assert not text.startswith(("dict", "tuple")), f"{name} returns {text}"
    module = inspect.getmodule(func)
    result = getattr(module, text, None)
    assert text in ALLOWED_RETURNS or text.startswith("list[") or text in ("Journey", "Exclusion") \
        or (inspect.isclass(result) and _has_table(result)), f"{name} returns {text}"


@pytest.mark.parametrize("cls", RESULTS, ids=[c.__name__ for c in RESULTS])
def test_every_result_is_frozen_with_a_table_and_an_html_view(cls):
    assert cls.__dataclass_params__.frozen
    assert _has_table(cls) and hasattr(cls, "_repr_html_")


def test_results_show_as_their_table():
    r = metrics.nps_from_counts(25, 20, 5)
    assert list(r.table.columns)[:4] == ["value", "se", "ci_low", "ci_high"]
    assert "<table" in r._repr_html_()
    share = metrics.csat([5, 4, 3, 1])
    assert share.table.loc[0, "value"] == 0.5 and share.table.loc[0, "n"] == 4
    effort = metrics.ces([7, 6, 5, 2])
    assert effort.table.loc["low_effort", "value"] == 0.75
    assert "<table" in metrics.compare_nps(r, r)._repr_html_()


# ------------------------------------------------------------ the previous release's calls

def _kano_survey():
    return cxlab.load_dataset("kano_survey")


def test_old_spellings_still_work_with_a_future_warning_naming_the_new_call():
    survey = _kano_survey()
    with pytest.warns(FutureWarning, match=r"kano.analyze\(by="):
        old = kano.analyze(survey, segment="age_band")
    pd.testing.assert_frame_equal(old, kano.analyze(survey, by="age_band"))
    with pytest.warns(FutureWarning, match="by="):
        old = kano.compare_segments(survey, "age_band")
    pd.testing.assert_frame_equal(old, kano.compare_segments(survey, by="age_band"))
    with pytest.warns(FutureWarning, match="language="):
        assert servqual.instrument("en").equals(servqual.instrument(language="en"))
    with pytest.warns(FutureWarning, match="language="):
        risk.default_register(lang="en")
    with pytest.warns(FutureWarning, match="metric="):
        metrics.trend(cxlab.load_dataset("cx_monthly"), "csat")
    with pytest.warns(FutureWarning, match="QuestionnaireForm"):
        assert widgets.KanoForm is widgets.QuestionnaireForm
    with pytest.raises(TypeError, match="multiple values"):
        kano.wilson(kano.analyze(survey), 0.9, level=0.9)


def test_old_return_shapes_still_unpack_with_a_future_warning():
    with pytest.warns(FutureWarning, match="result.statistic"):
        stat, _, significant = kano.fong_test(60, 20, 100)
    assert stat == 40 and significant
    with pytest.warns(FutureWarning, match="result.kept"):
        kept, report = kano.exclude_respondents(_kano_survey(), max_q=0.15, max_r=0.3)
    assert len(kept) + len(report) == len(_kano_survey())
    with pytest.warns(FutureWarning, match="result.index"):
        index, level = risk.score(4, 4, 2)
    assert (index, level) == (12.8, "high")
    with pytest.warns(FutureWarning, match=r"\.low_effort"):
        assert metrics.ces([7, 6, 5, 2])["low_effort"].value == 0.75
    bank = cxlab.load_dataset("servqual_bank")
    p = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    grid = servqual.ipa(servqual.derived_importance(p, bank["overall"]), p.mean())
    with pytest.warns(FutureWarning, match=r"\.table"):
        assert grid["quadrant"].equals(grid.table["quadrant"])
    with pytest.warns(FutureWarning, match="performance_centre"):
        assert grid.attrs["crosshairs"] == (grid.performance_centre, grid.importance_centre)
    with pytest.warns(FutureWarning, match=r"\.table\.loc"):
        assert grid.loc["R1", "quadrant"] == "concentrate"
    with pytest.warns(FutureWarning, match="Goal.element"):
        assert goals.plan_examples(today=pd.Timestamp("2026-01-01").date())[0].extra["element"]
    scores = servqual.by_dimension(servqual.gaps(bank.filter(regex="^E_").rename(columns=lambda c: c[2:]), p))
    with pytest.warns(FutureWarning, match="by="):
        old = servqual.compare_groups(scores, bank["branch"])
    pd.testing.assert_frame_equal(old, servqual.compare_groups(scores.assign(branch=bank["branch"]),
                                                               by="branch"))


def test_kano_by_takes_several_columns():
    survey = _kano_survey()
    two = kano.analyze(survey, by=["age_band", "customer_type"])
    assert two.index.names == ["age_band", "customer_type", "feature"]
    one = kano.analyze(survey[survey["customer_type"] == survey["customer_type"].iloc[0]], by="age_band")
    key = (one.index[0][0], survey["customer_type"].iloc[0], one.index[0][1])
    assert two.loc[key, "n"] == one.iloc[0]["n"]


def test_deprecation_messages_are_in_both_languages():
    for lang in ("zh", "en"):
        assert cxlab.i18n.t("deprecated.call", lang, old="a", new="b")


def test_goal_cycles_are_named_not_looped():
    a = goals.Goal("NPS 10", "improvement", "nps", target=10, id="a", parent="b")
    b = goals.Goal("NPS 20", "improvement", "nps", target=20, id="b", parent="a")
    top = goals.Goal("NPS 30", "improvement", "nps", target=30, id="top")
    with pytest.raises(goals.GoalCycleError) as err:
        goals.decomposition([top, a, b])
    assert "a → b → a" in err.value.message("en") and "循环" in err.value.message("zh")
    with pytest.raises(goals.GoalCycleError, match="self → self"):
        goals.decomposition([goals.Goal("x 1", "improvement", id="self", parent="self")])


def test_evaluate_refuses_an_unmeasurable_goal_in_the_active_language():
    with pytest.raises(goals.GoalNotMeasurableError) as err:
        goals.evaluate(goals.Goal("better", "improvement", id="g1"), pd.DataFrame({"csat": [5]}))
    assert "g1" in err.value.message("en") and "测量指标" in err.value.message("zh")


def test_a_bare_cxlab_error_has_a_message():
    for lang in ("zh", "en"):
        assert cxlab.DataError().message(lang)
    assert str(cxlab.CxlabError())


def _entity_tables():
    survey, tickets = cxlab.load_dataset("cx_monthly"), cxlab.load_dataset("cx_tickets")
    as_of = "2027-01-10 08:00"
    goal = goals.Goal("CSAT 60%", "needs_met", "csat", target=0.6, id="g")
    tree = [goal, goals.with_changes(goal, id="child", parent="g")]
    result = evaluation.assess(dict.fromkeys(evaluation.items()["id"], 2))
    yield "kano.analyze", kano.analyze(cxlab.load_dataset("kano_survey")), ["feature"]
    yield "metrics.by_group", metrics.by_group(survey, metric="nps", by="channel"), ["channel"]
    yield "metrics.by_period", metrics.by_period(survey, metric="nps", period="Q"), ["period"]
    yield ("metrics.by_period(by=)", metrics.by_period(survey, metric="nps", period="Q", by="channel"),
           ["channel", "period"])
    yield "metrics.tickets", metrics.tickets(tickets, by=["channel", "category"], as_of=as_of), \
        ["channel", "category"]
    yield "goals.track", goals.track(goal, survey), ["period"]
    yield "goals.dashboard", goals.dashboard(tree, {"default": survey}), ["id"]
    yield "goals.decomposition", goals.decomposition(tree), ["id"]
    yield "goals.plan_table", goals.plan_table(tree), ["id"]
    yield "evaluation.kpi_dashboard", evaluation.kpi_dashboard(survey, tickets, period="2026Q4",
                                                               as_of=as_of), ["id"]
    yield "evaluation.kpi_trend", evaluation.kpi_trend(survey, tickets, as_of=as_of), ["id", "period"]
    yield "evaluation.assess", result, ["id"]
    yield "evaluation.by_chapter", evaluation.by_chapter(result), ["chapter"]
    yield "evaluation.actions", evaluation.actions(result), ["id"]
    bank = cxlab.load_dataset("servqual_bank")
    gaps = servqual.by_dimension(servqual.gaps(bank.filter(regex="^E_").rename(columns=lambda c: c[2:]),
                                               bank.filter(regex="^P_").rename(columns=lambda c: c[2:])))
    yield "servqual.posthoc", servqual.posthoc(gaps.assign(branch=bank["branch"]), by="branch"), \
        ["dimension", "A", "B"]


def test_analysis_tables_are_indexed_by_their_entity():
    for name, table, index in _entity_tables():
        assert list(table.index.names) == index, f"{name}: indexed by {table.index.names}, not {index}"
        assert table.index.is_unique, f"{name}: one row per {index}"
        assert not set(index) & set(table.columns), f"{name}: {index} both index and column"


def test_goals_and_metrics_share_one_estimate():
    assert set(goals.METRICS) == set(goals._SURVEY_METRICS) | {"answered_24h", "resolved_72h"}
    survey = cxlab.load_dataset("cx_monthly")
    goal = goals.Goal("CSAT 80%", "needs_met", "csat", target=0.8)
    e = goals.evaluate(goal, survey)
    row = metrics.by_group(survey.assign(all="all"), metric="csat", by="all").iloc[0]
    assert (e.estimate * 100, e.ci_low * 100, e.n) == pytest.approx((row["value"], row["ci_low"], row["n"]))
    nps = goals.evaluate(goals.with_changes(goal, metric="nps", target=10), survey)
    direct = metrics.nps(survey["recommend"])
    assert (nps.estimate, nps.ci_low, nps.ci_high) == \
        pytest.approx((direct.value, direct.ci_low, direct.ci_high))


@pytest.mark.parametrize(("name", "func"), CALLABLES, ids=[n for n, _ in CALLABLES])
def test_docstrings_are_numpydoc(name, func):
    doc = inspect.getdoc(func) or ""
    params = [p for p in inspect.signature(func).parameters if p not in ("self", "cls")]
    assert "Returns\n-------" in doc, f"{name}: document what it returns (numpydoc Returns)"
    if params:
        assert "Parameters\n----------" in doc, f"{name}: document {params} (numpydoc Parameters)"
        undocumented = [p for p in params if p != "changes" and p not in doc]
        assert undocumented == [], f"{name}: {undocumented} missing from Parameters"
