import Foundation
import FormFoldCore

/// Maps one field header to a concept of the data dictionary, with the category options it carries, a confidence
/// and the evidence: alias hits, options taken out of the header, the group cells above it, bigram similarity,
/// and the fit of the values' type and unit.
///
/// ```swift
/// let matcher = try FieldMatcher(dictionary: .embedded(), synonyms: .embedded(), converter: converter)
/// let m = matcher.match(FieldHeader(path: ["排查风险人员（按区域）", "省外返临人数"]))
/// m.concept          // "returnees.count"
/// m.disaggregation   // ["region": "out_of_province"]
/// ```
///
/// Pure and deterministic; results for the same header are cached by ``FormSetMatcher``, not here.
public struct FieldMatcher: Sendable {
    public let dictionary: DataDictionary
    public let normaliser: HeaderNormaliser
    /// Below this confidence a field maps to no concept.
    public var threshold = 0.6
    /// How near-match candidates are found: through the bigram index (default) or by comparing with every alias.
    public var search: Search = .index

    public enum Search: Sendable { case index, scan }

    var aliases = AliasIndex()
    /// Options of every category but the distinguishing ones, read from any header.
    let options: OptionFinder
    /// Options of every category, read only to tell apart two columns of one form with the same concept.
    let distinguishing: OptionFinder
    let parties: PartyReader
    /// How the kind of a form's rows changes whose a field is.
    let rowRules: RowRules
    /// Categories whose options in a form's title apply to every field of the form that takes them.
    let titleCategories: Set<String>
    /// Headers naming members of a list (是否咳嗽 → a symptom question).
    let wordLists: WordListReader
    /// Keys of aliases that name their concept only as a whole header (编号, 地址).
    let bareOnly: Set<String>
    /// Keys of words detailing a place (详细地址, 行政区划代码), longest first.
    let placeDetails: [String]
    /// Topic → the concept a bare 名称 names in a form about that topic.
    let rowNames: [String: String]
    /// Keys of those concepts' names and aliases (two characters or more), for reading a title.
    let rowNameKeys: [(String, String)]
    /// Keys of words that make a column what they name wherever it goes on (备注 → remarks), longest first.
    let leading: [(key: String, concept: String)]
    /// Arrival into a named place, keys normalised.
    let arrival: SynonymTable.Arrival?

    public init(dictionary: DataDictionary, synonyms: SynonymTable, converter: any ScriptConverter = IdentityScriptConverter(),
                learned: [(key: String, concept: String)] = []) {
        self.dictionary = dictionary
        let normaliser = HeaderNormaliser(synonyms: synonyms, converter: converter)
        self.normaliser = normaliser
        options = OptionFinder(categories: dictionary.categories.filter { $0.kind != .distinguishing }) { normaliser.key(raw: $0) }
        distinguishing = OptionFinder(categories: dictionary.categories) { normaliser.key(raw: $0) }
        parties = PartyReader(dictionary: dictionary, parties: synonyms.parties) { normaliser.key(raw: $0) }
        rowRules = RowRules(synonyms.parties, dictionary: dictionary)
        titleCategories = Set(synonyms.titleCategories.filter { dictionary.category($0) != nil })
        wordLists = WordListReader(synonyms.wordLists) { dictionary.concept($0) != nil }
        bareOnly = Set(synonyms.bareOnly.map { normaliser.key(raw: $0) })
        placeDetails = Set(synonyms.placeDetails.map { normaliser.key(raw: $0) }).filter { !$0.isEmpty }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        rowNames = synonyms.rowNames.filter { dictionary.concept($0.value) != nil }
        leading = synonyms.leading.compactMap { word, id in
            dictionary.concept(id) == nil ? nil : (normaliser.key(raw: word), id)
        }.filter { !$0.key.isEmpty }.sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key }
        rowNameKeys = rowNames.values.sorted().flatMap { id in
            dictionary.concept(id).map { c in ([c.name] + c.aliases).map { (normaliser.key(raw: $0), id) } } ?? []
        }.filter { $0.0.count >= 2 }
        arrival = synonyms.arrival.flatMap { a in
            dictionary.concept(a.concept) == nil ? nil : SynonymTable.Arrival(
                concept: a.concept, leads: a.leads.map { normaliser.key(raw: $0) }.sorted { $0.count > $1.count },
                tails: Array(Set(a.tails.map { normaliser.key(raw: $0) })), excluded: a.excluded)
        }
        aliases = Self.index(dictionary, normaliser: normaliser, learned: learned)
    }

    /// The same matcher with header keys learned from review decisions; they come before the dictionary's aliases.
    public func learning(_ learned: [(key: String, concept: String)]) -> FieldMatcher {
        var copy = self
        copy.aliases = Self.index(dictionary, normaliser: normaliser, learned: learned)
        return copy
    }

    private static func index(_ dictionary: DataDictionary, normaliser: HeaderNormaliser,
                              learned: [(key: String, concept: String)]) -> AliasIndex {
        var aliases = AliasIndex()
        for (key, concept) in learned where dictionary.concept(concept) != nil {
            aliases.add(key: key, concept: concept, origin: .learned)
        }
        for concept in dictionary.concepts {
            aliases.add(key: normaliser.key(raw: concept.name), concept: concept.id, origin: .name)
            for alias in concept.aliases { aliases.add(key: normaliser.key(raw: alias), concept: concept.id, origin: .alias) }
        }
        return aliases
    }

    /// The matching key of a leaf header as written.
    public func key(of header: String) -> String { normaliser.key(raw: header) }

    /// Maps the fields of one form: each header alone (``match(_:excluding:)``), then read together
    /// (``settle(_:headers:title:fixed:)``).
    public func match(form headers: [FieldHeader], title: String? = nil) -> [FieldMatch] {
        var matches = headers.map { match($0) }
        settle(&matches, headers: headers, title: title)
        return matches
    }

    /// Reads the matches of one form's fields together; `fixed` marks matches a reviewer decided, which are never
    /// changed (but still count as the form's own). In order:
    ///
    /// - options the title puts on the whole form (``applyTitle(_:to:fixed:)``);
    /// - a 其中 column keeps the options of the column it is a part of (``inheritParts(_:headers:fixed:)``);
    /// - a qualified personal attribute (领取人姓名) beside the plain one (姓名) is someone else's
    ///   (``ruleOutOtherPeople(_:fixed:)``);
    /// - a field is read by what the form's rows are — people, enterprises, org units or other
    ///   (``rowSubject(_:)``): a person's dose, an enterprise's phone, the reporter's phone, or no one's the form
    ///   names (``readRows(_:fixed:)``);
    /// - one form asks one fact once: of two fields with the same concept and options the weaker takes an option its
    ///   header names (是否咳嗽 beside 是否发热 → symptom=cough) or, naming none, is left for review, since merging
    ///   both into one column would lose a column of data (``askOnce(_:headers:fixed:)``).
    public func settle(_ matches: inout [FieldMatch], headers: [FieldHeader], title: String? = nil, fixed: Set<Int> = []) {
        if let title {
            applyTitle(title, to: &matches, fixed: fixed)
            readTitledPeople(&matches, title: title, fixed: fixed)
        }
        countParts(&matches, headers: headers, fixed: fixed)
        catchAllAfterCounts(&matches, headers: headers, fixed: fixed)
        inheritParts(&matches, headers: headers, fixed: fixed)
        ruleOutOtherPeople(&matches, fixed: fixed)
        ruleOutKindLabels(&matches, headers: headers, fixed: fixed)
        namePeopleColumn(&matches, headers: headers, fixed: fixed)
        nameTheRows(&matches, headers: headers, title: title, fixed: fixed)
        readRows(&matches, fixed: fixed)
        askOnce(&matches, headers: headers, fixed: fixed)
    }

    /// How a header reads as qualifier + personal attribute, if it does: the key tried first (the nearest group
    /// joined to the leaf), else the leaf alone when its qualifier is a person noun the lexicon does not know.
    private func partySplit(key: String, leafKey: String) -> PartyReader.Split? {
        parties.read(key, leafOnly: key == leafKey, party: { q in
            aliases.lookup(q).flatMap { dictionary.concept($0.concept) }.flatMap { Self.namesAParty($0) ? $0 : nil }
        }) ?? (key == leafKey ? nil : parties.read(leafKey, party: { _ in nil }).flatMap {
            if case .qualified = $0.reading { return $0 } else { return nil }
        })
    }

    /// Concepts saying a form's rows are enterprises, and concepts saying they are people.
    static let enterpriseKeys: Set<String> = ["enterprise.name", "enterprise.credit_code"]
    static let personKeys: Set<String> = ["person.name", "person.id_number"]
    /// Concepts saying a form's rows are things (a supplies list's items, a list of venues), when nothing says they
    /// are people or enterprises.
    static let thingKeys: Set<String> = ["supplies.item", "venue.name"]

    /// A candidate concept for a header, while it is being scored.
    struct Candidate {
        var concept: Concept
        var disaggregation: Disaggregation
        var score: Double
        var evidence: [Evidence]
        var isTotal = false
    }

    /// Maps `header`; `excluding` names concepts a reviewer rejected for it.
    public func match(_ header: FieldHeader, excluding: Set<String> = []) -> FieldMatch {
        var memo = HeaderMemo()
        return match(header, excluding: excluding, memo: &memo)
    }

    /// ``match(_:excluding:)`` with the normalised cells of earlier headers remembered in `memo`.
    func match(_ header: FieldHeader, excluding: Set<String> = [], memo: inout HeaderMemo) -> FieldMatch {
        let leafText = memo.text(header.path.last ?? "", normaliser)
        var leafName = leafText.name
        var leafKey = memo.key(name: leafName, normaliser)
        // 姓名及联系方式, 身份证号／护照号码: one column asking two facts is read as the first.
        var compoundNote: Evidence?
        // 返乡前住址，全信息: in one cell, what follows a comma explains what comes before it. But a clause ending
        // in 的 says whose the fact after the comma is (未返回的，预计返回时间): then that fact is read.
        if aliases.lookup(leafKey) == nil, let (head, note) = HeaderText.splitCommaNote(leafName) {
            if head.hasSuffix("的"), note.count >= 2 {
                compoundNote = Evidence(.alias, "「\(leafName)」: 「\(head)」 before the comma says whose 「\(note)」 is, which is read")
                leafName = note
            } else {
                compoundNote = Evidence(.alias, "「\(leafName)」: 「\(note)」 after the comma explains 「\(head)」, which is read")
                leafName = head
            }
            leafKey = memo.key(name: leafName, normaliser)
        }
        if aliases.lookup(leafKey) == nil, let first = firstOfCompound(leafName, memo: &memo) {
            compoundNote = Evidence(.alias, "「\(leafName)」 asks for two facts in one column; it is read as the first,"
                                    + " 「\(first)」")
            leafName = first
            leafKey = memo.key(name: first, normaliser)
        }
        let groups = header.path.dropLast().map { memo.text($0, normaliser) }

        // Options carried by group cells (省外 over its columns) and by the leaf's annotations (（居家）).
        var carried: [(hit: OptionHit, from: String)] = []
        var contextGroups: [HeaderText] = []
        for g in groups {
            let key = memo.key(name: g.name, normaliser)
            if let hits = memo.options(coveringAll: key, options) ?? memo.options(coveringAll: g.name, options) {
                carried += hits.map { ($0, g.name) }
            } else {
                contextGroups.append(g)
            }
        }
        // Options inside a context group (60岁以上老年人, 第1次核酸) apply when the concept takes them.
        var partial: [(hit: OptionHit, from: String)] = []
        for g in contextGroups {
            partial += memo.hits(in: memo.key(name: g.name, normaliser), options).map { ($0, g.name) }
        }
        for annotation in leafText.annotations {
            if let hits = memo.options(coveringAll: memo.key(raw: annotation, normaliser), options) {
                carried += hits.map { ($0, "（\(annotation)）") }
            }
        }

        // Keys to try: the nearest context group joined to the leaf, then the leaf alone. A leaf made only of
        // options (当日新增返乡 › 省外) is read with its nearest group whatever that group is.
        var keys: [(key: String, label: String)] = []
        let leafHits = memo.options(coveringAll: leafKey, options)
        let leafIsOptions = leafHits != nil
        if leafIsOptions, let group = groups.last, contextGroups.last != group {
            keys.append((memo.key(name: group.name + leafName, normaliser), "\(group.name) › \(leafName)"))
        }
        if let group = contextGroups.last, !leafKey.isEmpty {
            let joined = memo.key(name: group.name + leafName, normaliser)
            if joined != leafKey { keys.append((joined, "\(group.name) › \(leafName)")) }
        }
        // 其他 under a group (宣传方式 › 其他, 症状 › 其他) is the group's catch-all option, not a remarks column.
        if !(Self.catchAll.contains(leafKey) && !groups.isEmpty) { keys.append((leafKey, leafName)) }
        // 48小时核酸（是/否） asks what 是否48小时核酸 asks.
        let answersYesNo = leafText.annotations.contains(where: Self.isYesNoAnswerList)
        // 疫苗接种情况（未种/一针/两针/加强）: the answers offered are values of the concept asked.
        let offered = answersYesNo ? nil : leafText.annotations.lazy.compactMap(Self.answerList).first
        if answersYesNo, !leafKey.isEmpty, !leafKey.hasPrefix("是否"), !leafKey.hasPrefix("有无") {
            keys.append(("是否" + leafKey, "是否" + leafName))
        }

        var candidates: [Candidate] = []
        // A leaf made only of options under a group (已复工企业数 › 其中：个体工商户) is an option of the group's
        // concept: read alone, it names a concept that does not take those options (个体工商户 as an enterprise's
        // name) only weakly.
        let leafOptions = groups.isEmpty ? [] : Set((leafHits ?? []).map(\.category))
        for (index, k) in keys.enumerated() where !k.key.isEmpty {
            // The leaf alone says less than the leaf read with its group (口罩 › 库存 is not 库存 of anything).
            let penalty = index == 0 && keys.count > 1 ? 0.0 : (keys.count > 1 ? 0.05 : 0)
            var found = exactCandidates(k.key, label: k.label, penalty: penalty, underGroup: !groups.isEmpty)
            found += decomposedCandidates(k.key, label: k.label, penalty: penalty, memo: &memo)
            found += nearCandidates(k.key, label: k.label, penalty: penalty)
            found += headNounCandidates(k.key, label: k.label, penalty: penalty)
            found += placeDetailCandidates(k.key, label: k.label, penalty: penalty)
            found += leadingCandidates(k.key, label: k.label, penalty: penalty)
            found += arrivalCandidates(k.key, label: k.label, penalty: penalty)
            if k.key == leafKey, !leafOptions.isEmpty {
                for i in found.indices where !leafOptions.allSatisfy(found[i].concept.allows(category:)) {
                    found[i].score -= 0.2
                    found[i].evidence.append(Evidence(.disaggregation, "「\(leafName)」 is an option of its group, which"
                                                      + " \(found[i].concept.id) does not take", weight: -0.2))
                }
            }
            candidates += found
        }
        candidates += valueRoleCandidates(header, leafKey: leafKey, label: leafText.name, leafHits: leafHits)
        // Readings that only matter when no alias names the header outright.
        if !candidates.contains(where: { $0.score >= 0.9 }) {
            candidates += wordListCandidates(HeaderNormaliser.dropTimeWindow(leafName))
            if let group = contextGroups.last { candidates += shortenedGroupCandidates(group.name, leafKey: leafKey, memo: &memo) }
        }
        if let offered { candidates += offeredCandidates(offered) }
        let first = keys.first(where: { !$0.key.isEmpty })
        let split = first.flatMap { partySplit(key: $0.key, leafKey: leafKey) }
        let partyNote = first.flatMap { k in split.flatMap { applyParty($0, label: k.label, to: &candidates) } }
        candidates.removeAll { excluding.contains($0.concept.id) }
        Self.dropHopeless(&candidates, floor: threshold - 0.1)

        // A unit on a group cell is its leaves' (核酸检测（人） › 当日).
        let unit = header.unit ?? leafText.unit ?? groups.last(where: { $0.unit != nil })?.unit
        for i in candidates.indices {
            if let compoundNote { candidates[i].evidence.insert(compoundNote, at: 0) }
            apply(carried: carried, to: &candidates[i])
            apply(partial: partial, to: &candidates[i])
            applyTypeAndUnit(header, unit: unit, to: &candidates[i])
            if answersYesNo { applyYesNoAnswers(to: &candidates[i]) }
            if let offered { applyOffered(offered, to: &candidates[i]) }
            if !contextGroups.isEmpty, !candidates[i].evidence.contains(where: { $0.kind == .group }) {
                let names = contextGroups.map(\.name).joined(separator: " › ")
                candidates[i].evidence.append(Evidence(.group, "under the group 「\(names)」"))
            }
        }
        // Best per concept and disaggregation, then best overall.
        var best: [String: Candidate] = [:]
        for c in candidates {
            let id = ConceptKey.of(c.concept.id, c.disaggregation)
            if let old = best[id], old.score >= c.score { continue }
            best[id] = c
        }
        // Ties go by concept, then by the options' key, so a run never depends on the dictionary's hash order.
        let ranked = best.sorted { a, b in
            if a.value.score != b.value.score { return a.value.score > b.value.score }
            if a.value.concept.id != b.value.concept.id { return a.value.concept.id < b.value.concept.id }
            return a.key < b.key
        }.map(\.value)
        let excludedNote = excluding.isEmpty ? [] : [Evidence(.review, "rejected by review: \(excluding.sorted().joined(separator: ", "))")]
        guard let top = ranked.first, top.score >= threshold else {
            var evidence = excludedNote
            if let top = ranked.first {
                evidence.append(Evidence(.alternative, "closest concept \(top.concept.id)（\(top.concept.name)）"
                                         + " scores \(Self.format(top.score)), below \(Self.format(threshold))"))
                evidence += top.evidence
            } else {
                evidence.append(Evidence(.alternative, "no alias of the dictionary is near 「\(leafText.name)」"))
            }
            if let partyNote, !evidence.contains(partyNote) { evidence.append(partyNote) }
            var none = FieldMatch(concept: nil, confidence: 0, evidence: evidence)
            none.party = split
            return none
        }
        var evidence = top.evidence + excludedNote
        if let partyNote, partyNote.weight < 0, !evidence.contains(partyNote) { evidence.append(partyNote) }
        if let runnerUp = ranked.dropFirst().first(where: { $0.concept.id != top.concept.id }), runnerUp.score >= threshold - 0.1 {
            evidence.append(Evidence(.alternative, "also considered \(runnerUp.concept.id)（\(runnerUp.concept.name)）"
                                     + " at \(Self.format(runnerUp.score))"))
        }
        var found = FieldMatch(concept: top.concept.id, disaggregation: top.disaggregation,
                               confidence: min(max(top.score, 0), 1), evidence: evidence, isTotal: top.isTotal)
        found.party = split
        return found
    }

    // MARK: candidates

    private func exactCandidates(_ key: String, label: String, penalty: Double, underGroup: Bool) -> [Candidate] {
        guard let entry = aliases.lookup(key), let concept = dictionary.concept(entry.concept) else {
            return countingWordCandidates(key, label: label, penalty: penalty, underGroup: underGroup)
        }
        let (score, reason): (Double, String) = switch entry.origin {
        case .learned: (0.98, "「\(label)」 was mapped to \(concept.id) by a reviewer (learned alias)")
        case .name: (0.97, "「\(label)」 reads as the name of \(concept.id)（\(concept.name)）")
        case .alias: (0.96, "「\(label)」 is an alias of \(concept.id)（\(concept.name)）")
        }
        return [Candidate(concept: concept, disaggregation: [:], score: score - penalty,
                          evidence: [Evidence(entry.origin == .learned ? .review : .alias, reason, weight: score)])]
    }

    /// Takes category options (and totals words) out of the key; where the rest is an alias of a concept that
    /// takes those categories, that concept is a candidate.
    private func decomposedCandidates(_ key: String, label: String, penalty: Double, memo: inout HeaderMemo) -> [Candidate] {
        var out: [Candidate] = []
        let longest = Array(memo.hits(in: key, options).prefix(5))
        let shortest = Array(memo.hits(in: key, longestFirst: false, options).prefix(5))
        out += decomposedCandidates(key, hits: longest, label: label, penalty: penalty)
        if shortest != longest { out += decomposedCandidates(key, hits: shortest, label: label, penalty: penalty) }
        return out
    }

    private func decomposedCandidates(_ key: String, hits: [OptionHit], label: String, penalty: Double) -> [Candidate] {
        let totals = normaliser.totals.filter { key != $0 && key.containsUTF8($0) }.sorted()
        guard !hits.isEmpty || !totals.isEmpty else { return [] }
        var out: [Candidate] = []
        let chars = Array(key.unicodeScalars)
        for mask in 1..<(1 << (hits.count + (totals.isEmpty ? 0 : 1))) {
            let chosen = hits.indices.filter { mask & (1 << $0) != 0 }.map { hits[$0] }
            // Two options of one category (省内 and 省外 in one header) cannot both hold.
            guard Set(chosen.map(\.category)).count == chosen.count else { continue }
            let stripTotal = !totals.isEmpty && mask & (1 << hits.count) != 0
            var kept = String.UnicodeScalarView()
            for (i, ch) in chars.enumerated() where !chosen.contains(where: { i >= $0.start && i < $0.start + $0.length }) {
                kept.append(ch)
            }
            var rest = String(kept)
            if stripTotal { for t in totals { rest = rest.replacing(t, with: "") } }
            guard !rest.isEmpty, rest != key else { continue }
            for (entry, similarity) in remainderMatches(rest) {
                guard let concept = dictionary.concept(entry.concept),
                      chosen.allSatisfy({ concept.allows(category: $0.category) }) else { continue }
                out.append(decomposed(concept, chosen: chosen, stripTotal: stripTotal, totals: totals, rest: rest,
                                      alias: entry.key, similarity: similarity, label: label, penalty: penalty))
            }
        }
        return out
    }

    /// A count header that leaves out (or adds) the counting word of an alias: 已返岗（人） and 已返岗人数.
    private func countingWordCandidates(_ key: String, label: String, penalty: Double, underGroup: Bool) -> [Candidate] {
        // Two characters alone are a bare verb more often than a count (检查内容 → 检查 is not 检查人次); under a group
        // they are a part of its count (核酸检测 › 已检).
        guard key.count >= 3 || underGroup, let entry = aliases.lookupCore(key), entry.key != key, let concept = dictionary.concept(entry.concept),
              concept.type == .integer || concept.type == .decimal else { return [] }
        if Self.isCountOfRole(entry.key, role: key) { return [] }
        let score = 0.87 - penalty
        return [Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
            Evidence(.alias, "「\(label)」 is the alias 「\(entry.key)」 of \(concept.id)（\(concept.name)）"
                     + " but for its counting word", weight: score),
        ])]
    }

    /// What the rest of a header is, once its options are out: an alias, or near ones.
    private func remainderMatches(_ rest: String) -> [(entry: AliasIndex.Entry, similarity: Double)] {
        let restKey = normaliser.key(name: rest)
        if let entry = aliases.lookup(restKey) ?? aliases.lookup(rest) { return [(entry, 1)] }
        if let entry = aliases.lookupCore(restKey), let concept = dictionary.concept(entry.concept),
           concept.type == .integer || concept.type == .decimal {
            return [(entry, 0.95)]
        }
        guard restKey.count >= 2 else { return [] }
        return search == .index ? aliases.near(restKey, limit: 3, minimum: 0.67)
            : aliases.nearByScan(restKey, limit: 3, minimum: 0.67)
    }

    private func decomposed(_ concept: Concept, chosen: [OptionHit], stripTotal: Bool, totals: [String], rest: String,
                            alias: String, similarity: Double, label: String, penalty: Double) -> Candidate {
        var disaggregation: Disaggregation = [:]
        for hit in chosen { disaggregation[hit.category] = hit.option }
        let words = chosen.map(\.text) + (stripTotal ? totals.sorted() : [])
        let score = (similarity == 1 ? 0.93 : 0.86 * similarity) - 0.01 * Double(chosen.count) - penalty
        let restReason = similarity == 1 ? "「\(rest)」 is an alias of \(concept.id)（\(concept.name)）"
            : "「\(rest)」 is close to the alias 「\(alias)」 of \(concept.id)（\(concept.name)）, bigram similarity \(Self.format(similarity))"
        var evidence = [Evidence(.disaggregation, "「\(label)」 = 「\(rest)」 + " + words.map { "「\($0)」" }.joined(separator: " + ")
                                 + "; " + restReason, weight: score)]
        for hit in chosen { evidence.append(Evidence(.disaggregation, "「\(hit.text)」 → \(hit.category)=\(hit.option)")) }
        if stripTotal { evidence.append(Evidence(.disaggregation, "a total (合计) over other columns or rows")) }
        return Candidate(concept: concept, disaggregation: disaggregation, score: score, evidence: evidence, isTotal: stripTotal)
    }

    /// A header that only names a kind of person (返乡人员, 密接) heads a column whose values say what it holds:
    /// names (the people themselves), or a yes/no or category (whether each person is of that kind).
    private func valueRoleCandidates(_ header: FieldHeader, leafKey: String, label: String, leafHits: [OptionHit]?) -> [Candidate] {
        guard header.kind != .empty, let hits = leafHits,
              hits.count == 1, hits[0].category == "person_kind" else { return [] }
        let hit = hits[0]
        switch header.kind {
        case .text:
            guard let concept = dictionary.concept("person.name") else { return [] }
            return [Candidate(concept: concept, disaggregation: [:], score: 0.82, evidence: [
                Evidence(.type, "「\(label)」 names a kind of person (\(hit.category)=\(hit.option)) and the values are text:"
                         + " the people's names", weight: 0.82),
            ])]
        case .yesNo, .enumeration:
            guard let concept = dictionary.concept("person.kind") else { return [] }
            var disaggregation: Disaggregation = [:]
            if concept.allows(category: hit.category) { disaggregation[hit.category] = hit.option }
            return [Candidate(concept: concept, disaggregation: disaggregation, score: 0.82, evidence: [
                Evidence(.type, "「\(label)」 names a kind of person (\(hit.category)=\(hit.option)) and the values are"
                         + " \(header.kind.rawValue): whether each person is of that kind", weight: 0.82),
            ])]
        default:
            return []
        }
    }

    /// A place written with how finely or in what code (来源地行政代码, 目的地详细地址, 现住址编码): the place's own
    /// concept, when the key is an alias naming a place (it ends with 地, 址 or 处) and then a `place_details` word.
    private func placeDetailCandidates(_ key: String, label: String, penalty: Double) -> [Candidate] {
        for detail in placeDetails where key.endsUTF8(with: detail) && key.count > detail.count + 1 {
            let place = String(key.dropLast(detail.count))
            guard let last = place.last, "地址处".contains(last), let entry = aliases.lookup(place),
                  let concept = dictionary.concept(entry.concept), concept.type == .text else { continue }
            let score = 0.86 - penalty
            return [Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
                Evidence(.alias, "「\(label)」 is 「\(place)」, an alias of \(concept.id)（\(concept.name)）, written as"
                         + " 「\(detail)」", weight: score),
            ])]
        }
        return []
    }

    /// A header opened by a word that makes the column what it names (备注患者情况, 备注：是否外出): that concept.
    private func leadingCandidates(_ key: String, label: String, penalty: Double) -> [Candidate] {
        guard let lead = leading.first(where: { key.startsUTF8(with: $0.key) && key.count > $0.key.count }),
              let concept = dictionary.concept(lead.concept) else { return [] }
        let score = 0.8 - penalty
        return [Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
            Evidence(.alias, "「\(label)」 opens with 「\(lead.key)」: a column of \(concept.id)（\(concept.name)）, whatever"
                     + " it goes on to say", weight: score),
        ])]
    }

    /// Arrival into a named place (到达郑州时间, 抵哈时间, 来京时间; `arrival` in synonyms.yaml): when the person arrived.
    private func arrivalCandidates(_ key: String, label: String, penalty: Double) -> [Candidate] {
        guard let arrival, let lead = arrival.leads.first(where: { key.startsUTF8(with: $0) }),
              let tail = arrival.tails.first(where: { key.endsUTF8(with: $0) }), key.count > lead.count + tail.count,
              let concept = dictionary.concept(arrival.concept) else { return [] }
        let place = String(key.dropFirst(lead.count).dropLast(tail.count))
        guard place.count <= 4, !arrival.excluded.contains(where: place.containsUTF8) else { return [] }
        let score = 0.8 - penalty
        return [Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
            Evidence(.alias, "「\(label)」 = 「\(lead)」 + the place 「\(place)」 + 「\(tail)」: when the person arrived,"
                     + " \(concept.id)（\(concept.name)）", weight: score),
        ])]
    }

    /// The head noun: a Chinese header names its thing last (被隔离人姓名, 转码对象身份证号, 隐患整改责任人), so a
    /// key that ends with an alias of two or more characters is a weaker candidate for that alias's concept.
    private func headNounCandidates(_ key: String, label: String, penalty: Double) -> [Candidate] {
        // By string indices: building each suffix from an array of characters cost more than looking it up.
        let count = key.count
        guard count >= 3 else { return [] }
        var index = key.index(after: key.startIndex)
        for start in 1...(count - 2) {
            defer { key.formIndex(after: &index) }
            let suffix = String(key[index...])
            guard let entry = aliases.lookup(suffix), let concept = dictionary.concept(entry.concept) else { continue }
            // 编号 alone numbers the rows (隐患编号 numbers a hazard); 宣传方式其他 is a group's catch-all, not remarks.
            if bareOnly.contains(suffix) { return [] }
            // A yes/no question (是否配备防疫物资, 有无咳嗽等症状, 健康状态是否异常) is about its head noun, not the
            // noun itself.
            let before = String(key[..<index])
            if concept.type != .yesNo, HeaderNormaliser.questionWords.contains(where: before.containsUTF8) { return [] }
            let share = Double(count - start) / Double(count)
            let score = 0.7 + 0.15 * share - penalty
            return [Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
                Evidence(.alias, "「\(label)」 ends with 「\(suffix)」, an alias of \(concept.id)（\(concept.name)）;"
                         + " 「\(before)」 qualifies it", weight: score),
            ])]
        }
        return []
    }

    private func nearCandidates(_ key: String, label: String, penalty: Double) -> [Candidate] {
        let found = search == .index ? aliases.near(key) : aliases.nearByScan(key)
        var hopeless = false
        return found.compactMap { entry, shared in
            guard let concept = dictionary.concept(entry.concept), entry.key != key,
                  !Self.isCountOfRole(entry.key, role: key) else { return nil }
            let similarity = Self.questionAware(shared, key: key, alias: entry.key)
            // Containment helps: 居家隔离人员数 vs 居家隔离人数 differ by one character.
            let score = 0.88 * similarity - penalty
            // Best first: after one candidate that cannot matter (see dropHopeless), the rest cannot either.
            if score + Self.largestRaise < threshold - 0.1 {
                if hopeless { return nil }
                hopeless = true
            }
            return Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
                Evidence(.similarity, "「\(label)」 is close to the alias 「\(entry.key)」 of \(concept.id)（\(concept.name)）"
                         + ", bigram similarity \(Self.format(similarity))", weight: score),
            ])
        }
    }

    /// The similarity of two questions opened by the same word is that of what they ask: 是否接触 is not near 是否接种,
    /// though they share 是否 and 否接.
    static func questionAware(_ similarity: Double, key: String, alias: String) -> Double {
        guard let word = HeaderNormaliser.questionWords.first(where: { key.startsUTF8(with: $0) && alias.startsUTF8(with: $0) }) else { return similarity }
        let a = Set(AliasIndex.gramCodes(String(key.dropFirst(word.count)))), b = Set(AliasIndex.gramCodes(String(alias.dropFirst(word.count))))
        return AliasIndex.dice(a.intersection(b).count, a.count, b.count)
    }

    /// True when `alias` counts what `role` names a person doing: 查验人 is the one who checks, 查验人数 (and
    /// 查验人员数) count the people checked, so the role is no near match for the count.
    static func isCountOfRole(_ alias: String, role key: String) -> Bool {
        guard key.endsUTF8(with: "人") || key.endsUTF8(with: "员"),
              alias.startsUTF8(with: key.endsUTF8(with: "人员") ? key : String(key.dropLast())) else { return false }
        let rest = alias.dropFirst(key.count - 1)
        return ["人数", "人次", "员数", "人员数"].contains(String(rest))
    }

    /// The adjustments below raise a score by at most this much (values of the right type, the expected unit).
    static let largestRaise = 0.04

    /// Candidates that cannot win or be named as the runner-up (below `floor` even when every adjustment raises
    /// them) are dropped before their evidence is written, all but the best of them, which is named as the
    /// closest concept when nothing reaches the threshold. Most near matches are such; writing their reasons was
    /// a good part of matching a header.
    static func dropHopeless(_ candidates: inout [Candidate], floor: Double) {
        var bestHopeless: Candidate?
        candidates.removeAll { c in
            guard c.score + largestRaise < floor else { return false }
            if let b = bestHopeless, b.score > c.score || (b.score == c.score && b.concept.id <= c.concept.id) { return true }
            bestHopeless = c
            return true
        }
        if let bestHopeless { candidates.append(bestHopeless) }
    }

    // MARK: adjustments

    /// A qualified personal attribute (购药人 › 姓名, 网格员联系方式, 被报备人手机): the person described keeps the
    /// attribute's concept; a party the dictionary knows gets its own concept; anyone else rules the person's own
    /// attribute out.
    @discardableResult
    private func applyParty(_ split: PartyReader.Split, label: String, to candidates: inout [Candidate]) -> Evidence? {
        guard let attribute = dictionary.concept(split.attribute) else { return nil }
        let score = 0.92
        switch split.reading {
        case .subject(let word):
            candidates.append(Candidate(concept: attribute, disaggregation: [:], score: score, evidence: [
                Evidence(.alias, "「\(label)」 = 「\(split.qualifier)」 + the \(attribute.name) of the person described"
                         + " (「\(word)」 marks that person)", weight: score),
            ]))
        case .party(let id, let word):
            if let party = dictionary.concept(id), let target = PartyReader.concept(of: party, role: split.role)
                .flatMap({ dictionary.concept($0) }) {
                candidates.append(Candidate(concept: target, disaggregation: [:], score: score, evidence: [
                    Evidence(.alias, "「\(label)」 = 「\(word)」 (\(party.id)（\(party.name)）) + its \(split.role):"
                             + " \(target.id)（\(target.name)）", weight: score),
                ]))
            }
            return rule(out: attribute, because: "「\(word)」 names another party than the person described", in: &candidates)
        case .other(let word):
            // Nor is it what the header only resembles (购药人 › 联系方式 is close to 法人手机号码 and 固定手机号码): the
            // qualifier names someone the dictionary does not know, so only the header's own words count.
            for i in candidates.indices where candidates[i].evidence.first?.kind == .similarity
                && candidates[i].concept.id != attribute.id {
                candidates[i].score -= 0.35
                candidates[i].evidence.append(Evidence(.alternative, "「\(split.qualifier)」 names someone else: only resembling"
                                                       + " \(candidates[i].concept.id)（\(candidates[i].concept.name)） is not enough",
                                                       weight: -0.35))
            }
            let words = word == split.qualifier ? "「\(word)」" : "「\(word)」 in 「\(split.qualifier)」"
            return rule(out: attribute, because: words + " names another party than the person described", in: &candidates)
        case .thing(let word):
            return rule(out: attribute, because: "「\(word)」 names no one: it is the phone of a thing or place, not of the person"
                        + " described", in: &candidates)
        case .qualified:
            break
        }
        return nil
    }

    private func rule(out attribute: Concept, because reason: String, in candidates: inout [Candidate]) -> Evidence {
        let note = Evidence(.alternative, reason + ": not the person's own \(attribute.name)", weight: -0.35)
        for i in candidates.indices where candidates[i].concept.id == attribute.id {
            candidates[i].score -= 0.35
            candidates[i].evidence.append(note)
        }
        return note
    }

    /// A text concept naming people (同住人员, 网格员, 法定代表人, 监护人), which a qualifier can refer to.
    static func namesAParty(_ concept: Concept) -> Bool {
        concept.type == .text && ["人", "员", "者", "长", "干部", "属"].contains { concept.name.hasSuffix($0) }
    }

    private func apply(carried: [(hit: OptionHit, from: String)], to candidate: inout Candidate) {
        for (hit, from) in carried where candidate.disaggregation[hit.category] == nil {
            // An option the concept does not take is only context (返乡情况 over 出发地).
            guard candidate.concept.allows(category: hit.category) else { continue }
            candidate.disaggregation[hit.category] = hit.option
            candidate.evidence.append(Evidence(.group, "「\(from)」 → \(hit.category)=\(hit.option)"))
        }
    }

    private func apply(partial: [(hit: OptionHit, from: String)], to candidate: inout Candidate) {
        for (hit, from) in partial where candidate.disaggregation[hit.category] == nil
            && candidate.concept.allows(category: hit.category) {
            candidate.disaggregation[hit.category] = hit.option
            candidate.evidence.append(Evidence(.group, "「\(hit.text)」 in the group 「\(from)」 → \(hit.category)=\(hit.option)"))
        }
    }

    private func applyTypeAndUnit(_ header: FieldHeader, unit: String?, to candidate: inout Candidate) {
        let expected = candidate.concept.type
        // The header's own word weighs more than a near match: a clash sends an exact hit to review, and rules a
        // near one out.
        let exact = candidate.evidence.first.map { $0.weight >= 0.9 } ?? false
        let clash = exact ? 0.25 : 0.4
        switch TypeFit.of(header.kind, expected) {
        case .fits:
            candidate.score += 0.03
            candidate.evidence.append(Evidence(.type, "the values are \(header.kind.rawValue), as \(candidate.concept.id) expects", weight: 0.03))
        case .loose:
            break
        case .clashes:
            candidate.score -= clash
            candidate.evidence.append(Evidence(.type, "the values are \(header.kind.rawValue) but \(candidate.concept.id)"
                                               + " holds \(expected.rawValue)", weight: -clash))
        case .unknown:
            break
        }
        if let unit {
            applyUnit(unit, to: &candidate, valuesKnown: header.kind != .empty)
        }
        candidate.score = min(candidate.score, 0.99)
    }

    /// A unit in the header means numbers (排查人数（人）, 发现问题（个）): a concept holding text, dates or a
    /// yes/no is then unlikely. A unit of the same kind at another scale (万人 and 人, 万元 and 元) fits.
    private func applyUnit(_ unit: String, to candidate: inout Candidate, valuesKnown: Bool) {
        let concept = candidate.concept
        let numeric = concept.type == .integer || concept.type == .decimal
        if !numeric && !valuesKnown && !Self.nonNumericUnits.contains(unit) {
            candidate.score -= 0.4
            candidate.evidence.append(Evidence(.unit, "the unit \(unit) means numbers, but \(concept.id) holds \(concept.type.rawValue)", weight: -0.4))
            return
        }
        guard let expected = concept.unit else { return }
        if unit == expected {
            candidate.score += 0.01
            candidate.evidence.append(Evidence(.unit, "unit \(unit) as expected", weight: 0.01))
        } else if Self.baseUnit(unit) == Self.baseUnit(expected) {
            candidate.evidence.append(Evidence(.unit, "unit \(unit) is \(expected) at another scale"))
        } else {
            candidate.score -= 0.2
            candidate.evidence.append(Evidence(.unit, "unit \(unit), but \(concept.id) is in \(expected)", weight: -0.2))
        }
    }

    /// Units that do not mean a count or amount.
    static let nonNumericUnits: Set<String> = ["%", "‰", "℃", "°C", "度"]

    /// The unit without a scale prefix: 万人 → 人, 万剂次 → 剂次, 千克 stays (a unit of its own).
    static func baseUnit(_ unit: String) -> String {
        var u = unit
        for prefix in ["万", "亿", "百"] where u.hasPrefix(prefix) && u.count > prefix.count { u.removeFirst(prefix.count) }
        return u
    }

    /// `x` with two decimals (0.93, -0.25), without Foundation's `String(format:)`, which cost more than
    /// scoring the candidate it describes.
    static func format(_ x: Double) -> String {
        let hundredths = Int((abs(x) * 100).rounded())
        let fraction = hundredths % 100
        return (x < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
