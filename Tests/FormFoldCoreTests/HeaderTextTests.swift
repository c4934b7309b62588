import Foundation
import Testing
@testable import FormFoldCore

@Suite struct HeaderTextTests {
    @Test func lineBreaksAndRequiredMarkAreTakenOut() {
        let h = HeaderText("身份\n证号（必填）")
        #expect(h.name == "身份证号")
        #expect(h.required == true)
        #expect(HeaderText("前往地详址（选填）").required == false)
        #expect(HeaderText("姓名").required == nil)
    }

    @Test func unitsInBracketsBecomeTheUnit() {
        #expect(HeaderText("排查人数（人）").unit == "人")
        #expect(HeaderText("营业收入(万元)").unit == "万元")
        #expect(HeaderText("体温（℃）").unit == "℃")
        #expect(HeaderText("口罩【单位：只】").unit == "只")
        #expect(HeaderText("复工率%").unit == "%")
        #expect(HeaderText("复工率%").name == "复工率")
        #expect(HeaderText("体温/℃").name == "体温")
        #expect(HeaderText("体温/℃").unit == "℃")
    }

    @Test func annotationsAreKeptApartFromTheName() {
        let h = HeaderText("解除隔离人数（居家）")
        #expect(h.name == "解除隔离人数")
        #expect(h.annotations == ["居家"])
        #expect(HeaderText("从何地返回临县（具体到村、小区）").name == "从何地返回临县")
    }

    @Test func aLegendOfCodesIsTakenOffAsTheAnswers() {
        let mode = HeaderText("返乡方式1:自驾 2:飞机 3:火车 4:客车")
        #expect(mode.name == "返乡方式")
        #expect(mode.annotations == ["自驾/飞机/火车/客车"])
        #expect(HeaderText("性别 1男，2女").name == "性别")
        #expect(HeaderText("性别 1男，2女").annotations == ["男/女"])
        #expect(HeaderText("核酸检测结果 0:阴性 1:阳性").name == "核酸检测结果")
        #expect(HeaderText("测试结果-0阴性-1阳性").annotations == ["阴性/阳性"])
        // Numbers that are part of the name stay.
        for kept in ["第1天第2天", "14天内是否去过中高风险地区", "60岁以上接种人数", "18-59岁人数", "H1核酸结果", "第2次核酸3天内"] {
            #expect(HeaderText(kept).name == kept)
        }
    }

    @Test func aNoteAfterACommaIsSplitOff() {
        #expect(HeaderText.splitCommaNote(HeaderText("返乡前编码，具体到县").name).map { [$0.0, $0.1] } == ["返乡前编码", "具体到县"])
        #expect(HeaderText.splitCommaNote("金额1,000以上") == nil)
        #expect(HeaderText.splitCommaNote("姓名") == nil)
    }

    /// The numbering patterns as regular expressions, first that matches and leaves something, tried on text that
    /// starts with an ASCII letter or digit or a Chinese numeral: the reference the scanner
    /// (``HeaderText/numberingLength(_:)``) must agree with.
    static func strippedByPatterns(_ text: String) -> String {
        guard let first = text.unicodeScalars.first,
              first.isASCII ? first.properties.isAlphabetic || ("0"..."9").contains(first) : "一二三四五六七八九十".unicodeScalars.contains(first)
        else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        for pattern in numberingPatterns {
            if let match = pattern.firstMatch(in: text, options: [.anchored], range: whole),
               let r = Range(match.range, in: text), r.upperBound < text.endIndex {
                var str = text
                str.removeSubrange(r)
                return str
            }
        }
        return text
    }

    static let numberingPatterns = [
            #"^\d{1,3}(\.\d{1,3})+(?=[^\d.])"#,
            #"^[A-Za-z]{0,2}\d{1,3}(\.\d{1,3})*[\.、．:]\s*"#,
            #"^[一二三四五六七八九十]{1,3}[、\.．]\s*"#,
            #"^\d{1,3}、\s*"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    @Test func numberingIsStripped() {
        let cases = ["1、姓名": "姓名", "1.2.3联系电话": "联系电话", "H1.核酸结果": "核酸结果", "D12.日期": "日期",
                     "十二、返乡人数": "返乡人数", "3. 体温": "体温", "1.2.就业": "就业", "1.2345人": "2345人",
                     "1234.人": "1234.人", "ABC1.人": "ABC1.人", "1、": "1、", "一二三四、人": "一二三四、人", "姓名": "姓名"]
        for (text, expected) in cases {
            #expect(HeaderText.stripNumbering(text) == expected, "\(text)")
            #expect(Self.strippedByPatterns(text) == expected, "\(text)")
        }
    }

    @Test func aNumberSetOffByWhiteSpaceIsStripped() {
        #expect(HeaderText("22  最近一次核酸检测结果").name == "最近一次核酸检测结果")
        #expect(HeaderText("3\t姓名").name == "姓名")
        #expect(HeaderText("5\u{3000}体温").name == "体温")
        // One space, or digits that go on, are part of the name.
        #expect(HeaderText("14 天内是否外出").name == "14天内是否外出")
        #expect(HeaderText("2022  年").name == "2022年")
        #expect(HeaderText("60  ").name == "60")
    }

    @Test func theNumberingScannerAgreesWithThePatterns() {
        // Every string up to four scalars over an alphabet of the scanner's decisions (٣ is a digit to both, though
        // not where a numbering may start), and random longer ones.
        let alphabet: [String] = ["1", "0", ".", "、", "．", ":", "H", "b", "一", "十", " ", "人", "٣"]
        var texts: [String] = [""]
        var frontier: [String] = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { t in alphabet.map { t + $0 } }
            texts += frontier
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 5...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined())
        }
        var disagreements: [String] = []
        for text in texts where HeaderText.stripNumbering(text) != Self.strippedByPatterns(text) {
            disagreements.append(text)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func scalarClassesAgreeWithUnicodesProperties() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isSpace != scalar.properties.isWhitespace || scalar.isHan != scalar.properties.isIdeographic {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func trimmingAgreesWithFoundation() {
        for text in ["  姓名：", "\u{3000}体温）\n", "*必填", "：：", "", "a b", "\u{2028}名\u{85}", "（人数）"] {
            #expect(HeaderText.trimmed(text) == text.trimmingCharacters(in: HeaderText.trimSet), "\(text)")
        }
    }

    @Test func theQuickFoldAgreesWithFoundationsNFKC() {
        for text in ["姓名（必填）", "返乡人员：省外", "体温　℃", "身份证号【18位】", "“健康码”颜色", "①序号", "１２３ＡＢＣ", "〔2022〕第1号·其中—说明",
                     "行程卡……", "ｱｲｳ", "㈠居家隔离", "Ⅲ类"] {
            if let quick = HeaderText.simpleNFKC(text) {
                #expect(quick == text.precomposedStringWithCompatibilityMapping, "\(text)")
            } else {
                #expect(text.unicodeScalars.contains { !(0x20...0x7E).contains($0.value) && !(0x4E00...0x9FFF).contains($0.value) })
            }
        }
        // Every scalar the quick fold accepts, one by one.
        var wrong: [String] = []
        for range in [0x09...0x0D, 0x20...0x7E, 0x00B7...0x00B7, 0x2014...0x201D, 0x3000...0x301B, 0x3400...0x4DBF,
                      0x4E00...0x9FFF, 0xFF01...0xFF5E] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                if let quick = HeaderText.simpleNFKC(text), quick != text.precomposedStringWithCompatibilityMapping {
                    wrong.append(String(format: "U+%04X", value))
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        #expect(HeaderText.simpleNFKC("姓名（必填）") == "姓名(必填)")
        #expect(HeaderText.simpleNFKC("行程卡……") == nil, "… is not left alone by NFKC")
    }

    @Test func fullWidthFormsFoldToHalfWidth() {
        #expect(HeaderText("ＩＤ　号码").name == "ID号码")
        #expect(HeaderText("H1. code name").name == "code name")
    }

    @Test(arguments: [
        ("1、姓名", "姓名"), ("（一）返乡人数", "返乡人数"), ("一、基本情况", "基本情况"), ("①居家隔离", "居家隔离"),
        ("H1.姓名", "姓名"), ("D12.核酸结果", "核酸结果"), ("2.1 联系电话", "联系电话"),
    ])
    func numberingIsStripped(raw: String, expected: String) {
        #expect(HeaderText(raw).name == expected)
    }

    @Test func aNumberThatIsTheWholeNameStays() {
        #expect(HeaderText("2022").name == "2022")
    }

    @Test func scriptConversionIsApplied() {
        struct Toy: ScriptConverter { func simplified(_ t: String) -> String { t.replacingOccurrences(of: "證", with: "证") } }
        #expect(HeaderText("身份證號", converter: Toy()).name == "身份证號")
    }
}

@Suite struct SheetLineTests {
    @Test func fillingUnitAndTimeLineGivesTwoPairs() {
        let pairs = SheetLine.metaPairs("填报单位（加盖公章）：临县临泉镇    填报时间：2022年4月20日")
        #expect(pairs == [MetaEntry(key: "填报单位", value: "临县临泉镇"), MetaEntry(key: "填报时间", value: "2022年4月20日")])
    }

    @Test func emptyValuesAreKept() {
        let pairs = SheetLine.metaPairs("乡镇主要负责人：                                                 填报日期：")
        #expect(pairs?.map(\.key) == ["乡镇主要负责人", "填报日期"])
        #expect(pairs?.allSatisfy { $0.value.isEmpty } == true)
    }

    @Test func cutOffDateWithoutColon() {
        #expect(SheetLine.metaPairs("  截止 4 月 20 日") == [MetaEntry(key: "截止", value: "4月20日")])
        #expect(SheetLine.metaPairs("2022年4月20日") == [MetaEntry(key: "日期", value: "2022年4月20日")])
    }

    @Test func aSummarySentenceIsNotMeta() {
        #expect(SheetLine.metaPairs("2022.4.20 共排查41人，其中太原17人，省内除太原15人，省外9人。采取防控措施：41人居家隔离，0人集中隔离。") == nil)
        #expect(SheetLine.metaPairs("临泉镇返乡人员统计表") == nil)
    }

    @Test func footersAndNotes() {
        #expect(SheetLine.isFooter("填表人：张某某    审核人：    联系电话："))
        #expect(!SheetLine.isFooter("填报单位：某村"))
        #expect(SheetLine.isNote("填表说明：未排查到位人数是指……"))
        #expect(SheetLine.isNote("备注：本表每日16时前报送"))
        #expect(!SheetLine.isNote("说"))
    }
}
