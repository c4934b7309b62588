import FormFoldCore
import FormFoldMatch

/// A form as the planner sees it: where it is, who asks for it and how often, and the concepts its fields hold.
public struct FormProfile: Sendable {
    public var form: Form
    /// The field mappings, aligned with ``Form/fields``.
    public var mappings: [FieldMapping]
    public var department: String?
    public var frequency: Frequency
    /// What one row describes: person, household, enterprise, event or org-unit totals.
    public var grain: Concept.Grain
    /// The subject: the most common topic of its concepts, leaving out identity, contact, address and reporting.
    public var topic: String?
    /// Content keys (concept + disaggregation, or the proposed concept of an unmapped field) → field indices.
    /// Reporting metadata (序号, 填报单位, 填报人, 填报日期) is left out: every form has it.
    public var keys: [String: [Int]]

    /// The title, or the file and sheet when the form has none.
    public var name: String {
        form.title ?? (form.file + (form.sheet.map { " › " + $0 } ?? ""))
    }

    /// Topics that describe who and where, not what a form is about.
    static let genericTopics: Set<String> = ["identity", "contact", "address", "reporting", "responsibility"]

    init(form: Form, mappings: [FieldMapping], policy: Policy, dictionary: DataDictionary) {
        self.form = form
        self.mappings = mappings
        let entry = policy.entry(file: form.file, sheet: form.sheet)
        department = entry?.department
        frequency = entry?.frequency ?? .daily
        var keys: [String: [Int]] = [:]
        var grains: [Concept.Grain: Int] = [:]
        var topics: [String: Int] = [:]
        for (i, m) in mappings.enumerated() {
            guard let key = Self.key(m, dictionary: dictionary) else { continue }
            keys[key, default: []].append(i)
            if let id = m.concept, let concept = dictionary.concept(id) {
                grains[concept.grain, default: 0] += 1
                if let topic = concept.topic, !Self.genericTopics.contains(topic) { topics[topic, default: 0] += 1 }
            }
        }
        self.keys = keys
        let order: [Concept.Grain] = [.person, .household, .enterprise, .event, .orgUnit]
        grain = order.max { (grains[$0] ?? 0, -order.firstIndex(of: $0)!) < (grains[$1] ?? 0, -order.firstIndex(of: $1)!) }
            .flatMap { (grains[$0] ?? 0) > 0 ? $0 : nil } ?? (form.fields.isEmpty ? .report : .orgUnit)
        topic = topics.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// The content key of a mapping; nil for reporting metadata.
    static func key(_ m: FieldMapping, dictionary: DataDictionary) -> String? {
        if let id = m.concept {
            if dictionary.concept(id)?.grain == .report { return nil }
            return ConceptKey.of(id, m.disaggregation)
        }
        return m.proposed
    }

    /// The concept id of a content key (nil for a proposed concept).
    static func conceptID(of key: String) -> String? {
        key.hasPrefix("proposed.") ? nil : String(key.split(separator: "|").first ?? "")
    }

    /// The column naming the village or community of each row, if any.
    var villageColumn: Int? { Self.villageColumn(mappings) }

    /// The column giving each row's day: a reporting date, else the first date column.
    var dayColumn: Int? { Self.dayColumn(form, mappings: mappings) }

    /// The column naming the village or community (村 or 社区) of each row, if any: the planner's and the rollup's
    /// one rule.
    static func villageColumn(_ mappings: [FieldMapping]) -> Int? {
        mappings.indices.first { mappings[$0].concept.map(DerivationFinder.villageConcepts.contains) ?? false }
    }

    /// The column giving each row's day: a reporting or statistics date, else the first column of dates (with or
    /// without a time of day).
    static func dayColumn(_ form: Form, mappings: [FieldMapping]) -> Int? {
        mappings.indices.first { mappings[$0].concept.map(DerivationFinder.dateConcepts.contains) ?? false }
            ?? form.fields.indices.first { form.fields[$0].type.kind == .date || form.fields[$0].type.kind == .datetime }
    }

    /// The reference of field `i`.
    func reference(_ i: Int) -> FieldReference { mappings[i].field }
}
