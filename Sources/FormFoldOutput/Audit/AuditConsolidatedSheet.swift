import FormFoldMatch
import FormFoldPlan

/// The consolidated forms sheet (合并后报表): per consolidated form a heading row, then its fields with the original
/// fields each replaces.
struct AuditConsolidatedSheet {
    static let name = "合并后报表"
    let context: AuditContext

    init(_ context: AuditContext) { self.context = context }

    func write(to book: XlsxWorkbook) throws {
        let plan = context.plan
        let headers = ["报表编号", "序号", "字段", "概念", "分类口径", "来源字段数", "来源（文件 › 工作表 › 列 表头）"]
        let report = try ReportSheet(book, name: Self.name, span: headers.count)
        report.fixedWidths = [0: 9, 1: 6, 5: 10]
        report.wrapAt = [2: 28, 6: 70]
        try report.title("合并后报表及字段来源")
        try report.meta("保留 \(plan.consolidated.count) 张报表，共 \(plan.consolidated.map(\.fields.count).reduce(0, +)) 个字段；每个字段列出它替代的原有字段　·　生成日期 \(context.dateText)")
        try report.tableHeader(headers, height: 24, frozenColumns: 0)
        for form in plan.consolidated {
            let replaced = form.replaces.map { FileLabel.name($0.file) + ($0.sheet.map { " › " + $0 } ?? "") }
            var heading = "\(form.id)　\(form.title)　（\(GrainLabel.chinese(form.grain))，\(form.frequency.chinese)"
            if let department = form.department { heading += "，\(department)" }
            heading += "；\(form.fields.count) 个字段；替代 \(form.replaces.count) 张：\(replaced.joined(separator: "、"))）"
            try report.sheet.setRow(report.row, height: 22)
            try report.addSpanning(heading, firstCol: 0, lastCol: headers.count - 1,
                                   style: ReportStyle.body(.text(""), emphasis: .group, wraps: false))
            for (i, field) in form.fields.enumerated() {
                let sources = field.from.map { ref in
                    FileLabel.name(ref.file) + (ref.sheet.map { " › " + $0 } ?? "") + " › " + ref.column + " "
                        + AuditLineageSheet.header(ref.path)
                }
                try report.add([
                    .text(form.id), .integer(Double(i + 1)), .text(field.label),
                    .text(field.concept), .text(disaggregation(field.disaggregation)),
                    .integer(Double(field.from.count)), .text(sources.joined(separator: "\n")),
                ])
            }
        }
        try report.sheet.setLandscape()
        try report.sheet.fitToPages(width: 1, height: 0)
        try report.finish(minimum: 8)
    }

    /// 口径：累计；区域：省外.
    func disaggregation(_ d: Disaggregation) -> String {
        d.sorted { $0.key < $1.key }.map { category, option in
            let name = context.dictionary.category(category)?.name ?? category
            return "\(name)：\(context.dictionary.optionName(category: category, option: option))"
        }.joined(separator: "；")
    }
}
