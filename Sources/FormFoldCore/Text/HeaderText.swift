import Foundation

/// A header cell's text taken apart: the name it normalises to and the attributes in its brackets.
///
/// `身份\n证号（必填）` → name `身份证号`, required true; `排查人数（人）` → name `排查人数`, unit `人`;
/// `（一）居家隔离人数(居家)` → name `居家隔离人数`, annotation `居家`.
public struct HeaderText: Sendable, Hashable {
    /// The normalised name: NFKC-folded, simplified script, no white space, numbering or brackets.
    public var name: String
    /// The unit from a bracket (`人`, `户`, `万元`, `℃`) or a trailing `℃`/`%`.
    public var unit: String?
    /// true for 必填, false for 选填/非必填, nil when the header says neither.
    public var required: Bool?
    /// Other bracketed text, such as `按区域` or `具体到村、小区`, normalised.
    public var annotations: [String]

    /// Takes `text` apart. `converter` folds traditional script to simplified.
    public init(_ text: String, converter: any ScriptConverter = IdentityScriptConverter()) {
        var folded = HeaderText.fold(HeaderText.stripCircledNumber(text), converter: converter)
        var unit: String?
        var required: Bool?
        var annotations: [String] = []
        // Bracketed parts, innermost first: （人） (万元) 【必填】 [选填] 〔按区域〕
        while let range = HeaderText.lastBracket(in: folded) {
            let inner = String(folded[range]).dropFirst().dropLast()
            let content = HeaderText.stripUnitPrefix(String(inner))
            let leading = range.lowerBound == folded.startIndex
            folded.removeSubrange(range)
            if content.isEmpty || (leading && HeaderText.isNumeral(content)) { continue }
            if HeaderText.requiredWords.contains(content) {
                required = true
            } else if HeaderText.optionalWords.contains(content) {
                required = false
            } else if unit == nil, HeaderText.isUnit(content) {
                unit = content
            } else {
                annotations.insert(content, at: 0)
            }
        }
        folded = HeaderText.stripNumbering(folded)
        if let (head, codes) = HeaderText.splitCodeLegend(folded) {
            folded = head
            annotations.append(codes.joined(separator: "/"))
        }
        for suffix in ["℃", "%", "‰"] where unit == nil && folded.hasSuffix(suffix) && folded.count > suffix.count {
            unit = suffix
            folded.removeLast(suffix.count)
        }
        self.name = HeaderText.trimmed(folded)
        self.unit = unit
        self.required = required
        self.annotations = annotations
    }

    /// NFKC (full-width to half-width), simplified script, white space and line breaks removed
    /// between Chinese characters and collapsed to one space between Latin words.
    public static func fold(_ text: String, converter: any ScriptConverter = IdentityScriptConverter()) -> String {
        // NFKC leaves printable ASCII and CJK unified ideographs as they are: most headers skip it.
        let plain = text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
        var nfkc = plain ? text : simpleNFKC(text) ?? text.precomposedStringWithCompatibilityMapping
        if nfkc.unicodeScalars.contains("°") { nfkc = nfkc.replacingOccurrences(of: "°C", with: "℃") }
        let simplified = converter.simplified(nfkc)
        var out = ""
        out.reserveCapacity(simplified.utf8.count)
        var pendingSpace = false
        for ch in simplified {
            if ch.isWhitespace || ch == "\u{3000}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, let last = out.last, isLatinWord(last), isLatinWord(ch) { out.append(" ") }
            pendingSpace = false
            out.append(ch)
        }
        return out
    }

    /// NFKC of text made only of scalars whose NFKC is known without tables — ASCII, CJK ideographs, full-width
    /// ASCII (（） ， ： → ( ) , :), the ideographic space, and CJK punctuation and quotes NFKC leaves alone — as
    /// most headers are; nil for any other text, which goes through Foundation. The full mapping costs more than
    /// the rest of reading a header.
    static func simpleNFKC(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301B, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
                out.append(scalar)
            case 0xFF01...0xFF5E:
                out.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000:
                out.append(" ")
            default:
                return nil
            }
        }
        return String(out)
    }

    /// Text with a leading list number removed: `1、` `1.` `(一)` `一、` `①` `H1.` `D1.` `第一部分：`.
    public static func stripNumbering(_ text: String) -> String {
        // Every numbering starts with a digit, a Latin letter or a Chinese numeral: most headers are left at once.
        guard let first = text.unicodeScalars.first,
              first.isASCII ? (first.properties.isAlphabetic || ("0"..."9").contains(first)) : chineseNumerals.contains(first)
        else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        for pattern in numberingPatterns {
            if let match = pattern.firstMatch(in: text, options: [.anchored], range: whole),
               let r = Range(match.range, in: text), r.upperBound < text.endIndex {
                var str = text
                str.removeSubrange(r)
                return str
            }
        }
        return text
    }

    /// A trailing legend of codes taken off: `返乡方式1:自驾 2:飞机 3:火车` → (`返乡方式`, [自驾, 飞机, 火车]),
    /// `性别 1男,2女` → (`性别`, [男, 女]), `检测结果-0阴性-1阳性` → (`检测结果`, [阴性, 阳性]). A legend is two or more
    /// codes numbered 0 or 1 upwards, each one digit then a label without digits, to the end of the text, after a
    /// name of two characters or more; 第1天 or 14天内 are no legend.
    static func splitCodeLegend(_ text: String) -> (String, [String])? {
        // Most headers have no digit at all.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        let chars = Array(text)
        guard let start = chars.indices.first(where: { i in
            chars[i].isASCII && chars[i].isNumber && i >= 2 && !(chars[i - 1].isASCII && chars[i - 1].isNumber) && chars[i - 1] != "第"
        }) else { return nil }
        guard let first = chars[start].wholeNumberValue, first <= 1 else { return nil }
        var codes: [String] = []
        var i = start
        while i < chars.count {
            // Codes run on from the first: 1, 2, 3 or 0, 1.
            guard chars[i].isASCII, chars[i].wholeNumberValue == first + codes.count else { return nil }
            i += 1
            if i < chars.count, ":：.、=-".contains(chars[i]) { i += 1 }
            var label = ""
            while i < chars.count, !(chars[i].isASCII && chars[i].isNumber) { label.append(chars[i]); i += 1 }
            label = trimmed(label.trimmingCharacters(in: CharacterSet(charactersIn: "-/|")))
            guard !label.isEmpty else { return nil }
            codes.append(label)
        }
        let head = trimmed(String(chars[..<start]).trimmingCharacters(in: CharacterSet(charactersIn: "-/|")))
        guard codes.count >= 2, head.count >= 2 else { return nil }
        return (head, codes)
    }

    /// A note after a comma taken off: `返乡前住址,全信息` → (`返乡前住址`, `全信息`); in one cell, what follows a comma
    /// explains what comes before it. Not between digits (1,000).
    public static func splitCommaNote(_ text: String) -> (String, String)? {
        guard let comma = text.firstIndex(where: { $0 == "," || $0 == "，" }) else { return nil }
        let head = trimmed(String(text[..<comma])), note = trimmed(String(text[text.index(after: comma)...]))
        guard head.count >= 2, !note.isEmpty, !(head.last?.isNumber ?? false && note.first?.isNumber ?? false) else { return nil }
        return (head, note)
    }

    private static let chineseNumerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// Compiled once: compiling a pattern per header was most of the cost of reading a header.
    private static let numberingPatterns: [NSRegularExpression] = [
        #"^\d{1,3}(\.\d{1,3})+(?=[^\d.])"#,
        #"^[A-Za-z]{0,2}\d{1,3}(\.\d{1,3})*[\.、．:]\s*"#,
        #"^[一二三四五六七八九十]{1,3}[、\.．]\s*"#,
        #"^\d{1,3}、\s*"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// Text without a leading circled number (① … ⑳, ❶ … ❿), which NFKC would turn into a digit.
    static func stripCircledNumber(_ text: String) -> String {
        let trimmed = text.drop { $0.isWhitespace }
        guard let first = trimmed.unicodeScalars.first,
              (0x2460...0x2473).contains(first.value) || (0x2776...0x277F).contains(first.value) else { return text }
        return String(trimmed.dropFirst())
    }

    static let requiredWords: Set<String> = ["必填", "必填项", "必须填写", "*必填"]
    static let optionalWords: Set<String> = ["选填", "非必填", "可选", "选填项", "可不填"]
    static let units: Set<String> = [
        "人", "户", "个", "家", "元", "万元", "亿元", "千元", "℃", "°C", "度", "%", "‰", "岁", "次", "天", "日",
        "小时", "分钟", "公斤", "千克", "kg", "斤", "吨", "克", "g", "只", "副", "双", "套", "件", "箱", "瓶", "盒",
        "袋", "桶", "支", "剂", "份", "人次", "户次", "辆", "台", "间", "张", "条", "处", "座", "所", "名",
        "平方米", "㎡", "m²", "亩", "公顷", "米", "m", "公里", "km", "升", "L", "毫升", "ml", "立方米", "m³",
        "个数", "家数", "人数", "笔", "起", "批", "项", "块", "顶", "把", "床", "例",
    ]

    /// True for a unit such as `人`, `万元` or `℃`.
    public static func isUnit(_ text: String) -> Bool { units.contains(text) }

    /// Separators, and brackets left unmatched once the matched ones are out (体温）).
    static let trimSet = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":：,，;；、*()[]【】"))

    /// The text without leading and trailing characters of ``trimSet``, by scalars (Foundation's trimming bridges
    /// through NSString, which cost more than the rest of reading a header).
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimSet.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimSet.contains($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return s }
        return String(scalars[first...last])
    }

    private static func stripUnitPrefix(_ s: String) -> String {
        var t = trimmed(s)
        for prefix in ["单位:", "单位：", "单位"] where t.hasPrefix(prefix) && t.count > prefix.count {
            t = trimmed(String(t.dropFirst(prefix.count)))
            break
        }
        return t
    }

    private static let openers: [Character: Character] = ["(": ")", "[": "]", "【": "】", "〔": "〕", "〈": "〉"]

    /// The range of the last innermost bracketed group, brackets included (after NFKC, `（` is `(`).
    private static func lastBracket(in s: String) -> Range<String.Index>? {
        var stack: [(Character, String.Index)] = []
        var found: Range<String.Index>?
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            if openers[ch] != nil {
                stack.append((ch, i))
            } else if let (open, start) = stack.last, openers[open] == ch {
                stack.removeLast()
                found = start..<s.index(after: i)
            }
            i = s.index(after: i)
        }
        return found
    }

    /// `一`, `十二`, `3`: a list number written in a bracket.
    static func isNumeral(_ s: String) -> Bool {
        s.count <= 3 && s.allSatisfy { $0.isNumber || "一二三四五六七八九十".contains($0) }
    }

    private static func isLatinWord(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber)
    }
}
