/// Reads one form from the kept rows of a sheet, starting at a position: the preamble (title, meta
/// lines, notes), the header block, the data rows (with further stacked header blocks for a
/// cross-tab), and the trailer (footer and notes).
struct FormParser {
    let grid: HeadGrid
    let start: Int
    let converter: any ScriptConverter

    /// Words that a form's title nearly always carries.
    static let titleWords = ["表", "单", "册", "台账", "统计", "情况", "名单", "登记", "汇总", "报告", "清单", "明细"]

    func parse() -> ParsedForm? {
        let rows = grid.rows
        var form = ParsedForm()
        var i = start
        while i < rows.count, !isHeaderCandidate(rows[i]) {
            readPreamble(rows[i], into: &form)
            i += 1
        }
        guard i < rows.count else { return nil }
        var block = HeaderBlock(grid: grid, start: i)
        form.blocks.append(ParsedForm.Block(header: block))
        var j = block.rowPositions.upperBound + 1
        if j < rows.count, rows[j].index == block.sheetRows.upperBound + 1, isColumnNumberRow(rows[j]) { j += 1 }
        while j < rows.count {
            let row = rows[j]
            if form.trailerStarted && startsNewForm(at: j) { break }
            if let line = TrailerLine(row: row, trailerStarted: form.trailerStarted, converter: converter) {
                form.trailerStarted = true
                line.record(footer: &form.footer, notes: &form.trailerNotes)
                j += 1
                continue
            }
            if form.trailerStarted || startsNewForm(at: j) { break }
            if isRepeatedHeader(row, after: form.blocks[form.blocks.count - 1]) {
                block = HeaderBlock(grid: grid, start: j)
                let sameAsFirst = block.paths.map(\.path) == form.blocks[0].header.paths.map(\.path)
                if !sameAsFirst { form.blocks.append(ParsedForm.Block(header: block)) }
                j = block.rowPositions.upperBound + 1
                continue
            }
            form.blocks[form.blocks.count - 1].data.append(j)
            j += 1
        }
        form.end = j
        return form
    }

    /// A title, a meta line or a note above the header.
    private func readPreamble(_ row: SheetRow, into form: inout ParsedForm) {
        for (_, value) in grid.origins(row) {
            let text = value.displayText.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            if let pairs = SheetLine.metaPairs(text, converter: converter) {
                form.meta.append(contentsOf: pairs)
            } else if form.title == nil, isTitleLike(text) {
                form.title = text
            } else {
                form.notes.append(text)
            }
        }
    }

    private func isTitleLike(_ text: String) -> Bool {
        let folded = HeaderText.fold(text)
        return (2...60).contains(folded.count) && !folded.contains("。") && !SheetLine.isNote(folded, converter: converter)
    }

    /// Two or more cells, nearly all header-like text, and not a meta, footer or note line.
    func isHeaderCandidate(_ row: SheetRow) -> Bool {
        let cells = grid.origins(row)
        guard cells.count >= 2 else { return false }
        let texts = cells.map { $0.value.displayText }
        let metaCells = texts.filter { SheetLine.metaPairs($0, converter: converter) != nil }
        if metaCells.count == texts.count && texts.count <= 3 { return false }
        if metaCells.contains(where: { $0.contains(":") || $0.contains("：") }) { return false }
        if TrailerLine(row: row, trailerStarted: false, converter: converter) != nil { return false }
        let headerLike = cells.filter { FormDetector.isHeaderLike($0.value) }.count
        return Double(headerLike) >= 0.8 * Double(cells.count)
    }

    /// A row of column numbers under the header (1 2 3 … or 甲 乙 1 2 …), which is not data.
    private func isColumnNumberRow(_ row: SheetRow) -> Bool {
        let cells = grid.origins(row)
        guard cells.count >= 3 else { return false }
        var expected: Int?
        var numbered = 0
        for (_, v) in cells {
            let n: Int?
            switch v {
            case .number(let d) where d == d.rounded() && abs(d) < 1000: n = Int(d)
            case .text(let t): n = Int(t.trimmingCharacters(in: .whitespaces))
            default: n = nil
            }
            if n == nil, case .text(let t) = v, ["甲", "乙", "丙", "丁", "A", "B", "C", "D"].contains(t.trimmingCharacters(in: .whitespaces)), numbered == 0 { continue }
            guard let n, expected == nil || n == expected else { return false }
            expected = n + 1
            numbered += 1
        }
        return numbered >= 3
    }

    /// A single title-like cell (with a title word) directly followed by a header row.
    private func startsNewForm(at j: Int) -> Bool {
        let row = grid.rows[j]
        let cells = grid.origins(row)
        guard cells.count == 1, case .text(let t) = cells[0].value, isTitleLike(t),
              FormParser.titleWords.contains(where: { t.contains($0) }),
              j + 1 < grid.rows.count else { return false }
        return isHeaderCandidate(grid.rows[j + 1])
    }

    /// A header row inside the data: all text, three or more cells, over columns where the data
    /// rows so far held numbers. It starts a stacked block of a cross-tab (or repeats the header).
    private func isRepeatedHeader(_ row: SheetRow, after block: ParsedForm.Block) -> Bool {
        guard !block.data.isEmpty else { return false }
        let cells = grid.origins(row)
        guard cells.count >= 3, cells.allSatisfy({ FormDetector.isHeaderLike($0.value) }) else { return false }
        return cells.contains { column, _ in
            column > 0 && block.data.contains { p in
                switch grid.rows[p][column] {
                case .number: return true
                case .text(let t): return ValueKind.classify(text: ValueKind.trimmed(t)) == .integer
                default: return false
                }
            }
        }
    }
}
