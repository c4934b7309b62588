import Foundation
import FormFoldCore
import FormFoldMatch

/// How a count column of a totals form follows from a roster's rows, checked against the filled data:
/// `居家隔离人数` of each village on each day = the rows of the home-isolation roster for that village whose
/// 隔离开始日期 ≤ day < 解除隔离日期.
public struct Derivation: Sendable, Hashable, Codable {
    /// The totals form's column.
    public var field: FieldReference
    /// The roster it is counted from.
    public var roster: FieldReference
    /// How, for people: `rows on 返乡时间 = day`, `rows with 隔离开始日期 ≤ day < 解除隔离日期, 隔离方式 = 居家隔离`.
    public var rule: String
    /// How, for a program: the counting rule in concepts, to compute the totals again from a consolidated roster.
    public var count: CountRule
    /// The share of (village, day) values checked that equal the count.
    public var agreement: Double
    /// How many (village, day) values were checked.
    public var checked: Int
}

/// A count over a roster's rows per group and day, named in concepts so it applies to any form holding them.
public struct CountRule: Sendable, Hashable, Codable {
    public enum Days: String, Sendable, Hashable, Codable {
        /// Every row, whatever the day.
        case all
        /// Rows whose `date` is the day.
        case on
        /// Rows whose `date` is on or before the day.
        case upTo
        /// Rows whose `date` is on or before the day and whose `end` is after it (or blank).
        case between
    }

    public var days: Days
    /// The concept of the date column (on, upTo, between).
    public var date: String?
    /// The concept of the end date column (between).
    public var end: String?
    /// Only rows whose column of this concept holds `filterValue`.
    public var filter: String?
    public var filterValue: String?
    /// The concepts the totals are grouped by (村, 卡口名称…), in the totals form's order.
    public var groupBy: [String]

    public init(days: Days, date: String? = nil, end: String? = nil, filter: String? = nil, filterValue: String? = nil,
                groupBy: [String] = []) {
        self.days = days
        self.date = date
        self.end = end
        self.filter = filter
        self.filterValue = filterValue
        self.groupBy = groupBy
    }
}

/// Finds derivations of a totals form's count columns from rosters, by trying simple counting rules on the rosters'
/// records and keeping the first that reproduces the totals.
struct DerivationFinder {
    /// Concepts naming a row's village or community, the first preferred.
    static let villageConcepts = ["address.village", "address.neighborhood"]
    static let dateConcepts: Set<String> = ["reporting.date", "reporting.stat_date"]
    /// The share of values that must agree.
    static let minimumAgreement = 0.95
    /// Values that must be checked, some of them not zero.
    static let minimumChecked = 6

    /// A roster's counting rule, ready to evaluate on a row (by its index in the roster's records) and a day.
    private struct Rule {
        var text: String
        var spec: CountRule
        var count: (_ row: Int, _ day: Int) -> Bool
    }

    /// A roster's records with their date and enumeration columns read once.
    private struct RosterColumns {
        var days: [Int: [Int?]] = [:]
        var texts: [Int: [String]] = [:]

        init(_ roster: FormProfile) {
            let fields = roster.form.fields
            for (i, f) in fields.enumerated() {
                switch f.type.kind {
                case .date, .datetime: days[i] = roster.form.records.map { DerivationFinder.day($0[i]) }
                case .enumeration, .yesNo: texts[i] = roster.form.records.map { DerivationFinder.text($0[i]) }
                default: break
                }
            }
        }
    }

    /// The derivations of every count column of `totals` from `rosters`; nil when some count column derives from
    /// none (the form is then not derivable).
    ///
    /// The totals' other columns (村, 卡口名称, 所属街道…) are what the counts are grouped by: a roster can derive them
    /// when it has a column of the same concept for each, except for one that the others determine in the totals'
    /// own data (the street of a village).
    func derive(_ totals: FormProfile, from rosters: [FormProfile]) -> [Derivation]? {
        guard totals.grain == .orgUnit, !totals.form.records.isEmpty else { return nil }
        let fields = totals.form.fields
        let dayColumn = totals.dayColumn
        let structural = { (i: Int) in totals.mappings[i].concept.map { $0.hasPrefix("reporting.") || $0 == "meta.row_number" } ?? false }
        let counts = fields.indices.filter { i in
            i != dayColumn && !structural(i) && fields[i].type.kind == .integer
                && !(totals.mappings[i].concept?.hasPrefix("address.") ?? false)
        }
        let dims = fields.indices.filter { $0 != dayColumn && !structural($0) && !counts.contains($0) }
        guard !counts.isEmpty, dims.allSatisfy({ Self.dimension(totals.mappings[$0]) != nil }) else { return nil }
        let rows = totals.form.records.filter { r in
            !dims.contains { Self.isTotalLabel(Self.text(r[$0])) } && !dims.contains { Self.text(r[$0]).isEmpty }
        }
        var found: [Derivation] = []
        for c in counts {
            var best: Derivation?
            for roster in rosters where roster.grain != .orgUnit && !roster.form.records.isEmpty {
                // The roster's column for each dimension; a dimension it lacks must follow from the others.
                var pairs: [(totals: Int, roster: Int)] = []
                var missing: [Int] = []
                for d in dims {
                    let concept = Self.dimension(totals.mappings[d])
                    if let r = roster.mappings.indices.first(where: { Self.dimension(roster.mappings[$0]) == concept }) {
                        pairs.append((d, r))
                    } else {
                        missing.append(d)
                    }
                }
                guard missing.allSatisfy({ Self.determined($0, by: pairs.map(\.totals), in: rows) }) else { continue }
                var observed: [(String, Int, Int)] = []
                for r in rows {
                    guard let v = Self.integer(r[c]) else { continue }
                    let day = dayColumn.flatMap { Self.day(r[$0]) } ?? 0
                    observed.append((pairs.map { Self.text(r[$0.totals]) }.joined(separator: "\u{1F}"), day, v))
                }
                guard observed.count >= Self.minimumChecked, observed.contains(where: { $0.2 != 0 }) else { continue }
                var tally: [String: [Int]] = [:]
                for (n, record) in roster.form.records.enumerated() {
                    tally[pairs.map { Self.text(record[$0.roster]) }.joined(separator: "\u{1F}"), default: []].append(n)
                }
                let columns = RosterColumns(roster)
                let grouping = pairs.map { HeaderText(fields[$0.totals].path.last ?? "").name }.joined(separator: ", ")
                for rule in rules(roster, columns: columns, dayKnown: dayColumn != nil) {
                    var agree = 0
                    for (key, day, value) in observed {
                        let n = (tally[key] ?? []).reduce(0) { $0 + (rule.count($1, day) ? 1 : 0) }
                        if n == value { agree += 1 }
                    }
                    let share = Double(agree) / Double(observed.count)
                    if share >= Self.minimumAgreement, share > (best?.agreement ?? 0) {
                        var spec = rule.spec
                        spec.groupBy = pairs.compactMap { Self.dimension(totals.mappings[$0.totals]) }
                        best = Derivation(field: totals.reference(c), roster: roster.reference(pairs.first?.roster ?? 0),
                                          rule: "count of rows of \(roster.name) per \(grouping.isEmpty ? "day" : grouping) \(rule.text)",
                                          count: spec, agreement: share, checked: observed.count)
                    }
                    if share == 1 { break }
                }
                if best?.agreement == 1 { break }
            }
            guard let best else { return nil }
            found.append(best)
        }
        return found
    }

    /// What a grouping column stands for: its concept, or its proposed concept.
    static func dimension(_ m: FieldMapping) -> String? { m.concept ?? m.proposed }

    /// True when, in `rows`, the values of `columns` determine the value of `column` (each village has one street).
    static func determined(_ column: Int, by columns: [Int], in rows: [[CellValue]]) -> Bool {
        guard !columns.isEmpty else { return false }
        var seen: [String: String] = [:]
        for r in rows {
            let key = columns.map { text(r[$0]) }.joined(separator: "\u{1F}")
            let value = text(r[column])
            if let old = seen.updateValue(value, forKey: key), old != value { return false }
        }
        return true
    }

    /// Counting rules on a roster, simplest first: on a date, up to a date, between two dates; each also with one
    /// enumeration column fixed to one of its values.
    private func rules(_ roster: FormProfile, columns: RosterColumns, dayKnown: Bool) -> [Rule] {
        let fields = roster.form.fields
        let dates = columns.days.keys.sorted()
        func name(_ i: Int) -> String { HeaderText(fields[i].path.last ?? "").name }
        func concept(_ i: Int) -> String? { Self.dimension(roster.mappings[i]) }
        var base: [Rule] = [Rule(text: "(all rows)", spec: CountRule(days: .all)) { _, _ in true }]
        if dayKnown {
            for d in dates {
                let values = columns.days[d]!
                base.append(Rule(text: "with \(name(d)) = day", spec: CountRule(days: .on, date: concept(d))) { r, day in
                    values[r] == day
                })
                base.append(Rule(text: "with \(name(d)) ≤ day", spec: CountRule(days: .upTo, date: concept(d))) { r, day in
                    (values[r] ?? Int.max) <= day
                })
            }
            for a in dates {
                for b in dates where b != a {
                    let starts = columns.days[a]!, ends = columns.days[b]!
                    let spec = CountRule(days: .between, date: concept(a), end: concept(b))
                    base.append(Rule(text: "with \(name(a)) ≤ day < \(name(b)) (or \(name(b)) blank)", spec: spec) { r, day in
                        guard let start = starts[r], start <= day else { return false }
                        return ends[r].map { day < $0 } ?? true
                    })
                }
            }
        }
        var rules = base
        for e in columns.texts.keys.sorted() {
            let texts = columns.texts[e]!
            for value in fields[e].type.values {
                for rule in base {
                    var spec = rule.spec
                    spec.filter = concept(e)
                    spec.filterValue = value
                    rules.append(Rule(text: rule.text + ", \(name(e)) = \(value)", spec: spec) { r, day in
                        texts[r] == value && rule.count(r, day)
                    })
                }
            }
        }
        return rules
    }

    static func isTotalLabel(_ text: String) -> Bool {
        ["合计", "总计", "小计", "共计"].contains { text.contains($0) }
    }

    static func text(_ value: CellValue) -> String {
        value.displayText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func integer(_ value: CellValue) -> Int? {
        switch value {
        case .number(let d) where d == d.rounded() && abs(d) < 1e9: return Int(d)
        case .text(let t): return Int(t.trimmingCharacters(in: .whitespacesAndNewlines))
        default: return nil
        }
    }

    /// A day as yyyymmdd, from a date cell or date text (2020-02-10, 2020/2/10, 2020年2月10日, 2020.2.10).
    static func day(_ value: CellValue) -> Int? {
        switch value {
        case .date(let d): return d.year * 10000 + d.month * 100 + d.day
        case .text(let t):
            var groups: [Int] = []
            var current = -1
            for ch in t {
                if let digit = ch.wholeNumberValue, ch.isASCII {
                    current = max(current, 0) * 10 + digit
                } else {
                    if current >= 0 { groups.append(current) }
                    current = -1
                    if groups.count == 3 { break }
                }
            }
            if current >= 0 { groups.append(current) }
            guard groups.count >= 3, groups[0] > 1900, (1...12).contains(groups[1]), (1...31).contains(groups[2]) else { return nil }
            return groups[0] * 10000 + groups[1] * 100 + groups[2]
        default: return nil
        }
    }
}
