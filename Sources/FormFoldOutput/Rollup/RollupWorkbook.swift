import Foundation
import FormFoldPlan

/// The rollup workbook (`formfold rollup … --out rollup.xlsx`): village → street → district totals for a day or a
/// range of days, on one sheet with the hierarchy (the district's total, then each street's subtotal with its
/// villages under it), and a sheet saying how each figure is aggregated and where it comes from.
///
/// A village without data is a blank cell, not 0.
///
/// ```swift
/// let rollup = Rollup(forms: forms, report: report, dictionary: dictionary, policy: policy, period: period)
/// try RollupWorkbook().write(rollup, to: "rollup.xlsx")
/// ```
public struct RollupWorkbook: Sendable {
    /// When the workbook says it was made.
    public var generated: Date

    public static let totalsSheet = "汇总"
    public static let measuresSheet = "口径"

    public init(generated: Date = Date()) {
        self.generated = generated
    }

    /// Writes `rollup` to `path`.
    ///
    /// - Throws: ``XlsxError`` naming the file, sheet and cell when the workbook cannot be written.
    public func write(_ rollup: Rollup, to path: String) throws {
        let book = try XlsxWorkbook(path: path)
        try writeTotals(rollup, to: book)
        try writeMeasures(rollup, to: book)
        try book.setProperties(DocumentProperties(
            title: "\(rollup.district)数据汇总（\(rollup.period)）",
            subject: "村（社区）→ 街道 → 区 汇总",
            author: "FormFold",
            company: rollup.district,
            category: "数据汇总",
            keywords: "汇总, 村（社区）, 街道, FormFold",
            comments: "由 FormFold 于 \(AuditContext.dateText(generated)) 生成，统计期间 \(rollup.period)。"))
        try book.close()
    }

    private func writeTotals(_ rollup: Rollup, to book: XlsxWorkbook) throws {
        let measures = rollup.measures
        let report = try ReportSheet(book, name: Self.totalsSheet, span: 2 + min(max(measures.count, 4), 8))
        report.lineHeight = 18
        var fixed: [Int: Double] = [0: 14, 1: 14]
        for (i, m) in measures.enumerated() {
            fixed[2 + i] = min(max(TextWidth.of(m.label) / 2 + 3, 10), 16)
        }
        report.fixedWidths = fixed
        try report.sheet.activate()
        try report.title("\(rollup.district)数据汇总（村（社区）→ 街道 → 区）")
        var meta = "统计期间：\(rollup.period)"
        if !rollup.period.isOneDay { meta += "（求和项逐日相加，存量项取期末值）" }
        if let span = rollup.dataSpan { meta += "　·　数据覆盖 \(span)" }
        meta += "　·　无数据的村（社区）留空　·　生成日期 \(AuditContext.dateText(generated))"
        try report.meta(meta)

        // Two header rows: the source form over its figures, then each figure with its unit.
        let top = report.row
        try report.sheet.setRow(top, height: 34)
        try report.sheet.setRow(top + 1, height: 48)
        try report.sheet.mergeRange(firstRow: top, firstCol: 0, lastRow: top + 1, lastCol: 0, text: "街道（乡镇）", style: ReportStyle.header)
        try report.sheet.mergeRange(firstRow: top, firstCol: 1, lastRow: top + 1, lastCol: 1, text: "村（社区）", style: ReportStyle.header)
        var start = 0
        while start < measures.count {
            let source = measures[start].sources.first ?? ""
            var end = start
            while end + 1 < measures.count, measures[end + 1].sources.first ?? "" == source { end += 1 }
            if end > start {
                try report.sheet.mergeRange(firstRow: top, firstCol: 2 + start, lastRow: top, lastCol: 2 + end, text: source,
                                            style: ReportStyle.header)
            } else {
                try report.sheet.write(source, row: top, col: 2 + start, style: ReportStyle.header)
            }
            start = end + 1
        }
        report.skip()
        try report.header(["街道（乡镇）", "村（社区）"] + measures.map(Self.heading), firstCol: 0)
        try report.sheet.freezePanes(row: top + 2, col: 2)

        for row in rollup.rows {
            let values = zip(row.values, measures).map { value, m -> ReportCell in
                guard let value else { return .blank }
                return m.isWhole ? .integer(value) : .decimal(value)
            }
            switch row.level {
            case .district:
                try report.sheet.mergeRange(firstRow: report.row, firstCol: 0, lastRow: report.row, lastCol: 1,
                                            text: "\(row.name) 合计", style: ReportStyle.body(.text(""), emphasis: .total, wraps: false))
                try report.add(values, firstCol: 2, emphasis: .total)
            case .street:
                try report.add([.text(row.name), .text("小计")] + values, emphasis: .group)
            case .village:
                try report.add([.text(""), .text(row.name)] + values)
            }
        }
        if !rollup.notes.isEmpty {
            report.skip()
            for note in rollup.notes {
                try report.sheet.write("注：" + note, row: report.row, col: 0, style: ReportStyle.meta)
                report.skip()
            }
        }
        try report.sheet.repeatRows(first: top, last: top + 1)
        try report.sheet.setLandscape()
        // Up to a dozen figures fit one landscape page across; more print over several pages, legibly.
        if measures.count <= 12 { try report.sheet.fitToPages(width: 1, height: 0) }
        try report.finish()
    }

    private func writeMeasures(_ rollup: Rollup, to book: XlsxWorkbook) throws {
        let headers = ["序号", "指标", "单位", "汇总方式", "概念", "来源报表", "说明"]
        let report = try ReportSheet(book, name: Self.measuresSheet, span: headers.count)
        report.fixedWidths = [0: 6]
        report.wrapAt = [5: 40, 6: 50]
        try report.title("汇总口径")
        try report.meta("统计期间：\(rollup.period)　·　汇总方式依数据字典的 aggregation：sum 求和，latest 取最新值（存量），none 不汇总（不列出）；累计、库存取最新值，当日、发放求和")
        try report.tableHeader(headers, height: 24, frozenColumns: 0, repeated: false)
        for (i, m) in rollup.measures.enumerated() {
            try report.add([
                .integer(Double(i + 1)), .text(m.label), .text(m.unit ?? ""), .text(Self.kind(m.kind)),
                .text(m.concept ?? ""), .text(m.sources.joined(separator: "、")), .text(Self.explanation(m)),
            ])
        }
        try report.finish()
    }

    /// 测温人数（人）, with （期末值） for a figure taken at the period's end.
    static func heading(_ m: RollupMeasure) -> String {
        var text = m.label
        if let unit = m.unit, !unit.isEmpty { text += "（\(unit)）" }
        if m.kind == .latest { text += "\n[期末值]" }
        return text
    }

    static func kind(_ kind: RollupMeasure.Kind) -> String {
        switch kind {
        case .sum: "求和"
        case .latest: "取最新值"
        case .rowCount: "台账行数"
        }
    }

    static func explanation(_ m: RollupMeasure) -> String {
        switch m.kind {
        case .sum: return "各村逐日的值相加，再逐级相加"
        case .latest: return "各村取期间内最后一个有数据日的值，再逐级相加"
        case .rowCount:
            if let basis = m.dateBasis { return "台账中每行计一，按「\(basis)」归入日期，逐日、逐级相加" }
            return "台账中每行计一（台账无日期列，不分日期），逐级相加"
        }
    }
}
