#!/usr/bin/env python3
"""Writes samples/first-set/: realistic, made-up filled report forms (报表/台账) in every format FormFold
reads, and tools/samples_expected.json: what ingest should find in each.

    python3 tools/make_samples.py            # from the repository root

Deterministic: one fixed random seed, fixed document properties and zip timestamps, so rerunning gives
byte-identical files. Everything is made up: names are common surnames + given names, ID numbers have
plausible area codes and birth dates and a valid ISO 7064 MOD 11-2 check digit, mobiles are 11 digits
starting 13/15/17/18/19, places (青岚县, 石桥镇, 东坪村 …) are invented. Needs xlsxwriter, openpyxl, xlwt.

The forms follow the style of the township templates in /work/shared/corpus/real-templates/: merged
titles, 填报单位/日期 lines, multi-row merged headers with line breaks and （必填）, 填表人/审核人 footers and
填表说明 notes, empty Sheet2/Sheet3.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
import zipfile

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "samples", "first-set")
EXPECTED = os.path.join(ROOT, "tools", "samples_expected.json")
SEED = 20220420
FIXED_TIME = dt.datetime(2022, 4, 28, 9, 0, 0)

rng = random.Random(SEED)

# --- made-up people and places -----------------------------------------------------------------

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹常武乔贺樊兰")
GIVEN_MALE = list("建国志军伟强平刚勇杰涛明斌超鹏飞磊亮峰辉俊浩宇轩博文海东林永生华成龙")
GIVEN_FEMALE = list("丽红芳英霞燕娟琴梅兰玉秀敏静艳婷雪慧佳欣怡萱涵悦琳月晶凤桂花")
GIVEN_ANY = list("晓小春立新少振子雨思梓家天瑞学云宏长世光嘉美一金德爱")

# simplified → traditional for the characters the traditional-script sample uses
TRAD = str.maketrans({
    "刘": "劉", "陈": "陳", "杨": "楊", "赵": "趙", "黄": "黃", "吴": "吳", "孙": "孫", "郑": "鄭", "冯": "馮",
    "萧": "蕭", "许": "許", "邓": "鄧", "苏": "蘇", "卢": "盧", "蒋": "蔣", "贾": "賈", "叶": "葉", "阎": "閻",
    "钟": "鍾", "汪": "汪", "谭": "譚", "邹": "鄒", "陆": "陸", "邱": "邱", "顾": "顧", "龙": "龍", "万": "萬",
    "钱": "錢", "汤": "湯", "乔": "喬", "贺": "賀", "兰": "蘭", "张": "張", "马": "馬", "罗": "羅", "梁": "梁",
    "宋": "宋", "谢": "謝", "韩": "韓", "唐": "唐", "董": "董", "袁": "袁", "沈": "沈", "彭": "彭", "吕": "呂",
    "蔡": "蔡", "丁": "丁", "魏": "魏", "薛": "薛", "潘": "潘", "杜": "杜", "戴": "戴", "夏": "夏", "范": "范",
    "方": "方", "姚": "姚", "廖": "廖", "熊": "熊", "金": "金", "孔": "孔", "白": "白", "崔": "崔", "康": "康",
    "毛": "毛", "秦": "秦", "江": "江", "史": "史", "侯": "侯", "邵": "邵", "孟": "孟", "段": "段", "雷": "雷",
    "尹": "尹", "常": "常", "武": "武", "樊": "樊", "程": "程", "曹": "曹", "傅": "傅", "曾": "曾", "余": "余", "滨": "濱", "胜": "勝",
    "建": "建", "国": "國", "志": "志", "军": "軍", "伟": "偉", "强": "強", "刚": "剛", "涛": "濤", "斌": "斌",
    "鹏": "鵬", "飞": "飛", "磊": "磊", "亮": "亮", "峰": "峰", "辉": "輝", "俊": "俊", "浩": "浩", "宇": "宇",
    "轩": "軒", "博": "博", "文": "文", "海": "海", "东": "東", "林": "林", "永": "永", "生": "生", "华": "華",
    "成": "成", "丽": "麗", "红": "紅", "芳": "芳", "英": "英", "霞": "霞", "燕": "燕", "娟": "娟", "琴": "琴",
    "梅": "梅", "玉": "玉", "秀": "秀", "敏": "敏", "静": "靜", "艳": "艷", "婷": "婷", "雪": "雪", "慧": "慧",
    "佳": "佳", "欣": "欣", "怡": "怡", "萱": "萱", "涵": "涵", "悦": "悅", "琳": "琳", "月": "月", "晶": "晶",
    "凤": "鳳", "桂": "桂", "花": "花", "晓": "曉", "小": "小", "春": "春", "立": "立", "新": "新", "少": "少",
    "振": "振", "子": "子", "雨": "雨", "思": "思", "梓": "梓", "家": "家", "天": "天", "瑞": "瑞", "学": "學",
    "云": "雲", "宏": "宏", "长": "長", "世": "世", "光": "光", "嘉": "嘉", "美": "美", "一": "一", "德": "德",
    "爱": "愛", "勇": "勇", "杰": "傑", "明": "明", "超": "超", "龙": "龍", "平": "平", "郭": "郭", "何": "何",
    "胡": "胡", "朱": "朱", "高": "高", "徐": "徐", "周": "周", "王": "王", "李": "李", "田": "田", "任": "任",
    "姜": "姜", "石": "石", "郝": "郝",
    "县": "縣", "镇": "鎮", "乡": "鄉", "村": "村", "组": "組", "号": "號", "区": "區", "门": "門", "桥": "橋",
    "湾": "灣", "岚": "嵐", "坪": "坪", "沟": "溝", "庄": "莊", "岭": "嶺", "杨": "楊", "树": "樹", "泉": "泉",
    "场": "場", "车": "車", "铁": "鐵", "机": "機", "阴": "陰", "阳": "陽", "性": "性", "务": "務", "工": "工",
    "学": "學", "业": "業", "广": "廣", "东": "東", "省": "省", "市": "市", "陕": "陝", "西": "西", "内": "內",
    "蒙": "蒙", "古": "古", "北": "北", "京": "京", "天": "天", "津": "津", "河": "河", "南": "南", "苏": "蘇",
    "杭": "杭", "州": "州", "深": "深", "圳": "圳", "太": "太", "原": "原", "榆": "榆", "林": "林", "鄂": "鄂",
    "尔": "爾", "多": "多", "斯": "斯", "迎": "迎", "泽": "澤", "万": "萬", "柏": "柏", "小": "小", "店": "店",
    "朝": "朝", "海": "海", "淀": "澱", "雁": "雁", "塔": "塔", "宝": "寶", "安": "安", "吕": "呂", "梁": "梁",
    "离": "離", "石": "石", "晋": "晉", "中": "中", "次": "次", "郑": "鄭", "金": "金", "水": "水", "长": "長",
    "途": "途", "客": "客", "自": "自", "驾": "駕", "顺": "順", "风": "風", "火": "火", "机": "機",
})

COUNTY = "青岚县"
CITY_PREFIX = "山西省吕梁市青岚县"
TOWNS = ["石桥镇", "柳湾镇", "东坪乡", "白水镇", "河口镇"]
VILLAGES = {
    "石桥镇": ["东坪村", "西沟村", "前庄村", "后庄村", "王家塔村", "枣林村", "石门村", "红崖村"],
    "柳湾镇": ["柳湾村", "杏花村", "南坡村", "北梁村", "高家沟村", "新民村", "马家岭村"],
    "东坪乡": ["东坪村", "白家峁村", "常家坪村", "贺家湾村", "张家墕村", "寨子村"],
    "白水镇": ["白水村", "窑头村", "麻峪村", "桑湾村", "城东社区"],
    "河口镇": ["河口村", "河畔社区", "郭家庄村", "上河村", "下河村"],
}
HOME_AREA = "141124"  # the county's code in the ID numbers of locals (a plausible 6-digit code)
OTHER_AREAS = ["141102", "141123", "140105", "140106", "140107", "140109", "140702", "610113", "610802",
               "150602", "110105", "130102", "410105", "370102", "510107", "441900", "320506"]
ORIGINS = [
    "山西省太原市小店区", "山西省太原市迎泽区", "山西省太原市万柏林区", "山西省晋中市榆次区", "山西省吕梁市离石区",
    "陕西省西安市雁塔区", "陕西省榆林市榆阳区", "内蒙古自治区鄂尔多斯市东胜区", "北京市朝阳区", "北京市海淀区",
    "天津市滨海新区", "河北省石家庄市长安区", "河南省郑州市金水区", "江苏省苏州市吴中区", "浙江省杭州市萧山区",
    "广东省深圳市宝安区",
]
TRANSPORT = ["自驾", "火车", "长途客车", "飞机", "顺风车"]


def person(min_age: int = 18, max_age: int = 75, local: float = 0.85) -> dict:
    male = rng.random() < 0.52
    given = rng.choice(GIVEN_MALE if male else GIVEN_FEMALE)
    if rng.random() < 0.7:
        given = rng.choice(GIVEN_ANY) + given
    name = rng.choice(SURNAMES) + given
    age = rng.randint(min_age, max_age)
    birth = dt.date(2022 - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    area = HOME_AREA if rng.random() < local else rng.choice(OTHER_AREAS)
    return {"name": name, "sex": "男" if male else "女", "age": age,
            "id": id_number(area, birth, male), "mobile": mobile()}


def id_number(area: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(0, 499) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def id_ok(s: str) -> bool:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and s[:17].isdigit() and "10X98765432"[sum(int(d) * w for d, w in zip(s, weights)) % 11] == s[17]


def mobile() -> str:
    return rng.choice(["13", "15", "17", "18", "19"]) + f"{rng.randint(0, 999_999_999):09d}"


def april(first: int = 1, last: int = 30) -> dt.date:
    return dt.date(2022, 4, rng.randint(first, last))


def at(day: dt.date, h0: int = 7, h1: int = 20) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randint(h0, h1), rng.randrange(0, 60))


def home_address(town: str, village: str) -> str:
    return f"{CITY_PREFIX}{town}{village}{rng.randint(1, 6)}组{rng.randint(1, 120)}号"


def city_address() -> str:
    street = rng.choice(["人民路", "解放路", "建设街", "迎宾大道", "滨河东路", "学府街", "和平北路", "新华街"])
    estate = rng.choice(["阳光小区", "锦绣家园", "金色水岸", "御景苑", "幸福花园", "翠湖城", "康宁小区"])
    return f"{rng.choice(ORIGINS)}{street}{rng.randint(1, 300)}号{estate}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}室"


# --- writers: one small interface over xlsxwriter, openpyxl, xlwt and a csv grid ------------------
# Rows and columns are 0-based here; the expected JSON uses 1-based rows and letters, as Excel shows.

STYLES = ("title", "meta", "head", "text", "id", "int", "dec1", "dec2", "date", "cndate", "datetime", "time",
          "wrap", "note", "total")
NUM_FORMATS = {"id": "@", "int": "0", "dec1": "0.0", "dec2": "0.00", "date": "yyyy/m/d",
               "cndate": 'yyyy"年"m"月"d"日"', "datetime": "yyyy-mm-dd hh:mm", "time": "h:mm"}


class XlsxWriterSheet:
    def __init__(self, book: "XlsxWriterBook", ws):
        self.book, self.ws = book, ws

    def cell(self, r, c, v, style="text"):
        f = self.book.fmt[style]
        if v is None:
            self.ws.write_blank(r, c, None, f)
        elif isinstance(v, str):
            self.ws.write_string(r, c, v, f)
        elif isinstance(v, (dt.date, dt.datetime, dt.time)):
            self.ws.write_datetime(r, c, v, f)
        else:
            self.ws.write_number(r, c, v, f)

    def merge(self, r1, c1, r2, c2, v, style="text"):
        if (r1, c1) == (r2, c2):
            self.cell(r1, c1, v, style)
        else:
            self.ws.merge_range(r1, c1, r2, c2, v, self.book.fmt[style])

    def widths(self, widths):
        for c, w in enumerate(widths):
            self.ws.set_column(c, c, w)

    def height(self, r, h):
        self.ws.set_row(r, h)


class XlsxWriterBook:
    def __init__(self, path):
        self.wb = xlsxwriter.Workbook(path)
        self.wb.set_properties({"author": "FormFold samples", "created": FIXED_TIME})
        base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter"}
        cell = dict(base, border=1)
        specs = {
            "title": dict(base, bold=True, font_size=16, align="center", font_name="方正小标宋简体"),
            "meta": dict(base, font_size=11),
            "head": dict(cell, bold=True, align="center", text_wrap=True),
            "text": dict(cell),
            "wrap": dict(cell, text_wrap=True),
            "note": dict(base, text_wrap=True, valign="top"),
            "total": dict(cell, bold=True, align="center"),
        }
        for k, nf in NUM_FORMATS.items():
            specs[k] = dict(cell, num_format=nf, align="center")
        self.fmt = {k: self.wb.add_format(v) for k, v in specs.items()}

    def sheet(self, name):
        return XlsxWriterSheet(self, self.wb.add_worksheet(name))

    def close(self):
        self.wb.close()


class OpenpyxlSheet:
    def __init__(self, ws):
        self.ws = ws

    def cell(self, r, c, v, style="text"):
        x = self.ws.cell(row=r + 1, column=c + 1, value=v)
        if style in NUM_FORMATS:
            x.number_format = NUM_FORMATS[style]
        if style == "title":
            x.font = Font(name="方正小标宋简体", size=16, bold=True)
            x.alignment = Alignment(horizontal="center", vertical="center")
        elif style == "head":
            x.font = Font(name="宋体", bold=True)
            x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        elif style in ("wrap", "note"):
            x.alignment = Alignment(wrap_text=True, vertical="top")

    def merge(self, r1, c1, r2, c2, v, style="text"):
        self.cell(r1, c1, v, style)
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)

    def widths(self, widths):
        for c, w in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(c + 1)].width = w

    def height(self, r, h):
        self.ws.row_dimensions[r + 1].height = h


class XlwtSheet:
    STYLE = {
        "title": "font: name 宋体, bold on, height 320; align: horiz center, vert center",
        "meta": "font: name 宋体, height 220",
        "head": "font: name 宋体, bold on; align: horiz center, vert center, wrap on; borders: left thin, right thin, top thin, bottom thin",
        "text": "font: name 宋体; borders: left thin, right thin, top thin, bottom thin",
        "wrap": "font: name 宋体; align: wrap on; borders: left thin, right thin, top thin, bottom thin",
        "note": "font: name 宋体; align: wrap on, vert top",
        "total": "font: name 宋体, bold on; align: horiz center; borders: left thin, right thin, top thin, bottom thin",
    }

    def __init__(self, ws):
        self.ws = ws
        self.styles = {}
        for k in STYLES:
            spec = self.STYLE.get(k, self.STYLE["text"])
            self.styles[k] = xlwt.easyxf(spec, num_format_str=NUM_FORMATS.get(k, "General"))

    def cell(self, r, c, v, style="text"):
        self.ws.write(r, c, "" if v is None else v, self.styles[style])

    def merge(self, r1, c1, r2, c2, v, style="text"):
        if (r1, c1) == (r2, c2):
            self.cell(r1, c1, v, style)
        else:
            self.ws.write_merge(r1, r2, c1, c2, v, self.styles[style])

    def widths(self, widths):
        for c, w in enumerate(widths):
            self.ws.col(c).width = int(w * 300)

    def height(self, r, h):
        pass


class GridSheet:
    """A csv: every cell shown as Excel displays it; a merge leaves its value in the first cell."""

    def __init__(self, ncols):
        self.ncols = ncols
        self.rows: dict[int, dict[int, str]] = {}

    @staticmethod
    def show(v, style):
        if v is None:
            return ""
        if isinstance(v, dt.datetime):
            return f"{v.year}/{v.month}/{v.day} {v.hour}:{v.minute:02d}"
        if isinstance(v, dt.date):
            if style == "cndate":
                return f"{v.year}年{v.month}月{v.day}日"
            return f"{v.year}/{v.month}/{v.day}"
        if isinstance(v, dt.time):
            return f"{v.hour}:{v.minute:02d}"
        if isinstance(v, float):
            return f"{v:.2f}" if style == "dec2" else f"{v:.1f}" if style == "dec1" else f"{v:g}"
        return str(v)

    def cell(self, r, c, v, style="text"):
        self.rows.setdefault(r, {})[c] = self.show(v, style)

    def merge(self, r1, c1, r2, c2, v, style="text"):
        self.cell(r1, c1, v, style)

    def widths(self, widths):
        pass

    def height(self, r, h):
        pass

    def lines(self):
        last = max(self.rows) if self.rows else -1
        return [[self.rows.get(r, {}).get(c, "") for c in range(self.ncols)] for r in range(last + 1)]


# --- forms ---------------------------------------------------------------------------------------

def leaves(tree, path=()):
    """(path, text, depth-of-leaf) for each leaf of a header tree: a leaf is a str, a group is (text, [children])."""
    for node in tree:
        if isinstance(node, tuple):
            yield from leaves(node[1], path + (node[0],))
        else:
            yield path + (node,)


def depth(tree) -> int:
    return max((1 + depth(n[1]) if isinstance(n, tuple) else 1) for n in tree)


def width(node) -> int:
    return sum(width(n) for n in node[1]) if isinstance(node, tuple) else 1


def col_letter(c: int) -> str:
    return get_column_letter(c + 1)


def kv_pairs(line: str) -> list[list[str]]:
    """`填报单位（盖章）：青岚县…村    填报日期：2022年4月20日` → [[key, value], …] (full-width or ascii colon)."""
    out = []
    for part in re.split(r"\s{2,}|\u3000+", line.strip()):
        if not part:
            continue
        m = re.match(r"^([^：:]+)[：:]\s*(.*)$", part)
        if m:
            out.append([m.group(1).strip(), m.group(2).strip()])
    return out


def write_form(sh, top: int, ncols: int, *, title=None, meta=(), tree, rows, styles, footer=(), notes=(),
               column_numbers=False, totals=0, heights=True, meta_cells=None, footer_cells=None):
    """Writes one list form from row `top` (0-based) and returns (expected form dict, next free row).

    meta / footer: lines written merged across the form; meta_cells / footer_cells: a line split into cells
    [(col, text), …] as cadres often type them. notes: lines written merged under the footer (填表说明…).
    """
    r = top
    exp = {"layout": "list", "title": title, "titleRow": None}
    if title is not None:
        sh.merge(r, 0, r, ncols - 1, title, "title")
        if heights:
            sh.height(r, 30)
        exp["titleRow"] = r + 1
        r += 1
    exp_meta = []
    for line in meta:
        sh.merge(r, 0, r, ncols - 1, line, "meta")
        exp_meta += kv_pairs(line)
        r += 1
    for cells in meta_cells or ():
        for c, text in cells:
            sh.cell(r, c, text, "meta")
            exp_meta += kv_pairs(text)
        r += 1
    exp["meta"] = exp_meta

    d = depth(tree)
    head_top = r

    def place(nodes, level, c):
        for node in nodes:
            w = width(node)
            if isinstance(node, tuple):
                sh.merge(head_top + level, c, head_top + level, c + w - 1, node[0], "head")
                place(node[1], level + 1, c)
            else:
                sh.merge(head_top + level, c, head_top + d - 1, c, node, "head")
            c += w

    place(tree, 0, 0)
    paths = list(leaves(tree))
    assert len(paths) == ncols, (len(paths), ncols)
    exp["headerRows"] = [head_top + 1, head_top + d]
    exp["headers"] = [p[-1] for p in paths]
    exp["paths"] = [list(p) for p in paths]
    exp["columns"] = [col_letter(c) for c in range(ncols)]
    r = head_top + d
    if column_numbers:
        for c in range(ncols):
            sh.cell(r, c, c + 1, "total")
        exp["columnNumberRow"] = r + 1
        r += 1
    first = r
    for row in rows:
        for c, v in enumerate(row):
            style = styles[c]
            if isinstance(v, str) and style not in ("text", "wrap", "id"):
                style = "text"  # a "/" or 无 typed into a number column
            sh.cell(r, c, v, style)
        r += 1
    exp["dataRows"] = len(rows)
    exp["dataRowRange"] = [first + 1, r]
    exp["totalRows"] = totals
    exp_footer = []
    if footer or footer_cells:
        r += 1  # a blank row between the data and the footer, as printed forms have
    for line in footer:
        sh.merge(r, 0, r, ncols - 1, line, "meta")
        exp_footer += kv_pairs(line)
        r += 1
    for cells in footer_cells or ():
        for c, text in cells:
            sh.cell(r, c, text, "meta")
            exp_footer += kv_pairs(text)
        r += 1
    exp["footer"] = exp_footer
    for line in notes:
        sh.merge(r, 0, r, ncols - 1, line, "note")
        if heights:
            sh.height(r, 15 * (1 + len(line) // 60))
        r += 1
    exp["notes"] = list(notes)
    return exp, r


# --- the samples -------------------------------------------------------------------------------

FILES: list[dict] = []


def record(path, fmt, sheets, notes=None, **extra):
    if notes:
        extra["about"] = notes
    FILES.append(dict({"file": os.path.relpath(path, ROOT), "format": fmt}, **extra, sheets=sheets))


def sheet_entry(name, forms, hidden=False, **extra):
    return dict({"sheet": name, "hidden": hidden, "forms": forms}, **extra)


def out(name):
    return os.path.join(OUT_DIR, name)


def s01_returnee_roster():
    path = out("01_返乡人员排查登记表.xlsx")
    town, village = "石桥镇", "东坪村"
    tree = [
        "序号",
        ("基本信息", ["姓名\n（必填）", "性别", "身份证号码\n（必填）", "联系电话\n（必填）"]),
        "现居住地址",
        ("返乡情况", ["出发地", "返乡时间", "交通方式"]),
        ("核酸检测", ["是否\n核酸检测", "检测结果"]),
        "管控措施",
        "包联\n干部",
        "备注",
    ]
    cadres = [person(30, 55)["name"] for _ in range(4)]
    rows = []
    for i in range(46):
        p = person()
        tested = rng.random() < 0.85
        origin = rng.choice(ORIGINS)
        rows.append([
            i + 1, p["name"], p["sex"], p["id"], p["mobile"],
            home_address(town, village) if rng.random() < 0.8 else f"{CITY_PREFIX}{town}{rng.choice(VILLAGES[town])}",
            origin, april(1, 20), rng.choice(TRANSPORT),
            "是" if tested else "否", "阴性" if tested else None,
            rng.choice(["居家隔离", "居家隔离", "健康监测", "集中隔离"]),
            rng.choice(cadres),
            rng.choice([None, None, None, "外省返乡，已报备", "已落实“五包一”", "学生放假返乡", "三天两检"]),
        ])
    book = XlsxWriterBook(path)
    sh = book.sheet("Sheet1")
    sh.widths([6, 9, 6, 21, 13, 30, 22, 11, 10, 9, 9, 10, 8, 18])
    exp, _ = write_form(
        sh, 0, 14,
        title=f"{town}{village}返乡人员排查登记表",
        meta=[f"填报单位（盖章）：{COUNTY}{town}{village}    填报日期：2022年4月20日"],
        tree=tree, rows=rows,
        styles=["int", "text", "text", "id", "id", "wrap", "wrap", "date", "text", "text", "text", "text", "text", "wrap"],
        footer=[f"填表人：{cadres[0]}      审核人：{cadres[1]}      联系电话：{mobile()}"],
        notes=["填表说明：1.本表由村（社区）每日17:00前报镇疫情防控办公室；2.身份证号码须填写18位，"
               "联系电话填写本人手机号码；3.返乡时间填写到日；4.管控措施填写居家隔离、集中隔离或健康监测；"
               "5.表中所列人员信息仅用于疫情防控，不得外传。"],
    )
    book.sheet("Sheet2")
    book.sheet("Sheet3")
    book.close()
    record(path, "xlsx", [sheet_entry("Sheet1", [exp]), sheet_entry("Sheet2", []), sheet_entry("Sheet3", [])])


def s02_home_isolation_xls():
    path = out("02_居家隔离人员台账.xls")
    town = "柳湾镇"
    tree = [
        "序号",
        ("隔离人员基本信息", ["姓名", "性别", "年龄", "身份证号码", "联系电话", "所属村（社区）"]),
        ("隔离情况", ["隔离开始日期", "计划解除日期", "隔离地址"]),
        ("健康监测", ["核酸检测\n次数", "健康状况"]),
        "包保责任人",
        "备注",
    ]
    rows = []
    for i in range(35):
        p = person()
        start = april(5, 22)
        v = rng.choice(VILLAGES[town])
        rows.append([
            i + 1, p["name"], p["sex"], p["age"], p["id"], p["mobile"], v,
            start, start + dt.timedelta(days=7), home_address(town, v),
            rng.randint(1, 4), rng.choice(["正常", "正常", "正常", "正常", "发热已就医"]),
            person(30, 55)["name"],
            rng.choice(["", "", "", "门磁已安装", "独居老人，每日电话询问"]),
        ])
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("居家隔离台账")
    sh = XlwtSheet(ws)
    sh.widths([5, 8, 5, 5, 20, 13, 12, 12, 12, 30, 8, 10, 10, 18])
    exp, _ = write_form(
        sh, 0, 14,
        title=f"{COUNTY}{town}居家隔离人员台账",
        meta_cells=[[(0, f"填报单位：{COUNTY}{town}人民政府"), (10, "填报时间：2022年4月22日")]],
        tree=tree, rows=rows,
        styles=["int", "text", "text", "int", "id", "id", "text", "date", "date", "wrap", "int", "text", "text", "wrap"],
        footer_cells=[[(0, f"填表人：{person()['name']}"), (4, f"审核人：{person()['name']}"), (9, f"联系电话：{mobile()}")]],
        heights=False,
    )
    wb.add_sheet("Sheet2")
    wb.save(path)
    record(path, "xls", [sheet_entry("居家隔离台账", [exp]), sheet_entry("Sheet2", [])],
           notes="BIFF8 from xlwt; merges written with write_merge (FreeXL does not report them)")


def write_csv(path, lines, *, encoding, delimiter=",", newline="\r\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerows(lines)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    with open(path, "wb") as f:
        f.write(data)


def s03_village_totals_gb18030():
    path = out("03_各村每日疫情防控统计表.csv")
    town = "石桥镇"
    villages = VILLAGES[town] + ["㙍上村"]  # 㙍 (U+364D) is in GB18030 but not in GBK
    tree = ["村名", "排查人数（人）", "居家隔离人数（人）", "集中隔离人数（人）", "核酸检测人数（人）",
            "健康监测人数（人）", "解除隔离人数（人）", "失联人数（人）", "备注"]
    rows = []
    for v in villages:
        checked = rng.randint(8, 60)
        home = rng.randint(0, checked // 2)
        central = rng.choice([0, 0, 0, 1, 2])
        tested = checked - rng.choice([0, 0, 1])
        watch = checked - home - central
        released = rng.randint(0, 12)
        lost = rng.choice([0, 0, 0, 0, 1])
        nums = [checked, home, central, tested, watch, released, lost]
        note = "失联人员已移交公安核查" if lost else rng.choice(["", "", "", "含外省返乡人员3人"])
        rows.append([v] + nums + [note])
    rows[3][6] = "/"  # a village that had nobody to release typed a slash
    rows.append(["合计"] + [sum(r[k] for r in rows if isinstance(r[k], int)) for k in range(1, 8)] + [""])
    grid = GridSheet(9)
    exp, r = write_form(
        grid, 0, 9,
        title=f"{COUNTY}{town}各村每日疫情防控统计表",
        meta=["填报单位：石桥镇疫情防控办公室    统计时间：2022年4月22日"],
        tree=tree, rows=rows, styles=["text"] + ["int"] * 7 + ["text"], totals=1,
        notes=["注：排查人数为当日新增排查人数；居家隔离、集中隔离人数为当日在管人数；每日16:00前报送。"],
    )
    write_csv(path, grid.lines(), encoding="gb18030")
    record(path, "csv", [sheet_entry(None, [exp])], encoding="GB18030", delimiter=",", newline="CRLF", bom=False)


def s04_checkpoint_utf16():
    path = out("04_卡口值守登记表.csv")
    tree = ["序号", "登记时间", "车牌号码", "驾驶人姓名", "身份证号码", "联系电话", "同乘人数", "出发地", "目的地",
            "体温（℃）", "健康码", "行程码", "处置情况", "值守人员"]
    provinces = ["晋J", "晋A", "晋K", "陕K", "陕A", "蒙K", "京N", "冀A"]
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    guards = [person(25, 50)["name"] for _ in range(3)]
    rows = []
    day = dt.date(2022, 4, 23)
    times = sorted(at(day, 6, 21) for _ in range(40))
    for i, t in enumerate(times):
        p = person(local=0.6)
        plate = rng.choice(provinces) + rng.choice(letters) + "".join(rng.choice("0123456789" + letters[:6]) for _ in range(4))
        code = rng.choice(["绿码"] * 9 + ["黄码"])
        trip = rng.choice(["正常"] * 6 + ["带星号"])
        action = "转运集中隔离点" if code == "黄码" else ("落地检测后放行" if trip == "带星号" else "放行")
        dest = f"{rng.choice(TOWNS)}{rng.choice(['东坪村', '柳湾村', '白水村', '河口村', '城东社区'])}"
        rows.append([i + 1, t, plate, p["name"], p["id"], p["mobile"], rng.randint(0, 4), rng.choice(ORIGINS),
                     dest, round(rng.uniform(36.0, 37.1), 1), code, trip, action, rng.choice(guards)])
    grid = GridSheet(14)
    exp, _ = write_form(
        grid, 0, 14,
        title=f"{COUNTY}柳湾镇G307线柳湾收费站卡口值守登记表",
        meta_cells=[[(0, "卡口名称：柳湾收费站卡口"), (6, "值守日期：2022年4月23日"), (10, "带班领导：" + person(35, 55)["name"])]],
        tree=tree, rows=rows,
        styles=["int", "datetime", "text", "text", "id", "id", "int", "text", "text", "dec1", "text", "text", "text", "text"],
        footer_cells=[[(0, f"值班负责人：{guards[0]}"), (6, f"联系电话：{mobile()}")]],
    )
    # Excel's "Unicode text": UTF-16LE with BOM, tab separated, CRLF
    write_csv(path, grid.lines(), encoding="utf-16-le", delimiter="\t", bom=True)
    record(path, "csv", [sheet_entry(None, [exp])], encoding="UTF-16LE", delimiter="\t", newline="CRLF", bom=True,
           notes="as Excel's 'Unicode text' export; datetimes as displayed (2022/4/23 7:05)")


def s05_temperature_openpyxl():
    path = out("05_体温监测记录表.xlsx")
    tree = ["日期", "姓名", "所属村", "上午\n测温时间", "上午体温（℃）", "下午\n测温时间", "下午体温（℃）",
            "有无咳嗽、乏力\n等症状", "记录人", "录入时间"]
    town = "石桥镇"
    people = [(person()["name"], rng.choice(VILLAGES[town])) for _ in range(8)]
    recorder = person(25, 45)["name"]
    rows = []
    for d in range(18, 23):
        day = dt.date(2022, 4, d)
        for name, v in people:
            am = dt.time(rng.randint(7, 9), rng.randrange(0, 60, 5))
            pm = dt.time(rng.randint(15, 17), rng.randrange(0, 60, 5))
            t_am = round(rng.uniform(36.0, 36.9), 1)
            t_pm = round(rng.uniform(36.1, 37.0), 1)
            rows.append([day, name, v, am, t_am, pm, t_pm, rng.choice(["无"] * 12 + ["有"]), recorder,
                         dt.datetime(2022, 4, d, 18, rng.randrange(0, 60))])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "体温记录"
    sh = OpenpyxlSheet(ws)
    sh.widths([16, 9, 10, 9, 10, 9, 10, 14, 9, 17])
    exp, _ = write_form(
        sh, 0, 10,
        title="居家隔离人员体温监测记录表",
        meta=[f"填报单位：{COUNTY}{town}卫生院    监测周期：2022年4月18日至2022年4月22日"],
        tree=tree, rows=rows,
        styles=["cndate", "text", "text", "time", "dec1", "time", "dec1", "text", "text", "datetime"],
        notes=["备注：体温≥37.3℃或出现咳嗽、乏力等症状的，立即报告镇卫生院并安排核酸检测。"],
    )
    wb.properties.creator = "FormFold samples"
    wb.properties.created = FIXED_TIME
    wb.save(path)
    record(path, "xlsx", [sheet_entry("体温记录", [exp])],
           notes='written by openpyxl; 日期 is a date cell with the custom format yyyy"年"m"月"d"日", '
                 "测温时间 time cells (h:mm), 录入时间 datetimes (yyyy-mm-dd hh:mm)")


def s06_enterprise_3row_header():
    path = out("06_企业复工复产情况统计表.xlsx")
    tree = [
        "序号", "企业名称", "所属行业", "企业类型",
        ("复工复产情况", [("复工情况", ["是否复工", "复工日期"]),
                          ("到岗情况", ["员工总数（人）", "到岗人数（人）"])]),
        ("经营情况（万元）", [("2022年1-3月", ["营业收入", "利润总额"]),
                             ("2022年4月", ["营业收入", "利润总额"])]),
        ("防控措施", ["是否建立\n防疫台账", "是否配备\n防疫物资", "是否有外地\n返岗员工"]),
        "存在困难和问题",
    ]
    firms = [("青岚县鑫源煤业有限公司", "采矿业", "规上"), ("青岚县东坪红枣专业合作社", "农业", "规下"),
             ("青岚县柳湾建材有限责任公司", "制造业", "规上"), ("青岚县宏达物流有限公司", "交通运输业", "规下"),
             ("青岚县石桥镇丰泽养殖场", "农业", "规下"), ("青岚县华晋洗煤有限公司", "采矿业", "规上"),
             ("青岚县金谷粮油加工厂", "制造业", "规下"), ("青岚县佳美超市连锁有限公司", "批发零售业", "规上"),
             ("青岚县同心建筑工程有限公司", "建筑业", "规上"), ("青岚县白水镇杂粮种植专业合作社", "农业", "规下"),
             ("青岚县顺通汽车修理厂", "服务业", "规下"), ("青岚县恒泰新型墙材有限公司", "制造业", "规上"),
             ("青岚县绿源生物科技有限公司", "制造业", "规下"), ("青岚县河口宾馆", "住宿餐饮业", "规下"),
             ("青岚县晋西电力安装有限公司", "建筑业", "规上"), ("青岚县兴农农资有限公司", "批发零售业", "规下")]
    problems = ["", "", "", "原材料运输受阻，部分货车无法进入", "外地员工返岗需隔离，用工短缺",
                "资金周转困难，希望协调贷款延期", "产品销售渠道受限，库存积压", "防疫物资储备不足"]
    rows = []
    tot = [0, 0, 0.0, 0.0, 0.0, 0.0]
    for i, (name, trade, kind) in enumerate(firms):
        resumed = rng.random() < 0.8
        staff = rng.randint(8, 320) if kind == "规上" else rng.randint(3, 40)
        present = rng.randint(int(staff * 0.5), staff) if resumed else 0
        scale = 10 if kind == "规上" else 1
        q1 = round(rng.uniform(20, 900) * scale, 2)
        p1 = round(q1 * rng.uniform(-0.05, 0.15), 2)
        m4 = round(q1 / 3 * rng.uniform(0.3, 1.1), 2) if resumed else 0.0
        p4 = round(m4 * rng.uniform(-0.05, 0.12), 2)
        tot = [tot[0] + staff, tot[1] + present, tot[2] + q1, tot[3] + p1, tot[4] + m4, tot[5] + p4]
        rows.append([i + 1, name, trade, kind, "是" if resumed else "否",
                     dt.date(2022, 4, rng.randint(6, 25)) if resumed else None,
                     staff, present, q1, p1, m4, p4,
                     "是", "是" if rng.random() < 0.9 else "否", "是" if rng.random() < 0.4 else "否",
                     rng.choice(problems)])
    rows.append(["合计", None, None, None, None, None, tot[0], tot[1]] + [round(x, 2) for x in tot[2:]]
                + [None, None, None, None])
    book = XlsxWriterBook(path)
    sh = book.sheet("复工复产")
    sh.widths([6, 30, 11, 8, 8, 11, 9, 9, 10, 10, 10, 10, 10, 10, 10, 30])
    exp, _ = write_form(
        sh, 0, 16,
        title=f"{COUNTY}柳湾镇企业复工复产情况统计表",
        meta=["填报单位：柳湾镇经济发展办公室    统计截止：2022年4月25日    金额单位：万元"],
        tree=tree, rows=rows,
        styles=["int", "wrap", "text", "text", "text", "date", "int", "int", "dec2", "dec2", "dec2", "dec2",
                "text", "text", "text", "wrap"],
        totals=1,
        footer_cells=[[(0, f"填表人：{person()['name']}"), (5, f"审核人（签字）：{person()['name']}"),
                       (11, f"联系电话：{mobile()}")]],
        notes=["说明：1.规上企业指年主营业务收入2000万元及以上的工业企业；2.经营情况按企业财务报表填报，"
               "保留两位小数；3.“是否复工”填“是”或“否”，未复工的复工日期不填。"],
    )
    book.sheet("Sheet2")
    book.close()
    record(path, "xlsx", [sheet_entry("复工复产", [exp]), sheet_entry("Sheet2", [])],
           notes="3-row header with two levels of groups; 营业收入/利润总额 appear twice (paths differ); 合计 row")


def s07_supplies_units():
    path = out("07_防疫物资储备情况表.xlsx")
    tree = ["序号", "储备单位",
            ("防护用品", ["口罩（只）", "N95口罩（只）", "防护服（套）", "医用手套（副）"]),
            ("消杀用品", ["消毒液（公斤）", "75%酒精（瓶）"]),
            ("检测设备", ["红外测温枪（把）", "抗原检测试剂（人份）"]),
            "储备地点", "管理责任人", "联系电话"]
    town = "东坪乡"
    units = [f"{v}村民委员会" if v.endswith("村") else v for v in VILLAGES[town]] + [f"{town}卫生院", f"{town}人民政府"]
    rows = []
    for i, u in enumerate(units):
        big = u.endswith(("卫生院", "人民政府"))
        k = 10 if big else 1
        p = person(28, 55)
        rows.append([i + 1, u, rng.randint(2, 30) * 100 * k, rng.randint(0, 10) * 10 * k, rng.randint(2, 20) * k,
                     rng.randint(5, 50) * 10 * k, round(rng.uniform(10, 80) * k, 1), rng.randint(10, 60) * k,
                     rng.randint(1, 4) * (3 if big else 1), rng.randint(0, 30) * 10 * k,
                     ("乡政府物资库" if big else "村委会办公室"), p["name"], p["mobile"]])
    rows.append(["合计", None] + [round(sum(r[c] for r in rows), 1) if c == 6 else sum(r[c] for r in rows)
                                  for c in range(2, 10)] + [None, None, None])
    book = XlsxWriterBook(path)
    sh = book.sheet("Sheet1")
    sh.widths([6, 20, 11, 11, 11, 11, 11, 11, 11, 12, 14, 10, 13])
    exp, _ = write_form(
        sh, 0, 13,
        title=f"{COUNTY}{town}防疫物资储备情况表",
        meta=[f"填报单位：{COUNTY}{town}人民政府（盖章）    填报日期：2022年4月26日"],
        tree=tree, rows=rows,
        styles=["int", "text", "int", "int", "int", "int", "dec1", "int", "int", "int", "text", "text", "id"],
        totals=1,
        footer=[f"填表人：{person()['name']}    审核人：{person()['name']}    联系电话：{mobile()}"],
        notes=["注：物资数量以4月26日实际库存为准；消毒液按含氯消毒液折算为公斤。"],
    )
    book.sheet("Sheet2")
    book.sheet("Sheet3")
    book.close()
    record(path, "xlsx", [sheet_entry("Sheet1", [exp]), sheet_entry("Sheet2", []), sheet_entry("Sheet3", [])],
           notes="units in the headers: 口罩（只）, 消毒液（公斤）, 抗原检测试剂（人份）…; 合计 row")


def s08_inspection_findings():
    path = out("08_督查发现问题整改台账.xlsx")
    tree = ["序号", "督查日期", "被督查单位", "发现问题", "问题类别", "整改措施", "责任人", "整改时限",
            "整改状态", "整改完成情况", "备注"]
    findings = [
        ("卡口管控", "卡口值守人员未按要求查验健康码和行程码，登记表信息填写不全，部分车辆未登记车牌号码。",
         "1.立即对值守人员进行培训；\n2.严格落实“逢车必查、逢人必检”；\n3.登记表每日由带班领导审核签字。"),
        ("人员排查", "返乡人员排查不彻底，抽查发现2名外省返乡人员未纳入台账管理。",
         "组织网格员再次入户排查，对遗漏人员立即补登并落实管控措施。"),
        ("隔离管控", "居家隔离人员门磁未安装，包保干部未每日上门测温，存在隔离人员外出情况。",
         "1.当日安装门磁；\n2.落实“五包一”责任，包保干部每日两次电话或上门随访；\n3.对外出情况进行约谈。"),
        ("物资保障", "村级防疫物资储备不足，口罩、消毒液储备量低于三天用量，部分物资已过期。",
         "清理过期物资，按标准补足储备，建立物资出入库台账。"),
        ("宣传引导", "村内宣传标语陈旧，大喇叭未按要求每日播放防疫知识，群众知晓率低。",
         "更新宣传标语，每日早中晚三次播放防疫知识，发放明白纸。"),
        ("人员排查", "台账中身份证号码、联系电话存在错填漏填，部分人员返乡时间与实际不符。",
         "逐人电话核实，更正台账信息，由村支书审核后重新上报。"),
        ("隔离管控", "集中隔离点“三区两通道”划分不清，工作人员防护不规范。",
         "按规范重新划分功能区，组织工作人员进行防护培训和演练。"),
    ]
    units = [f"{t}{v}" for t in ("石桥镇", "柳湾镇", "东坪乡") for v in VILLAGES[t][:4]] + ["白水镇G307卡口", "河口镇隔离点"]
    rows = []
    for i in range(26):
        cat, problem, fix = rng.choice(findings)
        day = april(18, 24)
        status = rng.choice(["已整改"] * 5 + ["整改中"] * 3 + ["未整改"])
        done = {"已整改": f"已于4月{min(day.day + rng.randint(1, 3), 30)}日整改完毕，经复查符合要求。",
                "整改中": "正在整改，预计按期完成。", "未整改": None}[status]
        rows.append([i + 1, day, rng.choice(units), problem, cat, fix, person(30, 55)["name"],
                     day + dt.timedelta(days=rng.choice([1, 3, 5, 7])), status, done,
                     rng.choice([None, None, None, "复查时再次发现同类问题，已通报", "已约谈村支书"])])
    book = XlsxWriterBook(path)
    sh = book.sheet("整改台账")
    sh.widths([6, 11, 16, 40, 10, 42, 8, 11, 9, 26, 18])
    exp, _ = write_form(
        sh, 0, 11,
        title=f"{COUNTY}疫情防控督查发现问题整改台账",
        meta=["督查单位：县疫情防控指挥部督查组    督查时间：2022年4月18日至4月24日"],
        tree=tree, rows=rows,
        styles=["int", "date", "wrap", "wrap", "text", "wrap", "text", "date", "text", "wrap", "wrap"],
        notes=["注：整改状态从下拉列表中选择“已整改”“整改中”“未整改”；整改完成后由被督查单位提供佐证材料。"],
    )
    first, last = exp["dataRowRange"]
    sh.ws.data_validation(first - 1, 8, last - 1, 8, {"validate": "list", "source": ["已整改", "整改中", "未整改"]})
    book.close()
    record(path, "xlsx", [sheet_entry("整改台账", [exp])],
           notes="long wrapped text with line breaks inside cells; 整改状态 is an enumeration with a list validation",
           enumerations={"整改状态": ["已整改", "整改中", "未整改"], "问题类别": sorted({f[0] for f in findings})})


def s09_traditional():
    path = out("09_返鄉人員登記表.xlsx")
    tree = ["序號", "姓名", "性別", "身份證號碼", "聯繫電話", "戶籍地址", "現居住地址", "返鄉日期", "出發地",
            "交通工具", "是否接種疫苗", "核酸檢測結果", "備註"]
    town, village = "石桥镇", "柳湾村"
    rows = []
    for i in range(32):
        p = person()
        tr = lambda s: s.translate(TRAD)
        rows.append([i + 1, tr(p["name"]), p["sex"], p["id"], p["mobile"], tr(home_address(town, village)),
                     tr(rng.choice(ORIGINS)) if rng.random() < 0.5 else tr(home_address(town, village)),
                     april(2, 20), tr(rng.choice(ORIGINS)), tr(rng.choice(TRANSPORT)),
                     "是" if rng.random() < 0.9 else "否", "陰性",
                     rng.choice([None, None, "務工返鄉", "學生返鄉", "已報備"])])
    book = XlsxWriterBook(path)
    sh = book.sheet("工作表1")
    sh.widths([6, 9, 6, 21, 13, 34, 34, 11, 24, 10, 8, 8, 12])
    exp, _ = write_form(
        sh, 0, 13,
        title="石橋鎮柳灣村返鄉人員登記表",
        meta=["填報單位：青嵐縣石橋鎮柳灣村    填報日期：2022年4月20日"],
        tree=tree, rows=rows,
        styles=["int", "text", "text", "id", "id", "wrap", "wrap", "date", "text", "text", "text", "text", "text"],
        footer=["填表人：        審核人：        聯繫電話："],
        notes=["填表說明：身份證號碼填寫18位，返鄉日期填寫到日。"],
    )
    book.close()
    record(path, "xlsx", [sheet_entry("工作表1", [exp])],
           notes="traditional script throughout (headers, names, addresses); the footer is left blank as printed")


def s10_utf8_bom_csv():
    path = out("10_核酸检测人员名单.csv")
    tree = ["序号", "姓名", "身份证号码", "联系电话", "现住址", "采样点", "采样时间", "检测结果", "是否重点人群"]
    rows = []
    for i in range(50):
        p = person(3, 85)
        town = rng.choice(TOWNS)
        v = rng.choice(VILLAGES[town])
        addr = home_address(town, v)
        if i in (6, 23):
            addr = f"{CITY_PREFIX}{town}{v}, 村委会对面"  # an ascii comma: the field is quoted
        if i == 31:
            addr = f'{CITY_PREFIX}{town}{v}"老供销社"院内'  # a double quote: doubled inside a quoted field
        rows.append([i + 1, p["name"], p["id"], p["mobile"], addr, f"{town}{rng.choice(['卫生院', '便民服务中心', '中心小学'])}采样点",
                     at(dt.date(2022, 4, 27), 7, 11), "阴性", rng.choice(["否"] * 6 + ["是"])])
    grid = GridSheet(9)
    exp, _ = write_form(grid, 0, 9, tree=tree, rows=rows,
                        styles=["int", "text", "id", "id", "text", "text", "datetime", "text", "text"])
    write_csv(path, grid.lines(), encoding="utf-8", bom=True)
    record(path, "csv", [sheet_entry(None, [exp])], encoding="UTF-8", bom=True, delimiter=",", newline="CRLF",
           notes="Excel's 'CSV UTF-8': BOM, header on the first line, no title; quoted fields with a comma and a quote")


def s11_two_forms_hidden_sheet():
    path = out("11_村级防控工作汇总.xlsx")
    town, village = "河口镇", "郭家庄村"
    book = XlsxWriterBook(path)

    # sheet 1: door-to-door check by grid workers
    tree1 = ["序号", "网格名称", "网格员", "户主姓名", "家庭人口（人）", "在家人数（人）", "外出人数（人）",
             "近14天有无\n外地返乡人员", "返乡人员姓名", "联系电话", "管控措施", "排查日期"]
    grids = [f"第{n}网格" for n in "一二三四五"]
    workers = {g: person(25, 50)["name"] for g in grids}
    rows1 = []
    for i in range(38):
        g = rng.choice(grids)
        total = rng.randint(1, 7)
        home = rng.randint(0, total)
        back = rng.random() < 0.3
        rp = person()
        rows1.append([i + 1, g, workers[g], person(35, 80)["name"], total, home, total - home,
                      "有" if back else "无", rp["name"] if back else None, rp["mobile"] if back else None,
                      rng.choice(["居家隔离", "健康监测"]) if back else None, april(19, 21)])
    sh1 = book.sheet("网格排查")
    sh1.widths([6, 10, 8, 9, 9, 9, 9, 12, 10, 13, 10, 11])
    exp1, _ = write_form(
        sh1, 0, 12,
        title=f"{town}{village}网格员入户排查登记表",
        meta=[f"填报单位：{COUNTY}{town}{village}    排查时间：2022年4月19日至4月21日"],
        tree=tree1, rows=rows1,
        styles=["int", "text", "text", "text", "int", "int", "int", "text", "text", "id", "text", "date"],
        footer=[f"填表人：{workers[grids[0]]}    审核人：{person()['name']}"],
    )
    f1, l1 = exp1["dataRowRange"]
    sh1.ws.data_validation(f1 - 1, 10, l1 - 1, 10, {"validate": "list", "source": "=选项!$A$2:$A$4"})

    # sheet 2: key persons' health management
    tree2 = ["序号", ("人员信息", ["姓名", "性别", "身份证号码", "联系电话", "人员类别"]),
             ("健康管理", ["开始日期", "结束日期", "核酸检测\n次数", "健康码\n颜色"]), "责任医生"]
    rows2 = []
    doctors = [person(30, 55)["name"] for _ in range(2)]
    for i in range(22):
        p = person(15, 85)
        start = april(8, 20)
        rows2.append([i + 1, p["name"], p["sex"], p["id"], p["mobile"],
                      rng.choice(["中高风险地区返乡", "入境人员", "密接", "次密接", "冷链从业人员"]),
                      start, start + dt.timedelta(days=rng.choice([7, 14])), rng.randint(1, 6),
                      rng.choice(["绿码"] * 5 + ["黄码"]), rng.choice(doctors)])
    sh2 = book.sheet("重点人员")
    sh2.widths([6, 9, 6, 21, 13, 16, 11, 11, 9, 8, 9])
    exp2, _ = write_form(
        sh2, 0, 11,
        title=f"{town}重点人员健康管理台账",
        meta=[f"填报单位：{COUNTY}{town}卫生院    填报日期：2022年4月21日"],
        tree=tree2, rows=rows2,
        styles=["int", "text", "text", "id", "id", "text", "date", "date", "int", "text", "text"],
    )

    # hidden sheet: the drop-down lists the other sheets validate against
    opts = book.sheet("选项")
    lists = [("管控措施", ["居家隔离", "集中隔离", "健康监测"]), ("是否", ["是", "否"]),
             ("健康码颜色", ["绿码", "黄码", "红码"])]
    for c, (head, values) in enumerate(lists):
        opts.ws.write_string(0, c, head)
        for r, v in enumerate(values):
            opts.ws.write_string(r + 1, c, v)
    opts.ws.hide()
    book.close()
    record(path, "xlsx", [
        sheet_entry("网格排查", [exp1]), sheet_entry("重点人员", [exp2]),
        sheet_entry("选项", None, hidden=True,
                    about="hidden drop-down lists (管控措施/是否/健康码颜色, 2–3 values each) that 网格排查 validates "
                         "against; whether ingest reports or skips a hidden sheet is its policy, so forms is null"),
    ], notes="two forms on two sheets and a hidden option sheet")


def s12_cross_tab():
    path = out("12_县卫健委每日报表.xlsx")
    block1 = ["省内", "排查人数", "核酸检测人数", "集中隔离人数", "居家隔离人数", "解除隔离人数（居家）", "失联人员"]
    block2 = ["省外", "排查人数（人）", "核酸检测人数（人）", "集中隔离人数", "居家隔离人数", "健康监测人数",
              "解除隔离人数居家", "失联人数"]
    labels1 = ["太原当日", "太原累计", "省内除太原当日", "省内除太原累计"]
    labels2 = ["省外当日", "省外累计"]
    book = XlsxWriterBook(path)
    sh = book.sheet("Sheet1")
    sh.widths([16, 11, 13, 13, 13, 15, 13, 10])
    sh.merge(0, 0, 0, 7, f"{COUNTY}石桥镇返乡人员每日报表", "title")
    sh.merge(1, 0, 1, 7, "填报单位：石桥镇卫生院    日期：2022年4月20日", "meta")

    def block(top, head, labels):
        """Pairs of rows 当日/累计; columns by name: 排查 = 核酸, 居家 = 排查 − 集中, the rest small."""
        for c, h in enumerate(head):
            sh.cell(top, c, h, "head")
        names = head[1:]
        for k in range(0, len(labels), 2):
            day_n, cum_n = rng.randint(0, 25), rng.randint(300, 1700)
            day_c, cum_c = rng.choice([0, 0, 1]), rng.randint(0, 9)
            rows = []
            for n, central in ((day_n, day_c), (day_n + cum_n, day_c + cum_c)):
                vals = []
                for name in names:
                    if name.startswith(("排查", "核酸")):
                        vals.append(n)
                    elif name.startswith("集中"):
                        vals.append(central)
                    elif name.startswith("居家"):
                        vals.append(n - central)
                    elif name.startswith("解除"):
                        vals.append(int(n * rng.uniform(0.6, 0.95)) if n > 100 else rng.randint(0, n))
                    elif name.startswith("健康监测"):
                        vals.append(rng.randint(0, max(1, n // 20)))
                    else:  # 失联
                        vals.append(rng.choice([0, 0, 0, 2]) if n > 100 else 0)
                rows.append(vals)
            for kk, vals in ((k, rows[0]), (k + 1, rows[1])):
                r = top + 1 + kk
                sh.cell(r, 0, labels[kk], "text")
                for j, v in enumerate(vals):
                    sh.cell(r, j + 1, v, "int")
        return top + 1 + len(labels)

    nxt = block(2, block1, labels1)
    block(nxt, block2, labels2)
    book.sheet("Sheet2")
    book.sheet("Sheet3")
    book.close()
    exp = {
        "layout": "cross_tab", "title": f"{COUNTY}石桥镇返乡人员每日报表", "titleRow": 1,
        "meta": kv_pairs("填报单位：石桥镇卫生院    日期：2022年4月20日"),
        "headerRows": [3, 3],
        "blocks": [
            {"headerRow": 3, "corner": block1[0], "headers": block1[1:], "rowLabels": labels1, "rows": [4, 7]},
            {"headerRow": nxt + 1, "corner": block2[0], "headers": block2[1:], "rowLabels": labels2,
             "rows": [nxt + 2, nxt + 1 + len(labels2)]},
        ],
        "headers": block1[1:] + block2[1:],
        "paths": [[block1[0], h] for h in block1[1:]] + [[block2[0], h] for h in block2[1:]],
        "rowLabels": labels1 + labels2,
        "dataRows": len(labels1) + len(labels2),
        "totalRows": 0, "footer": [], "notes": [],
    }
    record(path, "xlsx", [sheet_entry("Sheet1", [exp]), sheet_entry("Sheet2", []), sheet_entry("Sheet3", [])],
           notes="cross-tab like the real 2县卫健委每日报表: 省内 block (7 columns) over 省外 block (8 columns), row labels 当日/累计")


def s13_summary_with_column_numbers():
    path = out("13_重点管控人员情况汇总表.xlsx")
    tree = ["村（社区）",
            ("排查风险人员（按区域）", ["省外返临\n人数", "省内返临\n人数", "自行排查\n（报备）"]),
            ("排查风险人员（按类型）", ["集中隔离", "居家隔离", "未隔离返程", "未排查到位"]),
            "解除\n隔离",
            ("赋红码人员", ["外来返临", "在临未外出"]),
            ("赋黄码人员", ["外来返临", "在临未外出"])]
    town = "白水镇"
    villages = VILLAGES[town] + ["李家山村", "红土坡村", "后沟村"]
    rows = []
    for v in villages:
        a, b, c = rng.randint(0, 15), rng.randint(0, 30), rng.randint(0, 6)
        central = rng.randint(0, 2)
        home = a + b + c - central
        rows.append([v, a, b, c, central, home, 0, 0, rng.randint(0, 20), 0, rng.choice([0, 0, 1]),
                     rng.choice([0, 1, 2]), rng.choice([0, 0, 1])])
    rows.append(["合计"] + [sum(r[k] for r in rows) for k in range(1, 13)])
    book = XlsxWriterBook(path)
    sh = book.sheet("Sheet1")
    sh.widths([12] + [9] * 12)
    exp, _ = write_form(
        sh, 0, 13,
        title=f"{town}重点管控人员情况汇总表",
        meta=["  截止 4 月 25 日"],
        tree=tree, rows=rows, styles=["text"] + ["int"] * 12, totals=1, column_numbers=True,
        notes=["备注：1.“自行排查（报备）”指通过小程序、电话等方式主动报备的人员；2.赋码人员以县大数据中心推送名单为准。"],
    )
    exp["meta"] = []
    exp["preamble"] = ["  截止 4 月 25 日"]
    book.close()
    record(path, "xlsx", [sheet_entry("Sheet1", [exp])],
           notes="like the real 4工作簿模板: vertical merges beside groups, a line '截止 4 月 25 日' with no colon, "
                 "a 1…13 column-number row under the header, 合计 row, merged note")


def s14_plain_utf8_csv():
    path = out("14_居家隔离解除日报表.csv")
    tree = ["序号", "所属行政村", "姓名", "性别", "身份证号", "联系方式", "隔离日期", "解除隔离日期", "核酸次数",
            "核酸结果是否均为阴性"]
    town = "柳湾镇"
    rows = []
    for i in range(28):
        p = person()
        start = april(6, 14)
        rows.append([i + 1, rng.choice(VILLAGES[town]), p["name"], p["sex"], p["id"], p["mobile"],
                     start.isoformat(), (start + dt.timedelta(days=14)).isoformat(), rng.randint(2, 5), "是"])
    grid = GridSheet(10)
    exp, _ = write_form(grid, 0, 10, tree=tree, rows=rows,
                        styles=["int", "text", "text", "text", "id", "id", "text", "text", "int", "text"])
    write_csv(path, grid.lines(), encoding="utf-8", newline="\n")
    record(path, "csv", [sheet_entry(None, [exp])], encoding="UTF-8", bom=False, delimiter=",", newline="LF",
           notes="a platform export: UTF-8 without BOM, LF, ISO dates (2022-04-06)")


# --- determinism: fixed zip timestamps and document times ----------------------------------------

def normalise_xlsx(path: str) -> None:
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{stamp}\g<3>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def check_people() -> None:
    """Every ID number in the expected rows is checked by the generator itself."""
    for _ in range(200):
        p = person()
        assert id_ok(p["id"]) and p["mobile"][:2] in {"13", "15", "17", "18", "19"} and len(p["mobile"]) == 11


def main() -> int:
    os.makedirs(OUT_DIR, exist_ok=True)
    for name in os.listdir(OUT_DIR):
        if name[:2].isdigit():
            os.remove(os.path.join(OUT_DIR, name))
    for make in (s01_returnee_roster, s02_home_isolation_xls, s03_village_totals_gb18030, s04_checkpoint_utf16,
                 s05_temperature_openpyxl, s06_enterprise_3row_header, s07_supplies_units, s08_inspection_findings,
                 s09_traditional, s10_utf8_bom_csv, s11_two_forms_hidden_sheet, s12_cross_tab,
                 s13_summary_with_column_numbers, s14_plain_utf8_csv):
        make()
    check_people()
    for f in FILES:
        if f["format"] == "xlsx":
            normalise_xlsx(os.path.join(ROOT, f["file"]))
    doc = {
        "generatedBy": "tools/make_samples.py",
        "seed": SEED,
        "conventions": {
            "rows": "1-based sheet rows (csv: 1-based records), as Excel shows them",
            "headerRows": "[first, last] row of the header block; for a cross_tab, of its first block",
            "headers": "leaf header texts exactly as written, line breaks (\\n) and （必填） kept, in column order",
            "paths": "for each leaf, its group cells from the top down, then the leaf",
            "dataRows": "filled data rows, a 合计 row included (totalRows says how many of them are totals); "
                        "blank rows, footers and notes not counted; for a cross_tab, the labelled rows of all blocks",
            "meta": "key/value pairs of the lines above the header; footer: of the lines under the data",
            "notes": "note lines under the data (填表说明：…, 注：…), as written",
            "forms": "[] for an empty sheet; null when unspecified (a hidden option sheet)",
            "sheet": "null for csv",
        },
        "files": FILES,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    # arrays of scalars on one line (headers, [first, last], [key, value]), so the file reads like the forms
    text = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text)
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    total = sum(os.path.getsize(os.path.join(ROOT, f["file"])) for f in FILES)
    print(f"wrote {len(FILES)} samples ({total / 1024:.0f} KiB) to {os.path.relpath(OUT_DIR, ROOT)} "
          f"and {os.path.relpath(EXPECTED, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
