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
    /// How: `rows on 返乡时间 = day`, `rows with 隔离开始日期 ≤ day < 解除隔离日期, 隔离方式 = 居家隔离`.
    public var rule: String
    /// The share of (village, day) values checked that equal the count.
    public var agreement: Double
    /// How many (village, day) values were checked.
    public var checked: Int
}

/// Finds derivations of a totals form's count columns from rosters, by trying simple counting rules on the rosters'
/// records and keeping the first that reproduces the totals.
struct DerivationFinder {
    static let villageConcepts: Set<String> = ["address.village", "address.neighborhood", "address.community"]
    static let dateConcepts: Set<String> = ["reporting.date", "reporting.stat_date"]
    /// The share of values that must agree.
    static let minimumAgreement = 0.95
    /// Values that must be checked, some of them not zero.
    static let minimumChecked = 6

    /// A roster's counting rule, ready to evaluate.
    private struct Rule {
        var text: String
        var count: ([CellValue], _ day: Int) -> Bool
    }

    /// The derivations of every count column of `totals` from `rosters`; nil when some count column derives from
    /// none (the form is then not derivable).
    func derive(_ totals: FormProfile, from rosters: [FormProfile]) -> [Derivation]? {
        guard totals.grain == .orgUnit, !totals.form.records.isEmpty,
              let village = column(of: totals, in: Self.villageConcepts) else { return nil }
        let dayColumn = column(of: totals, in: Self.dateConcepts)
            ?? totals.form.fields.indices.first { totals.form.fields[$0].type.kind == .date }
        let counts = totals.form.fields.indices.filter { i in
            i != village && i != dayColumn && totals.form.fields[i].type.kind == .integer
                && totals.mappings[i].concept.map { !$0.hasPrefix("reporting.") && $0 != "meta.row_number" } ?? true
        }
        let others = totals.form.fields.indices.filter { i in
            i != village && i != dayColumn && !counts.contains(i) && totals.mappings[i].concept.map {
                !$0.hasPrefix("reporting.") && $0 != "meta.row_number" && !$0.hasPrefix("address.")
            } ?? true
        }
        guard !counts.isEmpty, others.isEmpty else { return nil }
        // (village, day, value) of each count column.
        var observed: [[(String, Int, Int)]] = Array(repeating: [], count: counts.count)
        for record in totals.form.records {
            let place = Self.text(record[village])
            guard !place.isEmpty, !Self.isTotalLabel(place) else { continue }
            let day = dayColumn.flatMap { Self.day(record[$0]) } ?? 0
            for (k, c) in counts.enumerated() {
                if let v = Self.integer(record[c]) { observed[k].append((place, day, v)) }
            }
        }
        var found: [Derivation] = []
        for (k, c) in counts.enumerated() {
            guard observed[k].count >= Self.minimumChecked, observed[k].contains(where: { $0.2 != 0 }) else { return nil }
            var best: Derivation?
            for roster in rosters where roster.grain != .orgUnit && !roster.form.records.isEmpty {
                guard let rv = column(of: roster, in: Self.villageConcepts) else { continue }
                var tally: [String: [[CellValue]]] = [:]
                for record in roster.form.records { tally[Self.text(record[rv]), default: []].append(record) }
                for rule in rules(roster, dayKnown: dayColumn != nil) {
                    // Count the roster's rows per village and day, only for the places and days asked.
                    var agree = 0
                    for (place, day, value) in observed[k] {
                        let n = (tally[place] ?? []).reduce(0) { $0 + (rule.count($1, day) ? 1 : 0) }
                        if n == value { agree += 1 }
                    }
                    let share = Double(agree) / Double(observed[k].count)
                    if share >= Self.minimumAgreement, share > (best?.agreement ?? 0) {
                        best = Derivation(field: totals.reference(c), roster: roster.reference(rv),
                                          rule: "count of rows of \(roster.name) per village \(rule.text)",
                                          agreement: share, checked: observed[k].count)
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

    private func column(of profile: FormProfile, in concepts: Set<String>) -> Int? {
        profile.mappings.indices.first { profile.mappings[$0].concept.map(concepts.contains) ?? false }
    }

    /// Counting rules on a roster, simplest first: on a date, up to a date, between two dates; each also with one
    /// enumeration column fixed to one of its values.
    private func rules(_ roster: FormProfile, dayKnown: Bool) -> [Rule] {
        let fields = roster.form.fields
        let dates = fields.indices.filter { fields[$0].type.kind == .date || fields[$0].type.kind == .datetime }
        func name(_ i: Int) -> String { HeaderText(fields[i].path.last ?? "").name }
        var base: [Rule] = [Rule(text: "(all rows)") { _, _ in true }]
        if dayKnown {
            for d in dates {
                base.append(Rule(text: "with \(name(d)) = day") { r, day in Self.day(r[d]) == day })
                base.append(Rule(text: "with \(name(d)) ≤ day") { r, day in (Self.day(r[d]) ?? Int.max) <= day })
            }
            for a in dates {
                for b in dates where b != a {
                    base.append(Rule(text: "with \(name(a)) ≤ day < \(name(b)) (or \(name(b)) blank)") { r, day in
                        guard let start = Self.day(r[a]), start <= day else { return false }
                        return Self.day(r[b]).map { day < $0 } ?? true
                    })
                }
            }
        }
        var rules = base
        for e in fields.indices where fields[e].type.kind == .enumeration || fields[e].type.kind == .yesNo {
            for value in fields[e].type.values {
                for rule in base {
                    rules.append(Rule(text: rule.text + ", \(name(e)) = \(value)") { r, day in
                        Self.text(r[e]) == value && rule.count(r, day)
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
