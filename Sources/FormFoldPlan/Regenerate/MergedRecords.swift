import FormFoldCore
import FormFoldMatch

/// The rows of a consolidated form, each value under its content key (concept and options), as a cadre's merged
/// sheet holds them, from which every department's original form is regenerated.
public struct MergedRecords: Sendable {
    /// Content keys of the columns: `person.id_number`, `returnees.count|region=out_of_province`.
    public var keys: [String]
    public var rows: [[CellValue]]

    public init(keys: [String], rows: [[CellValue]] = []) {
        self.keys = keys
        self.rows = rows
    }

    /// The column of `key`, if any.
    public func column(_ key: String) -> Int? { keys.firstIndex(of: key) }

    /// Concepts that identify a person or an enterprise across forms.
    public static let identities = ["person.id_number", "enterprise.credit_code", "household.id", "enterprise.name"]

    /// Adds rows of a form whose fields hold `keys` (nil: a field with no concept), placing each value under its
    /// column. A row about someone already there (the same ID number, and the same first date when the rows have
    /// one) fills that row's blanks instead of being added again; so does a row identical to one already there.
    public mutating func add(records: [[CellValue]], keys fieldKeys: [String?]) {
        let identity = Self.identities.compactMap { keys.firstIndex(of: $0) }.first
        func signature(_ row: [CellValue]) -> String {
            if let identity, !row[identity].isBlank {
                // The first date in the row, written as a date cell or as text (a csv's 2020-02-10 08:30).
                let day = row.indices.lazy.filter { $0 != identity }.compactMap { DerivationFinder.day(row[$0]) }.first
                return "id\u{1F}" + row[identity].displayText + "\u{1F}" + (day.map(String.init) ?? "")
            }
            return row.map(\.displayText).joined(separator: "\u{1F}")
        }
        var index: [String: Int] = [:]
        for (n, row) in rows.enumerated() { index[signature(row)] = index[signature(row)] ?? n }
        let columns = fieldKeys.map { $0.flatMap(column) }
        for record in records {
            var row = [CellValue](repeating: .empty, count: keys.count)
            for (i, c) in columns.enumerated() where i < record.count { if let c { row[c] = record[i] } }
            let key = signature(row)
            if let n = index[key] {
                for c in row.indices where rows[n][c].isBlank && !row[c].isBlank { rows[n][c] = row[c] }
            } else {
                index[key] = rows.count
                rows.append(row)
            }
        }
    }
}

/// The merged data of a plan: each consolidated form's rows gathered from the filled forms merged into it.
public struct PlanData: Sendable {
    /// Content keys of each form's fields (nil for a field of no concept), in the order of the forms.
    public var keys: [[String?]] = []
    /// Consolidated form id → its merged rows.
    public var merged: [String: MergedRecords] = [:]

    /// `forms` with their records, as planned by `plan` from `report`.
    public init(forms: [Form], report: MatchReport, plan: ReductionPlan) {
        keys = report.mappings(of: forms).map { mappings in
            mappings.map { m in m.concept.map { ConceptKey.of($0, m.disaggregation) } ?? m.proposed }
        }
        for c in plan.consolidated {
            var records = MergedRecords(keys: c.fields.map { ConceptKey.of($0.concept, $0.disaggregation) })
            for (i, planned) in plan.forms.enumerated() where planned.into == c.id && planned.reason.kind != .derivable {
                records.add(records: forms[i].records, keys: keys[i])
            }
            merged[c.id] = records
        }
    }

    /// The rows of original form `i` for `unit` on `day`, from the merged data of the form it went into.
    public func rows(ofForm i: Int, forms: [Form], plan: ReductionPlan, unit: String?, day: Int?) -> [[CellValue]]? {
        let planned = plan.forms[i]
        guard planned.action == .keep || planned.action == .merge, let merged = merged[planned.into ?? ""] else { return nil }
        let form = forms[i]
        var rules: [String: CountRule] = [:]
        for d in planned.derivations ?? [] {
            if let f = form.fields.firstIndex(where: { $0.column == d.field.column }), let key = keys[i][f] { rules[key] = d.count }
        }
        return DepartmentData.rows(keys: keys[i], fieldKinds: form.fields.map(\.type.kind), from: merged, unit: unit, day: day,
                                   derivations: rules)
    }
}

/// The data of one original form for one org unit and day, computed from merged records.
public enum DepartmentData {
    /// The rows of `form` (whose fields map to `keys`): for a roster, the merged rows of the unit — of the day when the
    /// form has a date column; for a form derivable from the roster, one row per group (村, 卡口…) with each count
    /// computed by its rule.
    public static func rows(keys: [String?], fieldKinds: [FieldKind], from merged: MergedRecords, unit: String?, day: Int?,
                            derivations: [String: CountRule]) -> [[CellValue]] {
        let unitColumn = DerivationFinder.villageConcepts.lazy.compactMap { merged.column($0) }.first
        let ofUnit = merged.rows.filter { row in
            guard let unit, let c = unitColumn else { return true }
            return DerivationFinder.text(row[c]) == unit
        }
        if derivations.isEmpty {
            // A roster: the unit's rows, on the day when the form has a date column the merged rows hold.
            let dateColumn = zip(keys, fieldKinds).first { $0.1 == .date || $0.1 == .datetime }
                .flatMap { $0.0 }.flatMap(merged.column)
            let rows = ofUnit.filter { row in
                guard let day, let c = dateColumn else { return true }
                return DerivationFinder.day(row[c]) == day
            }
            let columns = keys.map { $0.flatMap(merged.column) }
            return rows.map { row in columns.map { $0.map { row[$0] } ?? .empty } }
        }
        // Totals: one row per group of the grouping concepts.
        let groupBy = derivations.values.first?.groupBy ?? []
        let groupColumns = groupBy.compactMap { merged.column($0) }
        // The unit's rows by group, groups in the order first met.
        var groups: [[CellValue]] = []
        var rowsOf: [String: [[CellValue]]] = [:]
        func signature(_ values: [CellValue]) -> String { values.map(\.displayText).joined(separator: "\u{1F}") }
        for row in ofUnit {
            let values = groupColumns.map { row[$0] }
            let key = signature(values)
            if rowsOf[key] == nil { groups.append(values) }
            rowsOf[key, default: []].append(row)
        }
        // A unit with no rows in the roster still reports, with zeros.
        if groups.isEmpty, let unit, let v = groupBy.firstIndex(where: DerivationFinder.villageConcepts.contains),
           groupColumns.count == groupBy.count {
            var group = [CellValue](repeating: .empty, count: groupBy.count)
            group[v] = .text(unit)
            groups = [group]
        }
        return groups.map { group in
            let members = rowsOf[signature(group)] ?? []
            return keys.enumerated().map { i, key -> CellValue in
                guard let key else { return .empty }
                if let g = groupBy.firstIndex(of: key), g < group.count { return group[g] }
                if let rule = derivations[key] { return .number(Double(count(members, rule: rule, merged: merged, day: day))) }
                if fieldKinds[i] == .date, let day {
                    return .date(SpreadsheetDate(year: day / 10000, month: day / 100 % 100, day: day % 100, kind: .date))
                }
                return .empty
            }
        }
    }

    /// Applies a counting rule to merged rows for one day.
    static func count(_ rows: [[CellValue]], rule: CountRule, merged: MergedRecords, day: Int?) -> Int {
        let date = rule.date.flatMap(merged.column), end = rule.end.flatMap(merged.column)
        let filter = rule.filter.flatMap(merged.column)
        return rows.filter { row in
            if let filter, DerivationFinder.text(row[filter]) != rule.filterValue { return false }
            guard let day else { return true }
            switch rule.days {
            case .all: return true
            case .on: return date.flatMap { DerivationFinder.day(row[$0]) } == day
            case .upTo: return (date.flatMap { DerivationFinder.day(row[$0]) } ?? Int.max) <= day
            case .between:
                guard let start = date.flatMap({ DerivationFinder.day(row[$0]) }), start <= day else { return false }
                return end.flatMap { DerivationFinder.day(row[$0]) }.map { day < $0 } ?? true
            }
        }.count
    }
}
