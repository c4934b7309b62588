/// Where an alias comes from, for the evidence a match gives.
public enum AliasOrigin: String, Sendable, Hashable, Codable {
    /// The concept's name in the dictionary.
    case name
    /// One of the concept's aliases in the dictionary.
    case alias
    /// Learned from a reviewer's decision.
    case learned
}

/// Header keys → concepts: exact lookup, and a character-bigram inverted index for near matches, so that a header
/// is compared only with the aliases that share a bigram with it (blocking), never with the whole dictionary.
struct AliasIndex: Sendable {
    struct Entry: Sendable {
        var key: String
        var concept: String
        var origin: AliasOrigin
        /// Its bigrams as codes (``gramCodes(_:)``).
        var grams: Set<UInt64>
        /// The concept's number in this index, to group near matches by concept without hashing its id.
        var conceptNumber: Int32
    }

    /// Entries by the codes of their bigrams (``gramCodes(_:)``): the index looks a header up without making a
    /// string per gram.
    private var codePostings: [UInt64: [Int32]] = [:]

    private(set) var entries: [Entry] = []
    private var exact: [UTF8Key: Int] = [:]
    /// Keys without a trailing counting word (已返岗人数 → 已返岗) → entry; -1 when two concepts share one.
    private var cores: [UTF8Key: Int] = [:]
    /// Concept id → ``Entry/conceptNumber``.
    private var conceptNumbers: [String: Int32] = [:]

    /// Counting words a count header may end with or leave out: 已返岗（人） is 已返岗人数.
    static let countingWords = ["人数", "数量", "总数", "人次", "户数", "家数", "个数", "数"]

    /// The key without one trailing counting word, when at least two characters remain.
    static func core(_ key: String) -> String {
        for word in countingWords where key.endsUTF8(with: word) && key.count >= word.count + 2 {
            return String(key.dropLast(word.count))
        }
        return key
    }

    /// Adds `key` for `concept`; the first concept to claim a key keeps it (a learned alias is added first).
    mutating func add(key: String, concept: String, origin: AliasOrigin) {
        guard !key.isEmpty, exact[UTF8Key(key)] == nil else { return }
        let codes = Self.gramCodes(key)
        let number = conceptNumbers[concept] ?? Int32(conceptNumbers.count)
        conceptNumbers[concept] = number
        let entry = Entry(key: key, concept: concept, origin: origin, grams: Set(codes), conceptNumber: number)
        exact[UTF8Key(key)] = entries.count
        for c in codes { codePostings[c, default: []].append(Int32(entries.count)) }
        let core = UTF8Key(Self.core(key))
        if let other = cores[core] {
            if other >= 0, entries[other].concept != concept { cores[core] = -1 }
        } else {
            cores[core] = entries.count
        }
        entries.append(entry)
    }

    func lookup(_ key: String) -> Entry? {
        exact[UTF8Key(key)].map { entries[$0] }
    }

    /// The alias that differs from `key` only by a trailing counting word, when exactly one concept has such.
    func lookupCore(_ key: String) -> Entry? {
        guard let i = cores[UTF8Key(Self.core(key))], i >= 0 else { return nil }
        return entries[i]
    }

    /// The best near match per concept among aliases sharing a bigram with `key`, by Dice similarity, best first.
    func near(_ key: String, limit: Int = 5, minimum: Double = 0.4) -> [(entry: Entry, similarity: Double)] {
        let grams = Self.gramCodes(key)
        guard !grams.isEmpty else { return [] }
        // Counts in an array indexed by entry (a dictionary per call cost more than the lookups).
        var shared = [UInt16](repeating: 0, count: entries.count)
        var touched: [Int32] = []
        shared.withUnsafeMutableBufferPointer { shared in
            for g in grams {
                guard let list = codePostings[g] else { continue }
                for i in list {
                    if shared[Int(i)] == 0 { touched.append(i) }
                    shared[Int(i)] &+= 1
                }
            }
        }
        let counts = shared
        return best(touched.lazy.map { i in
            (Int(i), Self.dice(Int(counts[Int(i)]), grams.count, self.entries[Int(i)].grams.count))
        }, limit: limit, minimum: minimum)
    }

    /// The same as ``near(_:limit:minimum:)`` by comparing with every alias: the all-pairs baseline the scale
    /// benchmark measures the index against.
    func nearByScan(_ key: String, limit: Int = 5, minimum: Double = 0.4) -> [(entry: Entry, similarity: Double)] {
        let grams = Set(Self.gramCodes(key))
        guard !grams.isEmpty else { return [] }
        return best(entries.indices.lazy.map { i in
            (i, Self.dice(grams.intersection(entries[i].grams).count, grams.count, entries[i].grams.count))
        }, limit: limit, minimum: minimum)
    }

    /// The best entry per concept among those reaching `minimum` (a handful, kept in a small array; on a tie the
    /// shorter key), best first (ties by concept id), at most `limit`.
    private func best(_ scored: some Sequence<(Int, Double)>, limit: Int, minimum: Double) -> [(entry: Entry, similarity: Double)] {
        var perConcept: [(concept: Int32, entry: Int, similarity: Double)] = []
        for (i, s) in scored where s >= minimum {
            let c = entries[i].conceptNumber
            if let k = perConcept.firstIndex(where: { $0.concept == c }) {
                let old = perConcept[k]
                if old.similarity > s || (old.similarity == s && entries[old.entry].key.count <= entries[i].key.count) { continue }
                perConcept[k] = (c, i, s)
            } else {
                perConcept.append((c, i, s))
            }
        }
        return perConcept
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : entries[$0.entry].concept < entries[$1.entry].concept }
            .prefix(limit).map { (entries[$0.entry], $0.similarity) }
    }

    static func dice(_ shared: Int, _ a: Int, _ b: Int) -> Double {
        a + b == 0 ? 0 : 2 * Double(shared) / Double(a + b)
    }

    /// The distinct bigrams of a key as codes of their two scalars (a one-scalar key is its own gram): the index and
    /// the all-pairs scan compare the same grams, without a string per gram.
    static func gramCodes(_ key: String) -> [UInt64] {
        let scalars = Array(key.unicodeScalars)
        if scalars.count == 1 { return [UInt64(scalars[0].value)] }
        var codes: [UInt64] = []
        codes.reserveCapacity(max(scalars.count - 1, 0))
        for i in 0..<max(scalars.count - 1, 0) {
            let code = UInt64(scalars[i].value) << 21 | UInt64(scalars[i + 1].value) | 1 << 42
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}
