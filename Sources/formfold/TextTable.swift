import FormFoldCore
/// A plain-text table whose columns line up in a terminal, counting CJK characters as two cells wide.
struct TextTable {
    let columns: [String]
    private var rows: [[String]] = []

    init(columns: [String]) { self.columns = columns }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(indent: String = "") -> String {
        let all = [columns] + rows
        let widths = columns.indices.map { i in all.map { TextTable.displayWidth($0[i]) }.max() ?? 0 }
        return all.enumerated().map { n, row in
            let line = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - TextTable.displayWidth(cell))
            }.joined(separator: "  ")
            let rule = n == 0 ? "\n" + indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") : ""
            return indent + line + rule
        }.joined(separator: "\n")
    }

    /// Terminal cells: East Asian wide and full-width characters take two.
    static func displayWidth(_ s: String) -> Int {
        DisplayWidth.cells(s)
    }
}
