import FormFoldCore

/// Splits UTF-8 csv text into records and fields (RFC 4180), working on bytes.
///
/// Quoted fields may hold the delimiter, doubled quotes and line breaks; records end with CRLF, LF or CR.
/// Text after a closing quote and before the next delimiter is kept, as Excel does. The parser is fed the text
/// a chunk at a time: it returns where the last complete record ends, and the caller keeps the rest in front of
/// the next chunk.
struct CSVRecordParser {
    private let delimiter: UInt8
    private let limits: ReadLimits
    private let file: String
    /// Records completed so far: the row number of the last one.
    private(set) var rowIndex = 0
    /// The physical line on which the next record starts.
    private(set) var lineNumber = 1
    private var scratch: [UInt8] = []
    private var widestRow = 8

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(delimiter: CSVDelimiter, limits: ReadLimits, file: String) {
        self.delimiter = delimiter.byte
        self.limits = limits
        self.file = file
    }

    /// Parses the complete records in `text`, giving each one that holds anything to `body` (blank records still
    /// take a row number). Returns the bytes consumed: the rest is an incomplete record. With `isFinal`, the text
    /// is the end of the file and everything is consumed.
    mutating func parse(_ p: UnsafeBufferPointer<UInt8>, isFinal: Bool,
                        _ body: (SheetRow) throws -> Void) throws -> Int {
        let n = p.count
        let delimiter = self.delimiter
        let quote = Self.quote, lf = Self.lineFeed, cr = Self.carriageReturn
        var i = 0
        var consumed = 0
        while i < n {
            var cells: [CellValue] = []
            cells.reserveCapacity(widestRow)
            var column = 0
            var breaksInside = 0  // line breaks inside quoted fields of this record
            fields: while true {
                let fieldStart = i
                var value = CellValue.empty
                if i < n, p[i] == quote {
                    var j = i + 1
                    var segmentStart = j
                    var escaped = false
                    while true {
                        while j < n, p[j] != quote { j += 1 }
                        if j >= n {
                            if n - fieldStart > limits.maxCellBytes { throw cellTooLong(column: column, unclosed: true) }
                            if isFinal { throw unclosedQuote(column: column, line: lineNumber + breaksInside) }
                            return consumed
                        }
                        if j + 1 < n {
                            if p[j + 1] == quote {
                                if !escaped { scratch.removeAll(keepingCapacity: true); escaped = true }
                                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segmentStart...j]))
                                j += 2
                                segmentStart = j
                                continue
                            }
                        } else if !isFinal {
                            return consumed  // a doubled quote may continue in the next chunk
                        }
                        break
                    }
                    let content = UnsafeBufferPointer(rebasing: p[segmentStart..<j])
                    breaksInside += Self.lineBreaks(in: content)
                    i = j + 1
                    var trailing = i
                    while trailing < n, p[trailing] != delimiter, p[trailing] != lf, p[trailing] != cr { trailing += 1 }
                    if trailing >= n, !isFinal { return consumed }
                    if escaped || trailing > i {
                        if !escaped { scratch.removeAll(keepingCapacity: true) }
                        scratch.append(contentsOf: content)
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<trailing]))
                        i = trailing
                        if scratch.count > limits.maxCellBytes { throw cellTooLong(column: column, unclosed: false) }
                        if !scratch.isEmpty { value = .text(String(decoding: scratch, as: UTF8.self)) }
                    } else {
                        if content.count > limits.maxCellBytes { throw cellTooLong(column: column, unclosed: false) }
                        if !content.isEmpty { value = .text(String(decoding: content, as: UTF8.self)) }
                    }
                } else {
                    while i < n {
                        let b = p[i]
                        if b == delimiter || b == lf || b == cr { break }
                        i += 1
                    }
                    if i >= n, !isFinal {
                        if i - fieldStart > limits.maxCellBytes { throw cellTooLong(column: column, unclosed: false) }
                        return consumed
                    }
                    if i > fieldStart {
                        if i - fieldStart > limits.maxCellBytes { throw cellTooLong(column: column, unclosed: false) }
                        value = .text(String(decoding: UnsafeBufferPointer(rebasing: p[fieldStart..<i]), as: UTF8.self))
                    }
                }

                if case .text = value {
                    if column >= limits.maxColumns { throw tooManyColumns(column: column) }
                    while cells.count < column { cells.append(.empty) }
                    cells.append(value)
                }
                column += 1

                if i >= n { break fields }  // the end of the file ends the record
                let b = p[i]
                if b == delimiter {
                    i += 1
                    continue fields
                }
                if b == cr {
                    if i + 1 < n {
                        i += p[i + 1] == lf ? 2 : 1
                    } else if isFinal {
                        i += 1
                    } else {
                        return consumed  // CR LF may be cut by the chunk
                    }
                } else {
                    i += 1
                }
                break fields
            }
            rowIndex += 1
            lineNumber += 1 + breaksInside
            consumed = i
            if !cells.isEmpty {  // empty fields are only stored before text, so trailing ones are dropped
                if rowIndex > limits.maxRows { throw tooManyRows() }
                widestRow = max(widestRow, cells.count)
                try body(SheetRow(index: rowIndex, cells: cells))
            }
        }
        return consumed
    }

    /// Where an incomplete record that starts `partial` stops: its row, the 0-based column of its last field, and
    /// the physical line.
    func position(atEndOf partial: UnsafeBufferPointer<UInt8>) -> (row: Int, column: Int, line: Int) {
        var column = 0, breaks = 0, inQuotes = false
        var previous: UInt8 = 0
        for b in partial {
            if b == Self.quote { inQuotes.toggle() }
            else if b == delimiter, !inQuotes { column += 1 }
            else if b == Self.lineFeed, previous != Self.carriageReturn { breaks += 1 }
            else if b == Self.carriageReturn { breaks += 1 }
            previous = b
        }
        return (rowIndex + 1, column, lineNumber + breaks)
    }

    private static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var breaks = 0
        var previous: UInt8 = 0
        for b in bytes {
            if b == lineFeed { if previous != carriageReturn { breaks += 1 } }
            else if b == carriageReturn { breaks += 1 }
            previous = b
        }
        return breaks
    }

    private func cell(column: Int) -> String {
        CellReference(row: rowIndex + 1, column: column).description
    }

    private func unclosedQuote(column: Int, line: Int) -> IngestError {
        IngestError(file: file, cell: cell(column: column),
                    message: "row \(rowIndex + 1) (line \(line)) opens a quoted field that is never closed: the file "
                        + "ends inside the quotes. Close the quote or remove the stray \" and save again.")
    }

    private func cellTooLong(column: Int, unclosed: Bool) -> IngestError {
        IngestError(file: file, cell: cell(column: column),
                    message: "the cell holds more than \(limits.maxCellBytes) bytes of text"
                        + (unclosed ? ", most likely because a quote in row \(rowIndex + 1) is never closed" : ""))
    }

    private func tooManyColumns(column: Int) -> IngestError {
        IngestError(file: file, cell: cell(column: column),
                    message: "row \(rowIndex + 1) has more than \(limits.maxColumns) fields, the most a sheet can hold")
    }

    private func tooManyRows() -> IngestError {
        IngestError(file: file, cell: CellReference(row: rowIndex, column: 0).description,
                    message: "the file has more than \(limits.maxRows) rows, the most a sheet can hold")
    }
}
