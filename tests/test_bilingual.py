"""One bilingual shape (issue 19): content tables give each text once, in the language asked
for (default: the active one); users' own tables may be written in one language."""

import importlib
import inspect
import pkgutil
import warnings

import pandas as pd
import pytest
import yaml

import cxlab
from cxlab import course, datasets, goals, journey, kano, standard
from cxlab.errors import MissingColumnError

# (call, the text it gives for one known entry, zh, en): the texts are those of the YAML/CSV
# data files (cxlab/data/standard.yaml, planning.yaml, design.yaml, datasets/*.md, course.py).
CASES = {
    "clauses.summary": (lambda **kw: standard.clauses(**kw).set_index("number").loc["8", "summary"],
                        "测量和评价顾客体验管理的绩效，定期评估管理本身，并据此持续改进。",
                        "Measure and evaluate"),
    "terms.definition": (lambda **kw: standard.terms(**kw).set_index("clause").loc["3.7", "definition"],
                         "反映愿意推荐与不", "An indicator of the balance between customers"),
    "terms.pitfall": (lambda **kw: standard.terms(**kw).set_index("clause").loc["3.8", "pitfall"],
                      "看清量表方向", "Check the scale's direction"),
    "principles.summary": (lambda **kw: standard.principles(**kw).loc[0, "summary"],
                           "以顾客需求为指引", "Let customers' needs steer"),
    "qmps.summary": (lambda **kw: standard.qmps(**kw).loc[0, "summary"],
                     "质量管理首先要满足顾客要求并争取超越顾客期望。",
                     "The first concern of quality management is to meet customer requirements"),
    "principle_qmp_map.qmp": (lambda **kw: standard.principle_qmp_map(**kw).loc[0, "qmp"],
                              "以顾客为关注焦点", "Customer focus"),
    "principle_qmp_map.principle": (lambda **kw: standard.principle_qmp_map(**kw).loc[0, "principle"],
                                    "顾客需求引导", "Led by customer needs"),
    "section.step": (lambda **kw: standard.section("design_steps", **kw).loc[0, "step"],
                     "需求分析", "Needs analysis"),
    # the whole text: an unquoted comma in the YAML used to cut it at "finally uses it"
    "section.note": (lambda **kw: standard.section("customer_kinds", **kw).loc[2, "note"],
                     "经过中间环节后最终使用的人", "finally uses it, after any intermediaries"),
    "section.experience": (lambda **kw: standard.section("experience_vs_satisfaction", **kw)
                           .loc[4, "experience"],
                           "情感、生理和心理上的联系，覆盖与品牌的全部互动",
                           "emotional, physical and psychological ties across every brand interaction"),
    "section.title": (lambda **kw: standard.section("references", **kw).loc[0, "title"],
                      "质量管理体系 基础和术语", "Quality management systems — Fundamentals and vocabulary"),
    "scope_case.organisation": (lambda **kw: standard.scope_case(**kw)["organisation"],
                                "一家主营家居用品的电商平台",
                                "An e-commerce platform selling home furnishings"),
    "scope_case.department": (lambda **kw: standard.scope_case(**kw)["departments"][1]["department"],
                              "物流部门", "Logistics"),
    "clause.definition": (lambda **kw: standard.clause("3.6", **kw)["definition"],
                          "顾客与组织", "A point or medium at which the customer interacts"),
    "find.definition": (lambda **kw: standard.find("NPS", **kw)["definition"].iloc[0],
                        "反映愿意推荐与不", "An indicator of the balance"),
    "markdown": (lambda **kw: standard.markdown("8.2", **kw), "**第 8.2 条 顾客体验管理的评估**",
                 "**Clause 8.2 Assessing CX management**"),
    "modules.title": (lambda **kw: course.modules(**kw).loc[0, "title"], "从这里开始", "Start here"),
    "agenda.title": (lambda **kw: course.agenda(**kw).loc[1, "title"], "术语和定义解读",
                     "The language of customer experience"),
    "list_datasets.title": (lambda **kw: datasets.list_datasets(**kw).set_index("name")
                            .loc["intro_survey", "title"],
                            "售后服务满意度小调查（入门）", "Post-service survey (starter)"),
    "design_steps.step": (lambda **kw: journey.design_steps(**kw).loc[1, "step"],
                          "需求分析", "Needs analysis"),
    "design_criteria.criterion": (lambda **kw: journey.design_criteria(**kw).loc[1, "criterion"],
                                  "满足顾客需求和期望", "Meets customers' needs and expectations"),
    "resource_types.type": (lambda **kw: goals.resource_types(**kw).loc["people", "type"],
                            "人力资源", "People"),
    "cx_roles.role": (lambda **kw: goals.cx_roles(**kw).loc[0, "role"], "团队领导", "Team leader"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_language_option_gives_the_text_in_that_language(case):
    call, zh, en = CASES[case]
    assert call(language="zh").startswith(zh)
    assert call(language="en").startswith(en)


@pytest.mark.parametrize("case", sorted(CASES))
def test_default_follows_the_active_language(case):
    call, zh, en = CASES[case]
    cxlab.set_language("en")
    assert call().startswith(en)
    cxlab.set_language("zh")
    assert call().startswith(zh)


def test_an_unknown_language_is_a_cxlab_error_listing_the_codes():
    with pytest.raises(cxlab.errors.UnknownLanguageError, match="zh, en"):
        standard.terms(language="fr")
    assert standard.terms(language="English").loc[0, "definition"].isascii()
    # every module checks the code the same way (i18n.code): no raw KeyError, no other error class
    from cxlab import capstone, evaluation, report, risk, servqual
    calls = [lambda: course.time_needed("05_servqual", language="fr"),
             lambda: course.trainer_guide(language="fr"), lambda: capstone.rubric(language="fr"),
             lambda: evaluation.indicators(language="fr"),
             lambda: kano.answer_labels(language="fr"), lambda: risk.default_register(language="fr"),
             lambda: report.template("kano", language="fr"), lambda: servqual.dimension_names(language="fr")]
    for call in calls:
        with pytest.raises(cxlab.errors.UnknownLanguageError, match="zh, en"):
            call()


def _content_functions():
    """Every public function of the package that runs without arguments (the content tables)."""
    for info in pkgutil.iter_modules(cxlab.__path__):
        if info.name.startswith("_") or info.name in ("cli", "classroom", "store"):
            continue
        module = importlib.import_module(f"cxlab.{info.name}")
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or func.__module__ != module.__name__:
                continue
            needed = [p for p in inspect.signature(func).parameters.values()
                      if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
            if not needed:
                yield f"{info.name}.{name}", func


def _tables(value):
    if isinstance(value, pd.DataFrame):
        yield value
    elif isinstance(value, dict):
        yield pd.DataFrame([value])
        for item in value.values():
            if isinstance(item, list) and item and isinstance(item[0], dict):
                yield pd.DataFrame(item)


def test_no_content_table_has_a_zh_en_column_pair_but_a_name():
    """Only the glossary's documented name pair (``zh`` / ``en``) may hold both languages;
    every other text is one column (CONTRIBUTING.md, "Errors and texts")."""
    walked, paired = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # plots and deprecated spellings are not the point here
        for name, func in _content_functions():
            try:
                value = func()
            except Exception:  # functions that need data are not content tables
                continue
            walked.append(name)
            for table in _tables(value):
                columns = {str(c) for c in table.columns}
                paired += [f"{name}: {c}" for c in sorted(columns)
                           if c.endswith("_zh") and c[:-3] + "_en" in columns]
    sections = [standard.section(s) for s in (*standard.SECTION_NAMES, "experience_vs_satisfaction")]
    paired += [f"section: {c}" for table in sections for c in table.columns
               if str(c).endswith(("_zh", "_en"))]
    assert {"standard.terms", "standard.clauses", "course.modules", "datasets.list_datasets",
            "standard.scope_case", "goals.cx_roles"} <= set(walked)
    assert paired == []


def test_content_files_have_no_text_cut_at_a_comma():
    """An unquoted ", " in a YAML flow mapping starts a new key with no value: the text is cut."""
    from cxlab import content

    def cut(node):
        if isinstance(node, dict):
            yield from (k for k, v in node.items() if v is None and isinstance(k, str) and " " in k)
            for v in node.values():
                yield from cut(v)
        elif isinstance(node, list):
            for v in node:
                yield from cut(v)

    for path in sorted(content.FOLDER.glob("*.yaml")):
        assert list(cut(yaml.safe_load(path.read_text(encoding="utf-8")))) == [], path.name


# --------------------------------------------------------------- users' own tables

ONE_LANGUAGE_JOURNEY = pd.DataFrame({
    "stage": ["order", "order", "deliver", "deliver"],
    "lane": ["customer", "back", "customer", "support"],
    "element": ["Orders a sofa", "Stock is reserved", "Waits for the van", "Route planning"],
    "channel": ["app", "", "home", ""],
    "emotion": [1, None, -2, None],
    "pain": ["", "", "No delivery window", ""],
    "moment_of_truth": [False, False, True, False],
})


def test_a_journey_map_in_one_language_loads_and_analyses():
    # an English map in a zh session: it shows the one language it has
    trip = journey.Journey.from_frame(ONE_LANGUAGE_JOURNEY)
    points = trip.touchpoints()
    assert points["element"].tolist() == ["Orders a sofa", "Waits for the van"]
    assert points["pain"].tolist() == ["", "No delivery window"]
    assert trip.emotion_by_stage().tolist() == [1.0, -2.0]
    assert trip.touchpoint_matrix().loc[trip.stage_labels()[1]].tolist() == ["", "Waits for the van"]


def test_a_bilingual_journey_map_picks_the_language_and_falls_back_when_blank():
    frame = ONE_LANGUAGE_JOURNEY.drop(columns=["element", "pain"]).assign(
        element_zh=["下单买沙发", "", "等送货车", "路线规划"],
        element_en=["Orders a sofa", "Stock is reserved", "Waits for the van", "Route planning"])
    trip = journey.Journey.from_frame(frame)
    assert trip.touchpoints()["element"].tolist() == ["下单买沙发", "等送货车"]
    assert trip.touchpoints()["pain"].tolist() == ["", ""]
    cxlab.set_language("en")
    assert trip.touchpoints()["element"].tolist() == ["Orders a sofa", "Waits for the van"]
    cxlab.set_language("zh")
    back = trip.table[trip.table["lane"] == "back"]
    assert trip._texts(back).tolist() == ["Stock is reserved"]  # blank zh: the en text


def test_a_journey_map_without_element_text_names_the_columns():
    with pytest.raises(MissingColumnError) as err:
        journey.Journey.from_frame(ONE_LANGUAGE_JOURNEY.drop(columns="element"))
    assert "element (or element_zh, element_en)" in err.value.message("en")
    assert "element（或 element_zh、element_en）" in err.value.message("zh")


def test_a_kano_feature_table_in_one_language_with_absent():
    features = pd.DataFrame({"feature": ["slot", "install"],
                             "en": ["you could pick a delivery slot", "installation was free"],
                             "absent": ["you could not pick a delivery slot", ""]})
    questions = kano.questionnaire(features, language="en").set_index("question_id")["question"]
    assert "you could not pick a delivery slot" in questions["slot_dys"]
    assert questions["install_dys"] == cxlab.i18n.t("kano.dysfunctional", "en",
                                                    absent=cxlab.i18n.t("kano.absent", "en",
                                                                        feature="installation was free"))
    # a zh session shows the one language there is
    assert "you could pick a delivery slot" in kano.questionnaire(features)["question"].iloc[0]
    # the answers to these questions analyse as any: like it present, dislike it absent → O
    answers = pd.DataFrame({question_id: [1, 1, 1, 1] if question_id.endswith("_func") else [5, 5, 5, 3]
                            for question_id in questions.index})
    result = kano.analyze(answers, features=list(features["feature"]))
    assert result.loc["slot", "category"] == "O" and result.loc["install", "n"] == 4
    bundled = kano.questionnaire(cxlab.load_dataset("kano_features").head(1), language="zh")
    assert "商品页没有 3D/AR 实景摆放预览" in bundled["question"].iloc[1]
    # a blank English absent wording negates the English phrase; it never borrows the Chinese one
    pair = pd.DataFrame({"feature": ["ar"], "zh": ["AR 预览"], "en": ["AR preview"],
                         "absent_zh": ["没有 AR 预览"], "absent_en": [""]})
    english = kano.questionnaire(pair, language="English")["question"].iloc[1]
    assert "没有" not in english and "AR preview" in english
    assert "没有 AR 预览" in kano.questionnaire(pair, language="zh")["question"].iloc[1]


def test_a_kano_feature_table_without_a_phrase_names_the_columns():
    with pytest.raises(MissingColumnError) as err:
        kano.questionnaire(pd.DataFrame({"feature": ["slot"], "text": ["x"]}))
    assert "zh or en" in err.value.message("en")
