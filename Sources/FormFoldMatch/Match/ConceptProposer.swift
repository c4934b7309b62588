import FormFoldCore

/// Clusters the fields no concept fits into proposed concepts: fields with the same matching key, and keys close by
/// bigram similarity (found through a bigram index, never by comparing all pairs), form one proposal whose id is
/// stable from run to run.
struct ConceptProposer {
    /// Keys at least this similar join one cluster.
    static let joinSimilarity = 0.8
    /// How similar keys are found: the bigram index, or every earlier key (the all-pairs baseline).
    var search: FieldMatcher.Search = .index

    func propose(_ mappings: inout [FieldMapping]) -> [ProposedConcept] {
        // Fields by key.
        var byKey: [String: [Int]] = [:]
        for (i, m) in mappings.enumerated() where m.concept == nil {
            let key = m.header.joined(separator: "/")
            byKey[key, default: []].append(i)
        }
        guard !byKey.isEmpty else { return [] }
        let keys = byKey.keys.sorted()
        // Union-find over keys, joined through a bigram index.
        var parent = Array(keys.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var index = AliasIndex()
        for (k, key) in keys.enumerated() {
            let leaf = key.split(separator: "/").last.map(String.init) ?? key
            let near = search == .index ? index.near(leaf, limit: 3, minimum: Self.joinSimilarity)
                : index.nearByScan(leaf, limit: 3, minimum: Self.joinSimilarity)
            for (entry, _) in near {
                if let other = Int(entry.concept) { parent[root(k)] = root(other) }
            }
            index.add(key: leaf, concept: String(k), origin: .alias)
        }
        var clusters: [Int: [Int]] = [:]
        for k in keys.indices { clusters[root(k), default: []].append(k) }

        var proposals: [ProposedConcept] = []
        for members in clusters.values {
            let memberKeys = members.map { keys[$0] }.sorted()
            let fields = memberKeys.flatMap { byKey[$0]! }.sorted()
            var labels: [String: Int] = [:]
            for i in fields { labels[HeaderText(mappings[i].field.path.last ?? "").name, default: 0] += 1 }
            let label = labels.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? memberKeys[0]
            let id = "proposed." + String(ValueSketch.hash(memberKeys[0]), radix: 16).prefix(10)
            for i in fields {
                mappings[i].proposed = id
                mappings[i].status = .proposed
            }
            proposals.append(ProposedConcept(id: id, label: label, keys: memberKeys, fields: fields.map { mappings[$0].field }))
        }
        return proposals.sorted { $0.fields.count != $1.fields.count ? $0.fields.count > $1.fields.count : $0.id < $1.id }
    }
}
