/// One row of a sheet as a reader streams it.
///
/// `index` is the 1-based row number shown in the spreadsheet. `cells[0]` is column A; the array
/// runs to the last column that holds anything in this row (trailing empties may be trimmed).
public struct SheetRow: Sendable, Hashable {
    public var index: Int
    public var cells: [CellValue]

    public init(index: Int, cells: [CellValue]) {
        self.index = index
        self.cells = cells
    }

    /// The cell at a 0-based column, ``CellValue/empty`` beyond the end.
    public subscript(column: Int) -> CellValue {
        column < cells.count ? cells[column] : .empty
    }

    /// True when every cell is blank.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }

    /// 0-based columns of the cells that are not blank.
    public var filledColumns: [Int] { cells.indices.filter { !cells[$0].isBlank } }
}
