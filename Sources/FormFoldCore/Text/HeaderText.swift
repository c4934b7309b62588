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
        var folded = HeaderText.fold(HeaderText.stripSpacedNumber(HeaderText.stripCircledNumber(text)), converter: converter)
        var unit: String?
        var required: Bool?
        var annotations: [String] = []
        // Bracketed parts, innermost first: （人） (万元) 【必填】 [选填] 〔按区域〕
        while let range = HeaderText.lastBracket(in: folded) {
            let inner = folded.unicodeScalars[range].dropFirst().dropLast()
            let content = HeaderText.stripUnitPrefix(String(String.UnicodeScalarView(inner)))
            let leading = range.lowerBound == folded.startIndex
            folded.unicodeScalars.removeSubrange(range)
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
        if unit == nil, let last = folded.unicodeScalars.last, ["℃", "%", "‰"].contains(last), folded.count > 1 {
            unit = String(last)
            folded.unicodeScalars.removeLast()
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
        // By scalars: breaking the text into characters cost more than the rest of folding it.
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        var pendingSpace = false
        for scalar in simplified.unicodeScalars {
            if scalar.isSpace {
                pendingSpace = last != nil
                continue
            }
            if pendingSpace, let last, isLatinWord(last), isLatinWord(scalar) { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
            last = scalar
        }
        return String(out)
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
        let scalars = Array(text.unicodeScalars)
        guard let length = numberingLength(scalars), length < scalars.count else { return text }
        return String(String.UnicodeScalarView(scalars[length...]))
    }

    /// How many scalars a leading list number takes, with the white space after it, or nil for none. The first
    /// that fits of: `1.2.3` followed by something else than a digit or a dot; up to two Latin letters, a number
    /// of up to three digits, more such numbers after dots, then `.` `、` `．` or `:` (`H1.` `1.2.` `3、`); up to three
    /// Chinese numerals then `、` `.` `．` (`十二、`). A scanner, not regular expressions: compiled patterns still
    /// cost more than the rest of reading a header.
    static func numberingLength(_ s: [Unicode.Scalar]) -> Int? {
        func isDigit(_ i: Int) -> Bool { i < s.count && s[i].properties.numericType == .decimal }
        /// The end of the run of digits from `i`.
        func digitsEnd(_ i: Int) -> Int { var j = i; while isDigit(j) { j += 1 }; return j }
        func isDot(_ i: Int) -> Bool { i < s.count && s[i] == "." }
        func spaceEnd(_ i: Int) -> Int { var j = i; while j < s.count && s[j].isSpace { j += 1 }; return j }

        // Dotted numbers: 1.2, 1.2.3 (each number one to three digits), then neither a digit nor a dot.
        var runs: [Range<Int>] = []
        var i = 0
        while true {
            let end = digitsEnd(i)
            guard end > i else { break }
            runs.append(i..<end)
            guard isDot(end), isDigit(end + 1) else { i = end; break }
            i = end + 1
        }
        if runs.count >= 2, runs.allSatisfy({ (1...3).contains($0.count) }), i < s.count, s[i] != "." {
            return i
        }

        // Latin letters, a number, dotted numbers, a terminator.
        var letters = 0
        while letters < s.count, s[letters].isASCII, s[letters].properties.isAlphabetic { letters += 1 }
        if letters <= 2 {
            let numberEnd = digitsEnd(letters)
            if (1...3).contains(numberEnd - letters) {
                // Groups `.` + one to three digits, as many as follow one another.
                var groupEnds = [numberEnd]
                var j = numberEnd
                while isDot(j) {
                    let end = digitsEnd(j + 1)
                    guard (1...3).contains(end - j - 1) else { break }
                    groupEnds.append(end)
                    j = end
                }
                // The most groups after which a terminator stands (after fewer, the next group's dot is one).
                for end in groupEnds.reversed() where end < s.count && ".、．:".unicodeScalars.contains(s[end]) {
                    if spaceEnd(end + 1) < s.count { return spaceEnd(end + 1) }
                    break
                }
            }
        }

        // Chinese numerals, then 、 . ．
        var numerals = 0
        while numerals < s.count, chineseNumerals.contains(s[numerals]) { numerals += 1 }
        if (1...3).contains(numerals), numerals < s.count, "、.．".unicodeScalars.contains(s[numerals]),
           spaceEnd(numerals + 1) < s.count {
            return spaceEnd(numerals + 1)
        }
        return nil
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

    /// Text without a leading circled number (① … ⑳, ❶ … ❿), which NFKC would turn into a digit.
    static func stripCircledNumber(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isSpace }),
              (0x2460...0x2473).contains(scalars[start].value) || (0x2776...0x277F).contains(scalars[start].value)
        else { return text }
        return String(scalars[scalars.index(after: start)...])
    }

    /// Text without a leading question number set off by white space instead of a mark (`22  最近一次核酸结果`,
    /// `3\t姓名`, `5　体温` with an ideographic space): one to three digits, then a tab, an ideographic space or two
    /// spaces or more. Folding takes white space out, after which the number would read as part of the name; one
    /// ASCII space is not enough (`14 天内`).
    static func stripSpacedNumber(_ text: String) -> String {
        // Most headers start with no digit: they are left without taking them apart.
        guard let first = text.unicodeScalars.first(where: { !$0.isSpace }), ("0"..."9").contains(first) else { return text }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].isSpace { i += 1 }
        let digitsStart = i
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
        guard (1...3).contains(i - digitsStart) else { return text }
        let spaceStart = i
        while i < scalars.count, scalars[i].isSpace { i += 1 }
        let space = scalars[spaceStart..<i]
        guard i < scalars.count, !("0"..."9").contains(scalars[i]),
              space.count >= 2 || space.contains("\t") || space.contains("\u{3000}") else { return text }
        return String(String.UnicodeScalarView(scalars[i...]))
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

    /// Separators, and brackets left unmatched once the matched ones are out (体温）); a slash left at an end once a
    /// unit is out (体温/℃).
    static let trimSet = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: trimmedPunctuationText))

    /// The separators and brackets of ``trimSet``.
    private static let trimmedPunctuationText = ":：,，;；、*()[]【】/／"

    /// The text without leading and trailing characters of ``trimSet``, by scalars (Foundation's trimming bridges
    /// through NSString, which cost more than the rest of reading a header).
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return s }
        return String(scalars[first...last])
    }

    /// In ``trimSet``, without Foundation's character sets (white space is Unicode's White_Space, as theirs is).
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isSpace || trimmedPunctuation.contains(scalar)
    }

    private static let trimmedPunctuation = Set(trimmedPunctuationText.unicodeScalars)

    private static func stripUnitPrefix(_ s: String) -> String {
        var t = trimmed(s)
        for prefix in ["单位:", "单位：", "单位"] where t.hasPrefix(prefix) && t.count > prefix.count {
            t = trimmed(String(t.dropFirst(prefix.count)))
            break
        }
        return t
    }

    /// The closing bracket of an opening one, by scalar value.
    private static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "(": ")"
        case "[": "]"
        case "【": "】"
        case "〔": "〕"
        case "〈": "〉"
        default: nil
        }
    }

    /// The range of the last innermost bracketed group, brackets included (after NFKC, `（` is `(`).
    private static func lastBracket(in s: String) -> Range<String.Index>? {
        var stack: [(close: Unicode.Scalar, at: String.Index)] = []
        var found: Range<String.Index>?
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            if let close = closer(of: scalar) {
                stack.append((close, i))
            } else if let top = stack.last, top.close == scalar {
                stack.removeLast()
                found = top.at..<next
            }
            i = next
        }
        return found
    }

    /// `一`, `十二`, `3`: a list number written in a bracket.
    static func isNumeral(_ s: String) -> Bool {
        s.count <= 3 && s.allSatisfy { $0.isNumber || "一二三四五六七八九十".contains($0) }
    }

    private static func isLatinWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}
