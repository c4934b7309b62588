import Foundation
import FormFoldOutput
import FormFoldPlan
import Testing

/// The audit and rollup workbooks opened by other programs: LibreOffice converts them to PDF, openpyxl finds their
/// sheets, charts and frozen panes. Skipped, with the reason, when soffice or python3 with openpyxl is missing.
@Suite("audit and rollup workbooks: opened by LibreOffice and openpyxl")
struct AuditRealReaderTests {
    typealias D = AuditDistrict

    /// Runs a program found on PATH; its exit status and standard output.
    static func run(_ arguments: [String], timeout: TimeInterval = 180) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static let sofficeAvailable: Bool = (try? run(["which", "soffice"]).status == 0) ?? false
    static let openpyxlAvailable: Bool = (try? run(["python3", "-c", "import openpyxl"]).status == 0) ?? false

    /// Both workbooks of the sample district, in a scratch folder.
    static func writeBoth(_ folder: ScratchFolder) throws -> (plan: String, rollup: String) {
        let plan = folder.path("plan.xlsx"), rollup = folder.path("rollup.xlsx")
        try AuditWorkbook().write(D.plan, dictionary: D.matcher.dictionary, to: plan, district: D.inputs.policy.district)
        try RollupWorkbook().write(D.rollup(RollupPeriod(first: D.day("2020-02-15"), last: D.day("2020-02-20"))), to: rollup)
        return (plan, rollup)
    }

    @Test(.enabled(if: AuditRealReaderTests.sofficeAvailable, "needs LibreOffice (soffice) on PATH"))
    func libreOfficeConvertsBothToPDF() throws {
        let folder = try ScratchFolder("audit-soffice")
        let (plan, rollup) = try Self.writeBoth(folder)
        // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
        let profile = "-env:UserInstallation=file://" + folder.path("profile")
        let result = try Self.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", folder.path("pdf"), plan, rollup])
        #expect(result.status == 0)
        for name in ["plan.pdf", "rollup.pdf"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: folder.path("pdf/" + name))[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(name) was written")
        }
    }

    @Test(.enabled(if: AuditRealReaderTests.openpyxlAvailable, "needs python3 with openpyxl"))
    func openpyxlFindsTheSheetsChartsAndFrozenPanes() throws {
        let folder = try ScratchFolder("audit-openpyxl")
        let (plan, rollup) = try Self.writeBoth(folder)
        let script = """
            import json, sys, openpyxl
            out = {}
            for path in sys.argv[1:]:
                wb = openpyxl.load_workbook(path)
                out[path] = {ws.title: {"charts": len(ws._charts), "freeze": ws.freeze_panes, "rows": ws.max_row,
                                        "merged": len(ws.merged_cells.ranges)} for ws in wb.worksheets}
                out[path]["_props"] = {"title": wb.properties.title, "creator": wb.properties.creator}
            print(json.dumps(out, ensure_ascii=False))
            """
        let result = try Self.run(["python3", "-c", script, plan, rollup])
        try #require(result.status == 0, "openpyxl opened both workbooks")
        struct SheetFacts: Decodable { var charts: Int?; var freeze: String?; var rows: Int?; var merged: Int?; var title: String?; var creator: String? }
        let facts = try JSONDecoder().decode([String: [String: SheetFacts]].self, from: Data(result.output.utf8))
        let book = try #require(facts[plan])
        #expect(book["汇总"]?.charts == 2)
        #expect(book["报表处置"]?.freeze == "E4")
        #expect(book["字段去向"]?.freeze == "A4")
        #expect(book["字段去向"]?.rows == 3 + 318)
        #expect(book["_props"]?.title == "报表精简方案")
        #expect(book["_props"]?.creator == "FormFold")
        let totals = try #require(facts[rollup])
        #expect(totals["汇总"]?.freeze == "C5")
        #expect(Set(totals.keys) == ["汇总", "口径", "_props"])
    }
}
