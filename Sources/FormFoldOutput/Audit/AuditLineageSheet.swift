import FormFoldPlan

/// The lineage sheet (字段去向): one row per original field, in the plan's order, with its fate and target.
struct AuditLineageSheet {
    static let name = "字段去向"
    static let fateFill: [FieldFate: UInt32] = [.field: 0xE2EFDA, .derived: 0xDDEBF7, .shared: 0xFFF2CC, .retired: 0xFCE4D6]
    let context: AuditContext

    init(_ context: AuditContext) { self.context = context }

    func write(to book: XlsxWorkbook) throws {
        let lineage = context.plan.lineage
        let text = AuditReasonText(context)
        let headers = ["序号", "文件", "工作表", "列", "表头", "概念", "概念名称", "去向", "目标", "说明", "规划器说明（原文）"]
        let report = try ReportSheet(book, name: Self.name, span: headers.count)
        report.fixedWidths = [0: 7, 3: 5]
        report.wrapAt = [1: 24, 4: 30, 8: 26, 9: 44, 10: 40]
        var counts: [FieldFate: Int] = [:]
        for entry in lineage { counts[entry.fate, default: 0] += 1 }
        try report.title("原有字段去向")
        let fates: [FieldFate] = [.field, .derived, .shared, .retired]
        try report.meta("原有字段 \(lineage.count) 个，逐一列明：" + fates.map { "\($0.chinese) \(counts[$0] ?? 0)" }.joined(separator: "，")
                        + "　·　生成日期 \(context.dateText)")
        try report.tableHeader(headers, height: 24, frozenColumns: 0)
        for (i, entry) in lineage.enumerated() {
            let target = entry.fate == .field || entry.fate == .derived ? context.consolidatedName(entry.target) : (entry.target ?? "")
            try report.add([
                .integer(Double(i + 1)), .text(FileLabel.name(entry.file)), .text(entry.sheet ?? ""), .text(entry.column),
                .text(Self.header(entry.path)), .text(entry.concept ?? ""), .text(entry.concept == nil ? "" : context.conceptName(entry.concept)),
                .text(entry.fate.chinese), .text(target), .text(text.destination(entry)), .text(entry.detail),
            ], accent: Self.fateFill[entry.fate].map { [7: $0] } ?? [:])
        }
        try report.sheet.setLandscape()
        try report.sheet.fitToPages(width: 1, height: 0)
        try report.finish(minimum: 6)
    }

    /// The header path joined with ' / ', line breaks inside a header cell removed.
    static func header(_ path: [String]) -> String {
        path.map { $0.split(whereSeparator: \.isNewline).joined() }.joined(separator: " / ")
    }
}
