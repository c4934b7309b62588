/// Finds the forms on one sheet from its rows as they stream past.
///
/// The first ``headLimit`` non-blank rows are kept: titles, meta lines, notes and header blocks are
/// found there once the sheet's merged ranges are known (an xlsx file lists them after the rows).
/// Rows past that window are not kept: they count as data rows of the last form, feeding the
/// type inference of its columns, until a footer (`填表人：`) or a note (`填表说明：`) ends the data.
///
/// ```swift
/// var detector = FormDetector(file: "a.xlsx", sheet: "Sheet1")
/// try reader.readSheet(at: 0) { detector.add($0) }
/// let forms = detector.finish(merges: layout.merges, mergesKnown: layout.mergesKnown)
/// ```
public struct FormDetector {
    public let file: String
    public let sheet: String?
    public let headLimit: Int
    private let converter: any ScriptConverter

    private var head: [SheetRow] = []
    private var tail = TailSummary()

    /// `recordLimit`: data rows whose values each form keeps in ``Form/records`` (0: none, the default).
    public init(file: String, sheet: String?, converter: any ScriptConverter = IdentityScriptConverter(), headLimit: Int = 200,
                recordLimit: Int = 0) {
        self.file = file
        self.sheet = sheet
        self.converter = converter
        self.headLimit = max(headLimit, 8)
        self.recordLimit = max(recordLimit, 0)
        tail.recordLimit = self.recordLimit
        tail.converter = converter
    }

    public let recordLimit: Int

    /// Takes the next row of the sheet (rows must come top to bottom).
    public mutating func add(_ row: SheetRow) {
        if row.isBlank { return }
        if head.count < headLimit {
            head.append(row)
        } else {
            tail.add(row)
        }
    }

    /// The forms on the sheet, given its merged ranges (empty when the format records none).
    public func finish(merges: [CellRange], mergesKnown: Bool) -> [Form] {
        let grid = HeadGrid(rows: head, merges: merges, mergesKnown: mergesKnown)
        var forms: [Form] = []
        var position = 0
        while position < grid.rows.count {
            guard let parsed = FormParser(grid: grid, start: position, converter: converter).parse() else { break }
            let ownsTail = parsed.end >= grid.rows.count && !parsed.trailerStarted
            forms.append(parsed.form(file: file, sheet: sheet, converter: converter,
                                     tail: ownsTail ? tail : TailSummary(), grid: grid, recordLimit: recordLimit))
            if parsed.end <= position { break }
            position = parsed.end
        }
        return forms
    }

    /// True for a cell that reads like a header: text that is not a number, ID number, phone or date value.
    static func isHeaderLike(_ value: CellValue) -> Bool {
        guard case .text(let t) = value else { return false }
        if t.count > 120 { return false }
        switch ValueKind.classify(text: ValueKind.trimmed(t)) {
        case .integer, .decimal, .idNumber, .mobile, .dateTime: return false
        default: return true
        }
    }
}

/// What the rows past the kept window add: data rows and their column profiles, and the footer
/// and notes that end the data.
struct TailSummary {
    var dataRows = 0
    /// Data rows kept whole, up to ``recordLimit``.
    var records: [SheetRow] = []
    var recordLimit = 0
    var converter: any ScriptConverter = IdentityScriptConverter()
    var profiles: [Int: ColumnProfile] = [:]
    var footer: [MetaEntry] = []
    var notes: [String] = []
    var trailerStarted = false
    var isEmpty: Bool { dataRows == 0 && footer.isEmpty && notes.isEmpty }

    mutating func add(_ row: SheetRow) {
        if let line = TrailerLine(row: row, trailerStarted: trailerStarted, converter: converter) {
            trailerStarted = true
            line.record(footer: &footer, notes: &notes)
            return
        }
        dataRows += 1
        if records.count < recordLimit { records.append(row) }
        for (c, v) in row.cells.enumerated() where !v.isBlank {
            profiles[c, default: ColumnProfile()].add(v)
        }
    }
}

/// A footer line or a note under the data.
enum TrailerLine {
    case footer([MetaEntry])
    case note(String)

    /// Classifies a sparse row under the data; nil for a data row. Once the trailer has started,
    /// every further sparse text row is a note.
    init?(row: SheetRow, trailerStarted: Bool, converter: any ScriptConverter = IdentityScriptConverter()) {
        var texts: [String] = []
        for v in row.cells where !v.isBlank {
            guard case .text(let t) = v, texts.count < 4 else { return nil }
            texts.append(t.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard !texts.isEmpty else { return nil }
        let joined = texts.joined(separator: "  ")
        if SheetLine.isNote(joined, converter: converter) {
            self = .note(joined)
        } else if SheetLine.isFooter(joined, converter: converter), let pairs = SheetLine.metaPairs(joined, converter: converter) {
            self = .footer(pairs)
        } else if trailerStarted {
            self = .note(joined)
        } else {
            return nil
        }
    }

    func record(footer: inout [MetaEntry], notes: inout [String]) {
        switch self {
        case .footer(let pairs): footer.append(contentsOf: pairs)
        case .note(let text): notes.append(text)
        }
    }
}
