import FormFoldCore
import FormFoldMatch
import FormFoldPlan

/// The columns of a merged sheet and how its header groups them: fields of one concept that differ by their
/// options (返乡人数 省内 / 省外 / 境外) share a top header cell with one cell per option below it.
struct TemplateLayout {
    struct Column {
        var field: ConsolidatedField
        var concept: Concept?
        /// The top header: the concept's name (with the unit) for a grouped column, else the whole label.
        var top: String
        /// The option names under a group; nil for a column standing alone (its header spans both rows).
        var sub: String?
    }

    var columns: [Column]
    /// True when some columns are grouped: the header then takes two rows.
    var twoRows: Bool

    init(form: ConsolidatedForm, dictionary: DataDictionary) {
        // Reporting metadata (填报单位, 填报日期) goes on the meta line, not in a column.
        let fields = form.fields.filter { f in
            guard let concept = dictionary.concept(f.concept) else { return true }
            return concept.grain != .report || concept.id == "meta.row_number"
        }
        var counts: [String: Int] = [:]
        for f in fields where !f.disaggregation.isEmpty { counts[f.concept, default: 0] += 1 }
        // Group the fields of a concept together, in the order of its first field.
        var order: [String] = []
        var byConcept: [String: [ConsolidatedField]] = [:]
        for f in fields {
            let key = (counts[f.concept] ?? 0) >= 2 ? f.concept : f.concept + "|" + Self.optionText(f, dictionary: dictionary)
            if byConcept[key] == nil { order.append(key) }
            byConcept[key, default: []].append(f)
        }
        var columns: [Column] = []
        for key in order {
            let group = byConcept[key]!
            let concept = dictionary.concept(group[0].concept)
            let unit = concept?.unit.map { "（\($0)）" } ?? ""
            if group.count >= 2, let concept {
                for f in group {
                    columns.append(Column(field: f, concept: concept, top: concept.name + unit,
                                          sub: Self.optionText(f, dictionary: dictionary)))
                }
            } else {
                columns.append(Column(field: group[0], concept: concept, top: group[0].label + unit, sub: nil))
            }
        }
        self.columns = columns
        twoRows = columns.contains { $0.sub != nil }
    }

    /// The option names of a field's disaggregation: 省外·累计, 第3次.
    static func optionText(_ f: ConsolidatedField, dictionary: DataDictionary) -> String {
        dictionary.optionNames(f.disaggregation).joined(separator: "·")
    }

    /// Runs of adjacent columns sharing a top header: (first, last, text).
    var topRuns: [(first: Int, last: Int, text: String)] {
        var runs: [(Int, Int, String)] = []
        for (i, c) in columns.enumerated() {
            if let last = runs.last, last.2 == c.top, c.sub != nil, columns[last.1].sub != nil, last.1 == i - 1 {
                runs[runs.count - 1].1 = i
            } else {
                runs.append((i, i, c.top))
            }
        }
        return runs.map { (first: $0.0, last: $0.1, text: $0.2) }
    }
}
