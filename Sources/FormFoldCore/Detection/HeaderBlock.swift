/// A header block of one to four rows and the path of each column through it.
///
/// With merged ranges, a group cell is a merge two or more columns wide whose columns have cells
/// in the row below (`排查风险人员（按区域）` over `省外返临人数 | 省内返临人数 | 自行排查（报备）`), and a
/// leaf spanning several rows is a vertical merge (`乡镇单位` over A3:A4). Where the file records no
/// merges (csv, xls) or leaves a group cell unmerged, a group cell is a filled cell followed by blank cells whose columns are filled
/// in the row below, and a blank under a leaf is its vertical continuation.
struct HeaderBlock {
    static let maxRows = 4

    /// Positions in ``HeadGrid/rows`` of the header rows.
    let rowPositions: ClosedRange<Int>
    /// 0-based column → path from outermost group to leaf, for columns that have header text.
    let paths: [(column: Int, path: [String])]

    var sheetRows: ClosedRange<Int> = 0...0

    /// Finds the block that starts at `start` in `grid`.
    init(grid: HeadGrid, start: Int) {
        var end = start
        while end - start + 1 < HeaderBlock.maxRows, end + 1 < grid.rows.count,
              grid.rows[end + 1].index == grid.rows[end].index + 1,
              HeaderBlock.continues(grid: grid, upper: start...end, lower: end + 1) {
            end += 1
        }
        rowPositions = start...end
        sheetRows = grid.rows[start].index...grid.rows[end].index
        paths = HeaderBlock.paths(grid: grid, rows: start...end)
    }

    /// The right-most column of the block's rows.
    private static func width(grid: HeadGrid, rows: ClosedRange<Int>) -> Int {
        rows.map { grid.rows[$0].cells.lastIndex { !$0.isBlank } ?? 0 }.max() ?? 0
    }

    /// The columns that the header cell at (`row`, `column`) stretches across: its merge, or without
    /// merge information the blanks to its right up to the next filled cell or `edge`.
    private static func span(grid: HeadGrid, row: SheetRow, column: Int, edge: Int) -> ClosedRange<Int> {
        if let m = grid.merge(row: row.index, column: column) { return m.firstColumn...m.lastColumn }
        var last = column
        while last + 1 <= edge, row[last + 1].isBlank, grid.merge(row: row.index, column: last + 1) == nil { last += 1 }
        return column...last
    }

    /// True when the row at `lower` continues the header rows `upper`: it is text only, and each of
    /// its cells sits under a group cell of the row above it.
    static func continues(grid: HeadGrid, upper: ClosedRange<Int>, lower: Int) -> Bool {
        let above = grid.rows[upper.upperBound]
        let row = grid.rows[lower]
        let cells = grid.origins(row)
        guard !cells.isEmpty, cells.allSatisfy({ FormDetector.isHeaderLike($0.value) }) else { return false }
        let edge = width(grid: grid, rows: upper.lowerBound...lower)
        let parents = cells.map { parentSpan(grid: grid, row: above, over: $0.column, edge: edge) }
        return parents.allSatisfy { $0 != nil } && parents.contains { ($0?.count ?? 0) >= 2 }
    }

    /// The span of the header cell in `row` above `column`, when that cell can have children below:
    /// it is filled (or merged) in this row and does not continue down as a vertical merge.
    private static func parentSpan(grid: HeadGrid, row: SheetRow, over column: Int, edge: Int) -> ClosedRange<Int>? {
        if let m = grid.merge(row: row.index, column: column) {
            return m.lastRow == row.index ? m.firstColumn...m.lastColumn : nil
        }
        var c = column
        while c >= 0, row[c].isBlank, grid.merge(row: row.index, column: c) == nil { c -= 1 }
        guard c >= 0, !row[c].isBlank else { return nil }
        let s = span(grid: grid, row: row, column: c, edge: edge)
        return s.contains(column) ? s : nil
    }

    /// The column of the group cell in `row` whose span covers `column` and is two or more columns
    /// wide, or nil.
    private static func groupCell(grid: HeadGrid, row: SheetRow, over column: Int, edge: Int) -> Int? {
        guard let s = parentSpan(grid: grid, row: row, over: column, edge: edge), s.count >= 2 else { return nil }
        return s.lowerBound
    }

    /// Each column's path through the block's rows.
    private static func paths(grid: HeadGrid, rows: ClosedRange<Int>) -> [(column: Int, path: [String])] {
        let edge = width(grid: grid, rows: rows)
        var result: [(Int, [String])] = []
        for column in 0...edge {
            var path: [String] = []
            for (depth, position) in rows.enumerated() {
                let row = grid.rows[position]
                let isLastRow = depth == rows.count - 1
                if let m = grid.merge(row: row.index, column: column) {
                    // Only the row where the merge starts names it; a vertical merge adds nothing below.
                    if m.firstRow == row.index || (m.firstRow < grid.rows[rows.lowerBound].index && depth == 0) {
                        let text = grid.value(row: m.firstRow, column: m.firstColumn).displayText
                        append(text, to: &path)
                    }
                    continue
                }
                let v = row[column]
                if !v.isBlank {
                    append(v.displayText, to: &path)
                } else if !isLastRow,
                          let g = groupCell(grid: grid, row: row, over: column, edge: edge),
                          hasChildren(grid: grid, rows: rows, below: depth, span: span(grid: grid, row: row, column: g, edge: edge)) {
                    append(row[g].displayText, to: &path)
                }
            }
            if !path.isEmpty { result.append((column, path)) }
        }
        return result
    }

    private static func hasChildren(grid: HeadGrid, rows: ClosedRange<Int>, below depth: Int, span: ClosedRange<Int>) -> Bool {
        let position = rows.lowerBound + depth + 1
        guard position <= rows.upperBound else { return false }
        return span.contains { !grid.rows[position][$0].isBlank }
    }

    private static func append(_ raw: String, to path: inout [String]) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty, path.last != text { path.append(text) }
    }
}
