import FormFoldCore

/// Columns of different forms that hold the same values (the same people's ID numbers, the same villages, the same
/// dates) are the same concept: a field the header left unmapped or unsure takes the concept of a confidently
/// mapped column whose values contain its own, and a mapping the values confirm gains confidence.
///
/// Candidates come from an inverted index over the value sketches' hashes (blocking): only columns sharing several
/// hashes are compared, and hashes shared by very many columns (0, 是, 男) are not indexed.
struct ValueOverlap {
    var search: FieldMatcher.Search
    var reviewThreshold: Double
    var dictionary: DataDictionary
    /// Fewer distinct values than this say nothing (是/否, 男/女).
    static let minimumDistinct = 8
    /// Hashes two sketches must share before they are compared.
    static let minimumShared = 6
    /// A hash held by more columns than this is too common to block on.
    static let commonHash = 256
    /// Share of one column's sketched values found in the other.
    static let minimumContainment = 0.6

    func apply(to mappings: inout [FieldMapping], sketches: [ValueSketch], kinds: [FieldKind], formOf: [Int]) {
        let usable = sketches.indices.filter { i in
            sketches[i].distinctEstimate >= Self.minimumDistinct && kinds[i] != .yesNo && kinds[i] != .empty
        }
        guard usable.count >= 2 else { return }
        let anchors = Set(usable.filter { mappings[$0].concept != nil
            && (mappings[$0].status == .decided || mappings[$0].confidence >= reviewThreshold) })
        let unsure = usable.filter { !anchors.contains($0) || mappings[$0].confidence < 0.9 }
        guard !unsure.isEmpty, !anchors.isEmpty else { return }

        let candidates: [Int: [(Int, Int)]]
        switch search {
        case .index: candidates = Self.indexedPairs(unsure: unsure, anchors: anchors, sketches: sketches, formOf: formOf)
        case .scan: candidates = Self.scannedPairs(usable: usable, anchors: anchors, sketches: sketches, formOf: formOf)
        }

        var updates: [(Int, FieldMapping)] = []
        for i in unsure {
            let best = (candidates[i] ?? [])
                .map { (a: $0.0, containment: sketches[i].containment(with: sketches[$0.0])) }
                .filter { $0.containment >= Self.minimumContainment }
                .filter { pair in
                    guard let id = mappings[pair.a].concept, let concept = dictionary.concept(id) else { return false }
                    return TypeFit.of(kinds[i], concept.type) != .clashes
                }
                .max { ($0.containment, mappings[$0.a].confidence, -$0.a) < ($1.containment, mappings[$1.a].confidence, -$1.a) }
            guard let best, let concept = mappings[best.a].concept else { continue }
            var m = mappings[i]
            let anchor = mappings[best.a]
            let place = "\(anchor.field.file)\(anchor.field.sheet.map { " › \($0)" } ?? "") 「\(anchor.field.path.joined(separator: " › "))」"
            let share = Int((best.containment * 100).rounded())
            if m.status == .decided { continue }
            if m.concept == concept {
                m.confidence = min(0.97, m.confidence + 0.1)
                m.evidence.append(Evidence(.values, "\(share)% of its values are in \(place), also \(concept)", weight: 0.1))
            } else if m.concept == nil || (m.confidence < reviewThreshold && best.containment >= 0.8) {
                let before = m.concept
                m.concept = concept
                if m.disaggregation.isEmpty { m.disaggregation = anchor.disaggregation }
                m.confidence = 0.6 + 0.3 * best.containment
                m.evidence.insert(Evidence(.values, "\(share)% of its values are in \(place), mapped to \(concept)",
                                           weight: m.confidence), at: 0)
                if let before { m.evidence.append(Evidence(.alternative, "the header alone suggested \(before)")) }
            } else {
                continue
            }
            m.status = m.confidence >= reviewThreshold ? .matched : .review
            updates.append((i, m))
        }
        for (i, m) in updates { mappings[i] = m }
    }

    /// Unsure column → (anchor, shared hashes) for the anchors of other forms sharing at least ``minimumShared``
    /// hashes with it, through an inverted index over the anchors' hashes (blocking). Anchors are numbered densely
    /// so that shared hashes are counted in one array, not a dictionary per column.
    static func indexedPairs(unsure: [Int], anchors: Set<Int>, sketches: [ValueSketch], formOf: [Int]) -> [Int: [(Int, Int)]] {
        let anchorList = anchors.sorted()
        let anchorForm = anchorList.map { formOf[$0] }
        var postings: [UInt64: [Int32]] = [:]
        for (n, a) in anchorList.enumerated() { for h in sketches[a].hashes { postings[h, default: []].append(Int32(n)) } }
        var pairs: [Int: [(Int, Int)]] = [:]
        var counts = [UInt16](repeating: 0, count: anchorList.count)
        var touched: [Int32] = []
        counts.withUnsafeMutableBufferPointer { counts in
            anchorForm.withUnsafeBufferPointer { anchorForm in
                for i in unsure {
                    let form = formOf[i]
                    touched.removeAll(keepingCapacity: true)
                    for h in sketches[i].hashes {
                        guard let list = postings[h], list.count <= commonHash else { continue }
                        list.withUnsafeBufferPointer { list in
                            for n in list where anchorForm[Int(n)] != form {
                                if counts[Int(n)] == 0 { touched.append(n) }
                                counts[Int(n)] &+= 1
                            }
                        }
                    }
                    var found: [(Int, Int)] = []
                    for n in touched {
                        if counts[Int(n)] >= minimumShared { found.append((anchorList[Int(n)], Int(counts[Int(n)]))) }
                        counts[Int(n)] = 0
                    }
                    if !found.isEmpty { pairs[i] = found }
                }
            }
        }
        return pairs
    }

    /// The all-pairs baseline: every pair of columns of different forms is compared, then the pairs of an unsure
    /// column with an anchor are kept.
    static func scannedPairs(usable: [Int], anchors: Set<Int>, sketches: [ValueSketch], formOf: [Int]) -> [Int: [(Int, Int)]] {
        var pairs: [Int: [(Int, Int)]] = [:]
        for (x, i) in usable.enumerated() {
            for j in usable[(x + 1)...] where formOf[i] != formOf[j] {
                let n = sharedCount(sketches[i].hashes, sketches[j].hashes)
                guard n >= minimumShared else { continue }
                if anchors.contains(j) { pairs[i, default: []].append((j, n)) }
                if anchors.contains(i) { pairs[j, default: []].append((i, n)) }
            }
        }
        return pairs
    }

    /// Hashes two sorted sketches share (a merge, no allocation).
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}
