/// The top rows of a sheet with its merged ranges: the window in which titles, meta lines and
/// header blocks are found.
struct HeadGrid {
    /// Non-blank rows in sheet order.
    let rows: [SheetRow]
    let mergesKnown: Bool
    private let byIndex: [Int: Int]
    private let mergesByRow: [Int: [CellRange]]

    init(rows: [SheetRow], merges: [CellRange], mergesKnown: Bool) {
        self.rows = rows
        self.mergesKnown = mergesKnown
        var byIndex: [Int: Int] = [:]
        for (i, r) in rows.enumerated() { byIndex[r.index] = i }
        self.byIndex = byIndex
        var mergesByRow: [Int: [CellRange]] = [:]
        if let first = rows.first?.index, let last = rows.last?.index {
            for m in merges where !m.isSingleCell && m.lastRow >= first && m.firstRow <= last {
                for r in max(m.firstRow, first)...min(m.lastRow, last) where byIndex[r] != nil || r == m.firstRow {
                    mergesByRow[r, default: []].append(m)
                }
            }
        }
        self.mergesByRow = mergesByRow
    }

    /// The cell at a sheet row (1-based) and column (0-based).
    func value(row: Int, column: Int) -> CellValue {
        guard let i = byIndex[row] else { return .empty }
        return rows[i][column]
    }

    /// The merged range covering a cell, if any.
    func merge(row: Int, column: Int) -> CellRange? {
        mergesByRow[row]?.first { $0.contains(row: row, column: column) }
    }

    /// True when a merge covers the cell but does not start there.
    func isCovered(row: Int, column: Int) -> Bool {
        guard let m = merge(row: row, column: column) else { return false }
        return m.firstRow != row || m.firstColumn != column
    }

    /// The filled cells of a row that are not covered by a merge, with their column.
    func origins(_ row: SheetRow) -> [(column: Int, value: CellValue)] {
        row.cells.indices.compactMap { c in
            let v = row.cells[c]
            if v.isBlank || isCovered(row: row.index, column: c) { return nil }
            return (c, v)
        }
    }

    /// True when the row holds one filled cell that a merge stretches over most of `width` columns,
    /// or one filled cell and nothing else.
    func isSingleCellLine(_ row: SheetRow) -> Bool {
        origins(row).count == 1
    }
}
