import Foundation
import FormFoldCore
import FormFoldMatch
import FormFoldOpenCC
import FormFoldPlan

/// Small forms built the way ingest builds them (rows through `FormDetector`), for planner tests.
enum PlanFixtures {
    static let converter: any ScriptConverter = OpenCCConverter.shared.map { $0 as any ScriptConverter } ?? IdentityScriptConverter()
    static let matcher = try! FieldMatcher(dictionary: .embedded(), synonyms: .embedded(), converter: converter)

    /// A form from a title, a header row and data rows (text cells; numbers as numbers).
    static func form(_ file: String, title: String, header: [String], rows: [[String]]) -> Form {
        var detector = FormDetector(file: file, sheet: "Sheet1", converter: converter, recordLimit: 10_000)
        detector.add(SheetRow(index: 1, cells: [.text(title)]))
        detector.add(SheetRow(index: 2, cells: header.map { .text($0) }))
        for (n, row) in rows.enumerated() {
            detector.add(SheetRow(index: n + 3, cells: row.map { v in Double(v).map { .number($0) } ?? .text(v) }))
        }
        return detector.finish(merges: [CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: max(header.count - 1, 0))],
                               mergesKnown: true)[0]
    }

    static func plan(_ forms: [Form], policy: Policy = Policy()) -> ReductionPlan {
        let report = FormSetMatcher(matcher: matcher).match(forms)
        return Planner(dictionary: matcher.dictionary, policy: policy).plan(forms, report: report)
    }

    // MARK: a small district

    static let villages = ["东坪村", "柳湾村", "南坡村", "杏花村"]
    static let days = (10...16).map { String(format: "2020-02-%02d", $0) }

    /// A home-isolation roster: per village some people, each isolated from a start day to an end day.
    static let isolationRows: [[String]] = {
        var rows: [[String]] = []
        var n = 0
        for (v, village) in villages.enumerated() {
            for k in 0..<(3 + v) {
                n += 1
                let start = 10 + (k + v) % 5, end = start + 3 + k % 2
                rows.append([String(n), "居民\(n)", village, idNumber(n), "1390000\(String(format: "%04d", n))",
                             String(format: "2020-02-%02d", start), end <= 16 ? String(format: "2020-02-%02d", end) : ""])
            }
        }
        return rows
    }()

    static let isolationHeader = ["序号", "姓名", "所属村", "身份证号码", "联系电话", "隔离开始日期", "解除隔离日期"]

    static func isolationRoster(_ file: String = "a_居家隔离人员台账.xlsx") -> Form {
        form(file, title: "居家隔离人员台账", header: isolationHeader, rows: isolationRows)
    }

    /// Per village per day: people in home isolation that day, from the roster (or off by `skew` on some rows).
    static func isolationTotals(_ file: String = "b_各村居家隔离人数日报.xlsx", skew: Int = 0) -> Form {
        var rows: [[String]] = []
        for (d, day) in days.enumerated() {
            for village in villages {
                let count = isolationRows.filter { r in
                    r[2] == village && r[5] <= day && (r[6].isEmpty || day < r[6])
                }.count
                rows.append([day, village, String(count + (d < skew ? 1 : 0))])
            }
        }
        return form(file, title: "各村居家隔离人数日报表", header: ["日期", "村（社区）", "居家隔离人数"], rows: rows)
    }

    /// A valid 18-character ID number (check digit by ISO 7064 MOD 11-2).
    static func idNumber(_ n: Int) -> String {
        let body = "11010119900101" + String(format: "%03d", n % 1000) + ""
        let base = String(body.prefix(17)).padding(toLength: 17, withPad: "0", startingAt: 0)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(base, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return base + String(Array("10X98765432")[sum % 11])
    }
}
