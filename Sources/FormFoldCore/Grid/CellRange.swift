/// A rectangle of cells, such as a merged range. Rows are 1-based, columns 0-based (A = 0).
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = min(firstRow, lastRow)
        self.lastRow = max(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// Parses `A1:S1` or a single reference `B3`; nil when malformed.
    public init?(reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let a = CellReference(String(parts[0])),
              let b = CellReference(String(parts.count == 2 ? parts[1] : parts[0])) else { return nil }
        self.init(firstRow: a.row, firstColumn: a.column, lastRow: b.row, lastColumn: b.column)
    }

    public func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }

    public var isSingleCell: Bool { firstRow == lastRow && firstColumn == lastColumn }

    /// `A1:S1`.
    public var description: String {
        let a = CellReference(row: firstRow, column: firstColumn).description
        return isSingleCell ? a : a + ":" + CellReference(row: lastRow, column: lastColumn).description
    }
}

/// One cell's address. `row` is 1-based, `column` 0-based (A = 0); printed as `C7`.
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C7` or `$C$7`; nil when malformed.
    public init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for u in text.utf8 where u != UInt8(ascii: "$") {
            switch u {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(u - UInt8(ascii: "A")) + 1; letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(u - UInt8(ascii: "a")) + 1; letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(u - UInt8(ascii: "0")); digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row, column: column - 1)
    }

    public var description: String { CellReference.columnName(column) + String(row) }

    /// Column letters for a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var scalars: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(scalars.reversed())
    }
}
