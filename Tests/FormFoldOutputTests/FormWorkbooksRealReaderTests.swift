import Foundation
import FormFoldCore
import FormFoldOutput
import FormFoldPlan
import Testing

/// The merged sheets and the regenerated department forms of the sample district opened by other programs:
/// LibreOffice converts them, openpyxl finds their validations, protection, merges and frozen header.
@Suite("merged sheets and department forms: opened by LibreOffice and openpyxl")
struct FormWorkbooksRealReaderTests {
    typealias D = AuditDistrict
    typealias R = AuditRealReaderTests

    /// The merged sheet of every consolidated form for one village, and two department forms (a roster, a totals
    /// form) for that village and a day.
    static func write(_ folder: ScratchFolder) throws -> (templates: [String], forms: [String]) {
        var templates: [String] = []
        for form in D.plan.consolidated {
            let path = folder.path("\(form.id).xlsx")
            try MergedSheetTemplate(form: form, dictionary: D.matcher.dictionary).write(to: path, orgUnit: "东湖社区")
            templates.append(path)
        }
        let data = PlanData(forms: D.inputs.forms, report: D.inputs.report, plan: D.plan)
        var forms: [String] = []
        for (i, planned) in D.plan.forms.enumerated() where ["01_", "18_"].contains(where: { planned.file.contains("/" + $0) }) {
            let rows = try #require(data.rows(ofForm: i, forms: D.inputs.forms, plan: D.plan, unit: "东湖社区", day: 20200216))
            let path = folder.path("department-\(forms.count).xlsx")
            try DepartmentFormWriter(form: D.inputs.forms[i]).write(rows: rows, unit: "东湖社区", day: 20200216, to: path)
            forms.append(path)
        }
        #expect(forms.count == 2)
        return (templates, forms)
    }

    @Test(.enabled(if: AuditRealReaderTests.sofficeAvailable, "needs LibreOffice (soffice) on PATH"))
    func libreOfficeConvertsThemAll() throws {
        let folder = try ScratchFolder("forms-soffice")
        let (templates, forms) = try Self.write(folder)
        let profile = "-env:UserInstallation=file://" + folder.path("profile")
        let result = try R.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", folder.path("pdf")]
                               + templates + forms)
        #expect(result.status == 0)
        for path in templates + forms {
            let pdf = folder.path("pdf/" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf")
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? 0
            #expect(size > 5_000, "\(pdf) was written")
        }
    }

    @Test(.enabled(if: AuditRealReaderTests.openpyxlAvailable, "needs python3 with openpyxl"))
    func openpyxlFindsValidationsProtectionAndMerges() throws {
        let folder = try ScratchFolder("forms-openpyxl")
        let (templates, forms) = try Self.write(folder)
        let script = """
            import json, sys, openpyxl
            out = {}
            for path in sys.argv[1:]:
                wb = openpyxl.load_workbook(path)
                ws = wb.worksheets[0]
                out[path] = {"sheets": [s.title for s in wb.worksheets], "states": [s.sheet_state for s in wb.worksheets],
                             "validations": len(ws.data_validations.dataValidation),
                             "types": sorted({v.type for v in ws.data_validations.dataValidation if v.type}),
                             "protected": bool(ws.protection.sheet), "merges": len(ws.merged_cells.ranges),
                             "freeze": ws.freeze_panes, "title": ws["A1"].value}
            print(json.dumps(out, ensure_ascii=False))
            """
        let result = try R.run(["python3", "-c", script] + templates + forms)
        try #require(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        for path in templates {
            let book = try #require(json[path])
            #expect(book["sheets"] as? [String] == ["填报表", "填表说明", "_formfold"])
            #expect(book["states"] as? [String] == ["visible", "visible", "hidden"])
            #expect((book["validations"] as? Int ?? 0) > 0, "\(path) has validations")
            #expect(book["protected"] as? Bool == true)
            #expect((book["merges"] as? Int ?? 0) >= 2, "title and meta line merged")
            #expect(book["freeze"] is String)
        }
        let types = Set(templates.flatMap { (json[$0]?["types"] as? [String]) ?? [] })
        for type in ["whole", "date", "textLength", "list"] { #expect(types.contains(type), "some template validates \(type)") }
        for path in forms {
            let book = try #require(json[path])
            #expect((book["merges"] as? Int ?? 0) >= 3, "title, meta line and header groups merged")
            #expect((book["title"] as? String)?.hasPrefix("青岚区") == true)
        }
    }
}
