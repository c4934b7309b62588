import FormFoldCore
import FormFoldMatch
import FormFoldPlan
import Testing

@Suite struct PlannerTests {
    typealias F = PlanFixtures

    static func returnees(_ file: String, header: [String], extra: [String] = []) -> Form {
        let rows = (1...12).map { n in
            [String(n), "返乡\(n)", F.villages[n % 4], F.idNumber(100 + n), "1380000\(String(format: "%04d", n))",
             "2020-02-\(String(format: "%02d", 10 + n % 5))", ["武汉", "太原", "郑州"][n % 3]] + extra.map { _ in "是" }
        }
        return F.form(file, title: "返乡人员登记表", header: header + extra, rows: rows)
    }

    static let returneeHeader = ["序号", "姓名", "所属村", "身份证号码", "联系电话", "返乡时间", "出发地"]

    @Test func aDuplicateUnderOtherHeadersMergesIntoTheKeptForm() throws {
        let a = Self.returnees("a.xlsx", header: Self.returneeHeader)
        let b = Self.returnees("b.xlsx", header: ["编号", "姓  名", "村（社区）", "公民身份号码", "手机号码", "返回时间", "从何地返回"])
        let plan = F.plan([a, b])
        #expect(plan.summary.before == 2)
        #expect(plan.summary.after == 1)
        let merged = try #require(plan.forms.first { $0.action == .merge })
        #expect(merged.reason.kind == .duplicate)
        #expect(merged.into == plan.forms.first { $0.action == .keep }?.into)
        #expect(merged.reason.relatedTo.first?.score ?? 0 >= 0.9)
    }

    @Test func aUniqueFieldKeepsAFormFromBeingADuplicate() {
        let a = Self.returnees("a.xlsx", header: Self.returneeHeader)
        let b = Self.returnees("b.xlsx", header: Self.returneeHeader, extra: ["是否接种疫苗", "是否有发热症状", "是否低保户"])
        let plan = F.plan([a, b])
        // b holds all of a, and more: a is the subset that merges; b is kept.
        #expect(plan.forms.first { $0.file == "a.xlsx" }?.reason.kind == .subset)
        #expect(plan.forms.first { $0.file == "b.xlsx" }?.action == .keep)
    }

    @Test func columnOrderChangesNothing() {
        let a = Self.returnees("a.xlsx", header: Self.returneeHeader)
        let shuffled = Self.returnees("b.xlsx", header: Self.returneeHeader)
        var reversedForm = shuffled
        reversedForm.fields.reverse()
        reversedForm.records = reversedForm.records.map { Array($0.reversed()) }
        let one = F.plan([a, shuffled]), two = F.plan([a, reversedForm])
        #expect(one.forms.map(\.action) == two.forms.map(\.action))
        #expect(one.summary.after == two.summary.after)
    }

    @Test func aTotalsFormCountedFromARosterIsDerivable() throws {
        let plan = F.plan([F.isolationRoster(), F.isolationTotals()])
        let totals = try #require(plan.forms.first { $0.file.hasPrefix("b_") })
        #expect(totals.action == .merge)
        #expect(totals.reason.kind == .derivable)
        let derivation = try #require(totals.derivations?.first)
        #expect(derivation.agreement == 1)
        #expect(derivation.rule.contains("隔离开始日期") && derivation.rule.contains("解除隔离日期"))
        #expect(plan.lineage.filter { $0.file.hasPrefix("b_") }.allSatisfy { $0.fate == .derived })
    }

    @Test func totalsThatDoNotAddUpAreNotDerivable() {
        // Three days of every village off by one: the data contradicts the roster.
        let plan = F.plan([F.isolationRoster(), F.isolationTotals(skew: 3)])
        #expect(plan.forms.first { $0.file.hasPrefix("b_") }?.reason.kind != .derivable)
    }

    @Test func aPersonRosterNeverMergesWithVillageTotals() {
        let plan = F.plan([F.isolationRoster(), F.isolationTotals(skew: 3)])
        #expect(plan.forms.allSatisfy { $0.action == .keep })
    }

    @Test func retiredTopicsAndPlatformsFollowThePolicy() throws {
        let ads = F.form("c.xlsx", title: "公益广告投放统计表", header: ["村（社区）", "公益广告投放数量", "宣传标语条数"],
                         rows: F.villages.map { [$0, "3", "5"] })
        let tests = F.form("d.xlsx", title: "核酸检测人员名单", header: ["姓名", "身份证号码", "采样时间", "检测结果"],
                           rows: (1...8).map { ["检\($0)", F.idNumber(300 + $0), "2020-02-11", "阴性"] })
        let dictionary = F.matcher.dictionary
        let topic = try #require(FormSetMatcher(matcher: F.matcher).match([ads]).fields.compactMap { $0.concept }
            .compactMap { dictionary.concept($0)?.topic }.first { $0 != "address" })
        let sources = Set(FormSetMatcher(matcher: F.matcher).match([tests]).fields.compactMap { $0.concept }
            .compactMap { dictionary.concept($0)?.source })
        let strict = Policy(platforms: Array(sources), retiredTopics: [topic])
        let plan = F.plan([ads, tests], policy: strict)
        #expect(plan.forms.first { $0.file == "c.xlsx" }?.action == .remove)
        #expect(plan.forms.first { $0.file == "d.xlsx" }?.action == .share)
        // Un-retire the topic and drop the platforms: both are kept.
        let lenient = F.plan([ads, tests], policy: Policy())
        #expect(lenient.forms.allSatisfy { $0.action == .keep })
    }

    @Test func theLineageAccountsForEveryOriginalField() {
        let forms = [F.isolationRoster(), F.isolationTotals(), Self.returnees("a.xlsx", header: Self.returneeHeader)]
        let plan = F.plan(forms)
        let original = forms.flatMap { f in f.fields.map { "\(f.file)|\(f.sheet ?? "")|\($0.column)" } }
        let traced = plan.lineage.map { "\($0.file)|\($0.sheet ?? "")|\($0.column)" }
        #expect(Set(traced) == Set(original))
        #expect(traced.count == original.count)
        #expect(plan.lineage.allSatisfy { $0.fate == .retired || $0.target != nil })
        // Every consolidated field names the original fields it replaces, and every kept field is in one.
        let consolidatedSources = Set(plan.consolidated.flatMap { $0.fields.flatMap(\.from) }.map { "\($0.file)|\($0.sheet ?? "")|\($0.column)" })
        let kept = plan.lineage.filter { $0.fate == .field }.map { "\($0.file)|\($0.sheet ?? "")|\($0.column)" }
        #expect(Set(kept).isSubset(of: consolidatedSources))
    }
}
