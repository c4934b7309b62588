import Testing
@testable import FormFoldCore

/// Sheets built cell by cell, shaped like the real township templates.
@Suite struct FormDetectorTests {
    static func row(_ index: Int, _ cells: [Any?]) -> SheetRow {
        SheetRow(index: index, cells: cells.map { c in
            switch c {
            case let s as String: return .text(s)
            case let n as Int: return .number(Double(n))
            case let d as Double: return .number(d)
            default: return .empty
            }
        })
    }

    static func detect(_ rows: [SheetRow], merges: [String] = [], mergesKnown: Bool = true, headLimit: Int = 200,
                       recordLimit: Int = 0) -> [Form] {
        var d = FormDetector(file: "t.xlsx", sheet: "Sheet1", headLimit: headLimit, recordLimit: recordLimit)
        rows.forEach { d.add($0) }
        return d.finish(merges: merges.compactMap { CellRange(reference: $0) }, mergesKnown: mergesKnown)
    }

    /// 4工作簿模板.xlsx: title, 截止 line, two-row merged header, one data row, a 填表说明 note.
    static let controlSummary: [SheetRow] = [
        row(1, ["重点管控人员情况汇总表"]),
        row(2, ["  截止 4 月 20 日"]),
        row(3, ["乡镇\n单位", "排查风险人员（按区域）", nil, nil, "排查风险人员（按类型）", nil, nil, nil, "解除\n隔离", "赋红码人员", nil, "赋黄码人员"]),
        row(4, [nil, "省外返临\n人数", "省内返临\n人数", "自行排查\n（报备）", "集中隔离", "居家隔离", "未隔离返程", "未排查到位", nil, "外来返临", "在临未外出", "外来返临", "在临未外出"]),
        row(5, ["临泉镇", nil, nil, 0, nil, nil, nil, 0]),
        row(13, ["填表说明：未排查到位人数是指在督导过程中发现的风险人员未纳入风险排查台账管理的人数。"]),
    ]

    @Test func twoRowMergedHeaderGivesGroupPaths() throws {
        let forms = Self.detect(Self.controlSummary, merges: ["L3:M3", "J3:K3", "B3:D3", "A13:M13", "A1:M1", "E3:H3", "A3:A4", "I3:I4", "A2:M2"])
        let form = try #require(forms.first)
        #expect(forms.count == 1)
        #expect(form.title == "重点管控人员情况汇总表")
        #expect(form.meta == [MetaEntry(key: "截止", value: "4月20日")])
        #expect(form.headerRows == 3...4)
        #expect(form.rowCount == 1)
        #expect(form.notes.count == 1)
        #expect(form.fields.count == 13)
        #expect(form.fields[0].path == ["乡镇\n单位"])
        #expect(form.fields[1].path == ["排查风险人员（按区域）", "省外返临\n人数"])
        #expect(form.fields[3].name == "自行排查")
        #expect(form.fields[3].annotations == ["报备"])
        #expect(form.fields[8].path == ["解除\n隔离"])
        #expect(form.fields[12].path == ["赋黄码人员", "在临未外出"])
    }

    @Test func theSameHeaderWithoutMergesIsInferredFromBlankContinuations() throws {
        let form = try #require(Self.detect(Self.controlSummary, mergesKnown: false).first)
        #expect(form.headerRows == 3...4)
        #expect(form.fields.map(\.path) == Self.detect(Self.controlSummary, merges: ["B3:D3", "E3:H3", "J3:K3", "L3:M3", "A3:A4", "I3:I4"]).first?.fields.map(\.path))
    }

    @Test func singleHeaderRosterWithFooterAndColumnNumbers() throws {
        var rows = [
            Self.row(1, ["返乡人员排查登记表"]),
            Self.row(2, ["填报单位（盖章）：东山村", nil, nil, "填报日期：2022年4月20日"]),
            Self.row(3, ["序号", "姓名（必填）", "身份证号码", "联系电话", "返乡时间"]),
            Self.row(4, [1, 2, 3, 4, 5]),
        ]
        for i in 0..<30 {
            rows.append(Self.row(5 + i, [i + 1, "张\(i)", "11010519491231002X", "1391234\(String(format: "%04d", i))", "2022-04-\(10 + i % 10)"]))
        }
        rows.append(Self.row(40, ["填表人：", nil, "审核人：", "联系电话："]))
        let form = try #require(Self.detect(rows).first)
        #expect(form.meta.map(\.key) == ["填报单位", "填报日期"])
        #expect(form.headerRows == 3...3)
        #expect(form.rowCount == 30)
        #expect(form.footer.map(\.key) == ["填表人", "审核人", "联系电话"])
        #expect(form.fields.map(\.type.kind) == [.integer, .text, .idNumber, .mobile, .date])
        #expect(form.fields[1].required == true)
    }

    @Test func rowsPastTheKeptWindowStillCountAndTypeTheColumns() throws {
        var rows = [Self.row(1, ["姓名", "年龄"])]
        for i in 0..<500 { rows.append(Self.row(2 + i, ["人\(i)", i])) }
        rows.append(Self.row(600, ["备注：以上人员均已落实管控"]))
        let form = try #require(Self.detect(rows, headLimit: 20).first)
        #expect(form.rowCount == 500)
        #expect(form.fields[1].type.kind == .integer)
        #expect(form.notes == ["备注：以上人员均已落实管控"])
    }

    @Test func dataRowsAreKeptWhenAskedForInsideAndPastTheWindow() throws {
        var rows = [Self.row(1, ["序号", "姓名", "年龄"])]
        for i in 0..<50 { rows.append(Self.row(2 + i, [i + 1, "人\(i)", 20 + i])) }
        rows.append(Self.row(60, ["填表人：张三"]))
        let form = try #require(Self.detect(rows, headLimit: 20, recordLimit: 1000).first)
        #expect(form.records.count == 50)
        #expect(form.records.first == [.number(1), .text("人0"), .number(20)])
        #expect(form.records.last == [.number(50), .text("人49"), .number(69)])
        let capped = try #require(Self.detect(rows, headLimit: 20, recordLimit: 30).first)
        #expect(capped.records.count == 30)
        #expect(capped.rowCount == 50, "the count is not capped")
        #expect(try #require(Self.detect(rows).first).records.isEmpty, "none unless asked for")
    }

    /// 2县卫健委每日报表.xlsx: two stacked header blocks with row labels.
    @Test func stackedHeaderBlocksMakeOneCrossTab() throws {
        let rows = [
            Self.row(1, ["省内", "排查人数", "核酸检测人数", "集中隔离人数", "居家隔离人数", "解除隔离人数（居家）", "失联人员"]),
            Self.row(2, ["太原当日"]),
            Self.row(3, ["太原累计", 1655, 1655, 0, 1655, 1543, 74]),
            Self.row(4, ["省内除太原当日"]),
            Self.row(5, ["省内除太原累计", 483, 483, 0, 469, 364, 0]),
            Self.row(6, ["省外", "排查人数（人）", "核酸检测人数（人）", "集中隔离人数", "居家隔离人数", "健康监测人数", "解除隔离人数居家", "失联人数"]),
            Self.row(7, ["省外当日", nil, nil, nil, nil, 0, nil, 0]),
            Self.row(8, ["省外累计", 343, 343, 9, 304, 0, 285, 0]),
        ]
        let forms = Self.detect(rows)
        #expect(forms.count == 1)
        let form = try #require(forms.first)
        #expect(form.layout == .crossTab)
        #expect(form.rowLabels == ["太原当日", "太原累计", "省内除太原当日", "省内除太原累计", "省外当日", "省外累计"])
        #expect(form.fields.count == 13)
        #expect(form.fields.first?.path == ["省内", "排查人数"])
        #expect(form.fields.last?.path == ["省外", "失联人数"])
        #expect(form.fields[7].unit == "人")
    }

    @Test func anEmptySheetHasNoForm() {
        #expect(Self.detect([]).isEmpty)
        #expect(Self.detect([Self.row(1, ["只是一行说明文字。"])]).isEmpty)
    }

    @Test func twoFormsStackedOnOneSheet() {
        let rows = [
            Self.row(1, ["居家隔离人员名单"]),
            Self.row(2, ["姓名", "隔离日期"]),
            Self.row(3, ["张三", "2022-04-20"]),
            Self.row(5, ["集中隔离人员名单"]),
            Self.row(6, ["姓名", "隔离点", "隔离日期"]),
            Self.row(7, ["李四", "县宾馆", "2022-04-19"]),
            Self.row(8, ["王五", "县宾馆", "2022-04-19"]),
        ]
        let forms = Self.detect(rows)
        #expect(forms.map(\.title) == ["居家隔离人员名单", "集中隔离人员名单"])
        #expect(forms.map(\.rowCount) == [1, 2])
    }

    @Test func threeRowHeader() throws {
        let rows = [
            Self.row(1, ["企业复工复产情况统计表"]),
            Self.row(2, ["企业名称", "复工情况", nil, nil, "员工情况"]),
            Self.row(3, [nil, "是否复工", "复工时间", "产能", "在岗人数（人）", "返岗情况"]),
            Self.row(4, [nil, nil, nil, "恢复率%", nil, "省内", "省外"]),
            Self.row(5, ["甲公司", "是", "2022-04-01", 80, 120, 30, 5]),
        ]
        let form = try #require(Self.detect(rows, merges: ["A2:A4", "B2:D2", "E2:G2", "B3:B4", "C3:C4", "E3:E4", "F3:G3"]).first)
        #expect(form.headerRows == 2...4)
        #expect(form.fields.map(\.path) == [
            ["企业名称"], ["复工情况", "是否复工"], ["复工情况", "复工时间"], ["复工情况", "产能", "恢复率%"],
            ["员工情况", "在岗人数（人）"], ["员工情况", "返岗情况", "省内"], ["员工情况", "返岗情况", "省外"],
        ])
        #expect(form.fields[3].unit == "%")
    }
}
