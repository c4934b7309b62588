import Foundation
import FormFoldCore

/// Where a field is: file, sheet, column and header path as written.
public struct FieldReference: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?
    public var column: String
    public var path: [String]

    public init(file: String, sheet: String?, column: String, path: [String]) {
        self.file = file
        self.sheet = sheet
        self.column = column
        self.path = path
    }

    enum CodingKeys: String, CodingKey { case file, sheet, column, path }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)  // explicit null for csv
        try c.encode(column, forKey: .column)
        try c.encode(path, forKey: .path)
    }
}

/// How a field's mapping stands.
public enum MappingStatus: String, Sendable, Hashable, Codable {
    /// Mapped with enough confidence.
    case matched
    /// Mapped, but below the review threshold: an office should look.
    case review
    /// Settled by a reviewer's decision.
    case decided
    /// No concept fits; the field is in a proposed concept.
    case proposed
}

/// One field's mapping in a ``MatchReport``.
public struct FieldMapping: Sendable, Hashable, Codable {
    public var field: FieldReference
    /// The matching keys of the header path (what review decisions are keyed by).
    public var header: [String]
    public var concept: String?
    public var disaggregation: Disaggregation
    public var confidence: Double
    public var evidence: [Evidence]
    public var status: MappingStatus
    /// The proposed concept's id when no concept fits.
    public var proposed: String?
    /// True for a 合计 column.
    public var isTotal: Bool

    enum CodingKeys: String, CodingKey {
        case file, sheet, column, path, header, concept, disaggregation, confidence, status, proposed, total, evidence
    }

    public init(field: FieldReference, header: [String], match: FieldMatch, status: MappingStatus) {
        self.field = field
        self.header = header
        concept = match.concept
        disaggregation = match.disaggregation
        confidence = match.confidence
        evidence = match.evidence
        self.status = status
        isTotal = match.isTotal
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        field = FieldReference(file: try c.decode(String.self, forKey: .file), sheet: try c.decodeIfPresent(String.self, forKey: .sheet),
                               column: try c.decode(String.self, forKey: .column), path: try c.decode([String].self, forKey: .path))
        header = try c.decode([String].self, forKey: .header)
        concept = try c.decodeIfPresent(String.self, forKey: .concept)
        disaggregation = try c.decode(Disaggregation.self, forKey: .disaggregation)
        confidence = try c.decode(Double.self, forKey: .confidence)
        evidence = try c.decode([Evidence].self, forKey: .evidence)
        status = try c.decode(MappingStatus.self, forKey: .status)
        proposed = try c.decodeIfPresent(String.self, forKey: .proposed)
        isTotal = try c.decodeIfPresent(Bool.self, forKey: .total) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field.file, forKey: .file)
        try c.encode(field.sheet, forKey: .sheet)
        try c.encode(field.column, forKey: .column)
        try c.encode(field.path, forKey: .path)
        try c.encode(header, forKey: .header)
        try c.encode(concept, forKey: .concept)
        try c.encode(disaggregation, forKey: .disaggregation)
        try c.encode((confidence * 100).rounded() / 100, forKey: .confidence)
        try c.encode(status, forKey: .status)
        if let proposed { try c.encode(proposed, forKey: .proposed) }
        if isTotal { try c.encode(true, forKey: .total) }
        try c.encode(evidence, forKey: .evidence)
    }
}

/// Fields that match no concept, clustered across forms: a concept the dictionary may want.
public struct ProposedConcept: Sendable, Hashable, Codable {
    /// Stable: `proposed.` and a hash of the cluster's first key, so the same headers give the same id every run.
    public var id: String
    /// The header most of its fields use.
    public var label: String
    /// The matching keys in the cluster.
    public var keys: [String]
    public var fields: [FieldReference]
}

/// The result of matching a set of forms: every field's mapping and the proposed concepts.
public struct MatchReport: Sendable, Codable {
    public var fields: [FieldMapping]
    public var proposed: [ProposedConcept]

    public init(fields: [FieldMapping] = [], proposed: [ProposedConcept] = []) {
        self.fields = fields
        self.proposed = proposed
    }

    /// The mappings of each form, for the forms in the order they were matched (``FormSetMatcher`` maps them form
    /// by form, field by field); a form past the mapped fields gets none.
    public func mappings(of forms: [Form]) -> [[FieldMapping]] {
        var next = 0
        return forms.map { form in
            let end = min(next + form.fields.count, fields.count)
            defer { next = end }
            return Array(fields[min(next, end)..<end])
        }
    }

    /// Mappings an office should review: below the review threshold, or proposed, and not decided.
    public var open: [FieldMapping] { fields.filter { $0.status == .review || $0.status == .proposed } }
}
