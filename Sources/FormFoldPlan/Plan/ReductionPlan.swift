import FormFoldMatch

/// What happens to an original form.
public enum FormAction: String, Sendable, Hashable, Codable {
    /// Stays, as a consolidated form others merge into.
    case keep
    /// Goes into a consolidated form (duplicate, subset, or derivable from it).
    case merge
    /// No longer reported: a shared platform already holds every fact in it.
    case share
    /// No longer reported: its topic is retired, or nothing in it is used.
    case remove
}

/// Why.
public enum ReasonKind: String, Sendable, Hashable, Codable {
    case unique, duplicate, subset, derivable, shared, retired
}

/// Another form a decision rests on, with how much of this form it holds.
public struct RelatedForm: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?
    public var title: String?
    /// Weighted share of this form's concepts the other holds (0…1).
    public var score: Double

    enum CodingKeys: String, CodingKey { case file, sheet, title, score }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encode((score * 1000).rounded() / 1000, forKey: .score)
    }
}

public struct PlanReason: Sendable, Hashable, Codable {
    public var kind: ReasonKind
    /// A readable sentence.
    public var detail: String
    public var relatedTo: [RelatedForm]
}

/// One original form's fate.
public struct PlannedForm: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?
    public var title: String?
    public var department: String?
    public var frequency: Frequency
    public var grain: String
    public var topic: String?
    public var fields: Int
    public var action: FormAction
    /// The consolidated form's id (keep and merge).
    public var into: String?
    public var reason: PlanReason
    /// For a derivable form: how each count follows from the roster.
    public var derivations: [Derivation]?

    enum CodingKeys: String, CodingKey {
        case file, sheet, title, department, frequency, grain, topic, fields, action, into, reason, derivations
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)
        try c.encode(title, forKey: .title)
        try c.encode(department, forKey: .department)
        try c.encode(frequency, forKey: .frequency)
        try c.encode(grain, forKey: .grain)
        try c.encode(topic, forKey: .topic)
        try c.encode(fields, forKey: .fields)
        try c.encode(action, forKey: .action)
        try c.encode(into, forKey: .into)
        try c.encode(reason, forKey: .reason)
        try c.encodeIfPresent(derivations, forKey: .derivations)
    }
}

/// A field of a consolidated form, with the original fields it replaces.
public struct ConsolidatedField: Sendable, Hashable, Codable {
    /// The concept id, or the proposed concept's id for a field no concept fits.
    public var concept: String
    public var disaggregation: Disaggregation
    /// The header to show: the dictionary's name (with its options), or the original header.
    public var label: String
    public var from: [FieldReference]

    public init(concept: String, disaggregation: Disaggregation, label: String, from: [FieldReference]) {
        self.concept = concept
        self.disaggregation = disaggregation
        self.label = label
        self.from = from
    }
}

/// A form that remains: the kept form with what merged into it.
public struct ConsolidatedForm: Sendable, Hashable, Codable {
    /// Stable: derived from the kept form's file and sheet.
    public var id: String
    public var title: String
    public var grain: String
    public var frequency: Frequency
    public var department: String?
    /// The original forms it replaces, the kept one first.
    public var replaces: [FieldReferenceForm]
    public var fields: [ConsolidatedField]

    public init(id: String, title: String, grain: String, frequency: Frequency, department: String?,
                replaces: [FieldReferenceForm], fields: [ConsolidatedField]) {
        self.id = id
        self.title = title
        self.grain = grain
        self.frequency = frequency
        self.department = department
        self.replaces = replaces
        self.fields = fields
    }
}

/// A form named by file and sheet.
public struct FieldReferenceForm: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?

    public init(file: String, sheet: String?) {
        self.file = file
        self.sheet = sheet
    }
}

/// Where an original field went.
public enum FieldFate: String, Sendable, Hashable, Codable {
    /// A field of a consolidated form.
    case field
    /// Held by a shared platform.
    case shared
    /// Computed from a consolidated form's roster.
    case derived
    /// No longer collected.
    case retired
}

public struct LineageEntry: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?
    public var column: String
    public var path: [String]
    public var concept: String?
    public var fate: FieldFate
    /// The consolidated form (field, derived), or the platform (shared); nil when retired.
    public var target: String?
    /// How: the consolidated field's concept, the derivation rule, the platform, or why it was retired.
    public var detail: String

    enum CodingKeys: String, CodingKey { case file, sheet, column, path, concept, fate, target, detail }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)
        try c.encode(column, forKey: .column)
        try c.encode(path, forKey: .path)
        try c.encode(concept, forKey: .concept)
        try c.encode(fate, forKey: .fate)
        try c.encode(target, forKey: .target)
        try c.encode(detail, forKey: .detail)
    }
}

/// The figures auditors ask for.
public struct PlanSummary: Sendable, Hashable, Codable {
    public var before: Int
    public var after: Int
    public var removed: Int
    public var merged: Int
    public var shared: Int
    /// (before − after) / before.
    public var reductionRate: Double
    public var fieldsBefore: Int
    public var fieldsAfter: Int
    /// Cells a village fills per day, over all forms, before and after.
    public var entriesPerVillagePerDayBefore: Double
    public var entriesPerVillagePerDayAfter: Double
    /// At the policy's seconds per entry (6 unless set).
    public var minutesSavedPerVillagePerDay: Double
    public var villages: Int
    public var minutesSavedPerDay: Double

    enum CodingKeys: String, CodingKey {
        case before, after, removed, merged, shared, reductionRate, fieldsBefore, fieldsAfter,
             entriesPerVillagePerDayBefore, entriesPerVillagePerDayAfter, minutesSavedPerVillagePerDay, villages,
             minutesSavedPerDay
    }

    public func encode(to encoder: any Encoder) throws {
        func r(_ x: Double, _ places: Double = 10) -> Double { (x * places).rounded() / places }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        try c.encode(removed, forKey: .removed)
        try c.encode(merged, forKey: .merged)
        try c.encode(shared, forKey: .shared)
        try c.encode(r(reductionRate, 1000), forKey: .reductionRate)
        try c.encode(fieldsBefore, forKey: .fieldsBefore)
        try c.encode(fieldsAfter, forKey: .fieldsAfter)
        try c.encode(r(entriesPerVillagePerDayBefore), forKey: .entriesPerVillagePerDayBefore)
        try c.encode(r(entriesPerVillagePerDayAfter), forKey: .entriesPerVillagePerDayAfter)
        try c.encode(r(minutesSavedPerVillagePerDay), forKey: .minutesSavedPerVillagePerDay)
        try c.encode(villages, forKey: .villages)
        try c.encode(r(minutesSavedPerDay), forKey: .minutesSavedPerDay)
    }
}

/// The reduction plan: per original form an action with its reason, the consolidated forms with the lineage of
/// their fields, the lineage of every original field, and the figures.
public struct ReductionPlan: Sendable, Codable {
    public var summary: PlanSummary
    public var forms: [PlannedForm]
    public var consolidated: [ConsolidatedForm]
    public var lineage: [LineageEntry]
}
