import Foundation
import FormFoldCore
import FormFoldMatch

/// Proposes the reduction plan for a set of forms from their mapped fields, their filled data and the office's
/// policy:
///
/// 1. **retired** — the form's topic is retired by the policy, or nothing in it is used (no concept, no data): remove;
/// 2. **shared** — every concept it holds comes from a platform the policy lists: share;
/// 3. **derivable** — a totals form whose every count equals a count over a roster's rows per village and day,
///    checked on the data: merge into the roster's consolidated form;
/// 4. **duplicate / subset** — largest first, a form whose concepts (weighted by rarity) lie ≥ 90% inside a kept
///    form of the same grain and frequency merges into it (duplicate when the kept form's lie ≥ 90% inside it too);
/// 5. otherwise **unique**: keep; each kept form is a consolidated form, with the fields merged into it.
///
/// Candidate pairs come from an index of concepts to forms (blocking), never from all pairs of forms.
public struct Planner: Sendable {
    public var dictionary: DataDictionary
    public var policy: Policy
    /// A form's concepts must lie at least this far inside another's to merge into it.
    public var containment = 0.9

    public init(dictionary: DataDictionary, policy: Policy) {
        self.dictionary = dictionary
        self.policy = policy
    }

    /// Plans `forms`, whose fields `report` maps (in the order of the forms and their fields).
    public func plan(_ forms: [Form], report: MatchReport) -> ReductionPlan {
        let profiles = zip(forms, report.mappings(of: forms)).map {
            FormProfile(form: $0, mappings: $1, policy: policy, dictionary: dictionary)
        }
        let weights = ConceptWeights(profiles)
        let index = ConceptIndex(profiles, weights: weights)
        var decisions = [Decision?](repeating: nil, count: profiles.count)

        // 1–2: retired and shared.
        let retired = Set(policy.retiredTopics)
        let platforms = Set(policy.platforms)
        for (i, p) in profiles.enumerated() {
            if let topic = p.topic, retired.contains(topic) {
                decisions[i] = Decision(action: .remove, kind: .retired,
                                        detail: "its subject (\(topic)) is retired by the policy")
            } else if p.keys.isEmpty && p.form.rowCount == 0 {
                decisions[i] = Decision(action: .remove, kind: .retired, detail: "nothing in it maps to a concept and it holds no data")
            } else if !p.keys.isEmpty, let sources = sharedSources(p, platforms: platforms) {
                decisions[i] = Decision(action: .share, kind: .shared,
                                        detail: "every fact in it is held by \(sources.sorted().joined(separator: "、"))")
            }
        }

        // 3: derivable totals forms.
        let rosters = profiles.indices.filter {
            decisions[$0] == nil && profiles[$0].grain != .orgUnit && !profiles[$0].form.records.isEmpty
        }
        let sources = rosters.map { profiles[$0] }
        var derivations: [Int: [Derivation]] = [:]
        for (i, p) in profiles.enumerated() where decisions[i] == nil && p.grain == .orgUnit && !p.form.records.isEmpty {
            if let found = DerivationFinder().derive(p, from: sources) {
                derivations[i] = found
                let rosterFiles = Set(found.map { $0.roster.file })
                let from = rosters.first { rosterFiles.contains(profiles[$0].form.file) }!
                decisions[i] = Decision(action: .merge, kind: .derivable,
                                        detail: "each of its \(found.count) counts equals a count over the rows of "
                                            + "\(profiles[from].name), checked on \(found.map(\.checked).reduce(0, +)) values",
                                        target: from)
            }
        }

        // 4–5: duplicates and subsets into kept forms, largest first.
        let open = profiles.indices.filter { decisions[$0] == nil }
            .sorted { (profiles[$0].keys.count, profiles[$0].form.fields.count, profiles[$1].form.file)
                > (profiles[$1].keys.count, profiles[$1].form.fields.count, profiles[$0].form.file) }
        var kept = Set<Int>()
        for i in open {
            let candidates = index.candidates(for: i).filter { kept.contains($0) && compatible(profiles[i], profiles[$0]) }
            let best = candidates.map { ($0, weights.containment(of: profiles[i], in: profiles[$0])) }
                .max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
            if let (target, share) = best, share >= containment {
                let back = weights.containment(of: profiles[target], in: profiles[i])
                let duplicate = back >= containment
                decisions[i] = Decision(
                    action: .merge, kind: duplicate ? .duplicate : .subset,
                    detail: duplicate
                        ? "it asks the same facts as \(profiles[target].name) (\(Self.percent(share)) of its concepts there, \(Self.percent(back)) back)"
                        : "\(Self.percent(share)) of its concepts are in \(profiles[target].name), which asks more",
                    target: target)
            } else {
                kept.insert(i)
                decisions[i] = Decision(action: .keep, kind: .unique, detail: best.map {
                    "no form of the same grain and frequency holds its facts (closest: \(profiles[$0.0].name), \(Self.percent($0.1)))"
                } ?? "no other form of the same grain and frequency shares its facts")
            }
        }
        // A derivable form goes where its roster went.
        for (i, _) in derivations {
            var target = decisions[i]!.target!
            while let d = decisions[target], d.action == .merge, let t = d.target, t != target { target = t }
            decisions[i]!.target = target
        }

        return PlanBuilder(profiles: profiles, decisions: decisions.map { $0! }, derivations: derivations,
                           weights: weights, index: index, policy: policy, dictionary: dictionary).build()
    }

    struct Decision {
        var action: FormAction
        var kind: ReasonKind
        var detail: String
        /// The profile it merges into.
        var target: Int?
    }

    /// Grain and frequency must agree for a merge: a person roster never merges with village daily totals.
    func compatible(_ a: FormProfile, _ b: FormProfile) -> Bool {
        a.grain == b.grain && a.frequency == b.frequency
    }

    /// The platforms holding every concept of the form; nil when some concept is held by none of `platforms`.
    func sharedSources(_ p: FormProfile, platforms: Set<String>) -> Set<String>? {
        var sources = Set<String>()
        for key in p.keys.keys {
            guard let id = FormProfile.conceptID(of: key), let concept = dictionary.concept(id) else { return nil }
            // Where a person lives or which village a row is for locates the facts; it is not one to be asked.
            if concept.source == nil && concept.topic == "address" { continue }
            guard let source = concept.source, platforms.contains(source) else { return nil }
            sources.insert(source)
        }
        return sources.isEmpty ? nil : sources
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}

/// Concept → forms, for candidate pairs: forms meet only through the concepts they share, scored by the weight of
/// the rarer shared concepts (a concept that very many forms hold does not make pairs on its own), and only the
/// best-scored forms become candidates. Never all pairs of forms.
struct ConceptIndex {
    private var formsByKey: [String: [Int]] = [:]
    private let keysOf: [[String]]
    private let weights: ConceptWeights
    /// A concept held by more forms than this is too common to block on.
    private let common: Int
    /// Candidates kept per form.
    static let limit = 25

    init(_ profiles: [FormProfile], weights: ConceptWeights) {
        keysOf = profiles.map { Array($0.keys.keys) }
        self.weights = weights
        for (i, keys) in keysOf.enumerated() { for k in keys { formsByKey[k, default: []].append(i) } }
        common = max(50, Int(2 * Double(profiles.count).squareRoot()))
    }

    /// The forms sharing the most weight of not-too-common concepts with form `i`, best first; when all of its
    /// concepts are common, those sharing its rarest one.
    func candidates(for i: Int) -> [Int] {
        var score: [Int: Double] = [:]
        let keys = keysOf[i]
        for k in keys {
            guard let list = formsByKey[k], list.count <= common else { continue }
            let w = weights.weight(k)
            for j in list where j != i { score[j, default: 0] += w }
        }
        if score.isEmpty, let k = keys.min(by: { (formsByKey[$0]?.count ?? 0, $0) < (formsByKey[$1]?.count ?? 0, $1) }) {
            for j in (formsByKey[k] ?? []).prefix(Self.limit * 4) where j != i { score[j] = weights.weight(k) }
        }
        return score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.limit).map(\.key)
    }
}
