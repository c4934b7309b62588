import Foundation
/// The category options a field carries: `省外累计` → `{region: out_of_province, period: cumulative}`;
/// `第三次核酸结果` → `{round: "3"}` (an ordinal value is an integer as text, or `last`).
public typealias Disaggregation = [String: String]

/// The content key of a concept with options — `returnees.count|period=today|region=out_of_province` — one string
/// per fact, options in category order: what a form's own reading, the planner and the rollup compare.
public enum ConceptKey {
    public static func of(_ concept: String, _ disaggregation: Disaggregation) -> String {
        if disaggregation.isEmpty { return concept }
        return ([concept] + disaggregation.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: "|")
    }
}

/// One category option found inside a header key.
struct OptionHit: Sendable, Hashable {
    var category: String
    var option: String
    /// Where in the key's scalars it stands (keys are normalised: a Chinese character is one scalar).
    var start: Int
    var length: Int
    /// The words as written in the key.
    var text: String
}

/// Finds category options inside header keys: 省外, 当日, 第3次, 60岁以上, 居家…
///
/// Option aliases and expanded patterns (`省内除{capital}` → 省内除太原, 省内除郑州…) are matched longest first
/// and without overlap; ordinal categories read `第{n}次` with Arabic or Chinese numerals and words like 首次, 末次.
struct OptionFinder: Sendable {
    private struct Entry: Sendable {
        var word: [Unicode.Scalar]
        var category: String
        var option: String
    }

    private struct Ordinal: Sendable {
        var category: String
        var prefix: [Unicode.Scalar]
        var suffix: [Unicode.Scalar]
        var numerals: [Unicode.Scalar: Int]
    }

    // By scalars, not characters: breaking every key into characters cost more than finding its options.
    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    private var ordinals: [Ordinal] = []
    /// Characters an ordinal can start with (its prefix's first, or any numeral when a pattern has no prefix):
    /// every other position is skipped at once.
    private var ordinalStarts: Set<Unicode.Scalar> = []

    init(categories: [Category], normalise: (String) -> String) {
        for category in categories {
            if category.isOrdinal {
                var numerals: [Unicode.Scalar: Int] = [:]
                for (k, v) in category.numerals ?? [:] { if let c = k.unicodeScalars.first, k.unicodeScalars.count == 1 { numerals[c] = v } }
                for pattern in category.patterns ?? [] {
                    let parts = pattern.components(separatedBy: "{n}")
                    guard parts.count == 2 else { continue }
                    ordinals.append(Ordinal(category: category.id, prefix: Array(parts[0].unicodeScalars), suffix: Array(parts[1].unicodeScalars),
                                            numerals: numerals))
                }
                for word in category.words ?? [] {
                    add(normalise(word.alias), category: category.id, option: word.value)
                    add(word.alias, category: category.id, option: word.value)
                }
                continue
            }
            let options = category.options ?? []
            for option in options {
                for alias in option.aliases + [option.name] {
                    add(normalise(alias), category: category.id, option: option.id)
                    add(alias, category: category.id, option: option.id)
                }
            }
            // Patterns: {other_option} stands for any alias of that option of the same category.
            for option in options {
                for pattern in option.patterns ?? [] {
                    for expanded in Self.expand(pattern, options: options) {
                        add(normalise(expanded), category: category.id, option: option.id)
                        add(expanded, category: category.id, option: option.id)
                    }
                }
            }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.word.count > $1.word.count } }
        for o in ordinals {
            if let first = o.prefix.first {
                ordinalStarts.insert(first)
            } else {
                ordinalStarts.formUnion("0123456789".unicodeScalars)
                ordinalStarts.formUnion(o.numerals.keys)
            }
        }
    }

    private mutating func add(_ word: String, category: String, option: String) {
        let chars = Array(word.unicodeScalars)
        guard let first = chars.first else { return }
        if byFirst[first]?.contains(where: { $0.word == chars && $0.category == category }) == true { return }
        byFirst[first, default: []].append(Entry(word: chars, category: category, option: option))
    }

    static func expand(_ pattern: String, options: [Category.Option]) -> [String] {
        guard let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") else {
            return [pattern]
        }
        let id = String(pattern[pattern.index(after: open)..<close])
        guard let option = options.first(where: { $0.id == id }) else { return [] }
        let head = String(pattern[..<open]), tail = String(pattern[pattern.index(after: close)...])
        return (option.aliases + [option.name]).flatMap { alias in expand(head + alias + tail, options: options) }
    }

    /// Every option in `key`, left to right, without overlap: at each position the longest option, or with
    /// `longestFirst` false the shortest (省外返乡 is one region alias, or 省外 and then the 返乡 of the concept).
    func hits(in key: String, longestFirst: Bool = true) -> [OptionHit] {
        hits(in: Array(key.unicodeScalars), longestFirst: longestFirst)
    }

    private func hits(in chars: [Unicode.Scalar], longestFirst: Bool = true) -> [OptionHit] {
        var hits: [OptionHit] = []
        var i = 0
        while i < chars.count {
            if let hit = (ordinalStarts.contains(chars[i]) ? ordinalHit(chars, at: i) : nil)
                ?? wordHit(chars, at: i, longestFirst: longestFirst) {
                hits.append(hit)
                i += hit.length
            } else {
                i += 1
            }
        }
        return hits
    }

    /// The options of `text` when the whole text is made of options (a group cell 省外, a row label 太原当日);
    /// nil when anything else is left.
    func options(coveringAll text: String) -> [OptionHit]? {
        let chars = Array(text.unicodeScalars)
        let hits = hits(in: chars)
        guard !hits.isEmpty, hits.reduce(0, { $0 + $1.length }) == chars.count else { return nil }
        return hits
    }

    private func wordHit(_ chars: [Unicode.Scalar], at i: Int, longestFirst: Bool = true) -> OptionHit? {
        guard let entries = byFirst[chars[i]] else { return nil }
        for e in longestFirst ? entries : entries.reversed() where WordReplacer.matches(e.word, chars, at: i) {
            return OptionHit(category: e.category, option: e.option, start: i, length: e.word.count,
                             text: String(String.UnicodeScalarView(e.word)))
        }
        return nil
    }

    private func ordinalHit(_ chars: [Unicode.Scalar], at i: Int) -> OptionHit? {
        for o in ordinals where WordReplacer.matches(o.prefix, chars, at: i) {
            var j = i + o.prefix.count
            var value = 0, digits = 0
            while j < chars.count, ("0"..."9").contains(chars[j]) {
                value = value * 10 + Int(chars[j].value - 0x30); digits += 1; j += 1
            }
            if digits == 0 {
                // Chinese numerals up to 99: 三, 十, 十二, 二十, 二十三.
                var parsed = 0, current = 0, seen = 0
                while j < chars.count, let n = o.numerals[chars[j]] {
                    if n == 10 { parsed += max(current, 1) * 10; current = 0 } else { current = n }
                    seen += 1; j += 1
                }
                value = parsed + current; digits = seen
            }
            guard digits > 0, value > 0, WordReplacer.matches(o.suffix, chars, at: j) else { continue }
            let length = j + o.suffix.count - i
            return OptionHit(category: o.category, option: String(value), start: i, length: length,
                             text: String(String.UnicodeScalarView(chars[i..<(i + length)])))
        }
        return nil
    }
}
