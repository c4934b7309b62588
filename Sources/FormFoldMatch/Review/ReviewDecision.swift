/// An office's decision on how one header maps: accept the matcher's concept, reject a concept, or correct the
/// mapping to another concept. Decisions are kept in a ``ReviewBook``, applied on every later run, and the accepted
/// or corrected headers are learned as aliases.
public struct ReviewDecision: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// The concept (and disaggregation) is right.
        case accept
        /// The concept is wrong for this header; the matcher must look elsewhere.
        case reject
        /// The header maps to this concept (and disaggregation) instead.
        case correct
    }

    /// The header path as matching keys (``HeaderNormaliser/key(raw:)`` of each cell): what the decision applies to.
    public var header: [String]
    /// The header path as written where the decision was taken, for people.
    public var path: [String]
    /// Only this file (and sheet) when set; every form with this header otherwise.
    public var file: String?
    public var sheet: String?
    public var action: Action
    /// accept/correct: the concept it maps to; reject: the concept rejected.
    public var concept: String
    public var disaggregation: Disaggregation?
    public var reviewer: String
    /// When, as ISO 8601 text.
    public var decidedAt: String
    public var note: String?

    public init(header: [String], path: [String], file: String? = nil, sheet: String? = nil, action: Action,
                concept: String, disaggregation: Disaggregation? = nil, reviewer: String, decidedAt: String,
                note: String? = nil) {
        self.header = header
        self.path = path
        self.file = file
        self.sheet = sheet
        self.action = action
        self.concept = concept
        self.disaggregation = disaggregation
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.note = note
    }

    /// True when it settles the mapping (accept or correct).
    public var maps: Bool { action != .reject }

    func applies(to header: [String], file: String?, sheet: String?) -> Bool {
        guard self.header == header else { return false }
        if let own = self.file, own != file { return false }
        if let own = self.sheet, own != sheet { return false }
        return true
    }

    /// A readable line: `accept 身份证号码 → person.id_number (王芳, 2026-12-01)`.
    public var summary: String {
        var line = "\(action.rawValue) 「\(path.joined(separator: " › "))」"
        line += action == .reject ? " ≠ \(concept)" : " → \(concept)"
        if let d = disaggregation, !d.isEmpty {
            line += " {" + d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}"
        }
        if let file { line += " in \(file)" + (sheet.map { " › \($0)" } ?? "") }
        return line + " (\(reviewer), \(decidedAt))"
    }
}
