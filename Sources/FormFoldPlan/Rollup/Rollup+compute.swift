import Foundation
import FormFoldCore
import FormFoldMatch

extension Rollup {
    /// Roster grains whose rows are counted per village, with the noun of the count.
    static let rosterCounts: [Concept.Grain: String] = [.person: "登记人数", .household: "登记户数", .event: "登记条数"]
    /// The group of villages with data that the policy's hierarchy does not list.
    static let unlistedStreet = "（未列入区划）"

    /// Computes the rollup of `forms` (with their records), whose fields `report` maps in order, over the policy's
    /// `org_units`, for `period` (nil: the latest day found in the data). `converter` folds village names written in
    /// traditional script (錦嵐社區) to the hierarchy's (锦岚社区).
    public init(forms: [Form], report: MatchReport, dictionary: DataDictionary, policy: Policy,
                period: RollupPeriod? = nil, converter: any ScriptConverter = IdentityScriptConverter()) {
        var tally = RollupTally(listed: Set((policy.orgUnits?.streets ?? []).flatMap(\.villages)), converter: converter)
        for (form, mappings) in zip(forms, report.mappings(of: forms)) {
            guard mappings.count == form.fields.count else { break }
            let title = policy.entry(file: form.file, sheet: form.sheet)?.title ?? form.title
                ?? (form.file.split(separator: "/").last.map(String.init) ?? form.file)
            tally.read(form, mappings: mappings, title: title, dictionary: dictionary)
        }
        let period = period ?? tally.span.map { RollupPeriod($0.last) } ?? RollupPeriod(CalendarDay(year: 1970, month: 1, day: 1))
        self = tally.rollup(period: period, policy: policy)
    }
}

/// The observations of every measure per village and day, gathered form by form.
struct RollupTally {
    /// The villages the policy's hierarchy lists.
    let listed: Set<String>
    let converter: any ScriptConverter
    /// Village names as written → as the hierarchy spells them.
    var spelled: [String: String] = [:]
    var measures: [RollupMeasure] = []
    var index: [String: Int] = [:]
    /// Per measure: village → day (nil: undated) → value.
    var values: [[String: [CalendarDay?: Double]]] = []
    var villageOrder: [String] = []
    var seenVillages: Set<String> = []
    var span: RollupPeriod?
    var notes: [String] = []
    var conflicts: [String: Int] = [:]

    mutating func read(_ form: Form, mappings: [FieldMapping], title: String, dictionary: DataDictionary) {
        guard let village = FormProfile.villageColumn(mappings) else { return }
        guard !form.records.isEmpty else { return }
        let dateColumn = FormProfile.dayColumn(form, mappings: mappings)
        let grain = Self.grain(mappings, dictionary: dictionary)
        if grain == .orgUnit {
            readTotals(form, mappings: mappings, title: title, village: village, dateColumn: dateColumn, dictionary: dictionary)
        } else if let noun = Rollup.rosterCounts[grain] {
            let key = "rows|\(form.file)|\(form.sheet ?? "")"
            let basis = dateColumn.map { HeaderText(form.fields[$0].path.last ?? "").name }
            let m = measure(RollupMeasure(key: key, label: "\(title) \(noun)", concept: nil, unit: grain == .household ? "户" : (grain == .person ? "人" : "条"),
                                          kind: .rowCount, sources: [], dateBasis: basis, isWhole: true), source: title)
            for record in form.records {
                guard let name = Self.villageName(record[village]) else { continue }
                let day = dateColumn.flatMap { CalendarDay(record[$0]) }
                if dateColumn != nil, day == nil { continue }
                add(m, village: name, day: day, value: 1, accumulate: true)
            }
        }
    }

    private mutating func readTotals(_ form: Form, mappings: [FieldMapping], title: String, village: Int, dateColumn: Int?,
                                     dictionary: DataDictionary) {
        var columns: [(column: Int, measure: Int)] = []
        for (i, mapping) in mappings.enumerated() where i != village && i != dateColumn {
            guard let id = mapping.concept, let concept = dictionary.concept(id), concept.grain != .report,
                  !id.hasPrefix("address."), concept.aggregation != .none,
                  [.integer, .decimal, .empty].contains(form.fields[i].type.kind) else { continue }
            let kind = RollupMeasure.Kind.over(time: concept, mapping.disaggregation)
            let key = ConceptKey.of(id, mapping.disaggregation)
            let m = measure(RollupMeasure(key: key, label: Self.label(concept, mapping.disaggregation, dictionary: dictionary),
                                          concept: id, unit: concept.unit ?? form.fields[i].unit, kind: kind, sources: [],
                                          dateBasis: nil, isWhole: true), source: title)
            columns.append((i, m))
        }
        guard !columns.isEmpty else { return }
        for record in form.records {
            guard let name = Self.villageName(record[village]) else { continue }
            let day = dateColumn.flatMap { CalendarDay(record[$0]) }
            if dateColumn != nil, day == nil { continue }
            for (column, m) in columns {
                guard let value = Self.number(record[column]) else { continue }
                add(m, village: name, day: day, value: value, accumulate: false)
            }
        }
    }

    /// The index of the measure with `new`'s key, added when new; `source` joins its sources.
    private mutating func measure(_ new: RollupMeasure, source: String) -> Int {
        let m: Int
        if let found = index[new.key] {
            m = found
        } else {
            m = measures.count
            index[new.key] = m
            measures.append(new)
            values.append([:])
        }
        if !measures[m].sources.contains(source) { measures[m].sources.append(source) }
        return m
    }

    /// Adds one observation. A row count accumulates; a figure already given for the village and day by another
    /// row or form keeps the first value (the same fact reported twice is not counted twice).
    private mutating func add(_ m: Int, village written: String, day: CalendarDay?, value: Double, accumulate: Bool) {
        let village = spelling(written)
        if seenVillages.insert(village).inserted { villageOrder.append(village) }
        if let day { span = span.map { RollupPeriod(first: min($0.first, day), last: max($0.last, day)) } ?? RollupPeriod(day) }
        if accumulate {
            values[m][village, default: [:]][day, default: 0] += value
        } else if let old = values[m][village]?[day] {
            if old != value { conflicts[measures[m].label, default: 0] += 1 }
        } else {
            values[m][village, default: [:]][day] = value
            if value != value.rounded() { measures[m].isWhole = false }
        }
    }

    /// A village's name as the hierarchy spells it: as written, or in simplified script.
    private mutating func spelling(_ written: String) -> String {
        if listed.contains(written) { return written }
        if let known = spelled[written] { return known }
        let simplified = converter.simplified(written)
        spelled[written] = simplified
        return simplified
    }

    /// The rollup over the policy's streets for `period`.
    func rollup(period: RollupPeriod, policy: Policy) -> Rollup {
        var streets = (policy.orgUnits?.streets ?? []).map { (name: $0.name, villages: $0.villages) }
        let listed = Set(streets.flatMap(\.villages))
        let unlisted = villageOrder.filter { !listed.contains($0) }
        if !unlisted.isEmpty {
            streets.append((Rollup.unlistedStreet, unlisted))
        }
        var notes = self.notes
        if policy.orgUnits == nil {
            notes.append("政策文件未列出 org_units（街道及其村、社区），各村归入「\(Rollup.unlistedStreet)」")
        } else if !unlisted.isEmpty {
            notes.append("\(unlisted.count) 个村（社区）不在政策文件的区划中，列于「\(Rollup.unlistedStreet)」：\(unlisted.joined(separator: "、"))")
        }
        for (label, n) in conflicts.sorted(by: { $0.key < $1.key }) {
            notes.append("「\(label)」有 \(n) 处同村同日的值在不同报表中不一致，取先读到的一张")
        }
        var district = [Double?](repeating: nil, count: measures.count)
        var streetRows: [RollupRow] = []
        for street in streets {
            var total = [Double?](repeating: nil, count: measures.count)
            var villageRows: [RollupRow] = []
            for village in street.villages {
                let values = measures.indices.map { value($0, village: village, period: period) }
                for (m, v) in values.enumerated() { if let v { total[m] = (total[m] ?? 0) + v } }
                villageRows.append(RollupRow(name: village, level: .village, street: street.name, values: values))
            }
            for (m, v) in total.enumerated() { if let v { district[m] = (district[m] ?? 0) + v } }
            streetRows.append(RollupRow(name: street.name, level: .street, street: nil, values: total))
            streetRows += villageRows
        }
        let rows = [RollupRow(name: policy.district ?? "全区", level: .district, street: nil, values: district)] + streetRows
        return Rollup(district: policy.district ?? "全区", period: period, measures: measures, rows: rows,
                      dataSpan: span, notes: notes)
    }

    /// A village's value of measure `m` over `period`: summed over the days (sum, row count), or the latest day's
    /// (latest); an undated value counts as belonging to any period.
    func value(_ m: Int, village: String, period: RollupPeriod) -> Double? {
        guard let days = values[m][village] else { return nil }
        switch measures[m].kind {
        case .sum, .rowCount:
            var total: Double?
            for (day, v) in days where day.map(period.contains) ?? true { total = (total ?? 0) + v }
            return total
        case .latest:
            let inPeriod = days.compactMap { day, v in day.flatMap { period.contains($0) ? ($0, v) : nil } }
            if let last = inPeriod.max(by: { $0.0 < $1.0 }) { return last.1 }
            return days[nil] ?? nil
        }
    }

    // MARK: - Reading cells

    /// What a form's rows describe: the most common grain of its concepts (reporting metadata left out).
    static func grain(_ mappings: [FieldMapping], dictionary: DataDictionary) -> Concept.Grain {
        var counts: [Concept.Grain: Int] = [:]
        for m in mappings {
            guard let id = m.concept, let grain = dictionary.concept(id)?.grain, grain != .report else { continue }
            counts[grain, default: 0] += 1
        }
        let order: [Concept.Grain] = [.person, .household, .enterprise, .event, .orgUnit]
        return order.max { (counts[$0] ?? 0, -order.firstIndex(of: $0)!) < (counts[$1] ?? 0, -order.firstIndex(of: $1)!) }
            .flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil } ?? .orgUnit
    }

    /// The village named in a cell; nil for a blank or a total row (合计, 小计…).
    static func villageName(_ value: CellValue) -> String? {
        let text = DerivationFinder.text(value).filter { !$0.isWhitespace }
        guard !text.isEmpty, !DerivationFinder.isTotalLabel(text) else { return nil }
        return text
    }

    /// A number from a number cell or numeric text (commas allowed); nil for anything else.
    static func number(_ value: CellValue) -> Double? {
        switch value {
        case .number(let d) where d.isFinite: return d
        case .text(let t):
            let cleaned = t.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            return Double(cleaned).flatMap { $0.isFinite ? $0 : nil }
        default: return nil
        }
    }

    /// The dictionary's name with its options: 居家隔离人数（当日）.
    static func label(_ concept: Concept, _ d: Disaggregation, dictionary: DataDictionary) -> String {
        dictionary.label(concept, d)
    }
}
