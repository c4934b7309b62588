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
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return w + (wide ? 2 : 1)
        }
    }
}
