import FormFoldPlan

/// The forms sheet (报表处置): one row per original form with its action, target and reason.
struct AuditFormsSheet {
    static let name = "报表处置"
    let context: AuditContext

    init(_ context: AuditContext) { self.context = context }

    func write(to book: XlsxWorkbook) throws {
        let plan = context.plan
        let text = AuditReasonText(context)
        let headers = ["序号", "文件", "工作表", "表名", "部门", "频次", "粒度", "字段数", "处置", "并入", "理由类型", "理由",
                       "相关报表（所含本表内容）", "规划器说明（原文）"]
        let report = try ReportSheet(book, name: Self.name, span: headers.count)
        report.fixedWidths = [0: 6, 7: 8]
        report.wrapAt = [1: 24, 3: 24, 9: 24, 11: 40, 12: 36, 13: 40]
        try report.title("原有报表处置清单")
        try report.meta("\(context.district.map { $0 + "　·　" } ?? "")共 \(plan.forms.count) 张：保留 \(plan.summary.after)，合并 \(plan.summary.merged)，平台共享 \(plan.summary.shared)，取消 \(plan.summary.removed)　·　生成日期 \(context.dateText)")
        try report.tableHeader(headers, height: 30, frozenColumns: 4)
        for (i, form) in plan.forms.enumerated() {
            let into = form.into.map { context.consolidatedName($0) } ?? ""
            try report.add([
                .integer(Double(i + 1)), .text(FileLabel.name(form.file)), .text(form.sheet ?? ""), .text(form.title ?? ""),
                .text(form.department ?? ""), .text(form.frequency.chinese), .text(GrainLabel.chinese(form.grain)),
                .integer(Double(form.fields)), .text(form.action.chinese), .text(into), .text(form.reason.kind.chinese),
                .text(text.reason(form)), .text(text.related(form)), .text(form.reason.detail),
            ], accent: ReportStyle.actionFill[form.action.rawValue].map { [8: $0] } ?? [:])
        }
        try report.sheet.setLandscape()
        try report.sheet.fitToPages(width: 1, height: 0)
        try report.finish(minimum: 6)
    }
}
