import FormFoldCore
import FormFoldMatch

/// 报表准入: before a department adds a form, which of its fields are already collected and where.
public struct AdmissionCheck: Sendable {
    public var dictionary: DataDictionary
    public var policy: Policy
    /// Share of the new form's facts one existing form must hold for the verdict "reuse".
    public var reuseCoverage = 0.9
    /// … for "extend" (add the missing fields to that form).
    public var extendCoverage = 0.5

    public init(dictionary: DataDictionary, policy: Policy = Policy()) {
        self.dictionary = dictionary
        self.policy = policy
    }

    public enum Verdict: String, Sendable, Codable {
        /// An existing form already asks for (nearly) everything: use it.
        case reuse
        /// One existing form of the same grain asks for much of it: add the rest there.
        case extend
        /// Genuinely new.
        case new
    }

    /// Where one field of the new form is already collected.
    public struct FieldCoverage: Sendable, Codable {
        public var column: String
        public var path: [String]
        public var concept: String?
        public var disaggregation: Disaggregation
        /// Existing forms asking for the same concept (and options).
        public var collectedIn: [FieldReference]
        /// The platform holding it, if the policy lists it.
        public var platform: String?
        public var confidence: Double
        public var evidence: [Evidence]
    }

    public struct Result: Sendable, Codable {
        public var file: String
        public var sheet: String?
        public var title: String?
        public var verdict: Verdict
        /// Share of its facts (reporting metadata left out) already collected somewhere or held by a platform.
        public var coverage: Double
        /// The existing form holding most of it, and how much.
        public var closest: RelatedForm?
        public var reason: String
        public var fields: [FieldCoverage]
    }

    /// Checks `candidate` (its fields mapped by `mappings`) against the catalogue's forms (mapped by `report`).
    public func check(_ candidate: Form, mappings: [FieldMapping], catalogue: [Form], report: MatchReport) -> Result {
        let profiles = zip(catalogue, report.mappings(of: catalogue)).map {
            FormProfile(form: $0, mappings: $1, policy: policy, dictionary: dictionary)
        }
        let new = FormProfile(form: candidate, mappings: mappings, policy: policy, dictionary: dictionary)
        var byKey: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() { for k in p.keys.keys { byKey[k, default: []].append(i) } }
        let platforms = Set(policy.platforms)

        var fields: [FieldCoverage] = []
        var covered = 0, counted = 0
        for (i, m) in mappings.enumerated() {
            let key = FormProfile.key(m, dictionary: dictionary)
            let holders = key.flatMap { byKey[$0] } ?? []
            let refs = holders.flatMap { h in (profiles[h].keys[key!] ?? []).map { profiles[h].reference($0) } }
            let platform = m.concept.flatMap { dictionary.concept($0)?.source }.flatMap { platforms.contains($0) ? $0 : nil }
            if key != nil {
                counted += 1
                if !refs.isEmpty || platform != nil { covered += 1 }
            }
            fields.append(FieldCoverage(column: candidate.fields[i].column, path: candidate.fields[i].path,
                                        concept: m.concept ?? m.proposed, disaggregation: m.disaggregation,
                                        collectedIn: refs, platform: platform, confidence: m.confidence, evidence: m.evidence))
        }
        let coverage = counted == 0 ? 0 : Double(covered) / Double(counted)
        // The existing form holding the most of it, by the share of the new form's facts it asks for.
        var closest: (Int, Double)?
        if !new.keys.isEmpty {
            var shared: [Int: Int] = [:]
            for k in new.keys.keys { for h in byKey[k] ?? [] { shared[h, default: 0] += 1 } }
            closest = shared.map { ($0.key, Double($0.value) / Double(new.keys.count)) }
                .max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
        }
        let related = closest.map { RelatedForm(file: profiles[$0.0].form.file, sheet: profiles[$0.0].form.sheet,
                                                title: profiles[$0.0].form.title, score: $0.1) }
        let verdict: Verdict
        let reason: String
        let pct = { (x: Double) in Planner.percent(x) }
        if let (h, share) = closest, share >= reuseCoverage {
            verdict = .reuse
            reason = "\(profiles[h].name) already asks for \(pct(share)) of its facts"
        } else if coverage >= reuseCoverage {
            verdict = .reuse
            reason = "\(pct(coverage)) of its facts are already collected (in several forms or on a platform)"
        } else if let (h, share) = closest, share >= extendCoverage, profiles[h].grain == new.grain {
            verdict = .extend
            reason = "\(profiles[h].name) (the same grain) asks for \(pct(share)) of its facts: add the rest there"
        } else {
            verdict = .new
            reason = "only \(pct(coverage)) of its facts are collected today"
        }
        return Result(file: candidate.file, sheet: candidate.sheet, title: candidate.title, verdict: verdict,
                      coverage: coverage, closest: related, reason: reason, fields: fields)
    }
}
