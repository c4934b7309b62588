import FormFoldCore
import FormFoldMatch
import FormFoldPlan
import Testing

@Suite struct AdmissionCheckTests {
    typealias F = PlanFixtures

    static func check(_ candidate: Form, against catalogue: [Form], policy: Policy = Policy()) -> AdmissionCheck.Result {
        let report = FormSetMatcher(matcher: F.matcher).match(catalogue + [candidate])
        let n = catalogue.reduce(0) { $0 + $1.fields.count }
        return AdmissionCheck(dictionary: F.matcher.dictionary, policy: policy).check(
            candidate, mappings: Array(report.fields[n...]), catalogue: catalogue,
            report: MatchReport(fields: Array(report.fields.prefix(n)), proposed: report.proposed))
    }

    @Test func aFormAlreadyCollectedIsReused() {
        let candidate = F.form("new.xlsx", title: "居家隔离人员名单", header: ["姓名", "身份证号", "村（社区）", "隔离起始日期"], rows: [])
        let result = Self.check(candidate, against: [F.isolationRoster()])
        #expect(result.verdict == .reuse)
        #expect(result.coverage == 1)
        #expect(result.fields.allSatisfy { !$0.collectedIn.isEmpty })
        #expect(result.closest?.file == "a_居家隔离人员台账.xlsx")
    }

    @Test func aFormHalfCollectedExtendsTheClosestForm() {
        let candidate = F.form("new.xlsx", title: "居家隔离人员健康随访表",
                               header: ["姓名", "身份证号码", "所属村", "隔离开始日期", "体温", "有无发热症状", "是否接种疫苗"], rows: [])
        let result = Self.check(candidate, against: [F.isolationRoster()])
        #expect(result.verdict == .extend, "\(result.reason)")
        #expect(result.fields.contains { $0.collectedIn.isEmpty })
    }

    @Test func aFormOfNewFactsIsNew() {
        let candidate = F.form("new.xlsx", title: "企业用电量统计表", header: ["企业名称", "统一社会信用代码", "本月用电量", "同比增长"], rows: [])
        let result = Self.check(candidate, against: [F.isolationRoster()])
        #expect(result.verdict == .new)
        #expect(result.coverage < 0.5)
    }
}
