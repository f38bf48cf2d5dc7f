import re
import runpy

import pandas as pd
import pytest

import cxlab
from cxlab import datasets

from .conftest import ROOT


def test_list_datasets_describes_each_file_truthfully():
    table = cxlab.list_datasets()
    assert list(table.columns) == ["name", "title", "rows", "columns", "lesson"]
    assert "intro_survey" in set(table["name"])
    titles_en = cxlab.list_datasets(language="en").set_index("name")["title"]
    for row in table.itertuples():
        df = cxlab.load_dataset(row.name)
        assert df.shape == (row.rows, row.columns)
        assert row.title and titles_en[row.name] and titles_en[row.name] != row.title and row.lesson


def test_intro_survey_types_and_ranges(survey):
    assert survey.shape == (240, 7)
    assert pd.api.types.is_datetime64_any_dtype(survey["survey_date"])
    assert survey.notna().all().all()
    assert survey["csat"].between(1, 5).all() and survey["recommend"].between(0, 10).all()
    assert survey["ces"].between(1, 7).all()
    assert set(survey["channel"]) == {"store", "online", "phone"}
    assert survey["respondent_id"].is_unique


def test_generator_reproduces_the_committed_csv():
    generator = runpy.run_path(str(ROOT / "datasets" / "generators" / "intro_survey.py"))
    fresh = generator["generate"]()
    committed = pd.read_csv(ROOT / "datasets" / "intro_survey.csv")
    pd.testing.assert_frame_equal(fresh.reset_index(drop=True), committed, check_dtype=False)


def test_every_column_is_in_the_data_card_codebook():
    for name in cxlab.list_datasets()["name"]:
        card = cxlab.dataset_card(name)
        assert "## Codebook" in card and "seed" in card.lower()
        templated = [re.sub(r"\\\{\w+\\\}", r"\\w+", re.escape(row))
                     for row in re.findall(r"^\| (\S*\{\w+\}\S*) \|", card, re.M)]
        for column in cxlab.load_dataset(name).columns:
            assert f"| {column} |" in card or any(re.fullmatch(t, column) for t in templated), \
                (name, column)


@pytest.mark.parametrize("name", [
    "no_such_data", "../pyproject", "intro_survey.csv", "INTRO_SURVEY", "/etc/passwd",
    "generators/intro_survey", "", None,
])
def test_unknown_or_escaping_names_are_refused_with_the_valid_names(name):
    with pytest.raises(cxlab.UnknownDatasetError) as err:
        cxlab.load_dataset(name)
    assert "intro_survey" in str(err.value)
    with pytest.raises(LookupError):
        cxlab.dataset_card(name)


def test_checkout_data_folder_is_used_in_a_source_tree():
    assert datasets.data_dir() == ROOT / "datasets"
