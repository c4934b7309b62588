import Foundation
import FormFoldCore

/// Turns a header as written into the key the matcher compares: the ingest normalisation (NFKC, simplified script,
/// no line breaks, numbering, units or annotations), then traditional phrasing, filler words and synonyms.
///
/// `聯繫電話（必填）` → `手机号码`; `返乡人员基本信息` → `返乡人员`; `身分證字號` → `身份证号`.
/// Dictionary aliases go through the same steps, so a header and an alias meet on the same key.
public struct HeaderNormaliser: Sendable {
    public let converter: any ScriptConverter
    private let traditional: WordReplacer
    private let synonyms: WordReplacer
    /// Fillers to nothing, each exception to itself (matched first, being longer), in one scan.
    private let fillers: WordReplacer
    /// Words marking a total (合计).
    public let totals: Set<String>

    public init(synonyms table: SynonymTable, converter: any ScriptConverter = IdentityScriptConverter()) {
        self.converter = converter
        traditional = WordReplacer(table.traditional.flatMap { entry in entry.from.map { ($0, entry.to) } })
        var pairs: [(String, String)] = []
        for group in table.groups {
            guard let head = group.first else { continue }
            for member in group where member != head { pairs.append((member, head)) }
            pairs.append((head, head))  // so that a longer member never eats into the head itself
        }
        synonyms = WordReplacer(pairs)
        var fillerPairs: [(String, String)] = []
        for filler in table.fillers {
            fillerPairs.append((filler.word, ""))
            // After a word naming people the filler means something (老人名称 → 老人姓名); these pairs are longer than
            // the filler alone, so they are matched first.
            if let meaning = filler.afterPeople {
                for ending in table.parties.personEndings { fillerPairs.append((ending + filler.word, ending + meaning)) }
            }
            for word in filler.except ?? [] { fillerPairs.append((word, word)) }
        }
        fillers = WordReplacer(fillerPairs)
        totals = Set(table.totals)
    }

    /// The ingest normalisation of a header cell, with its unit and annotations.
    public func headerText(_ raw: String) -> HeaderText {
        HeaderText(raw, converter: converter)
    }

    /// The matching key of a raw header cell.
    public func key(raw: String) -> String {
        key(name: headerText(raw).name)
    }

    /// The matching key of a name already normalised by ingest (``Field/name``).
    public func key(name: String) -> String {
        var text = Self.askedPlainly(traditional.apply(Self.clean(name)))
        text = dropFillers(text)
        return synonyms.apply(text)
    }

    /// Words opening a yes/no question (有否 and 有没有 are 有无 once synonyms are applied; a key may not have them yet).
    static let questionWords = ["是否", "有无", "是不是", "有没有"]

    /// A question asked by a verb, 没 or 不, and the verb again (做没做核酸, 打没打疫苗, 去不去) asked as 是否 and the
    /// verb (是否做核酸): the spoken form of a yes/no question. 是不是 and 有没有 are question words of their own.
    static func askedPlainly(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.contains("没") || scalars.contains("不") else { return text }
        for i in 0..<(scalars.count - 2) where scalars[i] == scalars[i + 2] && (scalars[i + 1] == "没" || scalars[i + 1] == "不")
            && scalars[i].isHan && scalars[i] != "是" && scalars[i] != "有" {
            var out = String.UnicodeScalarView(scalars[..<i])
            out.append(contentsOf: "是否".unicodeScalars)
            out.append(scalars[i])
            out.append(contentsOf: scalars[(i + 3)...])
            return String(out)
        }
        return text
    }

    /// Punctuation out; 其中 (a breakdown of the column or group before) out; in a bilingual header
    /// (`Name 姓名`, `Date of Return 返港日期`) the Latin words out.
    static func clean(_ name: String) -> String {
        var text = name
        let hasHan = text.unicodeScalars.contains { $0.isHan }
        if hasHan, text.unicodeScalars.contains(where: { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) {
            // Latin words of two letters or more go; single letters and digits stay (H1, 14天).
            var out = "", word = ""
            // ID right after a Chinese word is kept: 店家ID, 资源id number a thing; they do not translate the header.
            func flush() {
                let afterHan = out.unicodeScalars.last?.isHan ?? false
                if word.count < 2 || (afterHan && word.lowercased() == "id") { out += word }
                word = ""
            }
            for scalar in text.unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic { word.unicodeScalars.append(scalar); continue }
                flush()
                out.unicodeScalars.append(scalar)
            }
            flush()
            // Only when the Chinese left is a header of its own (Name 姓名); in ID号 the letters are part of the word.
            if out.unicodeScalars.filter({ $0.isHan }).count >= 2 { text = out }
        }
        text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isSpace && !punctuation.contains($0) }))
        // 其中 (of which) marks a part of the column or group before; read with its group, a leaf's 其中 stands in
        // the middle (已复工企业数其中个体工商户) and says no more there.
        if text.containsUTF8("其中"), text.count > 2 { text = text.replacing("其中", with: "") }
        return dropTimeWindow(text)
    }

    /// A leading look-back window (14天内, 近14日, 过去7天以内, 48小时) out: 14天内是否去过中高风险地区 asks what
    /// 是否去过中高风险地区 asks, 48小时核酸检测结果 what 核酸检测结果 asks; the window is the form's rule, not
    /// another fact.
    static func dropTimeWindow(_ text: String) -> String {
        // 近期是否有不适, 当前是否在家: a time word before a question is the form's rule too.
        for lead in ["近期", "近日", "目前", "当前", "现在", "最近"] where text.startsUTF8(with: lead) {
            let rest = String(text.dropFirst(lead.count))
            if questionWords.contains(where: rest.startsUTF8) { return rest }
        }
        // A window opens with a number or 最近, 过去, 近: most headers are left here.
        guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) || first == "最" || first == "过" || first == "近"
        else { return text }
        var rest = Substring(text)
        for lead in ["最近", "过去", "近"] where rest.hasPrefix(lead) { rest = rest.dropFirst(lead.count); break }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return text }
        rest = rest.dropFirst(digits.count)
        if rest.hasPrefix("小时") { rest = rest.dropFirst(2) } else {
            guard let unit = rest.first, unit == "天" || unit == "日" else { return text }
            rest = rest.dropFirst()
        }
        for tail in ["以内", "之内", "内"] where rest.hasPrefix(tail) { rest = rest.dropFirst(tail.count); break }
        if rest.hasPrefix("的") { rest = rest.dropFirst() }
        return rest.count >= 2 ? String(rest) : text
    }

    static let punctuation: Set<Unicode.Scalar> = Set(":：、,，.。;；!！?？\"“”'‘’·…_".unicodeScalars)

    /// Drops filler words, unless the filler stands inside one of its exception words or nothing would be left.
    func dropFillers(_ text: String) -> String {
        let stripped = fillers.apply(text)
        return stripped.isEmpty ? text : stripped
    }
}
