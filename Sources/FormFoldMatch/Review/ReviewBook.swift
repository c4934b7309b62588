import Foundation

/// The decisions an office took on mappings, in the order taken. Stored as JSON in the workspace
/// (`formfold-review.json`) and, later, in the database.
///
/// A decision is never silently overridden: recording one that contradicts an earlier decision on the same header
/// and scope throws ``ReviewConflict`` unless the caller asks to replace it, and the replaced one stays in
/// ``superseded`` for the audit trail.
public struct ReviewBook: Sendable, Codable {
    public var version = 1
    public private(set) var decisions: [ReviewDecision] = []
    /// Decisions replaced by later ones, oldest first.
    public private(set) var superseded: [ReviewDecision] = []

    public init(decisions: [ReviewDecision] = []) {
        self.decisions = decisions
    }

    /// Reads a book from JSON; `file` names it in errors.
    public init(json: Data, file: String) throws {
        do {
            self = try JSONDecoder().decode(ReviewBook.self, from: json)
        } catch {
            throw TemplateError(file: file, message: "not a FormFold review file: \(TemplateError.describe(error))")
        }
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Records `decision`. The same decision again changes nothing; a different one on the same header and scope
    /// throws ``ReviewConflict`` unless `replacing` is true.
    public mutating func record(_ decision: ReviewDecision, replacing: Bool = false) throws {
        let scope = decisions.indices.filter {
            decisions[$0].header == decision.header && decisions[$0].file == decision.file && decisions[$0].sheet == decision.sheet
        }
        if scope.contains(where: {
            decisions[$0].action == decision.action && decisions[$0].concept == decision.concept
                && (decisions[$0].disaggregation ?? [:]) == (decision.disaggregation ?? [:])
        }) { return }
        // A mapping contradicts any other mapping and a rejection of its concept; a rejection contradicts a
        // mapping to the concept it rejects.
        let conflicting = scope.filter { i in
            let old = decisions[i]
            return decision.maps ? old.maps || old.concept == decision.concept : old.maps && old.concept == decision.concept
        }
        if let last = conflicting.last {
            guard replacing else { throw ReviewConflict(existing: decisions[last], proposed: decision) }
            superseded += conflicting.map { decisions[$0] }
            for i in conflicting.reversed() { decisions.remove(at: i) }
        }
        decisions.append(decision)
    }

    /// The decision mapping this header in this form: one taken for the form first, else one for every form.
    public func mapping(for header: [String], file: String?, sheet: String?) -> ReviewDecision? {
        let fitting = decisions.filter { $0.maps && $0.applies(to: header, file: file, sheet: sheet) }
        return fitting.last { $0.file != nil } ?? fitting.last
    }

    /// Concepts rejected for this header in this form.
    public func rejected(for header: [String], file: String?, sheet: String?) -> Set<String> {
        Set(decisions.filter { $0.action == .reject && $0.applies(to: header, file: file, sheet: sheet) }.map(\.concept))
    }

    /// Header keys learned from decisions taken for every form: the key the matcher tries first for the header
    /// (the nearest group joined to the leaf, or the leaf), and the concept.
    public func learnedAliases(joining: ([String]) -> String) -> [(key: String, concept: String)] {
        decisions.filter { $0.maps && $0.file == nil }.map { (joining($0.header), $0.concept) }
    }
}

/// A decision that contradicts an earlier one on the same header.
public struct ReviewConflict: Error, Sendable, CustomStringConvertible {
    public var existing: ReviewDecision
    public var proposed: ReviewDecision

    public var description: String {
        "「\(proposed.path.joined(separator: " › "))」 was already decided: \(existing.summary). "
            + "Pass --replace to replace that decision (it is kept in the review file as superseded)."
    }
}
