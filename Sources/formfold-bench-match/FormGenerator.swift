import FormFoldCore
import FormFoldMatch

/// Builds realistic grassroots report forms, deterministically: form `f` is the same whatever the set size.
///
/// - Rosters (≈65%): 姓名, 身份证号 and usually a mobile, then person/household/event concepts; the people come from
///   a shared pool of 200,000 (``People``): forms are grouped four by four on one roster (a stretch of 20–200
///   people of the pool), each form holding ≈80% of it, so ID, name and mobile columns overlap across forms.
/// - Tallies (≈35%): one or two org-unit columns (乡镇, 村), then counts per unit (a few small integers).
/// - Headers: a dictionary alias or name with noise — numbering (1、 （三） ⑤), a line break inside, （必填）/（选填）,
///   a unit in brackets, a two-level group path above some leaves, a category option as the group (省外, 累计) for
///   concepts that take it; some near variants (a qualifier word in front, a character dropped); ≈10% made-up
///   headers (two words of a fixed list) that match no concept, some of them holding ID numbers or mobiles.
struct FormGenerator {
    let seed: UInt64
    let dictionary: DataDictionary
    let people: People

    private let personName: Concept
    private let idNumber: Concept
    private let personMobile: Concept
    private let mobiles: [Concept]
    private let rosterConcepts: [Concept]
    private let unitNames: [Concept]
    private let tallyConcepts: [Concept]
    /// Option aliases of the categories a group cell may name, by category id.
    private let groupOptions: [String: [String]]

    /// Share of fields whose header is made up (matches no concept).
    static let madeUpShare = 0.10
    /// Fields per form.
    static let fieldsPerForm = 30

    init(seed: UInt64, dictionary: DataDictionary) throws {
        self.seed = seed
        self.dictionary = dictionary
        people = People(seed: seed)
        func need(_ id: String) throws -> Concept {
            guard let c = dictionary.concept(id) else { throw GeneratorError("the dictionary has no concept \(id)") }
            return c
        }
        personName = try need("person.name")
        idNumber = try need("person.id_number")
        personMobile = try need("contact.mobile")
        let special: Set<String> = [personName.id, idNumber.id, personMobile.id]
        mobiles = dictionary.concepts.filter { $0.type == .mobile && !special.contains($0.id) }
        rosterConcepts = dictionary.concepts.filter {
            !special.contains($0.id) && $0.type != .mobile && $0.type != .idNumber
                && [.person, .household, .event].contains($0.grain)
        }
        unitNames = dictionary.concepts.filter { $0.type == .text && $0.grain == .orgUnit }
        tallyConcepts = dictionary.concepts.filter {
            ($0.grain == .orgUnit || $0.grain == .report) && ($0.type == .integer || $0.type == .decimal)
        }
        var options: [String: [String]] = [:]
        for category in dictionary.categories where category.id == "region" || category.id == "period" {
            // The option names and their first alias (省外, 外省; 累计, 累积): the usual group cells.
            options[category.id] = (category.options ?? []).flatMap { [$0.name] + $0.aliases.prefix(1) }
        }
        groupOptions = options
        guard !rosterConcepts.isEmpty, !unitNames.isEmpty, !tallyConcepts.isEmpty else {
            throw GeneratorError("the dictionary lacks roster, org-unit or tally concepts")
        }
    }

    struct GeneratorError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    // MARK: forms

    func form(_ f: Int) -> Form {
        var r = SplitMix(seed: seed, stream: 2, item: f)
        let isRoster = r.chance(0.65)
        var specs: [Spec] = []
        var rows: Int
        if isRoster {
            let members = rosterPeople(form: f, &r)
            rows = members.count
            var used: Set<String> = [personName.id, idNumber.id]
            specs.append(dictionarySpec(personName, position: specs.count, values: members.map(\.name), &r))
            specs.append(dictionarySpec(idNumber, position: specs.count, values: members.map(\.idNumber), &r))
            if r.chance(0.8) {
                let phone = r.chance(0.8) ? personMobile : r.pick(mobiles)
                used.insert(phone.id)
                specs.append(dictionarySpec(phone, position: specs.count, values: members.map(\.mobile), &r))
            }
            while specs.count < Self.fieldsPerForm {
                if r.chance(Self.madeUpShare) {
                    specs.append(madeUpSpec(position: specs.count, members: members, rows: rows, &r))
                    continue
                }
                let c = r.pick(rosterConcepts)
                guard used.insert(c.id).inserted else { continue }
                specs.append(dictionarySpec(c, position: specs.count, values: values(for: c, rows: rows, &r), &r))
            }
        } else {
            rows = r.int(5...40)
            var used: Set<String> = []
            for _ in 0..<r.int(1...2) {
                let c = r.pick(unitNames)
                guard used.insert(c.id).inserted else { continue }
                specs.append(dictionarySpec(c, position: specs.count, values: places(rows, &r), &r))
            }
            while specs.count < Self.fieldsPerForm {
                if r.chance(Self.madeUpShare) {
                    specs.append(madeUpSpec(position: specs.count, members: [], rows: rows, &r))
                    continue
                }
                let c = r.pick(tallyConcepts)
                guard used.insert(c.id).inserted else { continue }
                specs.append(dictionarySpec(c, position: specs.count, values: values(for: c, rows: rows, &r), &r))
            }
        }
        let fields = specs.enumerated().map { i, s in
            var sketch = ValueSketch()
            for v in s.values { sketch.add(v) }
            // What ingest would take out of the leaf (the generator knows it, so no HeaderText parse here).
            return Field(column: CellReference.columnName(i), path: s.path, name: s.name, unit: s.unit, required: s.required,
                         type: FieldType(kind: s.kind, values: s.kind == .enumeration ? s.distinct : []), values: sketch)
        }
        return Form(file: "表\(f + 1).xlsx", sheet: "Sheet1", title: nil, meta: [], notes: [], footer: [],
                    headerRows: 1...3, fields: fields, rowCount: rows, layout: .list, rowLabels: [])
    }

    /// What one field will be: its header path, kind and values.
    struct Spec {
        var path: [String]
        var kind: FieldKind
        var values: [String]
        /// The leaf without noise, its bracketed unit and 必填/选填, as ingest would find them.
        var name: String
        var unit: String?
        var required: Bool?
        /// Whether the header was made up (the benchmark's own ground truth, for the statistics).
        var madeUp = false
        var distinct: [String] {
            var seen = Set<String>()
            return values.filter { seen.insert($0).inserted }
        }
    }

    /// Forms 4k…4k+3 share roster k (a stretch of 20–200 people of the pool); each holds ≈80% of it and a few others.
    private func rosterPeople(form f: Int, _ r: inout SplitMix) -> [People.Person] {
        var rr = SplitMix(seed: seed, stream: 3, item: f / 4)
        let start = rr.below(People.count), size = rr.int(20...200)
        var members: [People.Person] = []
        for k in 0..<size where r.chance(0.8) { members.append(people.person((start + k) % People.count)) }
        for _ in 0..<r.int(0...3) { members.append(people.person(r.below(People.count))) }
        return members
    }

    // MARK: headers

    static let level1 = ["基本信息", "人员基本情况", "排查情况", "第一部分 基础信息", "核查信息", "登记内容", "填报内容",
                         "工作开展情况", "管控措施落实情况", "二、基本情况", "一、人员信息", "汇总数据", "本周工作", "走访记录"]
    static let level2 = ["联系方式", "身份信息", "核查结果", "具体情况", "详细信息", "落实情况", "补充信息", "数据",
                         "明细", "其他信息", "登记事项", "上报内容", "跟踪情况", "核实内容"]
    /// Two-level group paths above a leaf (a fixed list: forms reuse a few layouts).
    static let groups: [[String]] = (0..<level1.count).map { [level1[$0], level2[(3 * $0) % level2.count]] }
    static let qualifiers = ["本次", "填报", "核实", "实际", "登记", "现有", "上报", "核查后"]
    static let madeUpWords = ["巡河", "台账", "林长", "护林", "积分", "评议", "签批", "河段", "堰塘", "农机", "秸秆",
                              "禁烧", "光伏", "沼气", "书屋", "广播", "喇叭", "庙会", "戏台", "祠堂", "古树", "名木",
                              "水窖", "塘坝", "机井", "桥涵", "路灯", "公厕", "畜禽", "粪污", "鱼塘", "果园", "茶园",
                              "苗圃", "蚕桑", "药材", "竹林", "菌棚", "渔船", "码头"]
    static let chineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    private func dictionarySpec(_ c: Concept, position: Int, values: [String], _ r: inout SplitMix) -> Spec {
        // The name and the first aliases are the usual spellings: the less of two draws (a skew to the front).
        let spellings = [c.name] + c.aliases
        var leaf = spellings[min(r.below(spellings.count), r.below(spellings.count))]
        // Near variants: a qualifier in front, or a character dropped (the unsure fields).
        if r.chance(0.08) {
            leaf = r.pick(Self.qualifiers) + leaf
        } else if leaf.count >= 4, r.chance(0.07) {
            var chars = Array(leaf)
            chars.remove(at: chars.count / 2)
            leaf = String(chars)
        }
        let numeric = c.type == .integer || c.type == .decimal
        var unit: String?
        if numeric, let u = c.unit, r.chance(0.6) { unit = u }
        let (written, required) = noisy(leaf, position: position, unit: unit, &r)
        var path = [written]
        if let category = (c.categories ?? []).first(where: { groupOptions[$0] != nil }), r.chance(0.3) {
            // A category option as the group above the leaf (省外 › 返乡人数, 累计 › 确诊人数).
            path.insert(r.pick(groupOptions[category]!), at: 0)
            if r.chance(0.2) { path.insert(r.pick(Self.level1), at: 0) }
        } else if r.chance(0.12) {
            path.insert(contentsOf: r.pick(Self.groups), at: 0)
        }
        let kind: FieldKind = values.isEmpty ? .empty : c.type
        return Spec(path: path, kind: kind, values: values, name: leaf, unit: unit, required: required)
    }

    private func madeUpSpec(position: Int, members: [People.Person], rows: Int, _ r: inout SplitMix) -> Spec {
        let a = r.below(Self.madeUpWords.count)
        var b = r.below(Self.madeUpWords.count - 1)
        if b >= a { b += 1 }
        let leaf = Self.madeUpWords[a] + Self.madeUpWords[b]
        let (written, required) = noisy(leaf, position: position, unit: nil, &r)
        var path = [written]
        func spec(_ kind: FieldKind, _ values: [String]) -> Spec {
            Spec(path: path, kind: kind, values: values, name: leaf, required: required, madeUp: true)
        }
        if r.chance(0.12) { path.insert(contentsOf: r.pick(Self.groups), at: 0) }
        // Some made-up columns of rosters hold the people's ID numbers, mobiles or names: the values place them.
        if !members.isEmpty, r.chance(0.4) {
            switch r.below(3) {
            case 0: return spec(.idNumber, members.map(\.idNumber))
            case 1: return spec(.mobile, members.map(\.mobile))
            default: return spec(.text, members.map(\.name))
            }
        }
        switch r.below(3) {
        case 0: return spec(.integer, smallIntegers(&r))
        case 1: return spec(.text, places(min(rows, r.int(3...30)), &r))
        default: return spec(.date, dates(r.int(1...10), &r))
        }
    }

    /// A leaf header as people write it: numbering, a line break inside, （必填）, a unit in brackets.
    private func noisy(_ leaf: String, position: Int, unit: String?, _ r: inout SplitMix) -> (String, Bool?) {
        var text = leaf
        var required: Bool?
        if text.count >= 3, r.chance(0.06) {
            var chars = Array(text)
            chars.insert("\n", at: chars.count / 2)
            text = String(chars)
        }
        let (open, close) = r.chance(0.75) ? ("（", "）") : ("(", ")")
        if let unit {
            text += r.chance(0.8) ? open + unit + close : open + "单位：" + unit + close
        }
        if r.chance(0.08) {
            text += open + "必填" + close
            required = true
        } else if r.chance(0.02) {
            text += open + "选填" + close
            required = false
        }
        if r.chance(0.1) {
            let n = position + 1
            switch r.below(4) {
            case 0: text = "\(n)、" + text
            case 1: text = "\(n)." + text
            case 2 where n <= 10: text = "（\(Self.chineseNumerals[n - 1])）" + text
            case 3 where n <= 20: text = String(Self.circled[n - 1]) + text
            default: text = "\(n)、" + text
            }
        } else if r.chance(0.03) {
            text = "*" + text
        }
        return (text, required)
    }

    // MARK: values

    private func values(for c: Concept, rows: Int, _ r: inout SplitMix) -> [String] {
        switch c.type {
        case .integer: return smallIntegers(&r)
        case .decimal: return (0..<r.int(1...6)).map { _ in "\(r.int(0...99)).\(r.int(0...9))" }
        case .date: return dates(r.int(1...12), &r)
        case .datetime: return dates(r.int(1...12), &r).map { $0 + " \(People.pad(r.int(7...20), 2)):\(People.pad(r.below(60), 2))" }
        case .time: return (0..<r.int(1...5)).map { _ in "\(People.pad(r.int(7...20), 2)):\(People.pad(r.below(60), 2))" }
        case .yesNo: return r.chance(0.7) ? ["是", "否"] : ["是"]
        case .enumeration:
            let options = c.values ?? ["一类", "二类", "三类"]
            return (0..<r.int(1...max(1, options.count))).map { _ in r.pick(options) }
        case .text: return places(min(rows, r.int(3...30)), &r)
        case .mobile: return (0..<r.int(1...3)).map { _ in People.mobile(&r) }
        case .idNumber: return (0..<r.int(1...3)).map { _ in People.idNumber(&r) }
        case .empty: return []
        }
    }

    private func smallIntegers(_ r: inout SplitMix) -> [String] {
        (0..<r.int(1...6)).map { _ in String(r.int(0...30)) }
    }

    private func dates(_ n: Int, _ r: inout SplitMix) -> [String] {
        (0..<n).map { _ in "2022-\(People.pad(r.int(1...12), 2))-\(People.pad(r.int(1...28), 2))" }
    }

    static let towns = ["城关", "临泉", "杨桥", "迎仙", "韦寨", "长官", "宋集", "张新", "艾亭", "姜寨", "庙岔", "黄岭",
                        "单桥", "滑集", "老集", "吕寨", "牛庄", "邢塘", "田桥", "瓦店", "陶老", "白庙", "高塘", "鲖城",
                        "谭棚", "关庙", "土陂", "范兴集", "城南", "城东"]
    static let villages = ["王庄", "李营", "张楼", "刘集", "陈圩", "杨湖", "黄岗", "赵寨", "吴桥", "周庄", "徐圩", "孙楼",
                           "马集", "朱寨", "胡庄", "郭营", "何湾", "高庄", "林场", "罗湖", "郑楼", "梁庄", "谢营", "宋圩",
                           "唐集", "许寨", "韩庄", "冯楼", "邓营", "曹湖", "彭庄", "曾圩", "肖楼", "田营", "董庄", "袁寨",
                           "潘湖", "于楼", "蒋营", "蔡庄", "余圩", "杜楼", "叶集", "程庄", "苏营", "魏湖", "吕楼", "丁庄",
                           "任寨", "沈圩"]

    /// `n` village names of a pool of 1,500 (towns × villages), shared by all forms.
    private func places(_ n: Int, _ r: inout SplitMix) -> [String] {
        (0..<n).map { _ in r.pick(Self.towns) + "镇" + r.pick(Self.villages) + "村" }
    }
}
