#!/usr/bin/env python3
"""Convert the npm package chinese-days into the calendar module's per-year files.

Usage (from the repository root):

    npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz -C /tmp/cd
    python3 calendar/tools/convert_chinese_days.py /tmp/cd/package \
        calendar/src/main/resources/cn/shuangsuiji/calendar/cn

Reads <package>/dist/chinese-days.json and writes one file per State Council
notice, <year>.txt, for the years in NOTICES below, plus index.txt listing them.

A date belongs to the notice that set it: that is its own year, except a
December date of the New Year's Day (元旦) arrangement, which the following
year's notice sets (e.g. 2018-12-29 was made a working day by the 2019 notice).
Holiday names are normalised to the names used in the notices (清明 -> 清明节).
"""
import datetime
import json
import pathlib
import sys

PACKAGE = "chinese-days"

# Notice titles and links (links as cited in chinese-days src/holidays/generate.ts).
NOTICES = {
    2017: [("国务院办公厅关于2017年部分节假日安排的通知",
            "http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm")],
    2018: [("国务院办公厅关于2018年部分节假日安排的通知",
            "http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm")],
    2019: [("国务院办公厅关于2019年部分节假日安排的通知",
            "http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm"),
           ("国务院办公厅关于调整2019年劳动节假期安排的通知",
            "http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm")],
    2020: [("国务院办公厅关于2020年部分节假日安排的通知",
            "http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm"),
           ("国务院办公厅关于延长2020年春节假期的通知",
            "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm")],
    2021: [("国务院办公厅关于2021年部分节假日安排的通知",
            "http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm")],
    2022: [("国务院办公厅关于2022年部分节假日安排的通知",
            "http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm")],
    2023: [("国务院办公厅关于2023年部分节假日安排的通知",
            "http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm")],
    2024: [("国务院办公厅关于2024年部分节假日安排的通知",
            "https://www.gov.cn/zhengce/content/202310/content_6911527.htm")],
    2025: [("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
            "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm")],
    2026: [("国务院办公厅关于2026年部分节假日安排的通知",
            "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm")],
}

NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
}


def notice_year(date, english):
    if date.month == 12 and english == "New Year's Day":
        return date.year + 1
    return date.year


def main(package_dir, out_dir):
    package_dir, out_dir = pathlib.Path(package_dir), pathlib.Path(out_dir)
    version = json.loads((package_dir / "package.json").read_text("utf-8"))["version"]
    data = json.loads((package_dir / "dist" / "chinese-days.json").read_text("utf-8"))
    in_lieu = set(data["inLieuDays"])
    per_notice = {year: [] for year in NOTICES}
    for kind, key in (("holiday", "holidays"), ("workday", "workdays")):
        for iso, value in data[key].items():
            english = value.split(",")[0]
            date = datetime.date.fromisoformat(iso)
            year = notice_year(date, english)
            if year not in per_notice:
                continue
            name = NAMES[english]
            label = name if kind == "holiday" else name + "调休"
            comment = "  # 调休" if kind == "holiday" and iso in in_lieu else ""
            per_notice[year].append((iso, kind, label, comment))
    out_dir.mkdir(parents=True, exist_ok=True)
    for year, entries in per_notice.items():
        lines = [
            f"# {year} 年全国节假日安排 — China public holidays and make-up working days (调休上班日), {year}",
            "#",
        ]
        for title, url in NOTICES[year]:
            lines.append(f"# Notice: {title}")
            lines.append(f"#         {url}")
        lines += [
            f"# Source: npm package {PACKAGE}@{version}, dist/chinese-days.json",
            "#         (MIT License, Copyright (c) 2024 Yawei sun; see calendar/DATA-LICENSE.md)",
            "#         converted by calendar/tools/convert_chinese_days.py",
            "#",
            "# Format: <yyyy-MM-dd> <holiday|workday> <label>   '#' starts a comment.",
            "#   holiday = a day off (法定节假日 or 调休放假), even if it is a weekend day",
            "#   workday = a weekend day that is a working day (调休上班)",
            "#   Days not listed: Monday-Friday are working days, Saturday and Sunday are not.",
            "#   '# 调休' marks a weekday off in exchange for a make-up working day.",
            "",
        ]
        for iso, kind, label, comment in sorted(entries):
            lines.append(f"{iso} {kind:<7} {label}{comment}")
        (out_dir / f"{year}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    index = [
        "# Bundled calendar files, one per line (read by WorkingDayCalendar).",
        "# Add a line here when adding a bundled <year>.txt.",
    ] + [f"{year}.txt" for year in sorted(per_notice)]
    (out_dir / "index.txt").write_text("\n".join(index) + "\n", "utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
