import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldOpenCC
import FormFoldOutput
import FormFoldPlan
import Testing

/// A merged sheet written, filled by another program (openpyxl), and read back by ingest gives back the values and
/// is recognised by its hidden marker.
@Suite struct TemplateRoundTripTests {
    static let dictionary = try! DataDictionary.embedded()

    static func field(_ concept: String, _ disaggregation: Disaggregation = [:]) -> ConsolidatedField {
        ConsolidatedField(concept: concept, disaggregation: disaggregation,
                          label: dictionary.concept(concept)?.name ?? concept, from: [])
    }

    static let form = ConsolidatedForm(
        id: "C01", title: "返乡人员排查登记表", grain: "person", frequency: .daily, department: "卫健局",
        replaces: [FieldReferenceForm(file: "a.xlsx", sheet: "Sheet1"), FieldReferenceForm(file: "b.xls", sheet: nil)],
        fields: [field("meta.row_number"), field("person.name"), field("person.id_number"), field("contact.mobile"),
                 field("travel.return_date"), field("returnees.count", ["region": "in_province"]),
                 field("returnees.count", ["region": "out_of_province"]), field("reporting.unit")])

    static func scratch(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("formfold-\(UUID().uuidString)-\(name)").path
    }

    @Test func theTemplateReadsBackWithItsHeaderMetaAndMarker() throws {
        let path = Self.scratch("template.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let template = MergedSheetTemplate(form: Self.form, dictionary: Self.dictionary)
        try template.write(to: path, orgUnit: "东湖社区")
        let reader = try WorkbookOpener.open(url: URL(fileURLWithPath: path))
        let marker = try #require(try TemplateRecognition.marker(in: reader))
        #expect(marker == template.marker(orgUnit: "东湖社区"))
        #expect(marker.templateID == "C01")
        #expect(reader.sheets.first { $0.name == TemplateMarker.sheetName }?.visibility == .hidden)
        let report = Inspector().inspect(url: URL(fileURLWithPath: path), displayName: "template.xlsx")
        #expect(report.errors.isEmpty)
        let sheet = try #require(report.forms.first { $0.form.sheet == MergedSheetTemplate.formSheet }?.form)
        #expect(sheet.title == "返乡人员排查登记表")
        #expect(sheet.meta.contains(MetaEntry(key: "填报单位", value: "东湖社区")))
        // 填报单位 is on the meta line, not a column; the two 返乡人数 columns share a group header.
        #expect(sheet.fields.count == 7)
        #expect(sheet.fields.map(\.path).contains(["返乡人数（人）", "省外"]))
        #expect(sheet.headerRows == 3...4)
        #expect(!report.forms.contains { $0.form.sheet == TemplateMarker.sheetName }, "the marker sheet is not a form")
        // The marker names every column's concept, in order.
        #expect(marker.columns.map(\.concept) == ["meta.row_number", "person.name", "person.id_number", "contact.mobile",
                                                  "travel.return_date", "returnees.count", "returnees.count"])
        #expect(marker.firstDataRow == 5)
    }

    @Test(.enabled(if: TemplateRoundTripTests.openpyxlAvailable, "needs python3 with openpyxl"))
    func aCopyFilledByOpenpyxlGivesBackItsValues() throws {
        let path = Self.scratch("template.xlsx"), filled = Self.scratch("filled.xlsx")
        defer { for p in [path, filled] { try? FileManager.default.removeItem(atPath: p) } }
        try MergedSheetTemplate(form: Self.form, dictionary: Self.dictionary).write(to: path, orgUnit: "东湖社区")
        let script = """
            import sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["填报表"]
            rows = [[1, "张三", "110101199003071233", "13800001111", datetime.datetime(2020, 2, 10), 1, 0],
                    [2, "李四", "110101198503150021", "13900002222", datetime.datetime(2020, 2, 11), 0, 1]]
            for r, values in enumerate(rows):
                for c, v in enumerate(values):
                    ws.cell(row=5 + r, column=1 + c, value=v)
            wb.save(sys.argv[2])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, filled]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openpyxl filled the copy")

        let reader = try WorkbookOpener.open(url: URL(fileURLWithPath: filled))
        #expect(try TemplateRecognition.marker(in: reader)?.templateID == "C01", "recognised after another program saved it")
        let report = Inspector(recordLimit: 100).inspect(url: URL(fileURLWithPath: filled), displayName: "filled.xlsx")
        let form = try #require(report.forms.first { $0.form.sheet == MergedSheetTemplate.formSheet }?.form)
        #expect(form.rowCount == 2)
        #expect(form.records.count == 2)
        let first = try #require(form.records.first)
        #expect(first[1] == .text("张三"))
        #expect(first[2] == .text("110101199003071233"))
        #expect(first[3] == .text("13800001111"))
        #expect(first[4].displayText.hasPrefix("2020-02-10"))
        #expect(form.records[1][6] == .number(1))
        #expect(form.fields[2].type.kind == .idNumber)
    }

    static let openpyxlAvailable: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import openpyxl"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()
}
