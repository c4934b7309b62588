/// Replaces words inside text, longest match first at each position, scanning left to right; replaced text is
/// not scanned again. Used for synonyms (联系方式 → 手机号码) and traditional phrasing (身分證字號 → 身份证号).
struct WordReplacer: Sendable {
    /// Candidates by first scalar, longest first. By scalars, not characters: the text is normalised, and scalars
    /// hash and compare without grapheme breaking.
    private var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], replacement: String)]] = [:]

    init(_ pairs: [(word: String, replacement: String)]) {
        for (word, replacement) in pairs where !word.isEmpty {
            byFirst[word.unicodeScalars.first!, default: []].append((Array(word.unicodeScalars), replacement))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.word.count > $1.word.count } }
    }

    var isEmpty: Bool { byFirst.isEmpty }

    func apply(_ text: String) -> String {
        if byFirst.isEmpty { return text }
        let chars = Array(text.unicodeScalars)
        // Most texts hold no word to replace: they are returned as they are.
        guard chars.contains(where: { byFirst[$0] != nil }) else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            if let candidates = byFirst[chars[i]],
               let hit = candidates.first(where: { Self.matches($0.word, chars, at: i) }) {
                out.append(contentsOf: hit.replacement.unicodeScalars)
                i += hit.word.count
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return String(out)
    }

    static func matches<Element: Equatable>(_ word: [Element], _ chars: [Element], at i: Int) -> Bool {
        guard i + word.count <= chars.count else { return false }
        for k in word.indices where chars[i + k] != word[k] { return false }
        return true
    }
}
