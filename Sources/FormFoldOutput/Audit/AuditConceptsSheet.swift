import FormFoldMatch
import FormFoldPlan

/// The concepts sheet (概念): the dictionary concepts the original forms use, with how many fields map to each.
struct AuditConceptsSheet {
    static let name = "概念"
    let context: AuditContext

    init(_ context: AuditContext) { self.context = context }

    func write(to book: XlsxWorkbook) throws {
        var original: [String: Int] = [:]
        for entry in context.plan.lineage {
            if let concept = entry.concept { original[concept, default: 0] += 1 }
        }
        var consolidated: [String: Int] = [:]
        for form in context.plan.consolidated {
            for field in form.fields { consolidated[field.concept, default: 0] += 1 }
        }
        let ids = Set(original.keys).union(consolidated.keys)
            .sorted { ((original[$0] ?? 0), $1) > ((original[$1] ?? 0), $0) }
        let headers = ["概念", "中文名", "类型", "单位", "汇总方式", "粒度", "主题", "平台来源", "原有字段数", "合并后字段数"]
        let report = try ReportSheet(book, name: Self.name, span: headers.count)
        report.fixedWidths = [8: 11, 9: 12]
        try report.title("所用数据字典概念")
        let unmapped = context.plan.lineage.filter { $0.concept == nil }.count
        try report.meta("原有字段对应到 \(ids.count) 个概念" + (unmapped > 0 ? "；\(unmapped) 个字段未对应到概念" : "")
                        + "　·　数据字典：\(context.dictionary.name)（\(context.dictionary.version)）")
        try report.tableHeader(headers, height: 24, frozenColumns: 1)
        for id in ids {
            let concept = context.dictionary.concept(id)
            try report.add([
                .text(id), .text(concept?.name ?? "（建议新增概念）"), .text(concept?.type.chinese ?? ""), .text(concept?.unit ?? ""),
                .text(concept?.aggregation.chinese ?? ""), .text(concept.map { GrainLabel.chinese($0.grain.rawValue) } ?? ""),
                .text(concept?.topic ?? ""), .text(concept?.source ?? ""),
                .count(original[id]), .count(consolidated[id]),
            ])
        }
        try report.finish(minimum: 8)
    }
}
