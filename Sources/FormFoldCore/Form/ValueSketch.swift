import Foundation

/// A fixed-size summary of the distinct values of a column (a bottom-k MinHash sketch), so that two columns of
/// two forms can be compared for shared values without keeping either column.
///
/// The sketch keeps the `capacity` smallest 64-bit hashes of the column's distinct values (trimmed text, numbers
/// in their shortest form). Two sketches estimate the Jaccard similarity and the containment of their value sets.
///
/// ```swift
/// var a = ValueSketch(), b = ValueSketch()
/// for id in ["110101199003071234", "110101199003075678"] { a.add(id); b.add(id) }
/// a.jaccard(with: b)  // 1.0
/// ```
public struct ValueSketch: Sendable, Hashable {
    /// Hashes kept.
    public static let capacity = 64
    /// The smallest hashes seen, ascending, without duplicates.
    public private(set) var hashes: [UInt64] = []
    /// Distinct values added while the sketch was not yet full; past that an estimate (see ``distinctEstimate``).
    private var overflowed = false

    public init() {}

    /// True when no value was added.
    public var isEmpty: Bool { hashes.isEmpty }

    /// Adds one value (blank text is ignored).
    public mutating func add(_ text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return }
        add(hash: Self.hash(trimmed))
    }

    /// Adds one hashed value.
    public mutating func add(hash h: UInt64) {
        if hashes.count == Self.capacity, let last = hashes.last, h >= last { return }
        var low = 0, high = hashes.count
        while low < high {
            let mid = (low + high) / 2
            if hashes[mid] < h { low = mid + 1 } else { high = mid }
        }
        if low < hashes.count, hashes[low] == h { return }
        hashes.insert(h, at: low)
        if hashes.count > Self.capacity {
            hashes.removeLast()
            overflowed = true
        }
    }

    /// Estimated number of distinct values.
    public var distinctEstimate: Int {
        guard overflowed, let kth = hashes.last, kth > 0 else { return hashes.count }
        return Int(Double(Self.capacity - 1) * (Double(UInt64.max) / Double(kth)))
    }

    /// Estimated Jaccard similarity of the two value sets (0 when either is empty).
    public func jaccard(with other: ValueSketch) -> Double {
        guard !hashes.isEmpty, !other.hashes.isEmpty else { return 0 }
        // The bottom-k of the union, and how many of them are in both.
        var i = 0, j = 0, taken = 0, shared = 0
        let k = min(Self.capacity, Set(hashes).union(other.hashes).count)
        while taken < k {
            let a = i < hashes.count ? hashes[i] : .max
            let b = j < other.hashes.count ? other.hashes[j] : .max
            if a == b {
                // Both sketches hold it; it is in the union's bottom-k only if both are complete up to it.
                shared += 1; i += 1; j += 1
            } else if a < b { i += 1 } else { j += 1 }
            taken += 1
        }
        return Double(shared) / Double(max(k, 1))
    }

    /// Share of the hashes of the smaller sketch that the other holds: how far one value set lies inside the other.
    public func containment(with other: ValueSketch) -> Double {
        let (small, large) = hashes.count <= other.hashes.count ? (hashes, other.hashes) : (other.hashes, hashes)
        guard !small.isEmpty, let limit = large.last else { return 0 }
        let inRange = small.filter { $0 <= limit }
        guard !inRange.isEmpty else { return 0 }
        let set = Set(large)
        return Double(inRange.filter(set.contains).count) / Double(inRange.count)
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, mixed (stable across runs and machines, unlike `Hasher`).
    public static func hash(_ text: some StringProtocol) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01b3
        }
        // splitmix64 finaliser: spreads FNV's low-entropy high bits.
        h ^= h >> 30; h &*= 0xbf58_476d_1ce4_e5b9
        h ^= h >> 27; h &*= 0x94d0_49bb_1331_11eb
        h ^= h >> 31
        return h
    }
}
