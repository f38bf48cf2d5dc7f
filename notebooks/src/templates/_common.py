"""Cells every report template shares (imported by the templates' sources, not built itself)."""

PROVENANCE = [
    ("md", """
## 1 数据来源

文件、平台、下载方式、编码，以及保留和排除的受访者（每位被排除者都有原因）。
""", """
## 1 Where the data come from

File, platform, download mode, encoding, and the respondents kept and excluded (each exclusion
with its reason).
"""),
    ("code", """
for note in notes:
    print("⚠", note)
report.provenance(survey)
"""),
]
