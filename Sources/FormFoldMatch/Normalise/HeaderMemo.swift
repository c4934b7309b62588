import FormFoldCore

/// Normalised header cells remembered over one run of many forms: the same cell text (姓名, 联系电话, 省外) comes back
/// in thousands of headers, and taking it apart costs more than most of matching it. A value passed `inout` through
/// one run (``FormSetMatcher/match(_:)``), so nothing is shared between runs or threads.
struct HeaderMemo {
    private var texts: [UTF8Key: HeaderText] = [:]
    private var keys: [UTF8Key: String] = [:]

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
}
