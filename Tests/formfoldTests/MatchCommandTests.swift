import Foundation
import Testing

/// `formfold match` and `formfold review`, run as a user runs them.
@Suite struct MatchCommandTests {
    static func run(_ arguments: [String]) throws -> InspectCommandTests.Run {
        try InspectCommandTests.formfold(arguments)
    }

    static func temporaryReviewFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("formfold-review-\(UUID().uuidString).json").path
    }

    @Test func matchExplainsEveryMappingOfTheSamples() throws {
        let run = try Self.run(["match", "samples/", "--json", "--review-file", Self.temporaryReviewFile()])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let fields = try #require(json["fields"] as? [[String: Any]])
        #expect(fields.count > 100)
        for field in fields {
            for key in ["file", "sheet", "path", "concept", "disaggregation", "confidence", "evidence"] {
                #expect(field.keys.contains(key), "field has \(key)")
            }
            #expect((field["evidence"] as? [Any])?.isEmpty == false, "every mapping is explained")
        }
        #expect(json["proposed"] is [Any])
        let mapped = fields.filter { !($0["concept"] is NSNull) }
        #expect(Double(mapped.count) / Double(fields.count) > 0.8)
    }

    @Test func aReviewDecisionRoundTripsIntoTheNextMatch() throws {
        let review = Self.temporaryReviewFile()
        defer { try? FileManager.default.removeItem(atPath: review) }
        let header = "无人机巡航架次"
        let before = try Self.run(["match", "--header", header, "--json", "--review-file", review])
        let beforeJSON = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        #expect(((beforeJSON["fields"] as? [[String: Any]])?.first?["concept"]) is NSNull)

        let correct = try Self.run(["review", "correct", "--header", header, "--concept", "inspection.problems.count",
                                    "--reviewer", "王芳", "--review-file", review])
        #expect(correct.status == 0, "\(correct.stderr)")
        let after = try Self.run(["match", "--header", header, "--json", "--review-file", review])
        let field = try #require((try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])?["fields"]
            as? [[String: Any]]).first
        #expect(field?["concept"] as? String == "inspection.problems.count")
        #expect(field?["status"] as? String == "decided")

        // A contradicting decision is refused, and named.
        let conflict = try Self.run(["review", "correct", "--header", header, "--concept", "checkpoint.persons.count",
                                     "--review-file", review])
        #expect(conflict.status != 0)
        #expect(conflict.stderr.contains("already decided"))
    }

    @Test func reviewListsTheOpenMappingsWithTheCommandToSettleThem() throws {
        let run = try Self.run(["review", "samples/first-set", "--review-file", Self.temporaryReviewFile()])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("open mappings"))
        #expect(run.stdout.contains("formfold review "))
    }
}
