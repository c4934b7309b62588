import FormFoldCore

/// Readings of the words inside one header beyond its aliases: two facts in one column, members of a list, a
/// group's catch-all, answers offered in brackets, and a short leaf read with the start of its group.
extension FieldMatcher {
    /// A leaf naming "the rest" of its group's options.
    static let catchAll: Set<String> = ["其他"]

    /// Words joining two facts asked in one column (姓名及联系方式, 身份证号／护照号码).
    static let compoundJoiners: Set<Character> = ["及", "和", "与", "或", "/", "、"]

    /// The first fact of a header asking two or more in one column, when the first and another part are each a
    /// name the dictionary knows for different concepts; nil otherwise. Words after the last part that the first
    /// lacks are shared (健康码/行程码是否正常 asks 健康码是否正常, 核酸/抗原检测结果 asks 核酸检测结果) when the first
    /// with them is a name the dictionary knows.
    func firstOfCompound(_ name: String, memo: inout HeaderMemo) -> String? {
        guard name.contains(where: Self.compoundJoiners.contains) else { return nil }
        let parts = name.split(whereSeparator: Self.compoundJoiners.contains).map(String.init)
        guard parts.count >= 2, let first = parts.first else { return nil }
        if let last = parts.last, first.count >= 2, last.count > first.count {
            let shared = first + last.dropFirst(first.count)
            if aliases.lookup(memo.key(name: shared, normaliser)) != nil { return shared }
        }
        guard let head = aliases.lookup(memo.key(name: first, normaliser))?.concept else { return nil }
        let others = parts.dropFirst().compactMap { aliases.lookup(memo.key(name: $0, normaliser))?.concept }
        return others.contains(where: { $0 != head }) ? first : nil
    }

    /// The concept of a list whose members alone make up the leaf (是否咳嗽: 咳嗽 is a symptom).
    func wordListCandidates(_ leaf: String) -> [Candidate] {
        guard let (id, members) = wordLists.read(leaf), let concept = dictionary.concept(id) else { return [] }
        return [Candidate(concept: concept, disaggregation: [:], score: 0.9, evidence: [
            Evidence(.alias, "「\(leaf)」 names \(members.map { "「\($0)」" }.joined(separator: "、")), listed in synonyms.yaml"
                     + " as words for \(concept.id)（\(concept.name)）"),
        ])]
    }

    /// The answers a header offers in brackets: 48小时核酸（是/否） asks a yes/no, not the result.
    static func isYesNoAnswerList(_ annotation: String) -> Bool {
        let words = annotation.split(whereSeparator: { "/／、,，|或 ".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        return words.count == 2 && (Set(words) == ["是", "否"] || Set(words) == ["有", "无"] || Set(words) == ["有", "無"])
    }

    /// The answers an annotation offers (未种/一针/两针/加强, 红/黄/绿), when it lists two or more short ones.
    static func answerList(_ annotation: String) -> [String]? {
        let words = annotation.split(whereSeparator: { "/／、|".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard words.count >= 2, words.allSatisfy({ !$0.isEmpty && $0.count <= 6 }) else { return nil }
        return words
    }

    /// A short leaf read with the start of its group (核酸采样 › 结果 is 核酸结果, an alias, though 核酸采样结果 is
    /// none), or with its end (返乡后核酸检测 › 时间 is 核酸检测时间). Only exact aliases count, a little below the
    /// group read whole.
    func shortenedGroupCandidates(_ group: String, leafKey: String, memo: inout HeaderMemo) -> [Candidate] {
        guard !leafKey.isEmpty, leafKey.count <= 4 else { return [] }
        let groupKey = Array(memo.key(name: group, normaliser))
        guard groupKey.count > 2 else { return [] }
        // The longest start of the group (核酸采样 › 结果 → 核酸结果) or end, without the words qualifying it
        // (返乡后核酸检测 › 时间 → 核酸检测时间, not 返乡时间); a start before an end as long.
        let starts = (2..<groupKey.count).map { String(groupKey[..<$0]) }
        let ends = (1..<(groupKey.count - 1)).map { String(groupKey[$0...]) }
        for head in (starts + ends).enumerated().sorted(by: { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }).map(\.element) {
            guard let entry = aliases.lookup(head + leafKey), let concept = dictionary.concept(entry.concept) else { continue }
            let score = 0.86
            return [Candidate(concept: concept, disaggregation: [:], score: score, evidence: [
                Evidence(.group, "「\(leafKey)」 read with 「\(head)」, part of its group 「\(group)」: 「\(head + leafKey)」"
                         + " is an alias of \(concept.id)（\(concept.name)）", weight: score),
            ])]
        }
        return []
    }

    /// Concepts two or more of whose values the header offers as answers (未种/一针/两针/加强 → the dose).
    func offeredCandidates(_ answers: [String]) -> [Candidate] {
        dictionary.concepts.compactMap { concept in
            let known = Self.values(of: concept, among: answers)
            guard known.count >= 2 else { return nil }
            return Candidate(concept: concept, disaggregation: [:], score: 0.8, evidence: [
                Evidence(.values, "the answers offered, \(known.joined(separator: "/")), are values of \(concept.id)（\(concept.name)）",
                         weight: 0.8),
            ])
        }
    }

    /// The offered answers that are values of `concept`, written whole or in part (一针 of 第一针, 加强 of 加强针).
    static func values(of concept: Concept, among answers: [String]) -> [String] {
        guard let values = concept.values, !values.isEmpty else { return [] }
        return answers.filter { a in values.contains { $0 == a || $0.contains(a) || a.contains($0) } }
    }

    /// Answers offered in the header that are values of the candidate's concept (一针 of 第一针) raise it; a
    /// yes/no concept, when the answers are not yes and no, weighs less.
    func applyOffered(_ answers: [String], to candidate: inout Candidate) {
        let listed = answers.joined(separator: "/")
        if let values = candidate.concept.values, !values.isEmpty {
            guard !Self.values(of: candidate.concept, among: answers).isEmpty else { return }
            candidate.score += 0.06
            candidate.evidence.append(Evidence(.values, "the header offers \(listed) as answers, values of \(candidate.concept.id)",
                                               weight: 0.06))
        } else if candidate.concept.type == .yesNo {
            candidate.score -= 0.15
            candidate.evidence.append(Evidence(.type, "the header offers \(listed) as answers, not yes or no as"
                                               + " \(candidate.concept.id) holds", weight: -0.15))
        }
    }

    /// Offered answers 是/否 (有/无) fit a yes/no concept and not another.
    func applyYesNoAnswers(to candidate: inout Candidate) {
        if candidate.concept.type == .yesNo {
            candidate.score += 0.04
            candidate.evidence.append(Evidence(.type, "the header offers yes or no as answers, as \(candidate.concept.id) expects", weight: 0.04))
        } else {
            candidate.score -= 0.1
            candidate.evidence.append(Evidence(.type, "the header offers yes or no as answers but \(candidate.concept.id)"
                                               + " holds \(candidate.concept.type.rawValue)", weight: -0.1))
        }
    }
}
