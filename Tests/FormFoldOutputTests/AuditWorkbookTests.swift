import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldOutput
import FormFoldPlan
import Testing

/// The auditors' workbook of the sample district's plan, read back with FormFold's own reader.
@Suite("audit workbook: the sample district's plan, read back")
struct AuditWorkbookTests {
    typealias D = AuditDistrict

    static func written(constantMemory: Bool? = nil, folder: ScratchFolder) throws -> [ReadBack.Sheet] {
        let path = folder.path("plan.xlsx")
        try AuditWorkbook(constantMemory: constantMemory).write(D.plan, dictionary: D.matcher.dictionary, to: path,
                                                               district: D.inputs.policy.district)
        return try ReadBack.sheets(path)
    }

    static func sheet(_ sheets: [ReadBack.Sheet], _ name: String) throws -> ReadBack.Sheet {
        try #require(sheets.first { $0.info.name == name }, "no sheet \(name)")
    }

    /// The value beside a label in the summary's figures.
    static func figure(_ summary: ReadBack.Sheet, _ label: String) -> Double? {
        D.number(summary.rows.first { D.text($0, 0) == label }, 1)
    }

    @Test func theSheetsAreThereInOrder() throws {
        let folder = try ScratchFolder("audit")
        let sheets = try Self.written(folder: folder)
        #expect(sheets.map(\.info.name) == ["汇总", "报表处置", "字段去向", "合并后报表", "概念"])
    }

    @Test func theSummaryHoldsTheDistrictsFigures() throws {
        let folder = try ScratchFolder("audit")
        let summary = try Self.sheet(Self.written(folder: folder), "汇总")
        #expect(D.text(summary.row(1), 0) == "青岚区报表精简方案")
        #expect(Self.figure(summary, "原有报表数") == 35)
        #expect(Self.figure(summary, "保留报表数") == 8)
        #expect(Self.figure(summary, "取消（删除）") == 11)
        #expect(Self.figure(summary, "合并") == 13)
        #expect(Self.figure(summary, "平台共享") == 3)
        let rate = try #require(Self.figure(summary, "精简率"))
        #expect(abs(rate - 27.0 / 35.0) < 1e-9)
        #expect(String(format: "%.1f%%", rate * 100) == "77.1%")
        #expect(Self.figure(summary, "字段数（精简前）") == 318)
        #expect(Self.figure(summary, "字段数（精简后）") == Double(D.plan.summary.fieldsAfter))
        // The action table's counts and the department total.
        let labels = ["保留": 8.0, "合并": 13, "平台共享": 3, "取消": 11]
        for (label, n) in labels {
            #expect(summary.rows.contains { D.text($0, 0) == label && D.number($0, 1) == n }, "\(label)")
        }
        let total = try #require(summary.rows.last { D.text($0, 0) == "合计" })
        #expect((1...5).map { D.number(total, $0) } == [35, 8, 13, 3, 11])
        #expect(summary.rows.contains { D.text($0, 0) == "卫健局" && D.number($0, 1) == 5 })
    }

    @Test func theSummaryHasTwoChartsAndTheDocumentItsProperties() throws {
        let folder = try ScratchFolder("audit")
        let path = folder.path("plan.xlsx")
        try AuditWorkbook().write(D.plan, dictionary: D.matcher.dictionary, to: path, district: "青岚区")
        let entries = try ReadBack.entries(path)
        #expect(entries.contains("xl/charts/chart1.xml"))
        #expect(entries.contains("xl/charts/chart2.xml"))
        let charts = try [1, 2].map { try ReadBack.entryText(path, "xl/charts/chart\($0).xml") ?? "" }
        #expect(charts.contains { $0.contains("<c:pieChart>") })
        #expect(charts.contains { $0.contains("<c:barChart>") && $0.contains("汇总") })
        let core = try ReadBack.entryText(path, "docProps/core.xml") ?? ""
        #expect(core.contains("<dc:title>报表精简方案</dc:title>"))
        #expect(core.contains("<dc:creator>FormFold</dc:creator>"))
        let app = try ReadBack.entryText(path, "docProps/app.xml") ?? ""
        #expect(app.contains("<Company>青岚区</Company>"))
    }

    @Test func everyOriginalFormHasARowWithItsActionInChinese() throws {
        let folder = try ScratchFolder("audit")
        let forms = try Self.sheet(Self.written(folder: folder), "报表处置")
        let header = try #require(forms.rows.first { D.text($0, 0) == "序号" })
        let data = forms.rows.filter { $0.index > header.index && !D.text($0, 1).isEmpty }
        #expect(data.count == 35)
        let action = try #require(header.cells.firstIndex { $0.displayText == "处置" })
        let counts = Dictionary(grouping: data, by: { D.text($0, action) }).mapValues(\.count)
        #expect(counts == ["保留": 8, "合并": 13, "平台共享": 3, "取消": 11])
        let nine = try #require(data.first { D.text($0, 1).hasPrefix("09_") })
        let into = try #require(header.cells.firstIndex { $0.displayText == "并入" })
        #expect(D.text(nine, into) == "C01 青岚区返乡人员排查登记表")
        let reason = try #require(header.cells.firstIndex { $0.displayText == "理由" })
        #expect(D.text(nine, reason).contains("内容重复"))
        #expect(forms.layout.merges.contains { $0.firstRow == 1 && $0.lastColumn > 5 }, "the title is merged")
    }

    @Test func theLineageHasOneRowPerOriginalField() throws {
        let folder = try ScratchFolder("audit")
        let lineage = try Self.sheet(Self.written(folder: folder), "字段去向")
        let header = try #require(lineage.rows.first { D.text($0, 0) == "序号" })
        let data = lineage.rows.filter { $0.index > header.index }
        #expect(data.count == 318)
        #expect(data.count == D.plan.lineage.count)
        let fate = try #require(header.cells.firstIndex { $0.displayText == "去向" })
        #expect(Set(data.map { D.text($0, fate) }) == ["保留为字段", "由台账推算", "平台共享", "不再采集"])
        // Every original field appears once, by file, sheet and column.
        let keys = Set(data.map { "\(D.text($0, 1))|\(D.text($0, 2))|\(D.text($0, 3))" })
        #expect(keys.count == 318)
        let path = try #require(header.cells.firstIndex { $0.displayText == "表头" })
        #expect(data.contains { D.text($0, path) == "基本信息 / 姓名（必填）" })
    }

    @Test func constantMemoryModeWritesTheSameRows() throws {
        let folder = try ScratchFolder("audit")
        let streamed = try Self.written(constantMemory: true, folder: folder)
        let other = try ScratchFolder("audit")
        let normal = try Self.written(constantMemory: false, folder: other)
        #expect(streamed.map(\.info.name) == normal.map(\.info.name))
        for (a, b) in zip(streamed, normal) {
            #expect(a.rows.map(\.cells) == b.rows.map(\.cells), "\(a.info.name)")
        }
        #expect(try ReadBack.entries(folder.path("plan.xlsx")).contains("xl/charts/chart1.xml"))
    }

    @Test func theConsolidatedFormsAndConceptsAreListed() throws {
        let folder = try ScratchFolder("audit")
        let sheets = try Self.written(folder: folder)
        let consolidated = try Self.sheet(sheets, "合并后报表")
        let fieldRows = consolidated.rows.filter { D.text($0, 0).hasPrefix("C0") && D.number($0, 1) != nil }
        #expect(fieldRows.count == D.plan.consolidated.map(\.fields.count).reduce(0, +))
        #expect(consolidated.rows.contains { D.text($0, 0).hasPrefix("C01　青岚区返乡人员排查登记表") })
        let concepts = try Self.sheet(sheets, "概念")
        let idNumber = try #require(concepts.rows.first { D.text($0, 0) == "person.id_number" })
        #expect(D.text(idNumber, 1) == "身份证号")
        #expect(D.text(idNumber, 7) == "人口库")
        let mapped = D.plan.lineage.filter { $0.concept == "person.id_number" }.count
        #expect(D.number(idNumber, 8) == Double(mapped))
    }

    @Test func aMissingFolderIsNamedInTheError() throws {
        let folder = try ScratchFolder("audit")
        let path = folder.path("missing/plan.xlsx")
        #expect {
            try AuditWorkbook().write(D.plan, dictionary: D.matcher.dictionary, to: path, district: nil)
        } throws: { error in
            guard let error = error as? XlsxError else { return false }
            return error.kind == .path && error.description.contains(path)
        }
    }
}
