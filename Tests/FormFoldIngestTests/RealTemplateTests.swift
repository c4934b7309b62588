import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldOpenCC
import Testing

/// The eight real township templates in ../shared/corpus/real-templates, each read with its published header.
@Suite struct RealTemplateTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/real-templates")

    static func inspect(_ name: String) throws -> InspectionReport {
        let url = folder.appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: url.path), "the real templates are at \(folder.path)")
        return Inspector(converter: OpenCCConverter.shared.map { $0 as any ScriptConverter } ?? IdentityScriptConverter()).inspect(url: url, displayName: name)
    }

    static func leaves(_ form: Form) -> [String] { form.fields.map { $0.path.last ?? "" } }

    static let fiveForOneHeader = ["序号", "姓名", "所属\n行政村", "性别", "身份\n证号", "务工地点\n或\n其他事由", "返乡\n时间", "联系\n方式",
                                   "公安人员", "卫生员", "村干部", "乡镇政府", "网格员", "第一次\n核酸酸结果", "第二次\n核酸结果",
                                   "第三次\n核酸结果", "第四次\n核酸结果", "第五次\n核酸结果", "填报单位"]

    @Test func theFiveForOneTemplateGivesItsNineteenPublishedHeaders() throws {
        let report = try Self.inspect("0五包一临泉镇返临人员排查表模板.xlsx")
        #expect(report.errors.isEmpty)
        #expect(report.forms.count == 1, "Sheet2 and Sheet3 are empty and hold no form")
        let form = try #require(report.forms.first?.form)
        #expect(form.sheet == "Sheet1")
        #expect(form.title == "临泉镇返乡人员“五包一”统计表")
        #expect(form.headerRows == 2...2)
        #expect(Self.leaves(form) == Self.fiveForOneHeader)
        #expect(form.fields[2].name == "所属行政村")
        #expect(form.rowCount == 0)
    }

    @Test func theSecondFiveForOneVersionKeepsItsSummaryAsANote() throws {
        let form = try #require(try Self.inspect("1五包一临泉镇返临人员排查表模板.xlsx").forms.first?.form)
        #expect(form.title == "临县疫情防控返乡人员“五包一”统计表")
        #expect(form.notes.first?.hasPrefix("2022.4.20 共排查41人") == true)
        #expect(form.headerRows == 3...3)
        #expect(Self.leaves(form) == Self.fiveForOneHeader + ["类型", "填报时间", "隔离办法"])
    }

    @Test func theCountyHealthReportIsOneCrossTab() throws {
        let report = try Self.inspect("2县卫健委每日报表.xlsx")
        #expect(report.forms.count == 1)
        let form = try #require(report.forms.first?.form)
        #expect(form.layout == .crossTab)
        #expect(form.rowLabels == ["太原当日", "太原累计", "省内除太原当日", "省内除太原累计", "省外当日", "省外累计"])
        #expect(form.fields.map(\.path) == [
            ["省内", "排查人数"], ["省内", "核酸检测人数"], ["省内", "集中隔离人数"], ["省内", "居家隔离人数"],
            ["省内", "解除隔离人数（居家）"], ["省内", "失联人员"],
            ["省外", "排查人数（人）"], ["省外", "核酸检测人数（人）"], ["省外", "集中隔离人数"], ["省外", "居家隔离人数"],
            ["省外", "健康监测人数"], ["省外", "解除隔离人数居家"], ["省外", "失联人数"],
        ])
        #expect(form.fields.allSatisfy { $0.type.kind == .integer })
    }

    @Test func theRedAndYellowCodeListHasEighteenColumnsAndNoTitle() throws {
        let form = try #require(try Self.inspect("3红码黄码名单模板.xlsx").forms.first?.form)
        #expect(form.sheet == "汇总")
        #expect(form.title == nil)
        #expect(form.headerRows == 1...1)
        #expect(Self.leaves(form) == ["序号", "姓名", "身份证", "电话", "现住址", "户籍地", "从何地返回临县（具体到村、小区）", "返回时间",
                                      "行程码是否正常", "健康码是否正常", "核酸检测结果", "是否接种新冠疫苗", "体温（℃）", "报送单位",
                                      "网格员", "报送时间", "返乡类型", "防控措施"])
        #expect(form.fields[12].unit == "℃")
    }

    @Test func theControlSummaryHasATwoRowMergedHeader() throws {
        let form = try #require(try Self.inspect("4工作簿模板.xlsx").forms.first?.form)
        #expect(form.title == "重点管控人员情况汇总表")
        #expect(form.meta == [MetaEntry(key: "截止", value: "4月20日")])
        #expect(form.headerRows == 3...4)
        #expect(form.fields.map(\.path) == [
            ["乡镇\n单位"],
            ["排查风险人员（按区域）", "省外返临\n人数"], ["排查风险人员（按区域）", "省内返临\n人数"], ["排查风险人员（按区域）", "自行排查\n（报备）"],
            ["排查风险人员（按类型）", "集中隔离"], ["排查风险人员（按类型）", "居家隔离"], ["排查风险人员（按类型）", "未隔离返程"],
            ["排查风险人员（按类型）", "未排查到位"],
            ["解除\n隔离"],
            ["赋红码人员", "外来返临"], ["赋红码人员", "在临未外出"], ["赋黄码人员", "外来返临"], ["赋黄码人员", "在临未外出"],
        ])
        #expect(form.rowCount == 1)
        #expect(form.notes.count == 1 && form.notes[0].hasPrefix("填表说明"))
    }

    @Test func theDailyStatisticsTemplate() throws {
        let form = try #require(try Self.inspect("5每日统计最新模板.xlsx").forms.first?.form)
        #expect(form.title == "临泉镇自3.28以来排查数据")
        #expect(form.headerRows == 2...2)
        #expect(Self.leaves(form) == ["排查日期", "太原返临人员", "省内除太原返临", "省外返临", "返临人员合计", "居家隔离", "集中隔离"])
    }

    @Test func theDecodingFormHasMetaLinesAndRequiredMarks() throws {
        let form = try #require(try Self.inspect("6临泉镇解码模板.xlsx").forms.first?.form)
        #expect(form.sheet == "解码表模板")
        #expect(form.title == "解码填报表")
        #expect(form.meta.first == MetaEntry(key: "填报单位", value: "临县临泉镇"))
        #expect(form.meta.contains { $0.key == "填报时间" })
        #expect(form.headerRows == 4...4)
        #expect(Self.leaves(form) == ["序号", "姓名（必填）", "证件号（必填）", "证件类型（必填）", "手机号码（必填）", "前往地详址（选填）",
                                      "解码依据（必填）", "解除隔离时间（选填）", "解码开始时间（选填）", "解码结束时间（选填）",
                                      "所属区划（必填）", "码颜色（必填）", "当前所在地详址（必填）", "备注"])
        #expect(form.fields.map(\.required) == [nil, true, true, true, true, false, true, false, false, false, true, true, true, nil])
        #expect(form.fields[2].name == "证件号")
    }

    @Test func theReleaseReportHasTwoEmptyMetaFields() throws {
        let form = try #require(try Self.inspect("7临泉镇解除隔离日报表.xlsx").forms.first?.form)
        #expect(form.title == "临泉镇 居家隔离人员解除日报表")
        #expect(form.meta.map(\.key) == ["乡镇主要负责人", "填报日期"])
        #expect(form.headerRows == 3...3)
        #expect(Self.leaves(form) == ["序号", "所属\n行政村", "姓名", "性别", "身份证号", "联系方式", "隔离日期", "解除隔离日期",
                                      "核酸次数", "核酸结果是否均为阴性"])
    }
}
