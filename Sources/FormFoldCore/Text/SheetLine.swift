import Foundation

/// What a line of text outside the header and the data is: a meta line, a footer, a note or a title.
///
/// `填报单位（加盖公章）：临县临泉镇  填报时间：` is a meta line with two pairs; `填表人：  审核人：` under the
/// data is a footer; `填表说明：…` and `备注：…` are notes.
public enum SheetLine {
    /// Keys that mark a footer line under the data (signatures and contacts).
    static let footerKeys = ["填表人", "填报人", "制表人", "审核人", "审核", "审批人", "负责人", "联系电话", "联系人",
                             "统计人", "报送人", "分管领导", "签字", "签名", "盖章", "单位负责人", "核对人", "复核人", "电话"]
    /// Prefixes that mark a note: instructions and remarks.
    static let notePrefixes = ["填表说明", "填报说明", "说明", "备注", "注:", "注1", "注 ", "注意", "温馨提示", "提示"]

    /// The key/value pairs of a meta line, or nil when the text is not one.
    ///
    /// Accepts `key：value` pairs separated by white space or `，；`, keys of at most 16 characters,
    /// `截止4月20日` (a cut-off date without a colon) and a line that is only a date.
    /// Keys are normalised and folded to simplified script by `converter` (填報單位 → 填报单位); values stay as written.
    public static func metaPairs(_ raw: String, converter: any ScriptConverter = IdentityScriptConverter()) -> [MetaEntry]? {
        // Only the colon is folded: values keep their text as written (full-width brackets included).
        let text = raw.replacingOccurrences(of: "：", with: ":").replacingOccurrences(of: "﹕", with: ":")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return nil }
        for prefix in ["截止", "截至", "统计时间", "时间"] where text.hasPrefix(prefix) && !text.contains(":") {
            let value = HeaderText.fold(String(text.dropFirst(prefix.count))).trimmingCharacters(in: HeaderText.trimSet)
            if isDateLike(value) { return [MetaEntry(key: prefix == "截至" ? "截止" : prefix, value: value)] }
        }
        if !text.contains(":") {
            return isDateLike(text) ? [MetaEntry(key: "日期", value: HeaderText.fold(text))] : nil
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return nil }
        var pairs: [MetaEntry] = []
        var key = parts[0]
        for i in 1..<parts.count {
            let isLast = i == parts.count - 1
            var value = parts[i]
            var nextKey = ""
            if !isLast {
                guard let split = lastSeparator(in: value) ?? knownKeyStart(in: value) else { return nil }
                nextKey = String(value[split.upperBound...])
                value = String(value[..<split.lowerBound])
            }
            let cleanKey = HeaderText(key, converter: converter).name
            guard (1...16).contains(cleanKey.count), !cleanKey.contains("。") else { return nil }
            pairs.append(MetaEntry(key: cleanKey, value: value.trimmingCharacters(in: HeaderText.trimSet.union(.init(charactersIn: "。_")))))
            key = nextKey
        }
        return pairs
    }

    /// True when the line is a footer: it starts with a signature or contact key followed by a colon.
    public static func isFooter(_ raw: String, converter: any ScriptConverter = IdentityScriptConverter()) -> Bool {
        guard let pairs = metaPairs(raw, converter: converter), let first = pairs.first else { return false }
        return footerKeys.contains { first.key.hasSuffix($0) || first.key.hasPrefix($0) }
    }

    /// True when the line is an instruction or remark: `填表说明：…`, `备注：…`, `注：…`.
    public static func isNote(_ raw: String, converter: any ScriptConverter = IdentityScriptConverter()) -> Bool {
        let text = HeaderText.fold(raw, converter: converter)
        return notePrefixes.contains { text.hasPrefix($0) } && text.count > 2
    }

    /// True for `2022年4月20日`, `2022-04-20`, `4月20日`, `2022.4.20`, `2022/4/20`.
    public static func isDateLike(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: HeaderText.trimSet)
        guard !t.isEmpty, t.count <= 24 else { return false }
        return t.range(of: #"^(\d{2,4}\s*[年\-./])?\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?$"#, options: .regularExpression) != nil
            || t.range(of: #"^\d{4}\s*年\s*(\d{1,2}\s*月)?$"#, options: .regularExpression) != nil
    }

    static let metaKeys = ["填报单位", "填报日期", "填报时间", "报送单位", "报送时间", "统计时间", "统计日期", "日期", "时间",
                           "联系电话", "审核人", "填表人", "负责人", "单位"]

    /// Where a known key starts inside text that runs a value into the next key without a space.
    private static func knownKeyStart(in s: String) -> Range<String.Index>? {
        for key in metaKeys {
            if let r = s.range(of: key, options: .backwards), r.upperBound == s.endIndex, r.lowerBound > s.startIndex {
                return r.lowerBound..<r.lowerBound
            }
        }
        return nil
    }

    /// Where a value ends and the next key starts: the last run of white space or `，,；;。`.
    private static func lastSeparator(in s: String) -> Range<String.Index>? {
        let separators: Set<Character> = [" ", "，", ",", "；", ";", "。", "\t"]
        var end: String.Index?
        var i = s.endIndex
        while i > s.startIndex {
            let prev = s.index(before: i)
            if separators.contains(s[prev]) {
                if end == nil { end = i }
            } else if let e = end {
                return i..<e
            }
            i = prev
        }
        if let e = end { return s.startIndex..<e }
        return nil
    }
}
