/// SplitMix64: a small, fast, deterministic generator (no Foundation random), so that every run of the benchmark
/// builds the same forms on every machine.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one item (a form, a roster, a person) of a stream: the same item gets the same values
    /// whatever else was drawn before it, so a 1,000-form set is the first 1,000 forms of the 10,000-form set.
    init(seed: UInt64, stream: UInt64, item: Int) {
        var mix = SplitMix(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mix.next() ^ (UInt64(truncatingIfNeeded: item) &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(n))
    }

    /// Uniform in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability p.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
