import Foundation
import FormFoldCore
import FormFoldMatch
import Testing

@Suite struct FormSetMatcherTests {
    static let ids = (0..<40).map { String(format: "1101011990%08d", $0) }

    @Test func everyFieldIsMappedOrProposedWithEvidence() {
        let forms = [
            Support.form("a.xlsx", [("姓名", .text, ["张三", "李四"]), ("身份证号码", .idNumber, Self.ids),
                                    ("无人机巡航架次", .integer, ["1", "2"])]),
            Support.form("b.xlsx", [("姓  名", .text, ["王五"]), ("无人机巡航架次（架）", .integer, ["3"])]),
        ]
        let report = FormSetMatcher(matcher: Support.matcher).match(forms)
        #expect(report.fields.count == 5)
        #expect(report.fields.allSatisfy { !$0.evidence.isEmpty })
        #expect(report.fields.filter { $0.concept == "person.name" }.count == 2)
        // The unmatched column of both forms is one proposed concept, with the same id on every run.
        #expect(report.proposed.count == 1)
        let proposal = try! #require(report.proposed.first)
        #expect(proposal.fields.map(\.file) == ["a.xlsx", "b.xlsx"])
        #expect(proposal.id.hasPrefix("proposed."))
        #expect(FormSetMatcher(matcher: Support.matcher).match(forms).proposed.first?.id == proposal.id)
    }

    @Test func aColumnWhoseValuesAreInAnotherFormsColumnTakesItsConcept() {
        // b's 编码 column holds the same ID numbers as a's 身份证号码: the values say what it is.
        let forms = [
            Support.form("a.xlsx", [("身份证号码", .idNumber, Self.ids)]),
            Support.form("b.xlsx", [("人员编码", .idNumber, Array(Self.ids.prefix(30)))]),
        ]
        let report = FormSetMatcher(matcher: Support.matcher).match(forms)
        let b = try! #require(report.fields.first { $0.field.file == "b.xlsx" })
        #expect(b.concept == "person.id_number")
        #expect(b.evidence.contains { $0.kind == .values && $0.reason.contains("a.xlsx") })
    }

    @Test func decisionsAreAppliedAndLearned() throws {
        var book = ReviewBook()
        try book.record(ReviewDecision(header: [Support.matcher.key(of: "无人机巡航架次")], path: ["无人机巡航架次"],
                                       action: .correct, concept: "inspection.problems.count", reviewer: "王芳",
                                       decidedAt: "2026-12-01"))
        try book.record(ReviewDecision(header: [Support.matcher.key(of: "联系电话")], path: ["联系电话"], file: "a.xlsx",
                                       action: .reject, concept: "contact.mobile", reviewer: "王芳", decidedAt: "2026-12-01"))
        let forms = [
            Support.form("a.xlsx", [("无人机巡航架次", .integer, ["1"]), ("联系电话", .mobile, ["13800000000"])]),
            Support.form("b.xlsx", [("无人机巡航架次", .integer, ["2"]), ("联系电话", .mobile, ["13900000000"])]),
        ]
        let report = FormSetMatcher(matcher: Support.matcher, review: book).match(forms)
        let counts = report.fields.filter { $0.field.path == ["无人机巡航架次"] }
        #expect(counts.allSatisfy { $0.concept == "inspection.problems.count" && $0.status == .decided })
        let phones = report.fields.filter { $0.field.path == ["联系电话"] }
        #expect(phones.first { $0.field.file == "a.xlsx" }?.concept != "contact.mobile", "rejected in a.xlsx")
        #expect(phones.first { $0.field.file == "b.xlsx" }?.concept == "contact.mobile", "b.xlsx is not affected")
        // Learned: a header that only shares the leaf with the decided one maps the same way.
        let learned = FormSetMatcher(matcher: Support.matcher, review: book)
            .match([Support.form("c.xlsx", [("无人机巡航架次（架）", .integer, ["4"])])])
        #expect(learned.fields.first?.concept == "inspection.problems.count")
        #expect(learned.fields.first?.evidence.contains { $0.kind == .review } == true)
    }
}
