import FormFoldCore
import FormFoldOutput

/// The benchmark's cells: the same formula as bench/write_c.c and bench/write_py.py (keep all three in step).
enum RosterCells {
    /// A 32-bit mix of (data row, column): every data value is derived from it and the fixed lists below.
    @inline(__always)
    static func mix(_ r: Int, _ c: Int) -> UInt32 {
        var x = (UInt32(truncatingIfNeeded: r) &+ 1) &* 2_654_435_761 &+ UInt32(truncatingIfNeeded: c) &* 40_503
        x ^= x >> 15
        x = x &* 2_246_822_519
        x ^= x >> 13
        x = x &* 3_266_489_917
        x ^= x >> 16
        return x
    }

    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
                           "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋",
                           "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹"]
    static let given1 = ["建", "国", "志", "晓", "海", "红", "丽", "俊", "玉", "明", "春", "秀", "文", "金", "小", "永"]
    static let given2 = ["", "华", "军", "平", "强", "伟", "芳", "英", "杰", "霞", "燕", "峰", "刚", "辉", "敏", "涛"]
    static let towns = ["石桥镇", "青岚镇", "柳湾镇", "东坪乡", "白水镇", "三交镇", "南庄乡", "河口镇"]
    static let villages = ["东坪村", "西沟村", "柳树湾村", "前庄村", "后庄村", "上河村",
                           "下河村", "王家塔村", "李家山村", "枣林村", "光明社区", "城东社区"]
    static let cities = ["山西省太原市小店区", "山西省吕梁市离石区", "陕西省西安市雁塔区",
                         "内蒙古自治区鄂尔多斯市东胜区", "北京市朝阳区", "上海市浦东新区",
                         "广东省深圳市宝安区", "四川省成都市武侯区"]
    static let streets = ["人民路", "解放路", "建设街", "迎宾大道", "滨河东路", "府西街", "学府街", "和平北路"]
    static let estates = ["阳光小区", "锦绣家园", "金色水岸", "御景苑", "幸福花园", "翠湖城", "新城国际", "康宁小区"]
    static let areas = ["141124", "141102", "141123", "140105", "140106", "610113", "110105", "441900"]
    static let prefixes = ["138", "139", "150", "151", "158", "186", "187", "199"]
    static let transport = ["自驾", "火车", "长途客车", "飞机", "顺风车", "其他"]
    static let reasons = ["务工返乡", "学生放假", "探亲", "经商返乡", "就医返回", "其他事由"]
    static let workers = ["王建华", "李国强", "张志平", "刘晓燕", "陈海峰", "杨红梅",
                          "赵丽娟", "黄俊杰", "周玉兰", "吴明辉", "徐春霞", "孙秀英"]
    static let remarks = ["", "", "", "已落实居家隔离措施", "已转集中隔离点", "三天两检", "已报备",
                          "已纳入网格管理，每日两次体温监测"]

    static let title = "青岚县返乡人员信息汇总表"
    static let meta = "汇总单位：青岚县疫情防控指挥部　　数据截至：2022年4月30日　　FormFold 写入基准"
    /// Header row 3 groups (over row-4 sub-headers), and single columns merged down over both rows.
    static let groups: [(first: Int, last: Int, text: String)] = [(1, 5, "基本信息"), (6, 9, "户籍及居住"), (10, 17, "返乡情况")]
    static let singles: [(col: Int, text: String)] = [(0, "序号"), (18, "网格员"), (19, "备注")]
    static let subheaders: [Int: String] = [
        1: "姓名", 2: "性别", 3: "身份证号码", 4: "联系电话", 5: "年龄", 6: "所属乡镇", 7: "所属行政村", 8: "户籍地址",
        9: "现居住地址", 10: "返乡日期", 11: "体温（℃）", 12: "核酸检测次数", 13: "补助金额（元）", 14: "家庭人口",
        15: "交通方式", 16: "返乡事由", 17: "登记日期",
    ]
    static let widths: [Double] = [6, 8, 5, 20, 13, 5, 10, 12, 36, 44, 11, 8, 8, 11, 8, 9, 9, 11, 8, 30]
    static let firstDataRow = 4

    static let titleStyle = CellStyle(bold: true, fontSize: 16, horizontalAlignment: .center, verticalAlignment: .center)
    static let metaStyle = CellStyle(horizontalAlignment: .left)
    static let headerStyle = CellStyle(bold: true, fillColor: 0xDDEBF7, horizontalAlignment: .center,
                                       verticalAlignment: .center, wrapsText: true, border: .thin)
    static let textStyle = CellStyle(numberFormat: "@")
    static let dateStyle = CellStyle(numberFormat: "yyyy-mm-dd")
    static let oneDecimal = CellStyle(numberFormat: "0.0")
    static let money = CellStyle(numberFormat: "#,##0.00")

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkDigits: [UInt8] = Array("10X98765432".utf8)

    /// `value` in decimal, left-padded with zeros to `width` digits, appended to `bytes`.
    @inline(__always)
    static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var v = value
        let start = bytes.count
        for _ in 0..<width { bytes.append(0) }
        var i = start + width - 1
        while i >= start {
            bytes[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
            i -= 1
        }
    }

    static func write(to path: String, rows: Int, constantMemory: Bool) throws {
        let book = try XlsxWorkbook(path: path, constantMemory: constantMemory)
        let sheet = try book.addWorksheet("汇总")
        for (col, width) in widths.enumerated() { try sheet.setColumn(first: col, width: width) }
        try sheet.freezePanes(row: firstDataRow, col: 2)

        try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 19, text: title, style: titleStyle)
        try sheet.mergeRange(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: 19, text: meta, style: metaStyle)
        // The two-row header in the order constant-memory mode needs: row-3 merges, vertical merges, row-4 cells.
        for g in groups {
            try sheet.mergeRange(firstRow: 2, firstCol: g.first, lastRow: 2, lastCol: g.last, text: g.text, style: headerStyle)
        }
        for s in singles {
            try sheet.mergeRange(firstRow: 2, firstCol: s.col, lastRow: 3, lastCol: s.col, text: s.text, style: headerStyle)
        }
        for col in 1...17 { try sheet.write(subheaders[col]!, row: 3, col: col, style: headerStyle) }

        // The data rows' styles resolved once: the loop writes every cell without looking a style up.
        let text = try book.format(textStyle)
        let date = try book.format(dateStyle)
        let decimal = try book.format(oneDecimal)
        let amount = try book.format(money)

        var idBytes: [UInt8] = []
        idBytes.reserveCapacity(18)
        var phoneBytes: [UInt8] = []
        phoneBytes.reserveCapacity(11)
        for r in 0..<rows {
            let row = firstDataRow + r
            try sheet.write(Double(r + 1), row: row, col: 0)

            var h = mix(r, 1)
            try sheet.write(surnames[Int(h % 32)] + given1[Int((h >> 8) % 16)] + given2[Int((h >> 16) % 16)],
                            row: row, col: 1)

            let male = mix(r, 2) & 1
            try sheet.write(male == 1 ? "男" : "女", row: row, col: 2)

            h = mix(r, 3)
            let year = 1950 + Int((h >> 3) % 56)
            idBytes.removeAll(keepingCapacity: true)
            idBytes.append(contentsOf: areas[Int(h % 8)].utf8)
            appendDigits(year, width: 4, to: &idBytes)
            appendDigits(1 + Int((h >> 9) % 12), width: 2, to: &idBytes)
            appendDigits(1 + Int((h >> 13) % 28), width: 2, to: &idBytes)
            appendDigits(Int(((h >> 18) % 500) * 2 + male), width: 3, to: &idBytes)
            var sum = 0
            for k in 0..<17 { sum += Int(idBytes[k] - 48) * weights[k] }
            idBytes.append(checkDigits[sum % 11])
            try sheet.write(String(decoding: idBytes, as: UTF8.self), row: row, col: 3, format: text)

            h = mix(r, 4)
            phoneBytes.removeAll(keepingCapacity: true)
            phoneBytes.append(contentsOf: prefixes[Int(h % 8)].utf8)
            appendDigits(Int((h >> 3) % 100_000_000), width: 8, to: &phoneBytes)
            try sheet.write(String(decoding: phoneBytes, as: UTF8.self), row: row, col: 4, format: text)

            try sheet.write(Double(2022 - year), row: row, col: 5)

            let town = towns[Int(mix(r, 6) % 8)]
            try sheet.write(town, row: row, col: 6)
            let village = villages[Int(mix(r, 7) % 12)]
            try sheet.write(village, row: row, col: 7)
            try sheet.write("山西省吕梁市青岚县" + town + village + String(1 + mix(r, 8) % 180) + "号", row: row, col: 8)

            h = mix(r, 9)
            try sheet.write(cities[Int(h % 8)] + streets[Int((h >> 3) % 8)] + String(1 + (h >> 6) % 300) + "号"
                                + estates[Int((h >> 15) % 8)], row: row, col: 9)

            h = mix(r, 10)
            try sheet.write(date: SpreadsheetDate(year: 2022, month: 3 + Int(h & 1), day: 1 + Int((h >> 1) % 28), kind: .date),
                            row: row, col: 10, format: date)
            try sheet.write(Double(360 + mix(r, 11) % 15) / 10.0, row: row, col: 11, format: decimal)
            try sheet.write(Double(mix(r, 12) % 6), row: row, col: 12)
            try sheet.write(Double(mix(r, 13) % 500_000) / 100.0, row: row, col: 13, format: amount)
            try sheet.write(Double(1 + mix(r, 14) % 7), row: row, col: 14)
            try sheet.write(transport[Int(mix(r, 15) % 6)], row: row, col: 15)
            try sheet.write(reasons[Int(mix(r, 16) % 6)], row: row, col: 16)
            try sheet.write(date: SpreadsheetDate(year: 2022, month: 4, day: 1 + Int(mix(r, 17) % 30), kind: .date),
                            row: row, col: 17, format: date)
            try sheet.write(workers[Int(mix(r, 18) % 12)], row: row, col: 18)
            let remark = remarks[Int(mix(r, 19) % 8)]
            if !remark.isEmpty { try sheet.write(remark, row: row, col: 19) }
        }
        try book.close()
    }
}
