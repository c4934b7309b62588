import FormFoldCore

/// Turns the tokens of one worksheet part into ``SheetRow``s, handing each row on as soon as its
/// `</row>` arrives, and collects the merged ranges that follow `<sheetData>`.
///
/// Holds only the row being built. Checks what the xlsx format promises: rows in ascending order,
/// cells in column order, references inside Excel's limits, values that parse.
struct WorksheetParser: XMLTokenSink {
    private let part: XLSXPart
    private let limits: ReadLimits
    private let strings: SharedStringTable
    private let styles: StyleTable
    private let uses1904: Bool
    private let emit: (SheetRow) throws -> Void

    /// Merged ranges found so far (complete once the part is scanned).
    private(set) var merges: [CellRange] = []

    private var inSheetData = false
    private var inRow = false
    private var rowNumber = 0
    private var lastRowNumber = 0
    private var cells: [CellValue] = []
    private var widthHint = 4
    private var lastColumn = -1

    private var inCell = false
    private var column = 0
    private var cellType = CellType.number
    private var style = 0
    private var hasValue = false
    private var inInlineString = false
    private var collecting = false
    private var phoneticDepth = 0
    private var text: [UInt8] = []

    init(part: XLSXPart, limits: ReadLimits, strings: SharedStringTable, styles: StyleTable,
         uses1904: Bool, emit: @escaping (SheetRow) throws -> Void) {
        self.part = part
        self.limits = limits
        self.strings = strings
        self.styles = styles
        self.uses1904 = uses1904
        self.emit = emit
        text.reserveCapacity(256)
    }

    /// Checks that the part did not stop inside a row.
    func finish() throws {
        if inRow {
            throw part.malformed("the XML ends inside row \(rowNumber): the part is truncated or damaged")
        }
    }

    mutating func take(_ token: XMLToken, in b: UnsafePointer<UInt8>) throws {
        let n = token.nameEnd - token.nameStart
        let first = b[token.nameStart]
        switch token.kind {
        case .start, .empty:
            let isEmpty = token.kind == .empty
            if n == 1 {
                if first == UInt8(ascii: "c") {
                    guard inRow else { return }
                    try beginCell(token, b)
                    if isEmpty { try endCell() }
                } else if first == UInt8(ascii: "v") {
                    guard inCell else { return }
                    hasValue = true
                    collecting = !isEmpty
                    text.removeAll(keepingCapacity: true)
                } else if first == UInt8(ascii: "t") {
                    guard inInlineString, phoneticDepth == 0 else { return }
                    collecting = !isEmpty
                }
            } else if n == 3, first == UInt8(ascii: "r"), token.named("row", in: b) {
                try beginRow(token, b)
                if isEmpty { try endRow() }
            } else if n == 2, token.named("is", in: b) {
                guard inCell else { return }
                hasValue = true
                inInlineString = !isEmpty
                text.removeAll(keepingCapacity: true)
            } else if n == 3, token.named("rPh", in: b) {
                if inInlineString, !isEmpty { phoneticDepth += 1 }
            } else if token.named("sheetData", in: b) {
                inSheetData = !isEmpty
            } else if token.named("mergeCell", in: b) {
                var cursor = XMLAttributeCursor(token, in: b)
                while let a = cursor.next() {
                    guard a.named("ref", in: b) else { continue }
                    let ref = String(decoding: a.value(in: b), as: UTF8.self)
                    if let range = CellRange(reference: ref) { merges.append(range) }
                }
            }
        case .end:
            if n == 1 {
                if first == UInt8(ascii: "c") {
                    if inCell { try endCell() }
                } else if first == UInt8(ascii: "v") || first == UInt8(ascii: "t") {
                    collecting = false
                }
            } else if n == 3, first == UInt8(ascii: "r"), token.named("row", in: b) {
                if inRow { try endRow() }
            } else if n == 2, token.named("is", in: b) {
                inInlineString = false
                collecting = false
            } else if n == 3, token.named("rPh", in: b) {
                phoneticDepth = max(0, phoneticDepth - 1)
            } else if token.named("sheetData", in: b) {
                inSheetData = false
            }
        case .text:
            guard collecting else { return }
            do {
                try XMLTextDecoder.append(b, token.bodyStart, token.bodyEnd, to: &text)
            } catch {
                throw part.malformed("the cell holds \(error.message)", cell: cellName)
            }
            if text.count > limits.maxCellBytes { throw cellTooLong() }
        case .cdata:
            guard collecting else { return }
            text.append(contentsOf: UnsafeBufferPointer(start: b + token.bodyStart, count: token.bodyEnd - token.bodyStart))
            if text.count > limits.maxCellBytes { throw cellTooLong() }
        }
    }

    // MARK: - Rows

    private mutating func beginRow(_ token: XMLToken, _ b: UnsafePointer<UInt8>) throws {
        guard inSheetData else { return }
        var number = lastRowNumber + 1
        var cursor = XMLAttributeCursor(token, in: b)
        while let a = cursor.next() {
            guard a.nameEnd - a.nameStart == 1, b[a.nameStart] == UInt8(ascii: "r") else { continue }
            guard let r = CellAddressText.row(b, a.valueStart, a.valueEnd), r > 0 else {
                let raw = String(decoding: a.value(in: b), as: UTF8.self)
                throw part.failure("row number \"\(raw)\" after row \(lastRowNumber) is not a valid row number: the file is damaged; open it in Excel and save it again")
            }
            number = r
        }
        if number > limits.maxRows {
            throw part.failure("row \(number) lies past row \(limits.maxRows): the sheet exceeds Excel's limits (\(limits.maxRows) rows); split the data over several sheets or files")
        }
        if number <= lastRowNumber {
            let what = number == lastRowNumber
                ? "row \(number) appears twice"
                : "row \(number) comes after row \(lastRowNumber)"
            throw part.failure("\(what): rows must be in ascending order; the file was not written by Excel or is damaged; open it in Excel and save it again")
        }
        rowNumber = number
        lastRowNumber = number
        inRow = true
        lastColumn = -1
        cells = []
        cells.reserveCapacity(widthHint)
    }

    private mutating func endRow() throws {
        inRow = false
        inCell = false
        guard !cells.isEmpty else { return }
        widthHint = max(widthHint, cells.count)
        let row = SheetRow(index: rowNumber, cells: cells)
        cells = []
        try emit(row)
    }

    // MARK: - Cells

    private var cellName: String { CellReference(row: rowNumber, column: column).description }

    @inline(__always)
    private mutating func beginCell(_ token: XMLToken, _ b: UnsafePointer<UInt8>) throws {
        var col = lastColumn + 1
        var type = CellType.number
        var styleIndex = 0
        var cursor = XMLAttributeCursor(token, in: b)
        while let a = cursor.next() {
            guard a.nameEnd - a.nameStart == 1 else { continue }
            switch b[a.nameStart] {
            case UInt8(ascii: "r"):
                guard let address = CellAddressText.parse(b, a.valueStart, a.valueEnd) else {
                    let raw = String(decoding: a.value(in: b), as: UTF8.self)
                    throw part.failure("\"\(raw)\" is not a valid cell reference: the file is damaged; open it in Excel and save it again",
                                       cell: CellReference(row: rowNumber, column: col).description)
                }
                col = address.column
            case UInt8(ascii: "s"):
                styleIndex = NumberText.index(a.value(in: b)) ?? 0
            case UInt8(ascii: "t"):
                guard let t = CellType(a.value(in: b)) else {
                    let raw = String(decoding: a.value(in: b), as: UTF8.self)
                    throw part.failure("unknown cell type t=\"\(raw)\": the file was not written by a spreadsheet program or is damaged",
                                       cell: CellReference(row: rowNumber, column: col).description)
                }
                type = t
            default:
                break
            }
        }
        column = col
        if col >= limits.maxColumns {
            throw part.failure("cell \(cellName) lies past column \(CellReference.columnName(limits.maxColumns - 1)): the sheet exceeds Excel's limits (\(limits.maxColumns) columns)",
                               cell: cellName)
        }
        if col <= lastColumn {
            throw part.failure("cell \(cellName) comes after \(CellReference(row: rowNumber, column: lastColumn)) in its row: cells must be in column order; open the file in Excel and save it again",
                               cell: cellName)
        }
        lastColumn = col
        cellType = type
        style = styleIndex
        inCell = true
        hasValue = false
        collecting = false
        inInlineString = false
        phoneticDepth = 0
    }

    @inline(__always)
    private mutating func endCell() throws {
        inCell = false
        collecting = false
        inInlineString = false
        guard hasValue else { return }
        let value: CellValue
        switch cellType {
        case .number:
            let parsed = text.withUnsafeBufferPointer { NumberText.parse($0) }
            guard let number = parsed else {
                if text.allSatisfy({ $0 <= 0x20 }) { return }
                throw part.failure("the value \"\(shownText)\" is not a number although the cell is a number cell: the file is damaged", cell: cellName)
            }
            if let kind = styles.dateKind(style: style),
               let date = SpreadsheetDate(serial: number, kind: kind, uses1904: uses1904) {
                value = .date(date)
            } else {
                value = .number(number)
            }
        case .sharedString:
            guard let index = text.withUnsafeBufferPointer({ NumberText.index($0) }),
                  let string = strings.string(at: index) else {
                throw part.failure("shared string index \"\(shownText)\" is out of range (the workbook has \(strings.count) shared strings): the file is damaged; open it in Excel and save it again",
                                   cell: cellName)
            }
            guard !string.isEmpty else { return }
            value = .text(string)
        case .inlineString, .formulaString:
            XstringDecoder.unescape(&text)
            guard !text.isEmpty else { return }
            value = .text(String(decoding: text, as: UTF8.self))
        case .boolean:
            switch shownText.trimmingWhitespace {
            case "1", "true", "TRUE": value = .bool(true)
            case "0", "false", "FALSE": value = .bool(false)
            case "": return
            default:
                throw part.failure("the value \"\(shownText)\" is not a boolean (1 or 0) although the cell is a boolean cell: the file is damaged", cell: cellName)
            }
        case .error:
            guard !text.isEmpty else { return }
            value = .error(String(decoding: text, as: UTF8.self))
        case .isoDate:
            guard !text.isEmpty else { return }
            guard let date = text.withUnsafeBufferPointer({ ISODateText.parse($0) }) else {
                throw part.failure("the value \"\(shownText)\" is not an ISO 8601 date although the cell is a date cell: the file is damaged", cell: cellName)
            }
            value = .date(date)
        }
        if cells.count < column {
            cells.append(contentsOf: repeatElement(CellValue.empty, count: column - cells.count))
        }
        cells.append(value)
    }

    private var shownText: String {
        let s = String(decoding: text.prefix(40), as: UTF8.self)
        return text.count > 40 ? s + "…" : s
    }

    private func cellTooLong() -> IngestError {
        part.failure("the cell holds more than \(limits.maxCellBytes) bytes of text, more than a spreadsheet cell can hold (Excel allows 32,767 characters): the file is damaged or not a normal spreadsheet",
                     cell: cellName)
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
