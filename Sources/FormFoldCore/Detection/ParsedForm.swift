/// A form as ``FormParser`` found it, in positions of the kept rows, before fields are built.
struct ParsedForm {
    struct Block {
        var header: HeaderBlock
        /// Positions in ``HeadGrid/rows`` of the block's data rows.
        var data: [Int] = []
    }

    var title: String?
    var meta: [MetaEntry] = []
    var notes: [String] = []
    var footer: [MetaEntry] = []
    var trailerNotes: [String] = []
    var trailerStarted = false
    var blocks: [Block] = []
    /// The position after the form's last row.
    var end = 0

    /// A cross-tab has two or more stacked header blocks and a label in the first column of every data row.
    func isCrossTab(_ grid: HeadGrid) -> Bool {
        guard blocks.count >= 2 else { return false }
        return blocks.allSatisfy { b in b.data.allSatisfy { !grid.rows[$0][0].isBlank } }
    }

    /// Builds the form, adding what the rows past the kept window said when they belong to it.
    func form(file: String, sheet: String?, converter: any ScriptConverter, tail: TailSummary = TailSummary(), grid: HeadGrid,
              recordLimit: Int = 0) -> Form {
        var fields: [Field] = []
        var columns: [Int] = []
        var rowLabels: [String] = []
        let crossTab = isCrossTab(grid)
        if crossTab {
            for block in blocks {
                let corner = block.header.paths.first { $0.column == 0 }?.path.last
                for (column, path) in block.header.paths where column > 0 {
                    let profile = profile(column: column, rows: block.data, grid: grid)
                    fields.append(field(column: column, path: (corner.map { [$0] } ?? []) + path, profile: profile, converter: converter))
                    columns.append(column)
                }
                rowLabels += block.data.map { grid.rows[$0][0].displayText.trimmingCharacters(in: .whitespacesAndNewlines) }
            }
        } else {
            let data = blocks.flatMap(\.data)
            for (column, path) in blocks[0].header.paths {
                var profile = profile(column: column, rows: data, grid: grid)
                if let more = tail.profiles[column] { profile.merge(more) }
                fields.append(field(column: column, path: path, profile: profile, converter: converter))
                columns.append(column)
            }
        }
        var records: [[CellValue]] = []
        if recordLimit > 0 {
            if crossTab {
                // One record per labelled row: the row's values under every block's columns (blank elsewhere).
                var start = 0
                for block in blocks {
                    let width = block.header.paths.filter { $0.column > 0 }.count
                    for p in block.data where records.count < recordLimit {
                        var record = [CellValue](repeating: .empty, count: columns.count)
                        for k in start..<(start + width) { record[k] = grid.rows[p][columns[k]] }
                        records.append(record)
                    }
                    start += width
                }
            } else {
                let kept = blocks.flatMap(\.data).map { grid.rows[$0] } + tail.records
                records = kept.prefix(recordLimit).map { row in columns.map { row[$0] } }
            }
        }
        let header = blocks[0].header.sheetRows
        return Form(
            file: file, sheet: sheet, title: title, meta: meta,
            notes: notes + trailerNotes + tail.notes, footer: footer + tail.footer,
            headerRows: header, fields: fields,
            rowCount: blocks.reduce(0) { $0 + $1.data.count } + tail.dataRows,
            layout: crossTab ? .crossTab : .list, rowLabels: rowLabels, records: records)
    }

    private func profile(column: Int, rows: [Int], grid: HeadGrid) -> ColumnProfile {
        var profile = ColumnProfile()
        for p in rows { profile.add(grid.rows[p][column]) }
        return profile
    }

    private func field(column: Int, path: [String], profile: ColumnProfile, converter: any ScriptConverter) -> Field {
        let leaf = HeaderText(path.last ?? "", converter: converter)
        return Field(column: CellReference.columnName(column), path: path, name: leaf.name, unit: leaf.unit,
                     required: leaf.required, annotations: leaf.annotations, type: profile.inferredType, values: profile.sketch)
    }
}
