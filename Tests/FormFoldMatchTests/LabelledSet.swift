import Foundation
import FormFoldMatch
import Yams

/// A labelled split (Labelled/*.yaml): header paths with the concept and disaggregation a reviewer expects.
struct LabelledSet: Decodable {
    struct LabelledForm: Decodable {
        var form: String
        var source: String?
        var fields: [LabelledField]
    }

    struct LabelledField: Decodable {
        var header: String
        var concept: String?
        var disaggregation: [String: Scalar]?

        /// The header path: a multi-level header is written `group / leaf`.
        var path: [String] { header.components(separatedBy: " / ") }

        var expected: Disaggregation { (disaggregation ?? [:]).mapValues(\.text) }
    }

    /// A YAML scalar read as text (round: 3 and round: last alike).
    struct Scalar: Decodable {
        var text: String
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { text = String(n) } else { text = try c.decode(String.self) }
        }
    }

    var forms: [LabelledForm]

    static func load(_ name: String) throws -> LabelledSet {
        guard let url = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Labelled") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Labelled/\(name).yaml"])
        }
        return try YAMLDecoder().decode(LabelledSet.self, from: String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }
}

/// Cross-form pairwise precision and recall: two fields of different forms are "the same" when they map to the same
/// concept with the same disaggregation. A field mapped to no concept pairs with nothing.
struct PairwiseScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// `items`: (form index, expected key, predicted key), where a key is concept + disaggregation or nil.
    init(_ items: [(form: Int, expected: String?, predicted: String?)]) {
        // Count by key rather than over all pairs: pairs within a key, less pairs within one form.
        func pairs(_ group: [Int: Int]) -> Int {
            let n = group.values.reduce(0, +)
            return (n * (n - 1) - group.values.reduce(0) { $0 + $1 * ($1 - 1) }) / 2
        }
        var expected: [String: [Int: Int]] = [:], predicted: [String: [Int: Int]] = [:], both: [String: [Int: Int]] = [:]
        for item in items {
            if let e = item.expected { expected[e, default: [:]][item.form, default: 0] += 1 }
            if let p = item.predicted { predicted[p, default: [:]][item.form, default: 0] += 1 }
            if let e = item.expected, let p = item.predicted, e == p { both[e, default: [:]][item.form, default: 0] += 1 }
        }
        let tp = both.values.reduce(0) { $0 + pairs($1) }
        truePositives = tp
        falsePositives = predicted.values.reduce(0) { $0 + pairs($1) } - tp
        falseNegatives = expected.values.reduce(0) { $0 + pairs($1) } - tp
    }

    static func key(_ concept: String?, _ disaggregation: Disaggregation) -> String? {
        concept.map { ConceptKey.of($0, disaggregation) }
    }

    var description: String {
        String(format: "precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d)", precision, recall, f1,
               truePositives, falsePositives, falseNegatives)
    }
}
