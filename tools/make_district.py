#!/usr/bin/env python3
"""Writes samples/gaoxin-2020/: a realistic made-up district (青岚区) with the 35 daily/weekly report forms its
village and community cadres filed for a dozen departments from 2020-02-10 to 2020-02-23, the office's
policy.yaml, and tools/district_expected.json: the intended reduction plan (keep / merge / share / remove per form,
with the reason and, for a merge, its target) that tests compare with what the planner finds.

    python3 tools/make_district.py            # from the repository root

Deterministic: one fixed random seed, fixed document times and zip timestamps. Everything is made up (names,
ID numbers with a valid check digit, mobiles, credit codes, places). Needs openpyxl and xlwt (pip). It reuses
the writers and form layout of tools/make_samples.py (merged titles, 填报单位/日期 lines, multi-row merged
headers, 填表人/审核人 footers, 填表说明 notes).

The plan follows from rules applied to the forms, their data and the policy, not from names:

* remove (retired): the majority topic of a form's concepts, leaving out identity, contact, address, reporting
  and responsibility, is one of the policy's retired_topics;
* share: every concept of a form (leaving out reporting metadata and meta.row_number) has a dictionary `source`
  among the policy's platforms;
* merge, duplicate: ≥ 90 % of its concepts are in a kept form and ≥ 90 % of the kept form's are in it (here the
  two sets are equal); the kept one has more rows;
* merge, subset: all its concepts are in one kept form of the same grain and frequency, which has more;
* merge, derivable: a village (or checkpoint) daily totals form whose every count column equals a count of a
  kept roster's rows per village and day, under the filter given in district_expected.json;
* keep: the rest, each of its own grain, frequency and subject.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

import openpyxl
import xlwt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_samples as ms  # noqa: E402  (writers, write_form, csv and xlsx helpers)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = "samples/gaoxin-2020"
OUT_DIR = os.path.join(ROOT, FOLDER)
EXPECTED = os.path.join(ROOT, "tools", "district_expected.json")
SEED = 20200210
FIXED_TIME = dt.datetime(2020, 2, 24, 9, 0, 0)

rng = random.Random(SEED)

# --- the district ---------------------------------------------------------------------------------

PROVINCE, CITY, DISTRICT = "四川省", "锦川市", "青岚区"
STREETS = {
    "东湖街道": ["东湖社区", "柳岸社区", "荷塘村", "新桥村", "杨柳村", "金沙社区", "白鹭村"],
    "锦岚街道": ["锦岚社区", "芙蓉社区", "桂花村", "双河村", "龙潭村", "清水村", "和平社区"],
    "玉泉街道": ["玉泉社区", "石门村", "枫林村", "大湾村", "凤凰社区", "永安村"],
}
VILLAGES = [(s, v) for s, vs in STREETS.items() for v in vs]
STREET_OF = {v: s for s, v in VILLAGES}
FIRST, LAST = dt.date(2020, 2, 10), dt.date(2020, 2, 23)
DAYS = [FIRST + dt.timedelta(days=i) for i in range(14)]
WEEKS = [dt.date(2020, 2, 16), dt.date(2020, 2, 23)]  # weekly forms: the Sundays that end each week
HOME_AREA = "510195"  # the district's (made-up) code in its residents' ID numbers
OTHER_AREAS = ["510104", "510107", "510603", "511302", "511702", "420102", "420106", "420902", "421102",
               "500101", "440305", "330302", "330106", "110105", "310115", "530102"]
ORIGINS_OUT = [  # (origin, from a high-risk area in February 2020)
    ("湖北省武汉市江岸区", True), ("湖北省武汉市洪山区", True), ("湖北省孝感市孝南区", True), ("湖北省黄冈市黄州区", True),
    ("浙江省温州市鹿城区", True), ("重庆市万州区", False), ("广东省深圳市南山区", False), ("广东省东莞市长安镇", False),
    ("浙江省杭州市西湖区", False), ("北京市朝阳区", False), ("上海市浦东新区", False), ("云南省昆明市五华区", False),
    ("江苏省苏州市吴中区", False), ("福建省厦门市思明区", False),
]
ORIGINS_IN = [("四川省绵阳市涪城区", False), ("四川省南充市顺庆区", False), ("四川省达州市通川区", False),
              ("四川省宜宾市翠屏区", False), ("四川省乐山市市中区", False)]
ESTATES = ["锦绣花园", "东湖丽景", "芙蓉苑", "桂香里", "玉泉雅居", "金沙苑", "龙湖名邸", "和平小区"]

# simplified → traditional for the characters the traditional-script forms use (on top of make_samples.TRAD)
TRAD = dict(ms.TRAD)
TRAD.update(str.maketrans({
    "湖": "湖", "岚": "嵐", "荷": "荷", "塘": "塘", "桥": "橋", "岸": "岸", "沙": "沙", "鹭": "鷺", "锦": "錦",
    "芙": "芙", "蓉": "蓉", "双": "雙", "潭": "潭", "清": "清", "枫": "楓", "凤": "鳳", "凰": "凰", "街": "街",
    "道": "道", "社": "社", "区": "區", "栋": "棟", "单": "單", "元": "元", "室": "室", "组": "組", "号": "號",
    "丽": "麗", "苑": "苑", "里": "里", "雅": "雅", "居": "居", "邸": "邸", "绣": "繡", "园": "園", "景": "景",
    "川": "川", "四": "四", "关": "關", "卫": "衛", "亚": "亞", "岗": "崗", "张": "張", "湾": "灣",
    "红": "紅", "黄": "黃", "绿": "綠", "码": "碼", "医": "醫", "院": "院", "县": "縣", "乡": "鄉",
}))


def trad(s):
    return s.translate(TRAD) if isinstance(s, str) else s


def id_number(area: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(0, 499) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def mobile() -> str:
    return rng.choice(["13", "15", "17", "18", "19"]) + f"{rng.randint(0, 999_999_999):09d}"


SEEN_IDS: set[str] = set()


def person(min_age=18, max_age=75, local=0.85) -> dict:
    while True:
        male = rng.random() < 0.52
        given = rng.choice(ms.GIVEN_MALE if male else ms.GIVEN_FEMALE)
        if rng.random() < 0.7:
            given = rng.choice(ms.GIVEN_ANY) + given
        age = rng.randint(min_age, max_age)
        birth = dt.date(2020 - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        area = HOME_AREA if rng.random() < local else rng.choice(OTHER_AREAS)
        pid = id_number(area, birth, male)
        if pid not in SEEN_IDS:
            SEEN_IDS.add(pid)
            break
    return {"name": rng.choice(ms.SURNAMES) + given, "sex": "男" if male else "女", "age": 2020 - birth.year
            - ((2, 10) < (birth.month, birth.day)), "birth": birth, "id": pid, "mobile": mobile(),
            "local": area == HOME_AREA}


def address(street: str, village: str) -> str:
    if village.endswith("社区"):
        return (f"{CITY}{DISTRICT}{street}{village}{rng.choice(ESTATES)}{rng.randint(1, 18)}栋"
                f"{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室")
    return f"{CITY}{DISTRICT}{street}{village}{rng.randint(1, 9)}组{rng.randint(1, 150)}号"


def credit_code() -> str:
    """A unified social credit code (GB 32100-2015) with its check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + "510100" + "".join(rng.choice(chars[:10] + "MAC") for _ in range(9))
    check = (31 - sum(chars.index(c) * w for c, w in zip(body, weights)) % 31) % 31
    return body + chars[check]


def at(day: dt.date, h0=7, h1=21) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randint(h0, h1), rng.randrange(0, 60))


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def staff() -> str:
    return person(25, 55)["name"]


# --- the people: one population, so the same ID numbers come back across forms --------------------

GRID_WORKERS = {v: staff() for _, v in VILLAGES}
CADRES = {v: [staff() for _ in range(2)] for _, v in VILLAGES}
DOCTORS = {v: staff() for _, v in VILLAGES}
POLICE = {s: [staff() for _ in range(2)] for s in STREETS}
TRANSPORT = ["自驾", "自驾", "自驾", "火车", "飞机", "长途客车"]


def trip_number(mode: str):
    if mode == "火车":
        return rng.choice(["G", "D", "K"]) + str(rng.randint(100, 8999))
    if mode == "飞机":
        return rng.choice(["CA", "3U", "MU", "CZ", "EU"]) + str(rng.randint(1000, 8999))
    return None


def make_returnees() -> list[dict]:
    """The returnee roster's people: returned 2020-01-24 … 2020-02-23, screened within a day."""
    out = []
    for street, village in VILLAGES:
        for _ in range(rng.randint(6, 11)):
            p = person(16, 70, local=0.9)
            out_of_province = rng.random() < 0.65
            origin, risk = rng.choice(ORIGINS_OUT if out_of_province else ORIGINS_IN)
            ret = dt.date(2020, 1, 24) + dt.timedelta(days=rng.randint(0, 30))
            screened = min(max(ret, dt.date(2020, 1, 26)) + dt.timedelta(days=rng.choice([0, 0, 1])), LAST)
            mode = rng.choice(TRANSPORT)
            p.update(street=street, village=village, address=address(street, village), origin=origin, risk=risk,
                     returned=ret, screened=screened, mode=mode, trip=trip_number(mode),
                     plate=plate() if mode == "自驾" else None,
                     measure="居家隔离" if out_of_province else "健康监测",
                     role=rng.choice(["学生", "教师"]) if rng.random() < 0.22 else None,
                     kind="湖北返乡" if origin.startswith("湖北") else ("省外返乡" if out_of_province else "省内返乡"),
                     grid=GRID_WORKERS[village])
            out.append(p)
    out.sort(key=lambda p: (list(STREETS).index(p["street"]), STREETS[p["street"]].index(p["village"]), p["screened"]))
    return out


def plate() -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    prefix = rng.choice(["川A", "川A", "川A", "川G", "川R", "川S", "鄂A", "渝A", "粤B"])
    return prefix + rng.choice(letters) + "".join(rng.choice("0123456789" + letters[:8]) for _ in range(4))


def make_isolated(returnees: list[dict]) -> list[dict]:
    """The home-isolation roster: out-of-province returnees (from their return day) and some close contacts.
    14 days; the release day is filled once it is past (≤ 2020-02-23)."""
    out = []
    for p in returnees:
        if p["measure"] == "居家隔离":
            out.append(dict(p, start=p["returned"]))
    for street, village in VILLAGES:
        for _ in range(rng.choice([0, 0, 1, 2])):
            p = person(20, 80)
            start = FIRST - dt.timedelta(days=rng.randint(0, 8)) + dt.timedelta(days=rng.randint(0, 20))
            p.update(street=street, village=village, address=address(street, village), kind="密切接触者",
                     start=min(start, LAST), grid=GRID_WORKERS[village])
            out.append(p)
    for p in out:
        end = p["start"] + dt.timedelta(days=14)
        p["end"] = end if end <= LAST else None
        p["iso_place"] = p["address"]
        p["cadre"] = rng.choice(CADRES[p["village"]])
        p["doctor"] = DOCTORS[p["village"]]
        p["police"] = rng.choice(POLICE[p["street"]])
    out.sort(key=lambda p: (list(STREETS).index(p["street"]), STREETS[p["street"]].index(p["village"]), p["start"]))
    return out


# --- forms ----------------------------------------------------------------------------------------

FORMS: list[dict] = []  # one entry per form, in file order: policy and expected plan
FILES: list[str] = []


def path_of(name: str) -> str:
    return os.path.join(OUT_DIR, name)


def form(file, sheet, department, frequency, title, concepts, *, action, reason, into=None, grain,
         derivation=None, why):
    FORMS.append({"file": file, "sheet": sheet, "department": department, "frequency": frequency, "title": title,
                  "grain": grain, "action": action, "reason": reason, "into": into,
                  "concepts": concepts, "derivation": derivation, "why": why})


def leaves_of(tree):
    return [p[-1] for p in ms.leaves(tree)]


def check_columns(tree, concepts, rows):
    n = len(list(ms.leaves(tree)))
    assert n == len(concepts), (n, len(concepts), tree)
    for r in rows:
        assert len(r) == n, (len(r), n, r)


def concept_set(concepts):
    return sorted({c for c in concepts if c})


def footer_line(village_or_unit=None):
    return f"填表人：{staff()}      审核人：{staff()}      联系电话：{mobile()}"


def save_openpyxl(wb, name):
    wb.properties.creator = "FormFold samples"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path_of(name))
    ms.normalise_xlsx(path_of(name))
    FILES.append(name)


def xlsx_form(name, sheet_name, *, widths=None, extra_sheets=("Sheet2",), **kw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_name
    sh = ms.OpenpyxlSheet(ws)
    ncols = len(list(ms.leaves(kw["tree"])))
    if widths:
        sh.widths(widths)
    ms.write_form(sh, 0, ncols, **kw)
    for s in extra_sheets:
        wb.create_sheet(s)
    save_openpyxl(wb, name)


def xls_form(name, sheet_name, *, widths=None, extra_sheets=("Sheet2",), **kw):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet_name)
    sh = ms.XlwtSheet(ws)
    ncols = len(list(ms.leaves(kw["tree"])))
    if widths:
        sh.widths(widths)
    ms.write_form(sh, 0, ncols, heights=False, **kw)
    for s in extra_sheets:
        wb.add_sheet(s)
    wb.save(path_of(name))
    FILES.append(name)


def csv_form(name, *, encoding="gb18030", delimiter=",", bom=False, **kw):
    ncols = len(list(ms.leaves(kw["tree"])))
    grid = ms.GridSheet(ncols)
    ms.write_form(grid, 0, ncols, **kw)
    ms.write_csv(path_of(name), grid.lines(), encoding=encoding, delimiter=delimiter, bom=bom)
    FILES.append(name)


def village_days():
    return [(s, v, d) for d in DAYS for s, v in VILLAGES]


# --- data shared by the forms ---------------------------------------------------------------------

RETURNEES = make_returnees()
ISOLATED = make_isolated(RETURNEES)

CHECKPOINTS = [  # (name, street, village, on a main road)
    ("成雅高速青岚收费站卡口", "东湖街道", "荷塘村", True),
    ("东湖大道入城卡口", "东湖街道", "新桥村", True),
    ("白鹭村村口卡点", "东湖街道", "白鹭村", False),
    ("绕城高速锦岚出口卡口", "锦岚街道", "双河村", True),
    ("龙潭村北口卡点", "锦岚街道", "龙潭村", False),
    ("清水村东口卡点", "锦岚街道", "清水村", False),
    ("玉泉互通卡口", "玉泉街道", "石门村", True),
    ("永安村南口卡点", "玉泉街道", "永安村", False),
]
CP_GUARDS = {c[0]: [staff() for _ in range(3)] for c in CHECKPOINTS}


def make_checkpoint_log() -> list[dict]:
    rows = []
    by_village = defaultdict(list)
    for p in RETURNEES:
        if p["mode"] == "自驾" and FIRST <= p["returned"] <= LAST:
            by_village[p["village"]].append(p)
    for name, street, village, main in CHECKPOINTS:
        for d in DAYS:
            people = [p for p in by_village[village] if p["returned"] == d]
            for _ in range(rng.randint(2, 7 if main else 4)):
                p = person(18, 70, local=0.6)
                p.update(origin=rng.choice(ORIGINS_IN + ORIGINS_OUT)[0] if rng.random() < 0.5
                         else f"{CITY}{rng.choice(['锦江区', '武侯区', '成华区', '双流区', '郫都区'])}",
                         plate=plate())
                people.append(p)
            for p in people:
                t = at(d, 6, 22)
                dest_v = village if rng.random() < 0.6 else rng.choice(VILLAGES)[1]
                rows.append({"cp": name, "street": street, "village": village, "time": t, "name": p["name"],
                             "id": p["id"], "mobile": p["mobile"], "plate": p.get("plate") or plate(),
                             "origin": p["origin"], "dest": f"{STREET_OF[dest_v]}{dest_v}",
                             "temp": round(rng.uniform(36.0, 37.2), 1), "guard": rng.choice(CP_GUARDS[name])})
    rows.sort(key=lambda r: (r["time"], r["cp"]))
    return rows


CHECKLOG = make_checkpoint_log()

FINDINGS = [
    ("卡口管控", "卡口值守人员未逐车查验体温，登记表车牌号、出发地填写不全。",
     "1.对值守人员进行再培训；\n2.严格落实“逢车必查、逢人必检”；\n3.带班领导每日审核登记表。"),
    ("人员排查", "抽查发现2名省外返乡人员未纳入返乡人员台账。", "网格员再次入户排查，遗漏人员当日补登并落实居家隔离。"),
    ("隔离管控", "居家隔离人员门口未张贴告知书，包保村干部未每日上门测温。",
     "1.当日补贴告知书；\n2.落实“五包一”责任，每日两次测温并记录。"),
    ("物资保障", "社区口罩、消毒液储备不足三天用量，未建立物资出入库台账。", "按标准补足储备，建立出入库台账。"),
    ("小区管理", "小区门岗出入登记不规范，存在外来人员未登记进入情况。", "实行“一门进出”，出入人员逐一登记、测温。"),
    ("台账管理", "台账身份证号码、联系电话存在错填漏填。", "逐人电话核实，更正后由社区书记审核。"),
    ("环境消杀", "农贸市场公共区域消杀记录缺失，垃圾清运不及时。", "每日消杀两次并记录，督促物业及时清运。"),
]


def make_findings() -> list[dict]:
    out = []
    n = 0
    for d in DAYS:
        for _ in range(rng.randint(2, 6)):
            street, village = rng.choice(VILLAGES)
            cat, problem, fix = rng.choice(FINDINGS)
            n += 1
            deadline = d + dt.timedelta(days=rng.choice([1, 2, 3, 5]))
            done = d + dt.timedelta(days=rng.randint(0, 4))
            if done > LAST or rng.random() < 0.15:
                status, done = ("整改中" if rng.random() < 0.8 else "未整改"), None
            else:
                status = "已整改"
            place = rng.choice([f"{village}小区门岗", f"{village}党群服务中心", f"{village}农贸市场",
                                f"{village}3组院落", f"{village}卡点"])
            out.append({"no": f"QL-DC-{n:03d}", "date": d, "street": street, "village": village, "place": place,
                        "problem": problem, "type": cat, "fix": fix, "person": rng.choice(CADRES[village]),
                        "deadline": deadline, "status": status, "done": done})
    return out


FINDINGS_ROWS = make_findings()

INDUSTRIES = ["软件和信息技术服务业", "电子设备制造业", "医药制造业", "批发和零售业", "住宿和餐饮业", "建筑业",
              "交通运输业", "商务服务业", "食品制造业"]
FIRM_WORDS = ["锦川", "青岚", "东湖", "锦岚", "玉泉", "蓉欣", "天府", "新航", "芯源", "康达", "瑞丰", "博远",
              "中科", "星河", "佳禾", "汇通", "同创", "恒信", "嘉盛", "云帆"]
FIRM_KINDS = [("科技有限公司", "软件和信息技术服务业"), ("电子科技有限公司", "电子设备制造业"),
              ("生物医药有限公司", "医药制造业"), ("商贸有限公司", "批发和零售业"), ("餐饮管理有限公司", "住宿和餐饮业"),
              ("建设工程有限公司", "建筑业"), ("物流有限公司", "交通运输业"), ("企业管理咨询有限公司", "商务服务业"),
              ("食品有限公司", "食品制造业"), ("超市", "批发和零售业"), ("火锅店", "住宿和餐饮业")]


def make_firms() -> list[dict]:
    out, names = [], set()
    while len(out) < 48:
        a, b = rng.sample(FIRM_WORDS, 2)
        kind, industry = rng.choice(FIRM_KINDS)
        name = f"{CITY}{a}{b}{kind}" if not kind.endswith("店") and kind != "超市" else f"{DISTRICT}{a}{b}{kind}"
        if name in names:
            continue
        names.add(name)
        street = rng.choice(list(STREETS))
        big = rng.random() < 0.35
        total = rng.randint(60, 900) if big else rng.randint(4, 55)
        resumed = rng.random() < 0.72
        returned = rng.randint(int(total * 0.3), total) if resumed else rng.randint(0, max(1, total // 8))
        contact = person(25, 50)
        out.append({"name": name, "code": credit_code(), "street": street, "industry": industry,
                    "scale": "规上" if big else rng.choice(["规下", "小微"]),
                    "resumed": resumed, "date": FIRST + dt.timedelta(days=rng.randint(0, 13)) if resumed else None,
                    "total": total, "returned": returned, "nonlocal": rng.randint(0, total // 3),
                    "contact": contact["name"], "phone": contact["mobile"],
                    "prevention": rng.choice(["已落实测温、消毒、登记", "已落实", "已落实，设立隔离观察室",
                                              "测温、消毒已落实，口罩不足"]) if resumed else "未复工",
                    "need": rng.choice(["", "", "口罩等防疫物资紧缺", "外地员工返岗需隔离，用工不足",
                                        "资金周转困难，申请贷款贴息", "上下游未复工，原材料短缺", "希望减免房租"])})
    out.sort(key=lambda f: (list(STREETS).index(f["street"]), f["name"]))
    return out


FIRMS = make_firms()


def make_households() -> list[dict]:
    out = []
    for street, village in VILLAGES:
        for _ in range(rng.randint(2, 4)):
            head = person(35, 85)
            out.append({"street": street, "village": village, "head": head["name"], "id": head["id"],
                        "size": rng.randint(1, 6), "type": rng.choice(["低保", "低保", "特困供养", "临时救助", "残疾人",
                                                                      "低保边缘"]),
                        "mobile": head["mobile"], "door": address(street, village).split(village)[-1],
                        "head_person": head})
    for h in out:
        h["dibao"] = "是" if h["type"] == "低保" else "否"
    return out


HOUSEHOLDS = make_households()


def make_register() -> list[dict]:
    """户籍人口: local returnees and the needy households' heads, each with family members."""
    out = []
    heads = [p for p in RETURNEES if p["local"]][:70] + [h["head_person"] | {"street": h["street"],
                                                                             "village": h["village"]}
                                                         for h in HOUSEHOLDS[:20]]
    for p in heads:
        hh = address(p["street"], p["village"]) if "address" not in p else p["address"]
        out.append({"head": p["name"], "p": p, "rel": "户主", "addr": hh})
        for rel in rng.sample(["配偶", "子", "女", "父亲", "母亲"], rng.randint(0, 2)):
            m = person(1 if rel in ("子", "女") else 40, 20 if rel in ("子", "女") else 85, local=1.0)
            out.append({"head": p["name"], "p": m, "rel": rel, "addr": hh})
    return out


REGISTER = make_register()
ETHNIC = ["汉族"] * 18 + ["藏族", "彝族", "回族"]


# --- keep -----------------------------------------------------------------------------------------

def k_returnees():
    name = "01_返乡人员排查登记表.xlsx"
    tree = ["序号", "所属街道", "村（社区）",
            ("基本信息", ["姓名\n（必填）", "性别", "身份证号码\n（必填）", "联系电话\n（必填）", "现居住地址"]),
            ("返乡情况", ["出发地", "返乡时间", "交通方式", "车次/航班号", "是否来自\n中高风险地区"]),
            "排查日期", "管控措施", "网格员", "备注"]
    concepts = ["meta.row_number", "address.township", "address.village", "person.name", "person.sex",
                "person.id_number", "contact.mobile", "address.current", "travel.origin", "travel.return_date",
                "travel.mode", "travel.trip_number", "travel.from_risk_area", "screening.date", "isolation.kind",
                "responsibility.grid_worker", "reporting.remarks"]
    rows = [[i + 1, p["street"], p["village"], p["name"], p["sex"], p["id"], p["mobile"], p["address"], p["origin"],
             p["returned"], p["mode"], p["trip"], "是" if p["risk"] else "否", p["screened"], p["measure"], p["grid"],
             rng.choice([None] * 6 + ["已报备", "学生放假返乡", "务工返乡", "家属同行"])]
            for i, p in enumerate(RETURNEES)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "返乡人员", tree=tree, rows=rows,
              widths=[6, 10, 10, 9, 6, 21, 13, 40, 22, 11, 9, 10, 10, 11, 10, 8, 14],
              title=f"{DISTRICT}返乡人员排查登记表",
              meta=[f"填报单位（盖章）：{DISTRICT}疫情防控指挥部办公室    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "text", "text", "id", "id", "wrap", "text", "date", "text", "text",
                      "text", "date", "text", "text", "text"],
              footer=[footer_line()],
              notes=["填表说明：1.本表由村（社区）每日16:00前报街道，街道汇总后17:00前报区卫健局；2.身份证号码须填写18位；"
                     "3.返乡时间、排查日期填写到日；4.管控措施填写“居家隔离”或“健康监测”；5.人员信息仅用于疫情防控。"])
    form(name, None, "卫健局", "daily", "返乡人员排查登记表", concepts, action="keep", reason="unique", grain="person",
         why="The district's one person-level roster of returnees (who, from where, when, how, and the measure taken). "
             "Three other forms copy it and one daily total counts its rows.")


def k_isolation():
    name = "02_居家隔离人员台账.xlsx"
    tree = ["序号", "所属街道", "村（社区）",
            ("隔离人员基本信息", ["姓名", "性别", "年龄", "身份证号码", "联系电话", "人员类别"]),
            ("隔离情况", ["隔离地址", "隔离开始日期", "解除隔离日期", "是否解除隔离"]),
            ("包保责任人", ["网格员", "包保村干部", "包保医生", "包保民警"]),
            "备注"]
    concepts = ["meta.row_number", "address.township", "address.village", "person.name", "person.sex", "person.age",
                "person.id_number", "contact.mobile", "person.kind", "isolation.place", "isolation.start_date",
                "isolation.end_date", "isolation.released", "responsibility.grid_worker",
                "responsibility.village_cadre", "responsibility.health_worker", "responsibility.police",
                "reporting.remarks"]
    rows = [[i + 1, p["street"], p["village"], p["name"], p["sex"], p["age"], p["id"], p["mobile"], p["kind"],
             p["iso_place"], p["start"], p["end"], "是" if p["end"] else "否", p["grid"], p["cadre"], p["doctor"],
             p["police"], rng.choice([None] * 8 + ["独居，每日电话随访", "已安装门磁"])]
            for i, p in enumerate(ISOLATED)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "居家隔离台账", tree=tree, rows=rows,
              widths=[6, 10, 10, 8, 5, 5, 21, 13, 10, 40, 11, 11, 8, 8, 9, 9, 9, 16],
              title=f"{DISTRICT}居家隔离人员台账",
              meta_cells=[[(0, f"填报单位：{DISTRICT}卫生健康局"), (12, f"填报日期：{cn_date(LAST)}")]],
              styles=["int", "text", "text", "text", "text", "int", "id", "id", "text", "wrap", "date", "date", "text",
                      "text", "text", "text", "text", "text"],
              footer_cells=[[(0, f"填表人：{staff()}"), (6, f"审核人：{staff()}"), (11, f"联系电话：{mobile()}")]],
              notes=["注：居家隔离期为14天，自返回之日（密切接触者自末次接触之日）起算；期满未解除的，解除隔离日期暂不填写。"])
    form(name, None, "卫健局", "daily", "居家隔离人员台账", concepts, action="keep", reason="unique", grain="person",
         why="The person-level home-isolation roster with its start and release dates and the “五包一” responsible "
             "people; the village isolation counts are counted from it.")


def k_checkpoint():
    name = "03_卡口值守登记表.xlsx"
    tree = ["序号", "卡口名称", "所在村（社区）", "登记时间", "姓名", "身份证号码", "联系电话", "车牌号", "出发地",
            "目的地", "体温（℃）", "值守人员"]
    concepts = ["meta.row_number", "checkpoint.name", "address.village", "checkpoint.time", "person.name",
                "person.id_number", "contact.mobile", "travel.plate_number", "travel.origin", "travel.destination",
                "symptoms.temperature", "checkpoint.staff"]
    rows = [[i + 1, r["cp"], r["village"], r["time"], r["name"], r["id"], r["mobile"], r["plate"], r["origin"],
             r["dest"], r["temp"], r["guard"]] for i, r in enumerate(CHECKLOG)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "卡口登记", tree=tree, rows=rows, widths=[6, 22, 10, 17, 9, 21, 13, 11, 22, 16, 9, 9],
              title=f"{DISTRICT}疫情防控卡口值守登记表",
              meta=[f"填报单位：{DISTRICT}公安分局    登记期间：2020年2月10日至2月23日"],
              styles=["int", "text", "text", "datetime", "text", "id", "id", "text", "text", "text", "dec1", "text"],
              footer=[f"带班领导：{staff()}      联系电话：{mobile()}"],
              notes=["说明：进入辖区人员逐人登记、测温；体温≥37.3℃的，立即联系120转运至发热门诊。"])
    form(name, None, "公安分局", "daily", "卡口值守登记表", concepts, action="keep", reason="unique", grain="event",
         why="Every passage through the district's eight checkpoints (one row per person checked); no other form "
             "holds passages, and the checkpoint daily totals count its rows.")


def k_enterprise():
    name = "04_企业复工复产情况表.xlsx"
    tree = ["序号", "企业名称", "统一社会信用代码", "所属街道", "所属行业", "企业规模",
            ("复工复产情况", [("复工情况", ["是否复工", "复工日期"]),
                              ("用工情况", ["员工总数（人）", "返岗人数（人）", "外地员工人数（人）"])]),
            ("疫情防控", ["防疫联络员", "联络员电话", "防控措施落实情况"]),
            "存在困难和诉求"]
    concepts = ["meta.row_number", "enterprise.name", "enterprise.credit_code", "address.township",
                "enterprise.industry", "enterprise.scale", "enterprise.resumed", "enterprise.resume_date",
                "enterprise.staff.total", "enterprise.staff.returned", "enterprise.staff.nonlocal",
                "enterprise.contact_person", "enterprise.contact_phone", "enterprise.prevention_in_place",
                "enterprise.difficulties"]
    rows = [[i + 1, f["name"], f["code"], f["street"], f["industry"], f["scale"], "是" if f["resumed"] else "否",
             f["date"], f["total"], f["returned"], f["nonlocal"], f["contact"], f["phone"], f["prevention"],
             f["need"] or None] for i, f in enumerate(FIRMS)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "复工复产", tree=tree, rows=rows,
              widths=[6, 34, 21, 10, 20, 8, 8, 11, 9, 9, 9, 9, 13, 24, 28],
              title=f"{DISTRICT}企业复工复产情况表",
              meta=[f"填报单位：{DISTRICT}经济运行局    统计截止：{cn_date(LAST)}"],
              styles=["int", "wrap", "text", "text", "text", "text", "text", "date", "int", "int", "int", "text", "id",
                      "wrap", "wrap"],
              footer_cells=[[(0, f"填表人：{staff()}"), (5, f"审核人（签字）：{staff()}"), (10, f"联系电话：{mobile()}")]],
              notes=["填表说明：1.企业规模填“规上”“规下”或“小微”；2.“是否复工”填“是”或“否”，未复工的复工日期不填；"
                     "3.每日18:00前更新报送。"])
    form(name, None, "经济运行局", "daily", "企业复工复产情况表", concepts, action="keep", reason="unique",
         grain="enterprise",
         why="The only enterprise-level form: resumption, staff and prevention per firm (48 firms).")


SUPPLY_TREE = [("防护用品", ["口罩（只）", "N95口罩（只）", "防护服（套）", "医用手套（副）"]),
               ("消杀用品", ["消毒液（公斤）", "医用酒精（公斤）"]),
               ("检测设备", ["测温枪（把）"])]
SUPPLY_CONCEPTS = ["supplies.masks", "supplies.n95", "supplies.protective_suits", "supplies.gloves",
                   "supplies.disinfectant", "supplies.alcohol", "supplies.thermometers"]


def make_supplies():
    out = []
    for w in WEEKS:
        for s, v in VILLAGES:
            big = v.endswith("社区")
            k = 2 if big else 1
            out.append([s, v, w, rng.randint(5, 40) * 50 * k, rng.randint(0, 10) * 10, rng.randint(0, 12) * k,
                        rng.randint(2, 30) * 10 * k, round(rng.uniform(10, 90) * k, 1), round(rng.uniform(5, 40), 1),
                        rng.randint(2, 8) * k])
    return out


SUPPLIES = make_supplies()


def k_supplies():
    name = "05_防疫物资储备表.xlsx"
    tree = ["序号", "所属街道", "村（社区）", "统计日期"] + SUPPLY_TREE
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date"] + SUPPLY_CONCEPTS
    rows = [[i + 1] + r for i, r in enumerate(SUPPLIES)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "物资储备", tree=tree, rows=rows, widths=[6, 10, 10, 11, 10, 10, 10, 10, 10, 10, 10],
              title=f"{DISTRICT}村（社区）防疫物资储备表",
              meta=[f"填报单位：{DISTRICT}应急管理局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "date", "int", "int", "int", "int", "dec1", "dec1", "int"],
              footer=[footer_line()],
              notes=["注：每周日统计一次，数量以当日实际库存为准；消毒液按含氯消毒液折算为公斤。"])
    form(name, None, "应急局", "weekly", "防疫物资储备表", concepts, action="keep", reason="unique", grain="org_unit",
         why="The weekly stock of protective and disinfection supplies per village; nothing else holds stock levels.")


def k_inspection():
    name = "06_督查问题整改台账.xlsx"
    tree = ["问题编号", "督查日期", "所属街道", "所属村（社区）", "督查点位", "发现问题", "问题类型", "整改措施", "责任人",
            "整改时限", "整改状态", "整改完成日期"]
    concepts = ["inspection.problem_id", "inspection.date", "address.township", "address.village", "inspection.place",
                "inspection.problem", "inspection.problem_type", "inspection.measures",
                "inspection.responsible_person", "inspection.deadline", "inspection.status",
                "inspection.completion_date"]
    rows = [[f["no"], f["date"], f["street"], f["village"], f["place"], f["problem"], f["type"], f["fix"], f["person"],
             f["deadline"], f["status"], f["done"]] for f in FINDINGS_ROWS]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "整改台账", tree=tree, rows=rows, widths=[11, 11, 10, 10, 18, 40, 10, 40, 8, 11, 9, 11],
              title=f"{DISTRICT}疫情防控督查问题整改台账",
              meta=[f"督查单位：区委督查室    督查时间：2020年2月10日至2月23日"],
              styles=["text", "date", "text", "text", "text", "wrap", "text", "wrap", "text", "date", "text", "date"],
              footer=[f"填表人：{staff()}      审核人：{staff()}"],
              notes=["注：整改状态填“已整改”“整改中”“未整改”；已整改的填写整改完成日期并附佐证材料。"])
    form(name, None, "区委督查室", "daily", "督查问题整改台账", concepts, action="keep", reason="unique", grain="event",
         why="One row per inspection finding with its rectification; the village problem counts are counted from it.")


def k_village_daily():
    name = "07_各村每日疫情防控统计表.xlsx"
    tree = ["序号", "所属街道", "村（社区）", "统计日期",
            ("健康监测", ["测温人数（人）", "发热人数（人）"]),
            ("人员管理", ["集中隔离人数（人）", "密接人数（人）", "失联人数（人）"]),
            ("力量投入", ["下沉干部人数（人）"])]
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date",
                "symptoms.measured.count", "symptoms.fever.count", "isolation.central.count", "close_contacts.count",
                "isolation.lost_contact.count", "on_duty.count"]
    rows = []
    for i, (s, v, d) in enumerate(village_days()):
        rows.append([i + 1, s, v, d, rng.randint(180, 900), rng.choice([0, 1, 1, 2, 3]), rng.choice([0, 0, 1, 2, 3]),
                     rng.choice([0, 0, 0, 1, 2]), rng.choice([0] * 12 + [1]), rng.randint(3, 12)])
    check_columns(tree, concepts, rows)
    xlsx_form(name, "每日统计", tree=tree, rows=rows, widths=[6, 10, 10, 11, 10, 10, 10, 10, 10, 10],
              title=f"{DISTRICT}各村（社区）每日疫情防控统计表",
              meta=[f"填报单位：{DISTRICT}社会事业局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "date", "int", "int", "int", "int", "int", "int"],
              footer=[footer_line()],
              notes=["填表说明：测温人数含小区门岗、农贸市场测温人数；发热人数指体温≥37.3℃人数；下沉干部指区级机关下沉人员。"])
    form(name, None, "社会事业局", "daily", "各村每日疫情防控统计表", concepts, action="keep", reason="unique",
         grain="org_unit",
         why="Village daily totals that no roster holds (temperature checks, fevers, central isolation, contacts, "
             "lost contact, cadres on duty): they cannot be counted from any kept form, so the form stays.")


def k_needy():
    name = "08_困难群众救助台账.xls"
    tree = ["序号", "所属街道", "村（社区）", "户主姓名", "身份证号码", "家庭人口数（人）", "救助类型", "是否低保户",
            "联系电话", "门牌号", "备注"]
    concepts = ["meta.row_number", "address.township", "address.village", "household.head_name", "person.id_number",
                "household.size", "civil.support_type", "civil.is_dibao", "contact.mobile", "address.door",
                "reporting.remarks"]
    rows = [[i + 1, h["street"], h["village"], h["head"], h["id"], h["size"], h["type"], h["dibao"], h["mobile"],
             h["door"], rng.choice([None] * 5 + ["独居老人", "已送生活物资", "重病"])] for i, h in enumerate(HOUSEHOLDS)]
    check_columns(tree, concepts, rows)
    xls_form(name, "救助台账", tree=tree, rows=rows, widths=[5, 10, 10, 9, 21, 8, 10, 8, 13, 24, 14],
             title=f"{DISTRICT}疫情期间困难群众救助台账",
             meta_cells=[[(0, f"填报单位：{DISTRICT}民政局"), (7, f"填报日期：{cn_date(LAST)}")]],
             styles=["int", "text", "text", "text", "id", "int", "text", "text", "id", "text", "text"],
             footer_cells=[[(0, f"填表人：{staff()}"), (4, f"审核人：{staff()}"), (8, f"联系电话：{mobile()}")]])
    form(name, None, "民政局", "weekly", "困难群众救助台账", concepts, action="keep", reason="unique",
         grain="household", why="The only household-level form: needy households, their support type and 低保 status.")


# --- merge: duplicates ------------------------------------------------------------------------------

def d_returnees_trad():
    name = "09_返鄉人員登記表.xlsx"
    target = "01_返乡人员排查登记表.xlsx"
    tree = ["序號", "姓名", "性別", "身份證號碼", "聯繫電話", "所屬街道", "村（社區）", "現居住地址", "返鄉日期", "出發地",
            "交通工具", "車次/航班號", "是否來自中高風險地區", "排查日期", "管控措施", "網格員"]
    concepts = ["meta.row_number", "person.name", "person.sex", "person.id_number", "contact.mobile",
                "address.township", "address.village", "address.current", "travel.return_date", "travel.origin",
                "travel.mode", "travel.trip_number", "travel.from_risk_area", "screening.date", "isolation.kind",
                "responsibility.grid_worker"]
    people = [p for p in RETURNEES if p["street"] != "东湖街道"]
    rows = [[i + 1, trad(p["name"]), p["sex"], p["id"], p["mobile"], trad(p["street"]), trad(p["village"]),
             trad(p["address"]), p["returned"], trad(p["origin"]), trad(p["mode"]), p["trip"],
             "是" if p["risk"] else "否", p["screened"], trad(p["measure"]), trad(p["grid"])]
            for i, p in enumerate(people)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "工作表1", tree=tree, rows=rows, extra_sheets=(),
              widths=[6, 9, 6, 21, 13, 10, 10, 40, 11, 22, 9, 10, 12, 11, 10, 8],
              title=f"{trad(DISTRICT)}返鄉人員登記表",
              meta=[f"填報單位：{trad(DISTRICT)}公安分局    填報日期：2020年2月23日"],
              styles=["int", "text", "text", "id", "id", "text", "text", "wrap", "date", "text", "text", "text", "text",
                      "date", "text", "text"],
              footer=["填表人：        審核人：        聯繫電話："],
              notes=["填表說明：身份證號碼填寫18位，返鄉日期、排查日期填寫到日。"])
    form(name, None, "公安分局", "daily", "返鄉人員登記表", concepts, action="merge", reason="duplicate",
         into=target, grain="person",
         why="The same returnee roster in traditional script with the columns in another order (锦岚 and 玉泉 "
             "streets only): every concept of it is in 01 and every concept of 01 but 备注 is in it; 01 has more rows.")


def d_isolation_xls():
    name = "10_居家隔离观察人员名单.xls"
    target = "02_居家隔离人员台账.xlsx"
    tree = ["序号", "隔离人员姓名", "性别", "年龄", "公民身份号码", "手机号", "所属街道", "所在村", "人员类别",
            ("居家隔离情况", ["居家隔离地址", "开始隔离时间", "解除时间", "是否解除"]),
            ("“五包一”责任人", ["网格员", "村干部", "村医", "包联民警"])]
    concepts = ["meta.row_number", "person.name", "person.sex", "person.age", "person.id_number", "contact.mobile",
                "address.township", "address.village", "person.kind", "isolation.place", "isolation.start_date",
                "isolation.end_date", "isolation.released", "responsibility.grid_worker",
                "responsibility.village_cadre", "responsibility.health_worker", "responsibility.police"]
    people = [p for p in ISOLATED if p["street"] != "玉泉街道"]
    rows = [[i + 1, p["name"], p["sex"], p["age"], p["id"], p["mobile"], p["street"], p["village"], p["kind"],
             p["iso_place"], p["start"], p["end"], "是" if p["end"] else "否", p["grid"], p["cadre"], p["doctor"],
             p["police"]] for i, p in enumerate(people)]
    check_columns(tree, concepts, rows)
    xls_form(name, "名单", tree=tree, rows=rows, widths=[5, 9, 5, 5, 20, 13, 10, 10, 10, 36, 11, 11, 8, 8, 8, 8, 8],
             title=f"{DISTRICT}居家隔离医学观察人员名单",
             meta_cells=[[(0, f"报送单位：{DISTRICT}社会事业局"), (10, f"报送日期：{cn_date(LAST)}")]],
             styles=["int", "text", "text", "int", "id", "id", "text", "text", "text", "wrap", "date", "date", "text",
                     "text", "text", "text", "text"],
             footer_cells=[[(0, f"制表人：{staff()}"), (9, f"审核人：{staff()}")]])
    form(name, None, "社会事业局", "daily", "居家隔离观察人员名单", concepts, action="merge", reason="duplicate",
         into=target, grain="person",
         why="The home-isolation roster again under other headers (隔离人员姓名, 公民身份号码, 手机号, 开始隔离时间, "
             "解除时间 …) for 东湖 and 锦岚 streets: the same concepts as 02 (02 adds only 备注); 02 has more rows.")


def d_enterprise_csv():
    name = "11_企业复工情况统计表.csv"
    target = "04_企业复工复产情况表.xlsx"
    tree = ["序号", "市场主体名称", "信用代码", "所属街道", "行业类别", "规模类型", "是否复工复产", "复工时间",
            "职工人数（人）", "到岗人数（人）", "外来员工人数（人）", "疫情防控联络员", "企业联系电话", "防疫措施落实情况",
            "企业诉求"]
    concepts = ["meta.row_number", "enterprise.name", "enterprise.credit_code", "address.township",
                "enterprise.industry", "enterprise.scale", "enterprise.resumed", "enterprise.resume_date",
                "enterprise.staff.total", "enterprise.staff.returned", "enterprise.staff.nonlocal",
                "enterprise.contact_person", "enterprise.contact_phone", "enterprise.prevention_in_place",
                "enterprise.difficulties"]
    firms = [f for f in FIRMS if f["industry"] in ("批发和零售业", "住宿和餐饮业", "食品制造业", "商务服务业",
                                                   "交通运输业", "医药制造业")]
    rows = [[i + 1, f["name"], f["code"], f["street"], f["industry"], f["scale"], "是" if f["resumed"] else "否",
             f["date"], f["total"], f["returned"], f["nonlocal"], f["contact"], f["phone"], f["prevention"],
             f["need"] or None] for i, f in enumerate(firms)]
    check_columns(tree, concepts, rows)
    csv_form(name, tree=tree, rows=rows, title=f"{DISTRICT}市场主体复工复产情况统计表",
             meta=[f"填报单位：{DISTRICT}市场监督管理局    统计日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "text", "text", "text", "text", "date", "int", "int", "int", "text", "id",
                     "text", "text"],
             notes=["注：本表由各街道市场监管所汇总辖区食品、药品、商贸、餐饮类市场主体情况后报送。"])
    form(name, None, "市场监管局", "daily", "企业复工情况统计表", concepts, action="merge", reason="duplicate",
         into=target, grain="enterprise",
         why="The enterprise resumption form under 市场监管局's headers (市场主体名称, 信用代码, 职工人数 …) for the "
             "firms it supervises: the same 15 concepts as 04, which has all 48 firms.")


def d_supplies_trad():
    name = "12_防疫物資儲備情況表.xlsx"
    target = "05_防疫物资储备表.xlsx"
    tree = ["序號", "街道", "村（社區）", "統計日期",
            ("防護用品", ["口罩（只）", "N95口罩（只）", "防護服（套）", "醫用手套（副）"]),
            ("消殺用品", ["消毒液（公斤）", "醫用酒精（公斤）"]),
            ("檢測設備", ["測溫槍（把）"])]
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date"] + SUPPLY_CONCEPTS
    week2 = [r for r in SUPPLIES if r[2] == WEEKS[1]]
    rows = [[i + 1, trad(r[0]), trad(r[1])] + r[2:] for i, r in enumerate(week2)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "工作表1", tree=tree, rows=rows, extra_sheets=(),
              widths=[6, 10, 10, 11, 10, 10, 10, 10, 10, 10, 10],
              title=f"{trad(DISTRICT)}防疫物資儲備情況表",
              meta=[f"填報單位：{trad(DISTRICT)}衛生健康局    填報日期：2020年2月23日"],
              styles=["int", "text", "text", "date", "int", "int", "int", "int", "dec1", "dec1", "int"],
              footer=[f"填表人：{trad(staff())}    審核人：{trad(staff())}"],
              notes=["註：數量以2月23日實際庫存為準。"])
    form(name, None, "卫健局", "weekly", "防疫物資儲備情況表", concepts, action="merge", reason="duplicate",
         into=target, grain="org_unit",
         why="The supplies stock form in traditional script, second week only: the same concepts as 05, which has "
             "both weeks.")


def d_checkpoint_utf16():
    name = "13_道路防疫检查站通行登记表.csv"
    target = "03_卡口值守登记表.xlsx"
    tree = ["序号", "检查站名称", "所在村", "通过时间", "人员姓名", "身份证号", "手机号", "车牌号码", "出发地", "目的地",
            "体温", "执勤人员"]
    concepts = ["meta.row_number", "checkpoint.name", "address.village", "checkpoint.time", "person.name",
                "person.id_number", "contact.mobile", "travel.plate_number", "travel.origin", "travel.destination",
                "symptoms.temperature", "checkpoint.staff"]
    main = {c[0] for c in CHECKPOINTS if c[3]}
    log = [r for r in CHECKLOG if r["cp"] in main]
    rows = [[i + 1, r["cp"], r["village"], r["time"], r["name"], r["id"], r["mobile"], r["plate"], r["origin"],
             r["dest"], r["temp"], r["guard"]] for i, r in enumerate(log)]
    check_columns(tree, concepts, rows)
    csv_form(name, encoding="utf-16-le", delimiter="\t", bom=True, tree=tree, rows=rows,
             title=f"{DISTRICT}道路防疫检查站通行登记表",
             meta_cells=[[(0, f"填报单位：{DISTRICT}交通运输局"), (6, "登记期间：2020年2月10日至2月23日")]],
             styles=["int", "text", "text", "datetime", "text", "id", "id", "text", "text", "text", "dec1", "text"],
             footer_cells=[[(0, f"值班负责人：{staff()}"), (6, f"联系电话：{mobile()}")]])
    form(name, None, "交通运输局", "daily", "道路防疫检查站通行登记表", concepts, action="merge", reason="duplicate",
         into=target, grain="event",
         why="The checkpoint log of the four main-road checkpoints under 交通运输局's headers (检查站名称, 通过时间, "
             "人员姓名 …): the same concepts as 03, which covers all eight checkpoints.")


# --- merge: subsets ---------------------------------------------------------------------------------

def s_teachers_students():
    name = "14_返乡师生排查登记表.xlsx"
    target = "01_返乡人员排查登记表.xlsx"
    tree = ["序号", "村（社区）", "姓名", "性别", "身份证号码", "联系电话", "出发地", "返乡时间"]
    concepts = ["meta.row_number", "address.village", "person.name", "person.sex", "person.id_number",
                "contact.mobile", "travel.origin", "travel.return_date"]
    people = [p for p in RETURNEES if p["role"]]
    rows = [[i + 1, p["village"], p["name"], p["sex"], p["id"], p["mobile"], p["origin"], p["returned"]]
            for i, p in enumerate(people)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "Sheet1", tree=tree, rows=rows, widths=[6, 10, 9, 6, 21, 13, 22, 11],
              title=f"{DISTRICT}返乡教职工及学生排查登记表",
              meta=[f"填报单位：{DISTRICT}教育局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "text", "id", "id", "text", "date"],
              footer=[footer_line()],
              notes=["填表说明：辖区内所有返乡的教职工和大中小学学生均需登记，由村（社区）每日报送。"])
    form(name, None, "教育局", "daily", "返乡师生排查登记表", concepts, action="merge", reason="subset", into=target,
         grain="person",
         why="Teachers and students who came back: 8 of 01's 17 concepts and nothing else (a filter of 01's rows).")


def s_five_to_one():
    name = "15_隔离人员包保责任落实表.xlsx"
    target = "02_居家隔离人员台账.xlsx"
    tree = ["序号", "村（社区）", "姓名", "身份证号码", "隔离开始日期",
            ("“五包一”包保责任人", ["网格员", "包保村干部", "包保医生", "包保民警"])]
    concepts = ["meta.row_number", "address.village", "person.name", "person.id_number", "isolation.start_date",
                "responsibility.grid_worker", "responsibility.village_cadre", "responsibility.health_worker",
                "responsibility.police"]
    rows = [[i + 1, p["village"], p["name"], p["id"], p["start"], p["grid"], p["cadre"], p["doctor"], p["police"]]
            for i, p in enumerate(ISOLATED)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "五包一", tree=tree, rows=rows, widths=[6, 10, 9, 21, 11, 8, 9, 9, 9],
              title=f"{DISTRICT}居家隔离人员“五包一”包保责任落实表",
              meta=[f"填报单位：{DISTRICT}民政局（社区治理科）    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "id", "date", "text", "text", "text", "text"],
              footer=[footer_line()])
    form(name, None, "民政局", "daily", "隔离人员包保责任落实表", concepts, action="merge", reason="subset",
         into=target, grain="person",
         why="Who looks after each isolated person: 9 of 02's 18 concepts, all of them in 02.")


def s_staff_return():
    name = "16_企业员工返岗情况统计表.xls"
    target = "04_企业复工复产情况表.xlsx"
    tree = ["序号", "企业名称", "所属街道", "员工总数（人）", "返岗人数（人）", "外地员工人数（人）"]
    concepts = ["meta.row_number", "enterprise.name", "address.township", "enterprise.staff.total",
                "enterprise.staff.returned", "enterprise.staff.nonlocal"]
    rows = [[i + 1, f["name"], f["street"], f["total"], f["returned"], f["nonlocal"]] for i, f in enumerate(FIRMS)]
    check_columns(tree, concepts, rows)
    xls_form(name, "返岗情况", tree=tree, rows=rows, widths=[5, 34, 10, 10, 10, 10],
             title=f"{DISTRICT}企业员工返岗情况统计表",
             meta=[f"填报单位：{DISTRICT}社会事业局（人力资源和社会保障科）    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "int", "int", "int"],
             footer=[footer_line()],
             notes=["注：外地员工指户籍不在本市的员工。"])
    form(name, None, "社会事业局", "daily", "企业员工返岗情况统计表", concepts, action="merge", reason="subset",
         into=target, grain="enterprise",
         why="Staff back at work per firm: 6 of 04's 15 concepts, all in 04 (same firms, same figures).")


def s_needy_supplies():
    name = "17_困难群众生活物资保障名单.csv"
    target = "08_困难群众救助台账.xls"
    tree = ["序号", "村（社区）", "户主姓名", "身份证号码", "家庭人口数", "困难类型", "联系电话"]
    concepts = ["meta.row_number", "address.village", "household.head_name", "person.id_number", "household.size",
                "civil.support_type", "contact.mobile"]
    rows = [[i + 1, h["village"], h["head"], h["id"], h["size"], h["type"], h["mobile"]]
            for i, h in enumerate(HOUSEHOLDS) if h["type"] != "临时救助"]
    rows = [[i + 1] + r[1:] for i, r in enumerate(rows)]
    check_columns(tree, concepts, rows)
    csv_form(name, tree=tree, rows=rows, title=f"{DISTRICT}困难群众生活物资保障名单",
             meta=[f"填报单位：{DISTRICT}社会事业局    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "id", "int", "text", "id"],
             footer=[f"填表人：{staff()}    审核人：{staff()}"])
    form(name, None, "社会事业局", "weekly", "困难群众生活物资保障名单", concepts, action="merge", reason="subset",
         into=target, grain="household",
         why="Needy households to receive supplies: 7 of 08's 11 concepts, all in 08 (weekly, household grain).")


# --- merge: derivable village (checkpoint) daily totals --------------------------------------------

def counts_by(rows, key, pred):
    c = Counter()
    for r in rows:
        for k in key(r):
            if pred(r, k):
                c[k] += 1
    return c


def v_isolation_daily():
    name = "18_各村居家隔离人数日报表.csv"
    target = "02_居家隔离人员台账.xlsx"
    tree = ["序号", "所属街道", "村（社区）", "统计日期", ("居家隔离情况", ["居家隔离人数", "新增居家隔离人数", "解除隔离人数"])]
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date",
                "isolation.home.count", "isolation.home.count", "isolation.released.count"]
    rows = []
    for i, (s, v, d) in enumerate(village_days()):
        mine = [p for p in ISOLATED if p["village"] == v]
        active = sum(1 for p in mine if p["start"] <= d and (p["end"] is None or d < p["end"]))
        new = sum(1 for p in mine if p["start"] == d)
        released = sum(1 for p in mine if p["end"] == d)
        rows.append([i + 1, s, v, d, active, new, released])
    check_columns(tree, concepts, rows)
    csv_form(name, tree=tree, rows=rows, title=f"{DISTRICT}各村（社区）居家隔离人数日报表",
             meta=[f"填报单位：{DISTRICT}卫生健康局    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "date", "int", "int", "int"],
             notes=["注：居家隔离人数为统计日当日在隔人数；新增、解除为当日数。"])
    roster = {"file": target, "sheet": None, "groupBy": {"address.village": "address.village",
                                                         "reporting.stat_date": "day"}}
    form(name, None, "卫健局", "daily", "各村居家隔离人数日报表", concepts, action="merge", reason="derivable",
         into=target, grain="org_unit",
         derivation=dict(roster, columns=[
             {"header": "居家隔离人数", "concept": "isolation.home.count",
              "count": {"op": "active", "start": "isolation.start_date", "end": "isolation.end_date"},
              "rule": "rows of 02 in the village with 隔离开始日期 ≤ day and (解除隔离日期 empty or day < 解除隔离日期)"},
             {"header": "新增居家隔离人数", "concept": "isolation.home.count",
              "count": {"op": "on", "date": "isolation.start_date"},
              "rule": "rows of 02 in the village with 隔离开始日期 = day"},
             {"header": "解除隔离人数", "concept": "isolation.released.count",
              "count": {"op": "on", "date": "isolation.end_date"},
              "rule": "rows of 02 in the village with 解除隔离日期 = day"}]),
         why="Every count is a count of 02's rows per village and day, so the totals can be produced from 02.")


def v_returnee_daily():
    name = "19_各村返乡人员日报表.xlsx"
    target = "01_返乡人员排查登记表.xlsx"
    tree = ["序号", "所属街道", "村（社区）", "统计日期", "当日排查人数", ("返乡人员", ["当日返乡人数", "累计返乡人数"])]
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date", "screening.count",
                "returnees.count", "returnees.count"]
    rows = []
    for i, (s, v, d) in enumerate(village_days()):
        mine = [p for p in RETURNEES if p["village"] == v]
        rows.append([i + 1, s, v, d, sum(p["screened"] == d for p in mine), sum(p["returned"] == d for p in mine),
                     sum(p["returned"] <= d for p in mine)])
    check_columns(tree, concepts, rows)
    xlsx_form(name, "日报", tree=tree, rows=rows, widths=[6, 10, 10, 11, 10, 10, 10],
              title=f"{DISTRICT}各村（社区）返乡人员日报表",
              meta=[f"填报单位：{DISTRICT}公安分局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "date", "int", "int", "int"],
              footer=[footer_line()],
              notes=["填表说明：累计返乡人数自2020年1月24日起算。"])
    form(name, None, "公安分局", "daily", "各村返乡人员日报表", concepts, action="merge", reason="derivable",
         into=target, grain="org_unit",
         derivation={"file": target, "sheet": None,
                     "groupBy": {"address.village": "address.village", "reporting.stat_date": "day"},
                     "columns": [
                         {"header": "当日排查人数", "concept": "screening.count",
                          "count": {"op": "on", "date": "screening.date"},
                          "rule": "rows of 01 in the village with 排查日期 = day"},
                         {"header": "当日返乡人数", "concept": "returnees.count",
                          "count": {"op": "on", "date": "travel.return_date"},
                          "rule": "rows of 01 in the village with 返乡时间 = day"},
                         {"header": "累计返乡人数", "concept": "returnees.count",
                          "count": {"op": "through", "date": "travel.return_date"},
                          "rule": "rows of 01 in the village with 返乡时间 ≤ day"}]},
         why="Every count is a count of 01's rows per village and day (screened that day, returned that day, "
             "returned so far).")


def v_inspection_daily():
    name = "20_各村督查问题统计日报.xls"
    target = "06_督查问题整改台账.xlsx"
    tree = ["序号", "所属街道", "村（社区）", "统计日期", "发现问题数（个）", "已整改问题数（个）"]
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date",
                "inspection.problems.count", "inspection.rectified.count"]
    rows = []
    for i, (s, v, d) in enumerate(village_days()):
        mine = [f for f in FINDINGS_ROWS if f["village"] == v]
        rows.append([i + 1, s, v, d, sum(f["date"] == d for f in mine), sum(f["done"] == d for f in mine)])
    check_columns(tree, concepts, rows)
    xls_form(name, "日报", tree=tree, rows=rows, widths=[5, 10, 10, 11, 10, 10],
             title=f"{DISTRICT}各村（社区）督查问题统计日报",
             meta=[f"填报单位：区委督查室    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "date", "int", "int"],
             footer=[f"填表人：{staff()}    审核人：{staff()}"])
    form(name, None, "区委督查室", "daily", "各村督查问题统计日报", concepts, action="merge", reason="derivable",
         into=target, grain="org_unit",
         derivation={"file": target, "sheet": None,
                     "groupBy": {"address.village": "address.village", "reporting.stat_date": "day"},
                     "columns": [
                         {"header": "发现问题数（个）", "concept": "inspection.problems.count",
                          "count": {"op": "on", "date": "inspection.date"},
                          "rule": "rows of 06 in the village with 督查日期 = day"},
                         {"header": "已整改问题数（个）", "concept": "inspection.rectified.count",
                          "count": {"op": "on", "date": "inspection.completion_date"},
                          "rule": "rows of 06 in the village with 整改完成日期 = day"}]},
         why="Both counts are counts of 06's findings per village and day (found that day, rectified that day).")


def v_checkpoint_daily():
    name = "21_各卡口每日登记人数统计表.xlsx"
    target = "03_卡口值守登记表.xlsx"
    tree = ["序号", "所属街道", "村（社区）", "卡口名称", "统计日期", "登记人数（人）"]
    concepts = ["meta.row_number", "address.township", "address.village", "checkpoint.name", "reporting.stat_date",
                "checkpoint.persons.count"]
    rows = []
    per = Counter((r["cp"], r["time"].date()) for r in CHECKLOG)
    i = 0
    for d in DAYS:
        for cp, s, v, _ in CHECKPOINTS:
            i += 1
            rows.append([i, s, v, cp, d, per[(cp, d)]])
    check_columns(tree, concepts, rows)
    xlsx_form(name, "Sheet1", tree=tree, rows=rows, widths=[6, 10, 10, 22, 11, 10],
              title=f"{DISTRICT}各卡口每日登记人数统计表",
              meta=[f"填报单位：{DISTRICT}交通运输局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "text", "date", "int"],
              footer=[footer_line()])
    form(name, None, "交通运输局", "daily", "各卡口每日登记人数统计表", concepts, action="merge", reason="derivable",
         into=target, grain="org_unit",
         derivation={"file": target, "sheet": None,
                     "groupBy": {"checkpoint.name": "checkpoint.name", "address.village": "address.village",
                                 "reporting.stat_date": "day"},
                     "columns": [
                         {"header": "登记人数（人）", "concept": "checkpoint.persons.count",
                          "count": {"op": "on", "date": "checkpoint.time"},
                          "rule": "rows of 03 at the checkpoint (卡口名称, 所在村) whose 登记时间 falls on day"}]},
         why="The count is the number of 03's rows per checkpoint and day.")


# --- share ------------------------------------------------------------------------------------------

def h_nucleic():
    name = "22_核酸检测结果名单.csv"
    tree = ["序号", "姓名", "性别", "身份证号码", "采样日期", "检测结果", "采样点"]
    concepts = ["meta.row_number", "person.name", "person.sex", "person.id_number", "testing.nucleic_date",
                "testing.nucleic_result", "testing.institution"]
    sites = [f"{DISTRICT}人民医院", f"{DISTRICT}中医医院", "东湖街道社区卫生服务中心", "锦岚街道社区卫生服务中心",
             "玉泉街道社区卫生服务中心"]
    tested = [p for p in ISOLATED if p["kind"] in ("湖北返乡", "密切接触者")]
    tested += [p for p in RETURNEES if p["risk"] and p not in tested][:20]
    rows = []
    for p in tested:
        d = max(p.get("start") or p["returned"], FIRST) + dt.timedelta(days=rng.randint(0, 3))
        if d <= LAST:
            rows.append([p["name"], p["sex"], p["id"], d, "阴性", rng.choice(sites)])
    rows.sort(key=lambda r: r[3])
    rows = [[i + 1] + r for i, r in enumerate(rows)]
    check_columns(tree, concepts, rows)
    csv_form(name, tree=tree, rows=rows, title=f"{DISTRICT}新冠病毒核酸检测结果名单",
             meta=[f"填报单位：{DISTRICT}卫生健康局    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "id", "date", "text", "text"])
    form(name, None, "卫健局", "daily", "核酸检测结果名单", concepts, action="share", reason="shared", grain="person",
         why="Name, sex and ID number (人口库) and sampling date, result and site (核酸检测平台): every concept is held "
             "by a platform the district has, so the list is read from there instead of typed by villages.")


def h_health_code_trad():
    name = "23_健康碼紅黃碼人員名單.xlsx"
    tree = ["序號", "姓名", "身份證號碼", "健康碼顏色", "賦碼日期", "解碼日期"]
    concepts = ["meta.row_number", "person.name", "person.id_number", "health_code.color", "health_code.assign_date",
                "health_code.decode_start"]
    rows = []
    for p in ISOLATED:
        color = "紅碼" if p["kind"] in ("湖北返乡", "密切接触者") else "黃碼"
        assigned = max(p["start"], dt.date(2020, 2, 12))  # the health code went live on 2020-02-12
        if assigned > LAST or (p["end"] and p["end"] <= assigned):
            continue
        rows.append([trad(p["name"]), p["id"], color, assigned, p["end"]])
    rows = [[i + 1] + r for i, r in enumerate(rows)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "名單", tree=tree, rows=rows, extra_sheets=(), widths=[6, 9, 21, 10, 11, 11],
              title=f"{trad(DISTRICT)}健康碼紅碼、黃碼人員名單",
              meta=[f"填報單位：{trad(DISTRICT)}公安分局    填報日期：2020年2月23日"],
              styles=["int", "text", "id", "text", "date", "date"],
              notes=["說明：紅碼為居家隔離醫學觀察人員，黃碼為健康監測人員；解碼日期為轉綠碼日期。"])
    form(name, None, "公安分局", "daily", "健康碼紅黃碼人員名單", concepts, action="share", reason="shared",
         grain="person",
         why="Name and ID number (人口库) and code colour, assignment and decoding dates (健康码平台): all held by "
             "platforms the district has.")


def h_register_xls():
    name = "24_户籍人口信息核对表.xls"
    tree = ["序号", "户主姓名", "姓名", "与户主关系", "性别", "民族", "出生日期", "身份证号码", "户籍地址"]
    concepts = ["meta.row_number", "household.head_name", "person.name", "person.household_relation", "person.sex",
                "person.ethnicity", "person.birth_date", "person.id_number", "address.household_registration"]
    rows = [[i + 1, r["head"], r["p"]["name"], r["rel"], r["p"]["sex"], rng.choice(ETHNIC), r["p"]["birth"],
             r["p"]["id"], r["addr"]] for i, r in enumerate(REGISTER)]
    check_columns(tree, concepts, rows)
    xls_form(name, "户籍人口", tree=tree, rows=rows, widths=[5, 9, 9, 8, 5, 6, 11, 20, 40],
             title=f"{DISTRICT}户籍人口信息核对表",
             meta_cells=[[(0, f"填报单位：{DISTRICT}统计局"), (6, f"填报日期：{cn_date(LAST)}")]],
             styles=["int", "text", "text", "text", "text", "text", "date", "id", "wrap"],
             footer_cells=[[(0, f"填表人：{staff()}"), (5, f"审核人：{staff()}")]],
             notes=["填表说明：请各村（社区）对照户籍底册逐户核对，信息有误的在原表修改。"])
    form(name, None, "统计局", "weekly", "户籍人口信息核对表", concepts, action="share", reason="shared",
         grain="person",
         why="Every column (户主, 姓名, 关系, 性别, 民族, 出生日期, 身份证号码, 户籍地址) is held by 人口库: the village "
             "checks the platform's record instead of retyping it.")


# --- remove: retired topics ---------------------------------------------------------------------------

def r_publicity_two_sheets():
    name = "25_宣传工作每日统计表.xlsx"
    wb = openpyxl.Workbook()
    ws1 = wb.active
    ws1.title = "公益广告"
    tree1 = ["序号", "街道", "统计日期", "公益广告投放数量（幅）", "网络推送（条）"]
    concepts1 = ["meta.row_number", "address.township", "reporting.stat_date", "publicity.ads.count",
                 "publicity.online_posts.count"]
    rows1 = [[i + 1, s, d, rng.randint(5, 40), rng.randint(2, 15)]
             for i, (d, s) in enumerate((d, s) for d in DAYS for s in STREETS)]
    check_columns(tree1, concepts1, rows1)
    sh1 = ms.OpenpyxlSheet(ws1)
    sh1.widths([6, 10, 11, 14, 12])
    ms.write_form(sh1, 0, 5, tree=tree1, rows=rows1, title=f"{DISTRICT}疫情防控公益广告投放统计表",
                  meta=[f"填报单位：区委宣传部    填报日期：{cn_date(LAST)}"], styles=["int", "text", "date", "int", "int"],
                  footer=[footer_line()])
    ws2 = wb.create_sheet("标语横幅")
    tree2 = ["序号", "所属街道", "村（社区）", "统计日期", "悬挂横幅标语（条）", "发放宣传资料（份）"]
    concepts2 = ["meta.row_number", "address.township", "address.village", "reporting.stat_date",
                 "publicity.banners.count", "publicity.leaflets.count"]
    rows2 = [[i + 1, s, v, d, rng.randint(0, 12), rng.randint(20, 400)] for i, (s, v, d) in enumerate(village_days())]
    check_columns(tree2, concepts2, rows2)
    sh2 = ms.OpenpyxlSheet(ws2)
    sh2.widths([6, 10, 10, 11, 14, 14])
    ms.write_form(sh2, 0, 6, tree=tree2, rows=rows2, title=f"{DISTRICT}宣传标语横幅张贴统计表",
                  meta=[f"填报单位：区委宣传部    填报日期：{cn_date(LAST)}"],
                  styles=["int", "text", "text", "date", "int", "int"], footer=[footer_line()],
                  notes=["注：宣传资料含明白纸、致居民一封信、宣传册。"])
    save_openpyxl(wb, name)
    form(name, "公益广告", "宣传部", "daily", "公益广告投放统计表", concepts1, action="remove", reason="retired",
         grain="org_unit", why="Its concepts are publicity (公益广告, 网络推送): a retired topic.")
    form(name, "标语横幅", "宣传部", "daily", "宣传标语横幅张贴统计表", concepts2, action="remove", reason="retired",
         grain="org_unit", why="Its concepts are publicity (横幅标语, 宣传资料): a retired topic.")


def r_broadcast():
    name = "26_大喇叭广播宣传情况统计表.xlsx"
    tree = ["序号", "村（社区）", "统计日期", ("宣传情况", ["大喇叭广播次数", "宣传覆盖人数（人次）"])]
    concepts = ["meta.row_number", "address.village", "reporting.stat_date", "publicity.broadcasts.count",
                "publicity.reached.count"]
    rows = [[i + 1, v, d, rng.randint(2, 8), rng.randint(300, 3000)] for i, (s, v, d) in enumerate(village_days())]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "Sheet1", tree=tree, rows=rows, widths=[6, 10, 11, 12, 14],
              title=f"{DISTRICT}“大喇叭”广播宣传情况统计表",
              meta=[f"填报单位：区委宣传部    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "date", "int", "int"], footer=[footer_line()])
    form(name, None, "宣传部", "daily", "大喇叭广播宣传情况统计表", concepts, action="remove", reason="retired",
         grain="org_unit", why="Broadcasts and people reached: publicity, a retired topic.")


def r_online_weekly():
    name = "27_网络宣传推送情况周报.csv"
    tree = ["序号", "所属街道", "村（社区）", "统计日期", "微信推送（条）", "发放明白纸（份）", "宣传覆盖人数（人次）"]
    concepts = ["meta.row_number", "address.township", "address.village", "reporting.stat_date",
                "publicity.online_posts.count", "publicity.leaflets.count", "publicity.reached.count"]
    rows = [[i + 1, s, v, w, rng.randint(3, 30), rng.randint(100, 1500), rng.randint(1000, 9000)]
            for i, (w, (s, v)) in enumerate((w, sv) for w in WEEKS for sv in VILLAGES)]
    check_columns(tree, concepts, rows)
    csv_form(name, tree=tree, rows=rows, title=f"{DISTRICT}网络宣传推送情况周报",
             meta=[f"填报单位：区委宣传部（网信办）    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "text", "date", "int", "int", "int"],
             notes=["注：微信推送含村（社区）公众号、微信群推送。"])
    form(name, None, "宣传部", "weekly", "网络宣传推送情况周报", concepts, action="remove", reason="retired",
         grain="org_unit", why="Online posts, leaflets, people reached: publicity, a retired topic.")


def r_parks_trad():
    name = "28_公園遊園活動統計表.xlsx"
    tree = ["序號", "街道", "統計日期", "公園數量（個）", "入園人數（人次）"]
    concepts = ["meta.row_number", "address.township", "reporting.stat_date", "parks.count", "parks.visitors"]
    parks = {"东湖街道": 4, "锦岚街道": 3, "玉泉街道": 2}
    rows = [[i + 1, trad(s), d, parks[s], rng.randint(50, 900)]
            for i, (d, s) in enumerate((d, s) for d in DAYS for s in STREETS)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "工作表1", tree=tree, rows=rows, extra_sheets=(), widths=[6, 10, 11, 12, 14],
              title=f"{trad(DISTRICT)}公園遊園活動統計表",
              meta=[f"填報單位：{trad(DISTRICT)}公園城市局    填報日期：2020年2月23日"],
              styles=["int", "text", "date", "int", "int"],
              footer=[f"填表人：{trad(staff())}    審核人：{trad(staff())}"])
    form(name, None, "公园城市局", "daily", "公園遊園活動統計表", concepts, action="remove", reason="retired",
         grain="org_unit", why="Parks and park visitors: the parks topic, retired.")


def r_greenway():
    name = "29_绿道绿地建设进度周报.xlsx"
    tree = ["序号", "所属街道", "统计日期", ("本周建设情况", ["新建绿道长度（公里）", "新增绿地面积（平方米）"])]
    concepts = ["meta.row_number", "address.township", "reporting.stat_date", "parks.greenway_length",
                "parks.green_area"]
    rows = [[i + 1, s, w, round(rng.uniform(0, 2.5), 2), rng.randint(0, 12000)]
            for i, (w, s) in enumerate((w, s) for w in WEEKS for s in STREETS)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "Sheet1", tree=tree, rows=rows, widths=[6, 10, 11, 14, 14],
              title=f"{DISTRICT}绿道绿地建设进度周报",
              meta=[f"填报单位：{DISTRICT}公园城市局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "date", "dec2", "int"], footer=[footer_line()])
    form(name, None, "公园城市局", "weekly", "绿道绿地建设进度周报", concepts, action="remove", reason="retired",
         grain="org_unit", why="Greenways and green space: the parks topic, retired.")


def r_retail_xls():
    name = "30_社会消费品零售情况统计表.xls"
    tree = ["序号", "所属街道", "统计日期", "社会消费品零售总额（万元）", "同比增长（%）"]
    concepts = ["meta.row_number", "address.township", "reporting.stat_date", "economy.retail_sales",
                "economy.growth_rate"]
    rows = [[i + 1, s, w, round(rng.uniform(800, 6000), 2), round(rng.uniform(-35, -5), 1)]
            for i, (w, s) in enumerate((w, s) for w in WEEKS for s in STREETS)]
    check_columns(tree, concepts, rows)
    xls_form(name, "Sheet1", tree=tree, rows=rows, widths=[5, 10, 11, 16, 10],
             title=f"{DISTRICT}社会消费品零售情况统计表",
             meta=[f"填报单位：{DISTRICT}统计局    填报日期：{cn_date(LAST)}"],
             styles=["int", "text", "date", "dec2", "dec1"], footer=[footer_line()])
    form(name, None, "统计局", "weekly", "社会消费品零售情况统计表", concepts, action="remove", reason="retired",
         grain="org_unit", why="Retail sales and growth: the economy topic, which the office no longer collects "
                               "from villages.")


def r_projects():
    name = "31_重点项目复工进度表.xlsx"
    tree = ["序号", "项目名称", "所属街道", "项目总投资（万元）", "完成投资（万元）", "形象进度", "是否复工"]
    concepts = ["meta.row_number", "economy.project_name", "address.township", "economy.project_investment",
                "economy.fixed_investment", "economy.project_progress", "enterprise.resumed"]
    projects = ["锦川东站综合交通枢纽", "青岚区人民医院二期", "东湖片区安置房", "锦岚大道改造", "玉泉生态公园",
                "青岚科技孵化园", "芯源集成电路产业园", "天府康养中心", "龙潭污水处理厂提标改造", "清水河综合整治",
                "青岚区第三小学", "金沙社区党群服务中心"]
    rows = []
    for i, p in enumerate(projects):
        total = rng.randint(3, 120) * 1000
        resumed = rng.random() < 0.6
        rows.append([i + 1, p, rng.choice(list(STREETS)), total, round(total * rng.uniform(0.05, 0.6), 1),
                     rng.choice(["主体结构施工", "基础施工", "场平完成", "装饰装修", "前期手续办理"]), "是" if resumed else "否"])
    check_columns(tree, concepts, rows)
    xlsx_form(name, "项目", tree=tree, rows=rows, widths=[6, 26, 10, 14, 14, 14, 8],
              title=f"{DISTRICT}重点项目复工进度表",
              meta=[f"填报单位：{DISTRICT}经济运行局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "text", "int", "dec1", "text", "text"], footer=[footer_line()])
    form(name, None, "经济运行局", "weekly", "重点项目复工进度表", concepts, action="remove", reason="retired",
         grain="event", why="Project investment and progress: four economy concepts against one enterprise concept, "
                            "so the form's topic is economy, retired.")


def r_industry():
    name = "32_规上工业运行情况表.xlsx"
    tree = ["序号", "所属街道", "统计日期", "规上工业增加值（万元）", "同比增长（%）", "固定资产投资（万元）"]
    concepts = ["meta.row_number", "address.township", "reporting.stat_date", "economy.industrial_added_value",
                "economy.growth_rate", "economy.fixed_investment"]
    rows = [[i + 1, s, w, round(rng.uniform(2000, 20000), 1), round(rng.uniform(-40, 3), 1),
             round(rng.uniform(1000, 30000), 1)] for i, (w, s) in enumerate((w, s) for w in WEEKS for s in STREETS)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "Sheet1", tree=tree, rows=rows, widths=[6, 10, 11, 16, 10, 16],
              title=f"{DISTRICT}规上工业运行情况表",
              meta=[f"填报单位：{DISTRICT}经济运行局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "date", "dec1", "dec1", "dec1"], footer=[footer_line()])
    form(name, None, "经济运行局", "weekly", "规上工业运行情况表", concepts, action="remove", reason="retired",
         grain="org_unit", why="Industrial value added, growth, investment: the economy topic, retired.")


def r_fiscal():
    name = "33_财政收入及资金拨付情况表.xlsx"
    tree = ["序号", "所属街道", "统计日期", "一般公共预算收入（万元）", ("疫情防控资金", ["拨付资金（万元）", "补贴金额（万元）"])]
    concepts = ["meta.row_number", "address.township", "reporting.stat_date", "finance.fiscal_revenue",
                "finance.funds_disbursed", "finance.subsidy"]
    rows = [[i + 1, s, w, round(rng.uniform(500, 5000), 2), round(rng.uniform(20, 300), 2),
             round(rng.uniform(5, 80), 2)] for i, (w, s) in enumerate((w, s) for w in WEEKS for s in STREETS)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "Sheet1", tree=tree, rows=rows, widths=[6, 10, 11, 16, 14, 14],
              title=f"{DISTRICT}财政收入及疫情防控资金拨付情况表",
              meta=[f"填报单位：{DISTRICT}财政金融局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "date", "dec2", "dec2", "dec2"], footer=[footer_line()])
    form(name, None, "财政金融局", "weekly", "财政收入及资金拨付情况表", concepts, action="remove", reason="retired",
         grain="org_unit", why="Fiscal revenue and funds: the finance topic, retired.")


def r_relief_loans():
    name = "34_企业纾困资金发放台账.xlsx"
    tree = ["序号", "企业名称", ("纾困资金", ["贷款发放额（万元）", "补贴金额（万元）", "拨付资金（万元）"]), "备注"]
    concepts = ["meta.row_number", "enterprise.name", "finance.loans", "finance.subsidy", "finance.funds_disbursed",
                "reporting.remarks"]
    firms = [f for f in FIRMS if f["resumed"]][:22]
    rows = [[i + 1, f["name"], round(rng.uniform(50, 2000), 1), round(rng.uniform(1, 60), 2),
             round(rng.uniform(1, 60), 2), rng.choice([None, None, "贴息50%", "首贷户"])] for i, f in enumerate(firms)]
    check_columns(tree, concepts, rows)
    xlsx_form(name, "台账", tree=tree, rows=rows, widths=[6, 34, 14, 14, 14, 12],
              title=f"{DISTRICT}企业纾困资金发放台账",
              meta=[f"填报单位：{DISTRICT}财政金融局    填报日期：{cn_date(LAST)}"],
              styles=["int", "text", "dec1", "dec2", "dec2", "text"], footer=[footer_line()])
    form(name, None, "财政金融局", "weekly", "企业纾困资金发放台账", concepts, action="remove", reason="retired",
         grain="enterprise", why="Loans, subsidies, funds per firm: three finance concepts against one enterprise "
                                 "concept, so the topic is finance, retired.")


# --- policy, expected plan, README table ---------------------------------------------------------------

POLICY_PLATFORMS = ["人口库", "健康码平台", "核酸检测平台"]
RETIRED = ["publicity", "parks", "economy", "finance"]


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False) if s is not None else "null"


def write_policy():
    lines = ["# The command office's policy for the 青岚区 sample district: edit it and rerun the planner.",
             "# platforms: shared sources the district can read; a concept whose dictionary `source` is one of them",
             "#   is held there. retired_topics: dictionary topic ids the office no longer collects from villages.",
             "# forms: per form its file (relative to this folder), sheet (null = the only or first sheet),",
             "#   the department that asks for it, how often (daily / weekly) and its title.",
             "version: 1", f"district: {DISTRICT}", "org_units:", "  streets:"]
    for s, vs in STREETS.items():
        lines.append(f"    - {{name: {s}, villages: [{', '.join(vs)}]}}")
    lines.append(f"platforms: [{', '.join(POLICY_PLATFORMS)}]")
    lines.append(f"retired_topics: [{', '.join(RETIRED)}]")
    lines.append("forms:")
    for f in FORMS:
        lines.append(f"  - {{file: {yaml_str(f['file'])}, sheet: {yaml_str(f['sheet'])}, department: {f['department']}, "
                     f"frequency: {f['frequency']}, title: {yaml_str(f['title'])}}}")
    with open(os.path.join(OUT_DIR, "policy.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def write_expected():
    n = Counter(f["action"] for f in FORMS)
    assert (len(FORMS), n["keep"], n["remove"], n["merge"], n["share"]) == (35, 8, 11, 13, 3), n
    kept = {f["file"] for f in FORMS if f["action"] == "keep"}
    forms = []
    for f in FORMS:
        assert f["into"] is None or f["into"] in kept, f
        e = {"file": f["file"], "sheet": f["sheet"], "title": f["title"], "department": f["department"],
             "frequency": f["frequency"], "grain": f["grain"], "action": f["action"], "reason": f["reason"],
             "into": {"file": f["into"], "sheet": None} if f["into"] else None,
             "concepts": concept_set(f["concepts"]), "why": f["why"]}
        if f["derivation"]:
            e["derivation"] = f["derivation"]
        forms.append(e)
    doc = {
        "generatedBy": "tools/make_district.py",
        "seed": SEED,
        "folder": FOLDER,
        "about": "The intended reduction plan for samples/gaoxin-2020 (the planner does not read this file). "
                 "action: keep | merge | share | remove; reason: unique | duplicate | subset | derivable | shared | "
                 "retired; into: the kept form a merged one goes into; concepts: the dictionary concepts its headers "
                 "are meant to map to; derivation (derivable only): which kept roster, grouped by what, and the "
                 "row filter each count column equals (op on: date = day; through: date ≤ day; active: start ≤ day "
                 "and (end empty or day < end)).",
        "summary": {"forms": len(FORMS), "keep": n["keep"], "remove": n["remove"], "merge": n["merge"],
                    "share": n["share"], "reduction": round((len(FORMS) - n["keep"]) / len(FORMS), 3),
                    "merge_reasons": dict(sorted(Counter(f["reason"] for f in FORMS if f["action"] == "merge").items()))},
        "forms": forms,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    import re
    text = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text)
    with open(EXPECTED, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")


FORMAT = {"13_道路防疫检查站通行登记表.csv": "csv, UTF-16LE with BOM, tab-separated"}
TRADITIONAL = {"09_返鄉人員登記表.xlsx", "12_防疫物資儲備情況表.xlsx", "23_健康碼紅黃碼人員名單.xlsx", "28_公園遊園活動統計表.xlsx"}


def format_of(file):
    if file in FORMAT:
        f = FORMAT[file]
    elif file.endswith(".csv"):
        f = "csv, GB18030"
    elif file.endswith(".xls"):
        f = "xls (BIFF8)"
    else:
        f = "xlsx"
    return f + (", traditional script" if file in TRADITIONAL else "")


def write_readme():
    n = Counter(f["action"] for f in FORMS)
    reasons = Counter(f["reason"] for f in FORMS if f["action"] == "merge")
    short = {f["file"]: f["file"][:2] for f in FORMS}
    out = [
        "# 青岚区, February 2020 — the sample district for the reduction plan",
        "",
        "A **made-up** district (青岚区 of the made-up 锦川市, modelled on a 高新区) in the first weeks of the 2020 "
        "epidemic: 3 streets (街道) and 20 villages and communities (村/社区), whose cadres filled in **35 forms** for "
        "14 departments every day or every week from 2020-02-10 to 2020-02-23. The files hold that data: the "
        "person-level rosters list everybody found up to 2020-02-23 (the same people, with the same ID numbers, "
        "come back in several rosters), the village daily totals have one row per village per day with a 统计日期 "
        "column, the weekly forms one row per village (or street) per week (2020-02-16, 2020-02-23).",
        "",
        "Everything is invented: names are common surnames + given names, ID numbers are 18 characters with the "
        "district's made-up area code 510195 (or another plausible one), a birth date and a valid ISO 7064 check "
        "digit, mobiles start 13/15/17/18/19, credit codes have a valid GB 32100 check character. "
        "`tools/make_district.py` writes the folder (fixed seed, fixed document times: a rerun gives the same bytes):",
        "",
        "```sh",
        "python3 tools/make_district.py     # from the repository root; needs openpyxl and xlwt",
        "```",
        "",
        "| street | villages and communities |",
        "|---|---|",
    ]
    for s, vs in STREETS.items():
        out.append(f"| {s} | {'、'.join(vs)} |")
    out += [
        "",
        "`policy.yaml` is the command office's policy, an editable file: the hierarchy above, the shared platforms "
        f"the district can read ({'、'.join(POLICY_PLATFORMS)}; 疫苗接种平台 and 企业信用信息平台 are *not* available), "
        f"the topics it no longer collects from villages (`{', '.join(RETIRED)}`: dictionary topic ids), and each "
        "form's file, sheet, department, frequency and title.",
        "",
        "## The intended plan",
        "",
        f"**{len(FORMS)} forms → {n['keep']} kept**: {n['remove']} removed, {n['merge']} merged into the kept ones "
        f"({reasons['duplicate']} duplicates, {reasons['subset']} subsets, {reasons['derivable']} derivable totals), "
        f"{n['share']} shared from a platform — {len(FORMS) - n['keep']} of {len(FORMS)} forms fewer "
        f"({(len(FORMS) - n['keep']) / len(FORMS):.1%}). `tools/district_expected.json` holds the same plan for tests "
        "(with the concepts each form's headers map to and, for derivable forms, the filters); the planner does not "
        "read it.",
        "",
        "The plan follows from rules over the forms' mapped concepts, their data and the policy, never from titles:",
        "",
        "1. **remove — retired**: leaving out the identity, contact, address, reporting and responsibility topics, "
        "the most frequent topic among the form's concepts is in `retired_topics` (ties do not count).",
        "2. **share — shared**: every concept of the form, leaving out reporting metadata (填报单位, 填报人, dates of "
        "the report) and `meta.row_number`, has a dictionary `source` that is one of the policy's `platforms`. "
        "A form with a village column is not shared: `address.village` has no source.",
        "3. **merge — duplicate**: ≥ 90 % of the form's concepts are in a kept form and ≥ 90 % of the kept form's "
        "concepts are in it (here the sets are equal once 序号/备注 are left out: other headers, other script, "
        "other column order). Of two duplicates the fuller one is kept: more rows (it covers more villages, "
        "checkpoints, weeks or firms).",
        "4. **merge — subset**: all the form's concepts are in one kept form of the same grain and frequency, and "
        "the kept form has more.",
        "5. **merge — derivable**: a village (or checkpoint) daily totals form each of whose count columns equals, "
        "for every row, a count of a kept roster's rows for that village (checkpoint) and day under a date filter "
        "(below). A person roster never merges with village totals by rules 3–4: the grains differ.",
        "6. **keep — unique**: the rest. Each kept form has its own grain, frequency and subject.",
        "",
        "| # | file | department | freq. | rows are | format | plan | why |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in FORMS:
        plan = {"keep": "**keep**", "remove": "remove (retired)", "share": "share (platform)"}.get(f["action"])
        if f["action"] == "merge":
            plan = f"merge → {short[f['into']]} ({f['reason']})"
        name = f["file"] + (f" [{f['sheet']}]" if f["sheet"] else "")
        out.append(f"| {short[f['file']]} | `{name}` | {f['department']} | {f['frequency']} | {f['grain']} | "
                   f"{format_of(f['file'])} | {plan} | {f['why']} |")
    out += ["", "## How the derivable totals derive", "",
            "Each count is the number of rows of the kept roster whose village (and, for 21, checkpoint) is the "
            "row's and whose dates pass the filter for the row's 统计日期 *d*. The numbers in the files match "
            "exactly, on every row (zeros included).", ""]
    for f in FORMS:
        if not f["derivation"]:
            continue
        dv = f["derivation"]
        keys = " + ".join(k for k in dv["groupBy"] if k != "reporting.stat_date")
        out.append(f"* **{f['file']}** from **{dv['file']}**, per {keys} and day:")
        for c in dv["columns"]:
            out.append(f"  * {c['header']} (`{c['concept']}`) = {c['rule'].replace('day', '*d*')}")
    out += ["", "## What the files show", "",
            "* xlsx (openpyxl) for most forms, legacy xls (BIFF8, xlwt) for 08, 10, 16, 20, 24 and 30, csv in GB18030 "
            "for 11, 17, 18, 22 and 27, and 13 as Excel's “Unicode text” (UTF-16LE with BOM, tab-separated, CRLF);",
            "* traditional script in 09, 12, 23 and 28 (headers, names, places);",
            "* merged titles, 填报单位/填报日期 lines (some split over two cells), two- and three-row merged headers "
            "(04: 复工复产情况 › 复工情况/用工情况), 填表人/审核人/联系电话 footers (one left blank as printed in 09), "
            "填表说明/注 notes, empty Sheet2;",
            "* 25 holds two forms on two sheets (公益广告, 标语横幅); every other file holds one form;",
            "* the same people across forms: 09 and 14 reuse 01's ID numbers, the nucleic-test list 22 reuses 01's and 02's; 10, 15 and "
            "the health-code list 23 reuse 02's; 13 is a part of 03's log; 11 and 16 list 04's firms with the same "
            "credit codes and figures; 17 lists 08's households; 24 (户籍人口) holds local returnees of 01 and the "
            "heads of 08's households with their families.",
            ""]
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def main() -> int:
    os.makedirs(OUT_DIR, exist_ok=True)
    for name in os.listdir(OUT_DIR):
        if name[:2].isdigit():
            os.remove(os.path.join(OUT_DIR, name))
    for make in (k_returnees, k_isolation, k_checkpoint, k_enterprise, k_supplies, k_inspection, k_village_daily,
                 k_needy, d_returnees_trad, d_isolation_xls, d_enterprise_csv, d_supplies_trad, d_checkpoint_utf16,
                 s_teachers_students, s_five_to_one, s_staff_return, s_needy_supplies, v_isolation_daily,
                 v_returnee_daily, v_inspection_daily, v_checkpoint_daily, h_nucleic, h_health_code_trad,
                 h_register_xls, r_publicity_two_sheets, r_broadcast, r_online_weekly, r_parks_trad, r_greenway,
                 r_retail_xls, r_projects, r_industry, r_fiscal, r_relief_loans):
        make()
    assert all(ms.id_ok(p["id"]) for p in RETURNEES + ISOLATED)
    write_policy()
    write_expected()
    write_readme()
    sizes = {n: os.path.getsize(path_of(n)) for n in FILES}
    assert max(sizes.values()) < 300_000, max(sizes.items(), key=lambda kv: kv[1])
    print(f"wrote {len(FILES)} files, {len(FORMS)} forms ({sum(sizes.values()) / 1024:.0f} KiB) to {FOLDER}, "
          f"policy.yaml and tools/district_expected.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
