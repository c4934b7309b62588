import Foundation
import FormFoldCore
import FormFoldMatch
import Testing

@Suite struct ReviewBookTests {
    static func decision(_ action: ReviewDecision.Action, _ concept: String, header: String = "联系电话",
                         file: String? = nil, reviewer: String = "王芳") -> ReviewDecision {
        ReviewDecision(header: [Support.matcher.key(of: header)], path: [header], file: file, action: action,
                       concept: concept, reviewer: reviewer, decidedAt: "2026-12-01T09:00:00Z")
    }

    @Test func decisionsRoundTripThroughJSON() throws {
        var book = ReviewBook()
        try book.record(Self.decision(.accept, "contact.mobile"))
        try book.record(Self.decision(.reject, "person.name", header: "申请人"))
        let again = try ReviewBook(json: try book.json(), file: "formfold-review.json")
        #expect(again.decisions == book.decisions)
    }

    @Test func aContradictingDecisionIsRefusedUnlessReplaced() throws {
        var book = ReviewBook()
        try book.record(Self.decision(.accept, "contact.mobile"))
        try book.record(Self.decision(.accept, "contact.mobile"))  // the same again: nothing changes
        #expect(book.decisions.count == 1)
        #expect(throws: ReviewConflict.self) { try book.record(Self.decision(.correct, "reporting.reporter_phone")) }
        #expect(throws: ReviewConflict.self) { try book.record(Self.decision(.reject, "contact.mobile")) }
        try book.record(Self.decision(.correct, "reporting.reporter_phone", reviewer: "李强"), replacing: true)
        #expect(book.decisions.map(\.concept) == ["reporting.reporter_phone"])
        #expect(book.superseded.map(\.concept) == ["contact.mobile"], "the replaced decision is kept")
    }

    @Test func aDecisionForOneFileDoesNotSettleTheOthers() throws {
        var book = ReviewBook()
        try book.record(Self.decision(.correct, "reporting.reporter_phone", file: "b.xlsx"))
        let key = [Support.matcher.key(of: "联系电话")]
        #expect(book.mapping(for: key, file: "b.xlsx", sheet: "Sheet1")?.concept == "reporting.reporter_phone")
        #expect(book.mapping(for: key, file: "a.xlsx", sheet: "Sheet1") == nil)
    }

    @Test func aBrokenReviewFileIsAClearError() {
        #expect { try ReviewBook(json: Data("{\"decisions\": 3}".utf8), file: "formfold-review.json") } throws: {
            "\($0)".contains("formfold-review.json")
        }
    }
}
