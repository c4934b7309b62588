import FormFoldCore
import FormFoldMatch
import FormFoldOpenCC
import Foundation
import Testing

/// The matcher measured on labelled headers, each form's fields matched together (``FieldMatcher/match(form:)``):
/// cross-form pairwise precision and recall on concept + options, against a bigram-Dice baseline. dev (the
/// dictionary was written with it) is held to ≥ 0.95 / ≥ 0.85; validation, fresh-a…d, fresh-g…j, fresh-l,
/// fresh-m, fresh-o, fresh-p, fresh-t and fresh-u were written independently, measured once untouched and then tuned on, so they are
/// regression guards; holdout, fresh-e, fresh-f, fresh-k, fresh-n, fresh-q, fresh-r and fresh-s were written
/// independently and never tuned on. `FORMFOLD_MATCH_DUMP=/tmp/x` writes every field's expected and
/// predicted key to /tmp/x-<split>.tsv, for looking at the errors of a split that may be tuned on; the held-out
/// splits' errors are neither dumped nor printed.
@Suite struct MatchQualityTests {
    static let converter = Support.converter
    static let matcher = Support.matcher

    /// The held-out splits: their errors are never printed or dumped, so that nobody tunes on them by accident.
    static let heldOut: Set<String> = ["holdout", "fresh-e", "fresh-f", "fresh-k", "fresh-n", "fresh-q", "fresh-r", "fresh-s"]

    static func score(_ set: LabelledSet, name: String = "split") -> (PairwiseScore, [String]) {
        var items: [(form: Int, expected: String?, predicted: String?)] = []
        var misses: [String] = []
        for (f, form) in set.forms.enumerated() {
            let matches = matcher.match(form: form.fields.map { FieldHeader(path: $0.path) }, title: form.form)
            for (field, m) in zip(form.fields, matches) {
                let e = PairwiseScore.key(field.concept, field.expected)
                let p = PairwiseScore.key(m.concept, m.disaggregation)
                items.append((f, e, p))
                if e != p { misses.append("\(form.form): 「\(field.header)」 expected \(e ?? "none"), got \(p ?? "none") (\(String(format: "%.2f", m.confidence)))") }
            }
        }
        if heldOut.contains(name) { misses = ["(not shown: a held-out split)"] }
        if let dump = ProcessInfo.processInfo.environment["FORMFOLD_MATCH_DUMP"], !heldOut.contains(name) {
            var lines = ""
            var i = 0
            for (f, form) in set.forms.enumerated() {
                for field in form.fields {
                    let it = items[i]; i += 1
                    lines += "\(f)\t\(form.form)\t\(field.header.replacingOccurrences(of: "\n", with: "⏎"))\t\(it.expected ?? "-")\t\(it.predicted ?? "-")\n"
                }
            }
            try? lines.write(toFile: dump + "-\(name).tsv", atomically: true, encoding: .utf8)
        }
        return (PairwiseScore(items), misses)
    }

    /// The labelled baseline: each header to the concept of its most similar alias by bigram Dice (≥ 0.5), no
    /// normalisation beyond ingest's, no disaggregation.
    static func baseline(_ set: LabelledSet, dictionary: DataDictionary) -> PairwiseScore {
        func grams(_ s: String) -> Set<String> {
            let c = Array(s); if c.count < 2 { return Set([s]) }
            return Set((0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) })
        }
        let aliases = dictionary.concepts.flatMap { c in (c.aliases + [c.name]).map { (grams($0), c.id) } }
        var items: [(form: Int, expected: String?, predicted: String?)] = []
        for (f, form) in set.forms.enumerated() {
            for field in form.fields {
                let g = grams(HeaderText(field.path.joined(), converter: converter).name)
                var best: (Double, String?) = (0, nil)
                for (a, id) in aliases {
                    let d = 2 * Double(g.intersection(a).count) / Double(g.count + a.count)
                    if d > best.0 { best = (d, id) }
                }
                items.append((f, PairwiseScore.key(field.concept, field.expected), best.0 >= 0.5 ? best.1.map { $0 } : nil))
            }
        }
        return PairwiseScore(items)
    }

    static func report(_ name: String, _ score: PairwiseScore, _ base: PairwiseScore, _ misses: [String]) {
        FileHandle.standardError.write(Data(("\(name): \(score)\n  bigram-Dice baseline: \(base)\n  misses (\(misses.count)):\n    "
            + misses.joined(separator: "\n    ") + "\n").utf8))
    }

    /// A split loaded, scored, its baseline scored, and both printed with the misses.
    static func measure(_ name: String) throws -> (set: LabelledSet, score: PairwiseScore, baseline: PairwiseScore) {
        let set = try LabelledSet.load(name)
        let (score, misses) = Self.score(set, name: name)
        let base = Self.baseline(set, dictionary: Self.matcher.dictionary)
        Self.report(name, score, base, misses)
        return (set, score, base)
    }

    @Test func devSplitMeetsTheTargets() throws {
        let (_, score, _) = try Self.measure("dev")
        #expect(score.precision >= 0.95, "\(score)")
        #expect(score.recall >= 0.85, "\(score)")
    }

    /// The validation split: written later by another helper from the catalogue only (no aliases, no other split),
    /// measured once untouched (precision 0.681, recall 0.868 before the party and form rules), then used to tune
    /// the dictionary and the rules; now a regression guard like dev.
    @Test func validationSplit() throws {
        let (set, score, _) = try Self.measure("validation")
        #expect(set.forms.count >= 30)
        #expect(score.precision >= 0.88, "validation \(score)")
        #expect(score.recall >= 0.90, "validation \(score)")
    }

    /// Fourteen more splits written the same way (a helper with only the concept catalogue), each measured once
    /// untouched and then used for tuning (their headers give both figures); now regression guards, each floor a
    /// little under its figure after tuning.
    @Test(arguments: [("fresh-a", 0.94, 0.87), ("fresh-b", 0.87, 0.80), ("fresh-c", 0.91, 0.83), ("fresh-d", 0.85, 0.72),
                      ("fresh-g", 0.92, 0.86), ("fresh-h", 0.92, 0.80), ("fresh-i", 0.95, 0.81), ("fresh-j", 0.94, 0.82),
                      ("fresh-l", 0.85, 0.90), ("fresh-m", 0.78, 0.77), ("fresh-o", 0.89, 0.85), ("fresh-p", 0.84, 0.81), ("fresh-t", 0.93, 0.92), ("fresh-u", 0.88, 0.82)])
    func tunedSplit(_ name: String, precision: Double, recall: Double) throws {
        _ = try Self.holdsItsFloor(name, precision: precision, recall: recall)
    }

    /// An independent split measured: twenty-five forms and four hundred fields or more, precision and recall at
    /// least their floors, and a better F1 than bigram Dice. Returns the score.
    static func holdsItsFloor(_ name: String, precision: Double, recall: Double) throws -> PairwiseScore {
        let (set, score, base) = try measure(name)
        #expect(set.forms.count >= 25 && set.forms.reduce(0, { $0 + $1.fields.count }) >= 400, "\(name)")
        #expect(score.precision >= precision, "\(name) \(score)")
        #expect(score.recall >= recall, "\(name) \(score)")
        #expect(score.f1 > base.f1, "better than bigram Dice")
        return score
    }

    /// The held-out splits: never tuned on, their errors never looked at. holdout.yaml was written before the
    /// others; fresh-e, fresh-f, fresh-k, fresh-n, fresh-q, fresh-r and fresh-s later, their first figures are in
    /// their headers. Each holds a floor a little under its figure (a regression guard) and beats bigram Dice. The
    /// issue's target for such a split — within 0.05 of the labelled set's (≥ 0.90 / ≥ 0.80), and in the stricter
    /// reading within 0.05 of dev's measured figures — is recorded as a known issue until met: the test turns red
    /// once it is, to drop the marker.
    @Test(arguments: [("holdout", 0.92, 0.82), ("fresh-e", 0.94, 0.80), ("fresh-f", 0.84, 0.82), ("fresh-k", 0.86, 0.77),
                      ("fresh-n", 0.86, 0.79), ("fresh-q", 0.89, 0.77), ("fresh-r", 0.81, 0.82), ("fresh-s", 0.83, 0.85)])
    func heldOutSplit(_ name: String, precision: Double, recall: Double) throws {
        let (dev, _) = Self.score(try LabelledSet.load("dev"), name: "dev")
        let score = try Self.holdsItsFloor(name, precision: precision, recall: recall)
        withKnownIssue("issue 3: \(name) is not yet within 0.05 of the targets and of dev's figures") {
            #expect(score.precision >= 0.90 && score.recall >= 0.80, "\(name) \(score) vs the targets less 0.05")
            #expect(score.precision >= dev.precision - 0.05, "\(name) \(score) vs dev \(dev)")
            #expect(score.recall >= dev.recall - 0.05, "\(name) \(score) vs dev \(dev)")
        }
    }
}
