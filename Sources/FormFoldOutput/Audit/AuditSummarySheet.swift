import FormFoldPlan

/// The summary sheet (汇总): title, figures, the tables by action and by department, and two charts.
struct AuditSummarySheet {
    static let name = "汇总"
    let context: AuditContext

    init(_ context: AuditContext) { self.context = context }

    func write(to book: XlsxWorkbook) throws {
        let plan = context.plan
        let s = plan.summary
        let report = try ReportSheet(book, name: Self.name, span: 7)
        report.fixedWidths = [0: 28, 1: 10, 2: 10, 3: 10, 4: 10, 5: 10, 6: 10]
        report.lineHeight = 18
        try report.sheet.activate()
        try report.title(context.reportTitle)
        try report.meta("生成日期：\(context.dateText)　·　原有报表 \(s.before) 张、字段 \(s.fieldsBefore) 个，逐一列明处置与去向（见各工作表）　·　FormFold")
        report.skip()

        // 一、主要指标
        try report.section("一、主要指标")
        let figuresTop = report.row
        try report.header(["指标", "数值"])
        try report.sheet.mergeRange(firstRow: report.row - 1, firstCol: 2, lastRow: report.row - 1, lastCol: 6,
                                    text: "说明", style: ReportStyle.header)
        let perVillage = s.villages > 0 ? "（\(s.villages) 个村（社区））" : ""
        let figures: [(String, ReportCell, String)] = [
            ("原有报表数", .integer(Double(s.before)), "纳入本次梳理的报表（每个工作表上的一张表计一张）"),
            ("保留报表数", .integer(Double(s.after)), "精简后仍需填报的报表（含并入其中的内容）"),
            ("取消（删除）", .integer(Double(s.removed)), "主题已按政策停用，或无内容、无数据"),
            ("合并", .integer(Double(s.merged)), "与保留报表重复、被其包含，或可由其台账推算"),
            ("平台共享", .integer(Double(s.shared)), "全部内容已由共享平台提供，不再由村（社区）填报"),
            ("精简率", .percent(s.reductionRate), "（原有 − 保留）÷ 原有"),
            ("字段数（精简前）", .integer(Double(s.fieldsBefore)), "原有报表的全部列"),
            ("字段数（精简后）", .integer(Double(s.fieldsAfter)), "合并后报表的列"),
            ("每村每日填报项（精简前）", .integer(s.entriesPerVillagePerDayBefore.rounded()), "字段 × 每次填报行数 × 每日填报次数，估算"),
            ("每村每日填报项（精简后）", .integer(s.entriesPerVillagePerDayAfter.rounded()), "同上口径"),
            ("预计每村每日节省（分钟）", .decimal(s.minutesSavedPerVillagePerDay), "按每项填报所需秒数估算"),
            ("预计全区每日节省（分钟）", .decimal(s.minutesSavedPerDay), "每村节省 × 村（社区）数\(perVillage)"),
        ]
        for (label, value, note) in figures {
            try report.add([.text(label), value], emphasis: label == "精简率" ? .total : .none, note: (note, 6))
        }
        report.skip()

        // 二、按处置方式
        try report.section("二、按处置方式")
        let actionsHeader = report.row
        try report.header(["处置", "报表数", "占比"])
        let actions: [FormAction] = [.keep, .merge, .share, .remove]
        for action in actions {
            let n = plan.forms.filter { $0.action == action }.count
            try report.add([.text(action.chinese), .integer(Double(n)),
                            .percent(s.before == 0 ? 0 : Double(n) / Double(s.before))])
        }
        try report.add([.text("合计"), .integer(Double(plan.forms.count)), .percent(plan.forms.isEmpty ? 0 : 1)], emphasis: .total)
        report.skip()

        // 三、按部门
        try report.section("三、按部门")
        let departmentsHeader = report.row
        try report.header(["部门", "原有", "保留", "合并", "共享", "取消", "精简率"])
        let (departments, total) = DepartmentTally.tallies(plan.forms)
        for d in departments {
            try report.add(row(d))
        }
        try report.add(row(total), emphasis: .total)
        try report.finish(minimum: 9)
        try report.sheet.setLandscape()
        try report.sheet.setPaper(.a4)
        try report.sheet.fitToPages(width: 1, height: 1)

        // Charts, to the right of the tables.
        let actionsChart = try book.addChart(.pie)
        try actionsChart.addSeries(
            categories: XlsxChart.range(sheet: Self.name, firstRow: actionsHeader + 1, firstCol: 0, lastRow: actionsHeader + actions.count, lastCol: 0),
            values: XlsxChart.range(sheet: Self.name, firstRow: actionsHeader + 1, firstCol: 1, lastRow: actionsHeader + actions.count, lastCol: 1),
            name: "报表数")
        try actionsChart.setTitle("报表处置方式（张）")
        try actionsChart.setLegend(.right)
        try actionsChart.setStyle(10)
        try report.sheet.insertChart(actionsChart, row: figuresTop, col: 8, xScale: 1.1, yScale: 1.15)

        if !departments.isEmpty {
            let first = departmentsHeader + 1, last = departmentsHeader + departments.count
            let byDepartment = try book.addChart(.bar)
            try byDepartment.addSeries(
                categories: XlsxChart.range(sheet: Self.name, firstRow: first, firstCol: 0, lastRow: last, lastCol: 0),
                values: XlsxChart.range(sheet: Self.name, firstRow: first, firstCol: 1, lastRow: last, lastCol: 1),
                name: "原有报表")
            try byDepartment.addSeries(
                categories: XlsxChart.range(sheet: Self.name, firstRow: first, firstCol: 0, lastRow: last, lastCol: 0),
                values: XlsxChart.range(sheet: Self.name, firstRow: first, firstCol: 2, lastRow: last, lastCol: 2),
                name: "精简后保留")
            try byDepartment.setTitle("各部门报表数：精简前后")
            try byDepartment.setLegend(.bottom)
            let height = max(1.2, Double(departments.count) * 0.11 + 0.5)
            try report.sheet.insertChart(byDepartment, row: max(actionsHeader - 1, figuresTop + 19), col: 8, xScale: 1.1, yScale: height)
        }
    }

    private func row(_ d: DepartmentTally) -> [ReportCell] {
        [.text(d.department), .integer(Double(d.before)), .integer(Double(d.kept)), .integer(Double(d.merged)),
         .integer(Double(d.shared)), .integer(Double(d.removed)), .percent(d.reductionRate)]
    }
}
