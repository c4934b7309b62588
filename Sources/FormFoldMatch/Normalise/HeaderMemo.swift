import FormFoldCore

/// Normalised header cells remembered over one run of many forms: the same cell text (姓名, 联系电话, 省外) comes back
/// in thousands of headers, and taking it apart costs more than most of matching it. A value passed `inout` through
/// one run (``FormSetMatcher/match(_:)``), so nothing is shared between runs or threads.
struct HeaderMemo {
    private var texts: [UTF8Key: HeaderText] = [:]
    private var keys: [UTF8Key: String] = [:]
    private var longestHits: [UTF8Key: [OptionHit]] = [:]
    private var shortestHits: [UTF8Key: [OptionHit]] = [:]

    /// ``HeaderNormaliser/headerText(_:)``, remembered.
    mutating func text(_ raw: String, _ normaliser: HeaderNormaliser) -> HeaderText {
        let k = UTF8Key(raw)
        if let known = texts[k] { return known }
        let text = normaliser.headerText(raw)
        texts[k] = text
        return text
    }

    /// ``HeaderNormaliser/key(name:)``, remembered.
    mutating func key(name: String, _ normaliser: HeaderNormaliser) -> String {
        let k = UTF8Key(name)
        if let known = keys[k] { return known }
        let key = normaliser.key(name: name)
        keys[k] = key
        return key
    }

    /// ``HeaderNormaliser/key(raw:)``, remembered.
    mutating func key(raw: String, _ normaliser: HeaderNormaliser) -> String {
        key(name: text(raw, normaliser).name, normaliser)
    }

    /// ``OptionFinder/hits(in:longestFirst:)``, remembered: a key's options are sought for every header it is in.
    mutating func hits(in key: String, longestFirst: Bool = true, _ finder: OptionFinder) -> [OptionHit] {
        let k = UTF8Key(key)
        if let known = longestFirst ? longestHits[k] : shortestHits[k] { return known }
        let hits = finder.hits(in: key, longestFirst: longestFirst)
        if longestFirst { longestHits[k] = hits } else { shortestHits[k] = hits }
        return hits
    }

    /// ``OptionFinder/options(coveringAll:)``, from the remembered longest-first hits.
    mutating func options(coveringAll text: String, _ finder: OptionFinder) -> [OptionHit]? {
        let hits = hits(in: text, finder)
        guard !hits.isEmpty, hits.reduce(0, { $0 + $1.length }) == text.unicodeScalars.count else { return nil }
        return hits
    }
}
