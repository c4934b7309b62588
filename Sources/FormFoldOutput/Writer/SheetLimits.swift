import FormFoldCore

/// Excel's sheet limits and the A1 names FormFold's writer uses in its messages. Rows and columns are 0-based.
public enum SheetLimits {
    /// Rows in a sheet: 1,048,576 (rows 0…1,048,575).
    public static let rows = 1_048_576
    /// Columns in a sheet: 16,384 (A…XFD).
    public static let columns = 16_384
    /// Characters in a sheet name.
    public static let sheetNameLength = 31
    /// Characters Excel forbids in a sheet name.
    public static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `A1` for row 0, column 0; `XFE1` past the last column; `R-1C0` when either is negative.
    public static func cellName(row: Int, col: Int) -> String {
        guard row >= 0, col >= 0, row < Int(Int32.max) else { return "R\(row)C\(col)" }
        return CellReference(row: row + 1, column: col).description
    }

    /// `A1:F1`, or the single cell's name when the range is one cell.
    public static func rangeName(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) -> String {
        let a = cellName(row: firstRow, col: firstCol)
        if firstRow == lastRow && firstCol == lastCol { return a }
        return a + ":" + cellName(row: lastRow, col: lastCol)
    }

    /// True when the cell lies inside the sheet.
    static func contains(row: Int, col: Int) -> Bool {
        (0..<rows).contains(row) && (0..<columns).contains(col)
    }
}
