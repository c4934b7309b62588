import FormFoldCore

/// What the matcher needs to know of a field: its header path as written and, when the form was filled, what its
/// values are.
public struct FieldHeader: Sendable, Hashable {
    /// Group cells from the outermost down, then the leaf, as written.
    public var path: [String]
    /// The inferred type of the values (`.empty` for a template without data).
    public var kind: FieldKind
    /// The unit from the header's brackets.
    public var unit: String?
    /// The values, sketched; empty for a template.
    public var values: ValueSketch

    public init(path: [String], kind: FieldKind = .empty, unit: String? = nil, values: ValueSketch = ValueSketch()) {
        self.path = path
        self.kind = kind
        self.unit = unit
        self.values = values
    }

    /// The header of an ingested field.
    public init(_ field: Field) {
        self.init(path: field.path, kind: field.type.kind, unit: field.unit, values: field.values)
    }
}

/// One reason behind a mapping, with how much it weighed.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The header is an alias (or the name) of the concept.
        case alias
        /// Category options were taken out of the header and the rest is an alias.
        case disaggregation
        /// A group cell above the leaf gave options or context.
        case group
        /// The header is close to an alias (character bigrams).
        case similarity
        /// The inferred type of the values fits the concept, or does not.
        case type
        /// The unit fits, or does not.
        case unit
        /// The values overlap a column of another form.
        case values
        /// A reviewer's decision, or an alias learned from one.
        case review
        /// Another candidate, and why it lost.
        case alternative
    }

    public var kind: Kind
    /// A readable sentence.
    public var reason: String
    /// Its effect on the confidence (0 for information only).
    public var weight: Double

    public init(_ kind: Kind, _ reason: String, weight: Double = 0) {
        self.kind = kind
        self.reason = reason
        self.weight = weight
    }
}

/// The matcher's answer for one field.
public struct FieldMatch: Sendable, Hashable {
    /// The concept id, or nil when none fits well enough.
    public var concept: String?
    /// The category options the header carries.
    public var disaggregation: Disaggregation
    /// 0…1.
    public var confidence: Double
    public var evidence: [Evidence]
    /// True when a column of totals (合计/小计) over the other columns.
    public var isTotal: Bool
    /// How the header reads as qualifier + personal attribute (网格员 + 联系方式), for reading a form's fields
    /// together (``FieldMatcher/settle(_:headers:title:fixed:)``).
    var party: PartyReader.Split?

    public init(concept: String?, disaggregation: Disaggregation = [:], confidence: Double, evidence: [Evidence],
                isTotal: Bool = false) {
        self.concept = concept
        self.disaggregation = disaggregation
        self.confidence = confidence
        self.evidence = evidence
        self.isTotal = isTotal
    }
}
