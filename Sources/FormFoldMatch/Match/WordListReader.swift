import Foundation

/// Reads headers that name members of a list instead of the concept itself: 是否咳嗽, 症状 › 乏力,
/// 有无发热、干咳、乏力等症状 all ask whether the person has symptoms (`word_lists` in synonyms.yaml).
struct WordListReader: Sendable {
    struct List: Sendable {
        var concept: String
        var words: Set<String>
        /// Longest first, so 是否有 is taken before 是否.
        var questions: [String]
        var tails: [String]
    }

    let lists: [List]
    /// Every character of every list's words, questions and tails, and the joiners: a header with any other
    /// character names no list (most headers, found in one pass).
    let alphabet: Set<Character>

    /// Words joining the members named in one header.
    static let joiners: Set<Character> = ["、", "，", ",", "/", "和", "及", "或", "与"]

    init(_ lists: [SynonymTable.WordList], known: (String) -> Bool) {
        self.lists = lists.filter { known($0.concept) }.map { list in
            List(concept: list.concept, words: Set(list.words),
                 questions: (list.questions ?? []).sorted { $0.count > $1.count },
                 tails: (list.tails ?? []).sorted { $0.count > $1.count })
        }
        alphabet = self.lists.reduce(into: Self.joiners) { set, list in
            for word in list.words.union(list.questions).union(list.tails) { set.formUnion(word) }
        }
    }

    /// The concept whose list makes up all of `name` (a header name in simplified script), after one opening
    /// question word and before one closing tail, with the members named.
    func read(_ name: String) -> (concept: String, members: [String])? {
        let text = String(name.filter { !$0.isWhitespace })
        guard !text.isEmpty, text.allSatisfy(alphabet.contains) else { return nil }
        for list in lists {
            var rest = Substring(text)
            if let q = list.questions.first(where: { rest.startsUTF8(with: $0) }) { rest = rest.dropFirst(q.count) }
            if let t = list.tails.first(where: { rest.endsUTF8(with: $0) && rest.count > $0.count }) { rest = rest.dropLast(t.count) }
            let members = rest.split(whereSeparator: Self.joiners.contains).map(String.init)
            if !members.isEmpty, members.allSatisfy(list.words.contains) { return (list.concept, members) }
        }
        return nil
    }
}
