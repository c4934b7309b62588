import Foundation
import FormFoldCore
import FormFoldMatch

/// Turns the planner's decisions into the published plan: forms with reasons and related forms, consolidated forms
/// with the lineage of their fields, the fate of every original field, and the figures.
struct PlanBuilder {
    let profiles: [FormProfile]
    let decisions: [Planner.Decision]
    let derivations: [Int: [Derivation]]
    let weights: ConceptWeights
    let index: ConceptIndex
    let policy: Policy
    let dictionary: DataDictionary

    func build() -> ReductionPlan {
        let keptIDs = consolidatedIDs()
        var forms: [PlannedForm] = []
        for (i, p) in profiles.enumerated() {
            let d = decisions[i]
            let target = d.action == .keep ? i : d.target
            forms.append(PlannedForm(
                file: p.form.file, sheet: p.form.sheet, title: p.form.title, department: p.department, frequency: p.frequency,
                grain: p.grain.rawValue, topic: p.topic, fields: p.form.fields.count, action: d.action,
                into: target.flatMap { keptIDs[$0] },
                reason: PlanReason(kind: d.kind, detail: d.detail, relatedTo: related(i)),
                derivations: derivations[i]))
        }
        let consolidated = consolidate(keptIDs)
        let lineage = self.lineage(keptIDs)
        return ReductionPlan(summary: summary(consolidated), forms: forms, consolidated: consolidated, lineage: lineage)
    }

    /// `C01`, `C02`… in the order of the forms, so the same forms give the same ids.
    private func consolidatedIDs() -> [Int: String] {
        var ids: [Int: String] = [:]
        for (i, d) in decisions.enumerated() where d.action == .keep {
            ids[i] = String(format: "C%02d", ids.count + 1)
        }
        return ids
    }

    /// The forms that hold most of this one, best first (at most three).
    private func related(_ i: Int) -> [RelatedForm] {
        if let t = decisions[i].target, decisions[i].kind == .derivable {
            return [RelatedForm(file: profiles[t].form.file, sheet: profiles[t].form.sheet, title: profiles[t].form.title,
                                score: derivations[i].map { $0.map(\.agreement).min() ?? 0 } ?? 0)]
        }
        var scored: [(form: Int, score: Double)] = []
        for j in index.candidates(for: i) {
            let score = weights.containment(of: profiles[i], in: profiles[j])
            if score > 0 { scored.append((j, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.form < $1.form }
        return scored.prefix(3).map { entry in
            let p = profiles[entry.form]
            return RelatedForm(file: p.form.file, sheet: p.form.sheet, title: p.form.title, score: entry.score)
        }
    }

    private func consolidate(_ ids: [Int: String]) -> [ConsolidatedForm] {
        var mergedInto: [Int: [Int]] = [:]
        for (i, d) in decisions.enumerated() where d.action == .merge { if let t = d.target { mergedInto[t, default: []].append(i) } }
        return ids.keys.sorted().map { k in
            let members = [k] + (mergedInto[k] ?? []).filter { decisions[$0].kind != .derivable }
            var fields: [String: ConsolidatedField] = [:]
            var order: [String] = []
            for m in members {
                let p = profiles[m]
                for (i, mapping) in p.mappings.enumerated() {
                    // Reporting metadata is one meta line of the consolidated form, not a field per original.
                    let key = FormProfile.key(mapping, dictionary: dictionary) ?? "meta:" + (mapping.concept ?? "")
                    if fields[key] == nil {
                        order.append(key)
                        fields[key] = ConsolidatedField(concept: mapping.concept ?? mapping.proposed ?? key,
                                                        disaggregation: mapping.disaggregation,
                                                        label: label(mapping), from: [])
                    }
                    fields[key]!.from.append(p.reference(i))
                }
            }
            let p = profiles[k]
            return ConsolidatedForm(
                id: ids[k]!, title: p.form.title ?? p.name, grain: p.grain.rawValue, frequency: p.frequency,
                department: p.department,
                replaces: ([k] + (mergedInto[k] ?? []).filter { $0 != k })
                    .map { FieldReferenceForm(file: profiles[$0].form.file, sheet: profiles[$0].form.sheet) },
                fields: order.map { fields[$0]! })
        }
    }

    /// The dictionary's name with its options (居家隔离人数（省外·累计）), or the header as written.
    private func label(_ m: FieldMapping) -> String {
        guard let id = m.concept, let concept = dictionary.concept(id) else {
            return HeaderText(m.field.path.last ?? "").name
        }
        return dictionary.label(concept, m.disaggregation)
    }

    private func lineage(_ ids: [Int: String]) -> [LineageEntry] {
        var out: [LineageEntry] = []
        for (i, p) in profiles.enumerated() {
            let d = decisions[i]
            let derived = Dictionary((derivations[i] ?? []).map { ($0.field.column, $0) }, uniquingKeysWith: { a, _ in a })
            for (f, m) in p.mappings.enumerated() {
                let ref = p.reference(f)
                var entry = LineageEntry(file: ref.file, sheet: ref.sheet, column: ref.column, path: ref.path,
                                         concept: m.concept ?? m.proposed, fate: .field, target: nil, detail: "")
                switch d.action {
                case .remove:
                    entry.fate = .retired
                    entry.detail = d.detail
                case .share:
                    if let id = m.concept, let source = dictionary.concept(id)?.source, policy.platforms.contains(source) {
                        entry.fate = .shared
                        entry.target = source
                        entry.detail = "held by \(source)"
                    } else {
                        entry.fate = .retired
                        entry.detail = "locates or describes the report; the platform's records carry it"
                    }
                case .merge where d.kind == .derivable:
                    entry.fate = .derived
                    entry.target = d.target.flatMap { ids[$0] }
                    entry.detail = derived[ref.column]?.rule ?? "the village and day the counts are grouped by"
                case .keep, .merge:
                    entry.fate = .field
                    entry.target = (d.action == .keep ? i : d.target).flatMap { ids[$0] }
                    entry.detail = "field \(label(m))"
                }
                out.append(entry)
            }
        }
        return out
    }

    private func summary(_ consolidated: [ConsolidatedForm]) -> PlanSummary {
        let count = { (a: FormAction) in decisions.filter { $0.action == a }.count }
        let before = profiles.count, after = count(.keep)
        let entriesBefore = profiles.reduce(0.0) { $0 + entries($1, fields: $1.form.fields.count) }
        var entriesAfter = 0.0
        var indexOf: [String: Int] = [:]
        for (i, p) in profiles.enumerated() { indexOf[p.form.file + "\u{1F}" + (p.form.sheet ?? "")] = indexOf[p.form.file + "\u{1F}" + (p.form.sheet ?? "")] ?? i }
        for c in consolidated {
            guard let k = indexOf[c.replaces[0].file + "\u{1F}" + (c.replaces[0].sheet ?? "")] else { continue }
            entriesAfter += entries(profiles[k], fields: c.fields.count)
        }
        let villages = villageCount()
        let seconds = policy.secondsPerEntry ?? 6
        let savedPerVillage = max(entriesBefore - entriesAfter, 0) * seconds / 60
        return PlanSummary(
            before: before, after: after, removed: count(.remove), merged: count(.merge), shared: count(.share),
            reductionRate: before == 0 ? 0 : Double(before - after) / Double(before),
            fieldsBefore: profiles.reduce(0) { $0 + $1.form.fields.count },
            fieldsAfter: consolidated.reduce(0) { $0 + $1.fields.count },
            entriesPerVillagePerDayBefore: entriesBefore, entriesPerVillagePerDayAfter: entriesAfter,
            minutesSavedPerVillagePerDay: savedPerVillage, villages: villages,
            minutesSavedPerDay: savedPerVillage * Double(max(villages, 1)))
    }

    /// Cells a village fills per day for a form with `fields` fields: fields × rows per village per filing ×
    /// filings per day. Rows per village per filing come from the data (one row when there is none).
    private func entries(_ p: FormProfile, fields: Int) -> Double {
        Double(fields) * rowsPerVillagePerFiling(p) * p.frequency.perDay
    }

    private func rowsPerVillagePerFiling(_ p: FormProfile) -> Double {
        let records = p.form.records
        guard !records.isEmpty else { return 1 }
        let village = p.villageColumn, dayColumn = p.dayColumn
        let places = Set(records.compactMap { r in village.map { DerivationFinder.text(r[$0]) } }).count
        let days = Set(records.compactMap { r in dayColumn.flatMap { DerivationFinder.day(r[$0]) } }).count
        // A roster without a day column is one filing of all its rows (a ledger updated in place).
        return Double(records.count) / Double(max(places, 1)) / Double(max(days, 1))
    }

    private func villageCount() -> Int {
        if let streets = policy.orgUnits?.streets { return streets.reduce(0) { $0 + $1.villages.count } }
        var places = Set<String>()
        for p in profiles {
            guard let v = p.mappings.indices.first(where: { p.mappings[$0].concept == "address.village" }) else { continue }
            for r in p.form.records { places.insert(DerivationFinder.text(r[v])) }
        }
        places.remove("")
        return places.count
    }
}
