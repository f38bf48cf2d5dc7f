"""Chinese must render in every plot on a fresh machine: no tofu, no 'missing from font'."""

import logging
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest
import seaborn as sns
from matplotlib import font_manager
from matplotlib.colors import to_hex

from cxlab import plotting

from .conftest import missing_glyphs

CHINESE = "顾客体验管理：满意度与净推荐值（−12%）"


def _draw_chinese(caplog):
    """Draw Chinese title, labels and ticks; return the warnings and font-log records raised."""
    fig, ax = plt.subplots()
    try:
        ax.bar(["门店", "线上", "电话"], [0.81, 0.71, -0.47])
        ax.set(title=CHINESE, xlabel="渠道", ylabel="满意顾客占比")
        with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING):
            warnings.simplefilter("always")
            fig.canvas.draw()
        return [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    finally:
        plt.close(fig)


@pytest.fixture
def restore_rc():
    saved = matplotlib.rcParams.copy()
    yield
    matplotlib.rcParams.update(saved)
    plotting.chinese_font.cache_clear()


def test_house_theme_draws_chinese_without_missing_glyphs(restore_rc, caplog):
    plotting.set_theme()
    assert _draw_chinese(caplog) == []
    path = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert "DejaVu" not in path


@pytest.fixture
def no_system_cjk(monkeypatch):
    """A machine without system CJK fonts: hide them from matplotlib's font list."""
    fm = font_manager.fontManager
    monkeypatch.setattr(fm, "ttflist", [f for f in fm.ttflist if "CJK" not in f.name
                                        and "SimHei" not in f.name])
    font_manager.FontManager._findfont_cached.cache_clear()
    yield
    font_manager.FontManager._findfont_cached.cache_clear()


def test_bundled_ofl_font_is_used_when_the_system_has_none(restore_rc, caplog, no_system_cjk):
    plotting.chinese_font.cache_clear()
    assert plotting._system_family() is None
    assert plotting.chinese_font() == "Noto Sans CJK SC"
    plotting.set_theme(style="ticks", context="talk")
    assert _draw_chinese(caplog) == []
    used = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert used.endswith("NotoSansCJKsc-Regular.otf") and "mplfonts" in used


def test_non_free_simhei_from_mplfonts_is_never_registered(restore_rc, monkeypatch):
    monkeypatch.setattr(plotting, "_system_family", lambda: None)
    plotting.chinese_font.cache_clear()
    plotting.chinese_font()
    assert not any(f.fname.endswith("SimHei.ttf") for f in font_manager.fontManager.ttflist)
    assert "SimHei.ttf" not in plotting.BUNDLED_FILES


def test_bare_seaborn_theme_loses_chinese_and_use_chinese_font_restores_it(restore_rc, caplog):
    plotting.set_theme()
    sns.set_theme()  # the pitfall: seaborn resets the font list
    assert any("missing from font" in m for m in _draw_chinese(caplog))
    caplog.clear()
    plotting.use_chinese_font()
    assert _draw_chinese(caplog) == []


def test_no_font_at_all_is_a_clear_error(restore_rc, monkeypatch):
    monkeypatch.setattr(plotting, "_system_family", lambda: None)
    monkeypatch.setattr(plotting, "_bundled_family", lambda: None)
    plotting.chinese_font.cache_clear()
    import cxlab

    cxlab.set_language("en")
    with pytest.raises(cxlab.FontError, match="fonts-noto-cjk"):
        plotting.set_theme()


def test_set_theme_passes_seaborn_arguments_and_user_rc(restore_rc):
    plotting.set_theme(context="paper", rc={"axes.grid": False, "figure.dpi": 120})
    rc = matplotlib.rcParams
    assert rc["axes.grid"] is False and rc["figure.dpi"] == 120
    assert rc["font.sans-serif"][0] == plotting.chinese_font()
    assert to_hex(rc["axes.prop_cycle"].by_key()["color"][0]) == plotting.PALETTE[0]


def test_cycle_diagram_draws_every_step_in_chinese(restore_rc, caplog):
    plotting.set_theme()
    fig, ax = plt.subplots()
    try:
        plotting.cycle_diagram(["策划", "运行", "评价", "保持和改进"], ax=ax, notes=["第 6 条", "", "", ""],
                               title="顾客体验管理过程")
        assert [t.get_text() for t in ax.texts if t.get_text()] == ["策划\n第 6 条", "运行", "评价",
                                                                   "保持和改进"]
        arrows = [t for t in ax.texts if type(t).__name__ == "Annotation"]
        assert len(arrows) == 4 and ax.get_title() == "顾客体验管理过程"
        assert missing_glyphs(ax) == []
    finally:
        plt.close(fig)
