/// Replaces words inside text, longest match first at each position, scanning left to right; replaced text is
/// not scanned again. Used for synonyms (联系方式 → 手机号码) and traditional phrasing (身分證字號 → 身份证号).
struct WordReplacer: Sendable {
    /// Candidates by first character, longest first.
    private var byFirst: [Character: [(word: [Character], replacement: String)]] = [:]

    init(_ pairs: [(word: String, replacement: String)]) {
        for (word, replacement) in pairs where !word.isEmpty {
            byFirst[word.first!, default: []].append((Array(word), replacement))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.word.count > $1.word.count } }
    }

    var isEmpty: Bool { byFirst.isEmpty }

    func apply(_ text: String) -> String {
        if byFirst.isEmpty { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if let candidates = byFirst[chars[i]],
               let hit = candidates.first(where: { Self.matches($0.word, chars, at: i) }) {
                out += hit.replacement
                i += hit.word.count
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    static func matches(_ word: [Character], _ chars: [Character], at i: Int) -> Bool {
        guard i + word.count <= chars.count else { return false }
        for k in word.indices where chars[i + k] != word[k] { return false }
        return true
    }
}
