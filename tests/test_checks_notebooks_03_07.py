"""The checkers of the code exercises in notebooks 03-07.

For every checker: the notebook's solution (the same code as its ``solution`` cell, on the
bundled data) passes; each registered mistake, made in pandas as a student would make it, gets
its own message; a blank gets the blank prompt; the wrong kind of object is named; and the
catalog lists every mistake. The tables below are the single list of what each exercise tests.
"""

import functools

import pandas as pd
import pytest

import cxlab
from cxlab import checks, i18n, kano, servqual


@functools.cache
def _load(name):
    return cxlab.load_dataset(name)


def kano_survey():
    return _load("kano_survey").copy()


def _melted():
    return kano.categories(kano_survey()).melt(var_name="feature", value_name="category")


def kano_counts():
    return kano.analyze(kano_survey())[list(kano.CATEGORIES)]


def _shares(denominator):
    counts = kano_counts()
    return counts.div(counts[list(denominator)].sum(axis=1), axis=0)


def _coefficients(denominator):
    counts = kano_counts()
    d = counts[list(denominator)].sum(axis=1)
    return pd.DataFrame({"better": (counts["A"] + counts["O"]) / d,
                         "worse": -(counts["O"] + counts["M"]) / d})


def _bank(prefix):
    bank = _load("servqual_bank").set_index("respondent_id")
    return bank.filter(regex=f"^{prefix}_").rename(columns=lambda c: c[len(prefix) + 1:])


def _item_dimension():
    return servqual.instrument().set_index("item")["dimension"]


def _gaps(e="E", p="P"):
    return _bank(p) - _bank(e)


def _gap_scores():
    return servqual.by_dimension(servqual.gaps(_bank("E"), _bank("P")))


def _weighted(keep="valid"):
    points, gaps = _bank("W"), _gap_scores()
    rows = points.sum(axis=1).sub(100).abs() <= 0.5 if keep == "valid" else points.index == points.index
    return gaps[rows], points[rows]


def _weighted_score(keep="valid", combine="sum", per=100):
    """Each respondent's Σ (or mean of) dimension gap × points / ``per``, averaged."""
    gaps, points = _weighted(keep)
    return (gaps * points).agg(combine, axis=1).div(per).mean()


def monthly():
    return _load("cx_monthly").copy()


def _last_half():
    survey = monthly()
    return survey[survey["date"] >= "2026-07-01"]


def _wilson(answers, **options):
    from statsmodels.stats.proportion import proportion_confint

    return proportion_confint(int((answers["csat"] >= 4).sum()), len(answers), **options)


GOAL = {"target": 0.75, "baseline": 0.67, "channels": ["online", "app"]}


def _orders(channels=("online", "app"), since="2026-01-01"):
    survey = monthly()
    return survey[(survey["date"] >= since) & survey["channel"].isin(channels)]


def _quarter_share(channels=("online", "app")):
    orders = _orders(channels)
    return (orders["csat"] >= 4).groupby(orders["date"].dt.to_period("Q")).mean()


def _q4_share(channels=("online", "app")):
    return (_orders(channels, since="2026-10-01")["csat"] >= 4).mean()


def _tickets():
    return _load("cx_tickets").copy()


def _in_time(column="resolved", limit="72h"):
    tickets = _tickets()
    return (tickets[column] - tickets["created"]) <= pd.Timedelta(limit)


def _refund():
    s = kano_survey()
    return s["fast_refund_func"], s["fast_refund_dys"]


# checker name → the data arguments its notebook cell passes (positional, keyword)
ARGS = {
    "kano_pair_category": lambda: ((), {"functional": 2, "dysfunctional": 5}),
    "kano_feature_counts": lambda: (_refund(), {}),
    "kano_q_share": lambda: ((kano_survey(),), {}),
    "kano_category_counts": lambda: ((kano_survey(),), {}),
    "kano_category_strength": lambda: ((kano_counts(),), {}),
    "better_worse": lambda: ((kano_counts(),), {}),
    "servqual_dimension_gaps": lambda: ((_bank("E"), _bank("P")), {}),
    "servqual_overall_score": lambda: ((_bank("E"), _bank("P")), {}),
    "servqual_weighted_score": lambda: ((_gap_scores(), _bank("W")), {}),
    "nps_points": lambda: ((monthly()["recommend"],), {}),
    "csat_top2_share": lambda: ((monthly(),), {"since": "2026-07-01"}),
    "wilson_interval": lambda: ((monthly(),), {"since": "2026-07-01"}),
    "goal_gap_by_quarter": lambda: ((monthly(),), {**GOAL, "since": "2026-01-01"}),
    "goal_progress": lambda: ((monthly(),), {**GOAL, "since": "2026-10-01"}),
    "tickets_resolved_in_time": lambda: ((_tickets(),), {"within": "72h"}),
}

# checker name → the notebook's solution
SOLUTIONS = {
    "kano_pair_category": lambda: kano.evaluation_table("berger").loc[2, 5],
    "kano_feature_counts": lambda: kano.classify(*_refund()).value_counts(),
    "kano_q_share": lambda: kano.categories(kano_survey()).pipe(
        lambda cats: cats.eq("Q").sum() / cats.notna().sum()),
    "kano_category_counts": lambda: pd.crosstab(_melted()["feature"], _melted()["category"]),
    "kano_category_strength": lambda: _shares("AOMIRQ").apply(
        lambda row: row.nlargest(2).iloc[0] - row.nlargest(2).iloc[1], axis=1),
    "better_worse": lambda: _coefficients("AOMI"),
    "servqual_dimension_gaps": lambda: _gaps().mean().groupby(_item_dimension()).mean(),
    "servqual_overall_score": lambda: _gap_scores().mean(axis=1).mean(),
    "servqual_weighted_score": _weighted_score,
    "nps_points": lambda: 100 * ((monthly()["recommend"] >= 9).mean() - (monthly()["recommend"] <= 6).mean()),
    "csat_top2_share": lambda: (_last_half()["csat"] >= 4).mean(),
    "wilson_interval": lambda: _wilson(_last_half(), method="wilson"),
    "goal_gap_by_quarter": lambda: 0.75 - _quarter_share(),
    "goal_progress": lambda: (_q4_share() - 0.67) / (0.75 - 0.67),
    "tickets_resolved_in_time": lambda: _in_time().mean(),
}

# (checker name, mistake key, the wrong answer a student who makes that mistake produces)
MISTAKES = [
    ("kano_pair_category", "check.03.swapped_pair", lambda: kano.evaluation_table("berger").loc[5, 2]),
    ("kano_pair_category", "check.03.like_for_expect", lambda: kano.evaluation_table("berger").loc[1, 5]),
    ("kano_feature_counts", "check.03.swapped_columns",
     lambda: kano.classify(*reversed(_refund())).value_counts()),
    ("kano_feature_counts", "check.03.counts_not_shares",
     lambda: kano.classify(*_refund()).value_counts(normalize=True)),
    ("kano_q_share", "check.03.q_over_all", lambda: kano.categories(kano_survey()).eq("Q").mean()),
    ("kano_q_share", "check.03.q_with_r", lambda: kano.categories(kano_survey()).pipe(
        lambda cats: cats.isin(["Q", "R"]).sum() / cats.notna().sum())),
    ("kano_q_share", "check.03.q_counts", lambda: kano.categories(kano_survey()).eq("Q").sum()),
    ("kano_q_share", "check.03.q_percent", lambda: kano.categories(kano_survey()).pipe(
        lambda cats: 100 * cats.eq("Q").sum() / cats.notna().sum())),
    ("kano_category_counts", "check.04.shares_not_counts",
     lambda: pd.crosstab(_melted()["feature"], _melted()["category"], normalize="index")),
    ("kano_category_counts", "check.04.transposed",
     lambda: pd.crosstab(_melted()["category"], _melted()["feature"])),
    ("kano_category_strength", "check.04.strength_counts", lambda: kano_counts().apply(
        lambda row: row.nlargest(2).iloc[0] - row.nlargest(2).iloc[1], axis=1)),
    ("kano_category_strength", "check.04.strength_aomi", lambda: _shares("AOMI").apply(
        lambda row: row.nlargest(2).iloc[0] - row.nlargest(2).iloc[1], axis=1)),
    ("kano_category_strength", "check.04.strength_top_only", lambda: _shares("AOMIRQ").max(axis=1)),
    ("better_worse", "check.04.denominator_all", lambda: _coefficients("AOMIRQ")),
    ("better_worse", "check.04.worse_sign",
     lambda: _coefficients("AOMI").assign(worse=lambda c: -c["worse"])),
    ("servqual_dimension_gaps", "check.05.e_minus_p",
     lambda: _gaps("P", "E").mean().groupby(_item_dimension()).mean()),
    ("servqual_dimension_gaps", "check.05.perception_only",
     lambda: _bank("P").mean().groupby(_item_dimension()).mean()),
    ("servqual_dimension_gaps", "check.05.sum_not_mean",
     lambda: _gaps().mean().groupby(_item_dimension()).sum()),
    ("servqual_overall_score", "check.05.items_weighted", lambda: _gaps().mean().mean()),
    ("servqual_overall_score", "check.05.e_minus_p", lambda: (-_gap_scores()).mean(axis=1).mean()),
    ("servqual_overall_score", "check.05.sum_of_dimensions", lambda: _gap_scores().mean().sum()),
    ("servqual_weighted_score", "check.05.kept_bad_allocations", lambda: _weighted_score("all")),
    ("servqual_weighted_score", "check.05.unweighted", lambda: _weighted()[0].mean(axis=1).mean()),
    ("servqual_weighted_score", "check.05.mean_allocation",
     lambda: (lambda g, w: (g.mean() * w.mean()).sum() / w.mean().sum())(*_weighted())),
    ("servqual_weighted_score", "check.05.not_per_100", lambda: _weighted_score(per=1)),
    ("servqual_weighted_score", "check.05.mean_of_products", lambda: _weighted_score(combine="mean")),
    ("nps_points", "check.06.passives_as_detractors",
     lambda: 100 * ((monthly()["recommend"] >= 9).mean() - (monthly()["recommend"] < 9).mean())),
    ("nps_points", "check.06.eight_as_promoter",
     lambda: 100 * ((monthly()["recommend"] >= 8).mean() - (monthly()["recommend"] <= 6).mean())),
    ("nps_points", "check.06.promoters_only", lambda: 100 * (monthly()["recommend"] >= 9).mean()),
    ("csat_top2_share", "check.06.not_filtered", lambda: (monthly()["csat"] >= 4).mean()),
    ("csat_top2_share", "check.06.top_box_only", lambda: (_last_half()["csat"] == 5).mean()),
    ("csat_top2_share", "check.06.three_included", lambda: (_last_half()["csat"] > 2).mean()),
    ("csat_top2_share", "check.06.mean_score", lambda: _last_half()["csat"].mean() / 5),
    ("wilson_interval", "check.06.wald", lambda: _wilson(_last_half())),
    ("wilson_interval", "check.06.level_90", lambda: _wilson(_last_half(), alpha=0.1, method="wilson")),
    ("wilson_interval", "check.06.interval_not_filtered", lambda: _wilson(monthly(), method="wilson")),
    ("goal_gap_by_quarter", "check.07.channels_not_filtered",
     lambda: 0.75 - _quarter_share(channels=monthly()["channel"].unique())),
    ("goal_gap_by_quarter", "check.07.gap_sign", lambda: _quarter_share() - 0.75),
    ("goal_gap_by_quarter", "check.07.gap_to_baseline", lambda: 0.67 - _quarter_share()),
    ("goal_progress", "check.07.share_of_target", lambda: _q4_share() / 0.75),
    ("goal_progress", "check.07.remaining", lambda: (0.75 - _q4_share()) / (0.75 - 0.67)),
    ("goal_progress", "check.07.not_divided", lambda: _q4_share() - 0.67),
    ("goal_progress", "check.07.channels_not_filtered",
     lambda: (_q4_share(channels=monthly()["channel"].unique()) - 0.67) / (0.75 - 0.67)),
    ("tickets_resolved_in_time", "check.07.open_dropped",
     lambda: _in_time()[_tickets()["resolved"].notna()].mean()),
    ("tickets_resolved_in_time", "check.07.response_not_resolution",
     lambda: _in_time("first_response").mean()),
    ("tickets_resolved_in_time", "check.07.wrong_limit", lambda: _in_time(limit="24h").mean()),
]

NOTEBOOKS = {"03", "04", "05", "06", "07"}


def _check(name, answer):
    args, kwargs = ARGS[name]()
    return getattr(checks, name)(answer, *args, **kwargs)


@pytest.mark.parametrize("name", sorted(SOLUTIONS))
def test_the_notebook_solution_passes(name):
    result = _check(name, SOLUTIONS[name]())
    assert result.passed, result.message


@pytest.mark.parametrize("name, key, wrong", MISTAKES, ids=[f"{n}-{k}" for n, k, _ in MISTAKES])
def test_each_mistake_made_in_pandas_is_named(name, key, wrong):
    for language in ("zh", "en"):
        cxlab.set_language(language)
        result = _check(name, wrong())
        assert not result.passed
        assert result.message.endswith(i18n.t(key)), result.message  # a table names the column first


@pytest.mark.parametrize("name", sorted(SOLUTIONS))
def test_a_blank_asks_for_an_answer_and_a_wrong_object_is_named(name):
    assert _check(name, ...).message == i18n.t("check.blank")
    wrong = _check(name, object())
    assert not wrong.passed and "object" in wrong.message


def test_the_interval_may_come_as_a_list_an_array_or_a_cxlab_share():
    low, high = _wilson(_last_half(), method="wilson")
    for answer in ([low, high], pd.Series([low, high]).to_numpy(), cxlab.metrics.csat(_last_half()["csat"])):
        assert _check("wilson_interval", answer).passed
    assert "float" in _check("wilson_interval", low).message
    assert "ci_high" in _check("wilson_interval", (low, high + 0.01)).message


def test_a_share_for_nps_points_and_a_percentage_for_a_share_are_explained():
    promoters, detractors = (monthly()["recommend"] >= 9).mean(), (monthly()["recommend"] <= 6).mean()
    assert "乘以 100" in _check("nps_points", promoters - detractors).message
    assert "除以 100" in _check("csat_top2_share", 100 * (_last_half()["csat"] >= 4).mean()).message


def test_quarters_may_be_periods_or_their_labels():
    gap = 0.75 - _quarter_share()
    assert _check("goal_gap_by_quarter", gap.rename(index=str)).passed
    by_number = gap.rename(index=lambda q: q.quarter)
    assert "2026Q1" in _check("goal_gap_by_quarter", by_number).message


def test_every_ticket_is_past_its_deadline_so_the_census_counts_all():
    table = cxlab.metrics.tickets(_tickets(), as_of=pd.Timestamp("2027-01-10 08:00")).iloc[0]
    assert table["resolved_due"] == len(_tickets())


# checker name → the same answer from cxlab's own analysis: an independent computation of each
# checker's reference (the functions' formulas are pinned to their sources in their own tests)
FROM_CXLAB = {
    "kano_pair_category": lambda: kano.classify("理所当然", "不喜欢"),
    "kano_feature_counts": lambda: kano.analyze(kano_survey()).loc["fast_refund", list(kano.CATEGORIES)],
    "kano_q_share": lambda: kano.analyze(kano_survey())["share_Q"],
    "kano_category_counts": kano_counts,
    "kano_category_strength": lambda: kano.analyze(kano_survey())["category_strength"],
    "better_worse": lambda: kano.analyze(kano_survey())[["better", "worse"]],
    "servqual_dimension_gaps": lambda: servqual.summarize(_bank("E"), _bank("P"))["gap"].drop("overall"),
    "servqual_overall_score": lambda: servqual.overall_score(_gap_scores().mean()),
    "servqual_weighted_score": lambda: servqual.weighted_scores(*_weighted()).mean(),
    "nps_points": lambda: cxlab.metrics.nps(monthly()["recommend"]).value,
    "csat_top2_share": lambda: cxlab.metrics.csat(_last_half()["csat"]).value,
    "wilson_interval": lambda: cxlab.metrics.csat(_last_half()["csat"]),
    "goal_gap_by_quarter": lambda: _orders().groupby(_orders()["date"].dt.to_period("Q"))["csat"].agg(
        lambda csat: 0.75 - cxlab.metrics.csat(csat).value),
    "goal_progress": lambda: (cxlab.metrics.csat(_orders(since="2026-10-01")["csat"]).value - 0.67) / 0.08,
    "tickets_resolved_in_time": lambda: cxlab.metrics.tickets(
        _tickets(), as_of=pd.Timestamp("2027-01-10 08:00")).iloc[0]["resolved_in_time"],
}


@pytest.mark.parametrize("name", sorted(FROM_CXLAB))
def test_each_reference_agrees_with_cxlabs_own_analysis(name):
    result = _check(name, FROM_CXLAB[name]())
    assert result.passed, result.message


def test_every_checker_of_these_notebooks_is_tested_with_all_its_mistakes():
    registered = {name: set(keys) for name, (notebook, keys) in checks._CHECKERS.items()
                  if notebook in NOTEBOOKS}
    tested = {name: {key for n, key, _ in MISTAKES if n == name} for name in SOLUTIONS}
    assert registered == tested
    assert set(FROM_CXLAB) == set(SOLUTIONS) == set(ARGS)
    table = checks.catalog(language="en")
    for name in registered:
        listed = table.loc[table["exercise"] == name, "mistake"].tolist()
        assert listed == [i18n.t(key, "en") for key in checks._CHECKERS[name][1]]
        assert all("{" not in text for text in listed)
