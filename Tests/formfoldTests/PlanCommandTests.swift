import Foundation
import Testing

/// `formfold plan` and `formfold admit` on the sample district, as an office runs them.
@Suite struct PlanCommandTests {
    static func run(_ arguments: [String]) throws -> InspectCommandTests.Run {
        try InspectCommandTests.formfold(arguments + ["--review-file", "/nonexistent-dir/none.json"])
    }

    @Test func thePlanSummaryReadsLikeTheDistrictsReport() throws {
        let run = try Self.run(["plan", "samples/gaoxin-2020"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("35 → 8 (−77.1%): removed 11, merged 13, shared 3"))
        #expect(run.stdout.contains("derivable:"))
    }

    @Test func theJSONHasThePublishedShape() throws {
        let run = try Self.run(["plan", "samples/gaoxin-2020", "--policy", "samples/gaoxin-2020/policy.yaml", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["before"] as? Int == 35)
        #expect(summary["after"] as? Int == 8)
        #expect(summary["reductionRate"] as? Double == 0.771)
        let form = try #require((json["forms"] as? [[String: Any]])?.first)
        for key in ["file", "sheet", "title", "department", "action", "into", "reason"] { #expect(form.keys.contains(key), "\(key)") }
        let reason = try #require(form["reason"] as? [String: Any])
        for key in ["kind", "detail", "relatedTo"] { #expect(reason.keys.contains(key), "\(key)") }
        let consolidated = try #require((json["consolidated"] as? [[String: Any]])?.first)
        for key in ["id", "title", "grain", "frequency", "fields"] { #expect(consolidated.keys.contains(key), "\(key)") }
        let field = try #require((consolidated["fields"] as? [[String: Any]])?.first)
        for key in ["concept", "label", "from"] { #expect(field.keys.contains(key), "\(key)") }
        let lineage = try #require(json["lineage"] as? [[String: Any]])
        #expect(lineage.count == summary["fieldsBefore"] as? Int)
        for key in ["file", "sheet", "path", "fate", "target"] { #expect(lineage.first?.keys.contains(key) == true, "\(key)") }
    }

    @Test func admitSaysWhereANewFormsFieldsAreCollected() throws {
        let run = try Self.run(["admit", "samples/gaoxin-2020/14_返乡师生排查登记表.xlsx", "--catalog", "samples/gaoxin-2020/01_返乡人员排查登记表.xlsx",
                                "--catalog", "samples/gaoxin-2020/02_居家隔离人员台账.xlsx"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("verdict: reuse"))
        #expect(run.stdout.contains("01_返乡人员排查登记表.xlsx"))
    }
}
