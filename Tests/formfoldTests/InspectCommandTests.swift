import Foundation
import Testing

/// Runs the built `formfold` binary with real arguments, as a user would.
@Suite struct InspectCommandTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus/real-templates")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func formfold(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("formfold")
        process.arguments = arguments
        process.currentDirectoryURL = repo
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func jsonHasThePublishedShape() throws {
        let file = Self.templates.appendingPathComponent("4工作簿模板.xlsx").path
        let run = try Self.formfold(["inspect", file, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let forms = try #require(json["forms"] as? [[String: Any]])
        #expect((json["errors"] as? [Any])?.isEmpty == true)
        let form = try #require(forms.first)
        for key in ["file", "sheet", "title", "meta", "notes", "headerRows", "fields", "rows"] {
            #expect(form[key] != nil, "form has \(key)")
        }
        #expect(form["headerRows"] as? [Int] == [3, 4])
        #expect(form["rows"] as? Int == 1)
        #expect((form["meta"] as? [String: String])?["截止"] == "4月20日")
        let field = try #require((form["fields"] as? [[String: Any]])?[1])
        #expect(field["column"] as? String == "B")
        #expect(field["path"] as? [String] == ["排查风险人员（按区域）", "省外返临\n人数"])
        #expect(field["name"] as? String == "省外返临人数")
        for key in ["unit", "required", "type"] { #expect(field[key] != nil, "field has \(key)") }
    }

    @Test func aMissingFileIsReportedAndTheOthersStillRead() throws {
        let good = Self.templates.appendingPathComponent("3红码黄码名单模板.xlsx").path
        let run = try Self.formfold(["inspect", "no-such-file.xlsx", good, "--json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["file"] as? String == "no-such-file.xlsx")
        #expect((json["forms"] as? [Any])?.count == 1)
    }

    @Test func theReadableTableNamesEveryField() throws {
        let run = try Self.formfold(["inspect", Self.templates.appendingPathComponent("6临泉镇解码模板.xlsx").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("解码填报表"))
        #expect(run.stdout.contains("当前所在地详址"))
        #expect(run.stdout.contains("必填"))
    }

    @Test func helpListsTheCommands() throws {
        let run = try Self.formfold(["--help"])
        #expect(run.stdout.contains("inspect"))
    }
}
