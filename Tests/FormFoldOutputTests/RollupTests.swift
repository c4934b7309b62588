import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldOutput
import FormFoldPlan
import Testing

/// The sample district's village forms totalled by street and district, computed and written, read back.
@Suite("rollup: village → street → district totals of the sample district")
struct RollupTests {
    typealias D = AuditDistrict

    /// (village, day, value) of one column of a district form, from its records.
    static func raw(_ prefix: String, value column: String, village: String = "C", date: String = "D")
        throws -> [(village: String, day: CalendarDay, value: Double)] {
        let form = try #require(D.inputs.forms.first { D.folder.appendingPathComponent($0.file).lastPathComponent.hasPrefix(prefix) || $0.file.split(separator: "/").last!.hasPrefix(prefix) })
        let v = try #require(form.fields.firstIndex { $0.column == village })
        let d = try #require(form.fields.firstIndex { $0.column == date })
        let x = try #require(form.fields.firstIndex { $0.column == column })
        return form.records.compactMap { r in
            guard let day = CalendarDay(r[d]), case .number(let n) = r[x] else { return nil }
            return (r[v].displayText, day, n)
        }
    }

    static let february20 = RollupPeriod(D.day("2020-02-20"))
    static let week = RollupPeriod(first: D.day("2020-02-15"), last: D.day("2020-02-20"))

    @Test func aStreetsTotalIsTheSumOfItsVillagesAndTheDistrictOfItsStreets() throws {
        let rollup = D.rollup(Self.february20)
        let key = "symptoms.measured.count"
        let villages = rollup.villages(of: "东湖街道")
        #expect(villages.map(\.name) == ["东湖社区", "柳岸社区", "荷塘村", "新桥村", "杨柳村", "金沙社区", "白鹭村"])
        let sum = villages.compactMap { rollup.value(key, at: $0.name) }.reduce(0, +)
        #expect(sum > 0)
        #expect(rollup.value(key, at: "东湖街道") == sum)
        let streets = ["东湖街道", "锦岚街道", "玉泉街道"].compactMap { rollup.value(key, at: $0) }.reduce(0, +)
        #expect(rollup.value(key, at: "青岚区") == streets)
        // Each village's value is the one its cadres filed for the day.
        let filed = try Self.raw("07_", value: "E").filter { $0.day == D.day("2020-02-20") }
        for village in villages {
            #expect(rollup.value(key, at: village.name) == filed.first { $0.village == village.name }?.value)
        }
    }

    @Test func aSumOverARangeAddsTheDays() throws {
        let rollup = D.rollup(Self.week)
        let filed = try Self.raw("07_", value: "E").filter { $0.village == "荷塘村" && Self.week.contains($0.day) }
        #expect(filed.count == 6)
        #expect(rollup.value("symptoms.measured.count", at: "荷塘村") == filed.map(\.value).reduce(0, +))
    }

    @Test func aLatestFigureTakesTheLastDaysValue() throws {
        let rollup = D.rollup(Self.week)
        let key = "returnees.count|period=cumulative"
        let measure = try #require(rollup.measures.first { $0.key == key })
        #expect(measure.kind == .latest)
        let filed = try Self.raw("19_", value: "G")
        let last = filed.filter { $0.day == D.day("2020-02-20") }
        #expect(last.count == 20)
        for village in ["东湖社区", "双河村", "永安村"] {
            #expect(rollup.value(key, at: village) == last.first { $0.village == village }?.value)
        }
        #expect(rollup.value(key, at: "青岚区") == last.map(\.value).reduce(0, +))
        // Not the sum over the days.
        let summed = filed.filter { $0.village == "东湖社区" && Self.week.contains($0.day) }.map(\.value).reduce(0, +)
        #expect(rollup.value(key, at: "东湖社区") != summed || summed == 0)
    }

    @Test func rosterRowsAreCountedPerVillageAndDay() throws {
        let rollup = D.rollup(Self.week)
        let measure = try #require(rollup.measures.first { $0.label == "返乡人员排查登记表 登记人数" })
        #expect(measure.kind == .rowCount)
        #expect(measure.dateBasis == "返乡时间")
        let form = try #require(D.inputs.forms.first { $0.file.hasSuffix("01_返乡人员排查登记表.xlsx") })
        let village = try #require(form.fields.firstIndex { $0.column == "C" })
        let returned = try #require(form.fields.firstIndex { $0.name == "返乡时间" })
        let rows = form.records.filter { CalendarDay($0[returned]).map(Self.week.contains) ?? false }
        #expect(rollup.value(measure.key, at: "青岚区") == Double(rows.count))
        let inHetang = rows.filter { $0[village].displayText == "荷塘村" }.count
        #expect(rollup.value(measure.key, at: "荷塘村") == (inHetang == 0 ? nil : Double(inHetang)))
    }

    @Test func villagesInTraditionalScriptJoinTheirStreet() {
        let rollup = D.rollup(Self.week)
        #expect(!rollup.rows.contains { $0.name == "（未列入区划）" })
        #expect(rollup.rows.filter { $0.level == .village }.count == 20)
        #expect(rollup.value("rows|\(D.inputs.forms.first { $0.file.contains("09_") }!.file)|工作表1", at: "锦岚街道") != nil)
    }

    @Test func theWorkbookShowsTheHierarchyWithBlanksForVillagesWithoutData() throws {
        let folder = try ScratchFolder("rollup")
        let path = folder.path("rollup.xlsx")
        let rollup = D.rollup(Self.february20)
        try RollupWorkbook().write(rollup, to: path)
        let sheets = try ReadBack.sheets(path)
        #expect(sheets.map(\.info.name) == ["汇总", "口径"])
        let totals = sheets[0]
        #expect(D.text(totals.row(1), 0).hasPrefix("青岚区数据汇总"))
        #expect(D.text(totals.row(2), 0).contains("统计期间：2020-02-20"))
        let header = try #require(totals.rows.first { $0.cells.contains { $0.displayText.hasPrefix("测温人数") } })
        let measured = try #require(header.cells.firstIndex { $0.displayText.hasPrefix("测温人数") })
        let masks = try #require(header.cells.firstIndex { $0.displayText.hasPrefix("口罩") })
        let district = try #require(totals.rows.first { D.text($0, 0) == "青岚区 合计" })
        #expect(D.number(district, measured) == rollup.value("symptoms.measured.count", at: "青岚区"))
        let street = try #require(totals.rows.first { D.text($0, 0) == "东湖街道" && D.text($0, 1) == "小计" })
        let villages = totals.rows.filter { $0.index > street.index && $0.index <= street.index + 7 }
        #expect(villages.map { D.text($0, 1) } == ["东湖社区", "柳岸社区", "荷塘村", "新桥村", "杨柳村", "金沙社区", "白鹭村"])
        #expect(D.number(street, measured) == villages.compactMap { D.number($0, measured) }.reduce(0, +))
        // The supplies are counted on Sundays: on a Thursday every village is blank, not 0.
        #expect(villages.allSatisfy { D.number($0, masks) == nil })
        #expect(D.number(street, masks) == nil)
        let measures = sheets[1]
        #expect(measures.rows.contains { D.text($0, 1) == "返乡人数（累计）" && D.text($0, 3) == "取最新值" })
    }
}
