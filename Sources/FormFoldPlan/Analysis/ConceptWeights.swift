import Foundation

/// How much sharing a concept says about two forms: a rare concept (解除隔离日期) says more than one every form
/// has (姓名, 村). Inverse document frequency over the forms being planned.
struct ConceptWeights {
    private var weights: [String: Double] = [:]

    init(_ profiles: [FormProfile]) {
        var df: [String: Int] = [:]
        for p in profiles { for k in p.keys.keys { df[k, default: 0] += 1 } }
        let n = Double(max(profiles.count, 1))
        for (k, d) in df { weights[k] = log(1 + n / Double(d)) }
    }

    func weight(_ key: String) -> Double { weights[key] ?? 1 }

    /// The weighted share of `a`'s content keys that `b` holds too.
    func containment(of a: FormProfile, in b: FormProfile) -> Double {
        var total = 0.0, shared = 0.0
        for k in a.keys.keys {
            let w = weight(k)
            total += w
            if b.keys[k] != nil { shared += w }
        }
        return total == 0 ? 0 : shared / total
    }
}
