import FormFoldCore
@testable import FormFoldMatch
import Testing

@Suite struct FieldMatcherTests {
    @Test(arguments: [
        ("身份证", "person.id_number"), ("身份证号码", "person.id_number"), ("公民身份号码", "person.id_number"),
        ("证件号（必填）", "person.id_number"), ("身份證號", "person.id_number"),
        ("联系方式", "contact.mobile"), ("手机号码", "contact.mobile"), ("联系电话", "contact.mobile"), ("聯繫電話", "contact.mobile"),
        ("返乡时间", "travel.return_date"), ("返回时间", "travel.return_date"), ("返程时间", "travel.return_date"),
        ("居家隔离人数", "isolation.home.count"), ("居家观察人数", "isolation.home.count"),
    ])
    func theSameFactUnderManyHeaders(header: String, concept: String) {
        let m = Support.match(header)
        #expect(m.concept == concept, "\(header): \(m.evidence.map(\.reason))")
        #expect(m.confidence >= 0.8)
        #expect(!m.evidence.isEmpty)
    }

    @Test func disaggregationsComeOutOfTheHeader() {
        let third = Support.match("第三次\n核酸结果")
        #expect(third.concept == "testing.nucleic_result")
        #expect(third.disaggregation == ["round": "3"])
        let cumulative = Support.match("返乡人数 / 省外累计")
        #expect(cumulative.concept == "returnees.count")
        #expect(cumulative.disaggregation == ["region": "out_of_province", "period": "cumulative"])
        let grouped = Support.match("排查风险人员（按区域） / 省外返临\n人数")
        #expect(grouped.concept == "returnees.count")
        #expect(grouped.disaggregation == ["region": "out_of_province"])
        #expect(grouped.evidence.contains { $0.kind == .disaggregation && $0.reason.contains("省外") })
    }

    @Test func aGroupOfOptionsAppliesToTheColumnsUnderIt() {
        let m = Support.match("省外 / 居家隔离人数")
        #expect(m.concept == "isolation.home.count")
        #expect(m.disaggregation["region"] == "out_of_province")
    }

    @Test(arguments: [
        ("户籍地", "现住址"), ("出发地", "目的地"), ("姓名", "申请人"), ("姓名", "报备人"), ("姓名", "代理人"),
    ])
    func wordsThatLookAlikeStayApart(a: String, b: String) {
        let ma = Support.match(a), mb = Support.match(b)
        #expect(ma.concept != nil && mb.concept != nil)
        #expect(ma.concept != mb.concept, "\(a) and \(b) are different facts")
    }

    @Test func theValuesDecideWhatAPersonKindHeaderHolds() {
        // 返乡人员 over a count, over names, and over a 是/否 flag.
        #expect(Support.match("返乡人员", kind: .integer).concept == "returnees.count")
        #expect(Support.match("返乡人员", kind: .text).concept == "person.name")
        let flag = Support.match("返乡人员", kind: .yesNo)
        #expect(flag.concept == "person.kind")
        #expect(flag.evidence.contains { $0.kind == .type })
    }

    @Test func valuesThatClashWithTheConceptLowerTheConfidence() {
        let fits = Support.match("身份证号码", kind: .idNumber), clashes = Support.match("身份证号码", kind: .date)
        #expect(fits.confidence > clashes.confidence)
        #expect(clashes.evidence.contains { $0.kind == .type && $0.weight < 0 })
    }

    @Test func aHeaderNoConceptFitsMapsToNone() {
        let m = Support.match("无人机巡航架次备案编码")
        #expect(m.concept == nil)
        #expect(m.confidence == 0)
        #expect(!m.evidence.isEmpty, "it says what came closest, or that nothing did")
    }

    @Test func aRejectedConceptIsNotProposedAgain() {
        let first = Support.match("联系电话")
        let again = Support.matcher.match(FieldHeader(path: ["联系电话"]), excluding: [first.concept!])
        #expect(again.concept != first.concept)
        #expect(again.evidence.contains { $0.kind == .review })
    }

    @Test func aQuestionIsNearAnotherOnlyByWhatItAsks() {
        // 是否接触 and 是否接种 share 是否 and 否接, but ask about contact and vaccination.
        #expect(Support.match("是否接触").concept != "vaccination.is_vaccinated")
        #expect(FieldMatcher.questionAware(0.67, key: "是否接触", alias: "是否接种") == 0)
        #expect(FieldMatcher.questionAware(0.5, key: "是否发热", alias: "是否有发热") > 0.6)
    }

    @Test func aLegendOfCodesAndANoteAfterACommaAreReadAsSuch() {
        let mode = Support.match("返乡方式1:自驾 2:飞机 3:火车 4:客车")
        #expect(mode.concept == "travel.mode", "\(mode.evidence.map(\.reason))")
        #expect(Support.match("核酸检测结果 0:阴性 1:阳性").concept == "testing.nucleic_result")
        let origin = Support.match("返乡前住址，全信息")
        #expect(origin.concept == "travel.origin", "\(origin.evidence.map(\.reason))")
        #expect(origin.evidence.contains { $0.reason.contains("after the comma") })
        // A clause ending in 的 says whose the fact after the comma is.
        let planned = Support.match("未返回的，预计返回时间")
        #expect(planned.concept == "travel.planned_return_date", "\(planned.evidence.map(\.reason))")
    }

    @Test func wordsAfterTheLastOfTwoFactsAreShared() {
        let code = Support.match("健康码/行程码\n是否正常")
        #expect(code.concept == "health_code.is_normal", "\(code.evidence.map(\.reason))")
        #expect(Support.match("核酸/抗原检测结果").concept == "testing.nucleic_result")
        // Two facts of their own stay the first.
        #expect(Support.match("姓名/联系方式").concept == "person.name")
    }

    @Test func aReasonIsAReturnReasonOnlyWhenItSaysSo() {
        #expect(Support.match("返乡原因").concept == "travel.return_reason")
        #expect(Support.match("事由").concept == "travel.return_reason")
        for header in ["致贫原因", "缺勤原因", "退库原因", "未采样原因"] {
            #expect(Support.match(header).concept != "travel.return_reason", "\(header)")
        }
    }

    @Test func aUnitOnAGroupCellIsItsLeaves() {
        let today = Support.matcher.match(FieldHeader(path: ["核酸检测（人）", "当日"]))
        #expect(today.concept != "testing.nucleic_result", "\(today.evidence.map(\.reason))")
        #expect(today.evidence.contains { $0.kind == .unit }, "\(today.evidence.map(\.reason))")
    }

    @Test func aBareTwoCharacterVerbIsNoCountButUnderAGroupItIs() {
        #expect(Support.match("检查内容").concept != "checkpoint.persons.count")
        let tested = Support.matcher.match(FieldHeader(path: ["核酸检测", "已检"]))
        #expect(tested.concept == "testing.nucleic.count", "\(tested.evidence.map(\.reason))")
        #expect(Support.match("已返岗（人）").concept == Support.match("已返岗人数").concept)
    }

    @Test func spokenQuestionsAndPronounsAreReadPlainly() {
        #expect(Support.match("做没做核酸").concept == "testing.is_tested")
        #expect(Support.match("你目前居住的详细地址").concept == "address.current")
        #expect(Support.match("有否出現病徵").concept == "symptoms.has_symptoms")
        // An ID names a thing: 店家ID is not the shop's name.
        #expect(Support.match("店家ID").concept != "enterprise.name")
        #expect(Support.match("小区名字").concept == "address.neighborhood")
    }

    @Test func aHeaderOpenedByRemarksIsARemarksColumn() {
        let m = Support.match("备注患者情况")
        #expect(m.concept == "reporting.remarks", "\(m.evidence.map(\.reason))")
        #expect(m.evidence.contains { $0.reason.contains("opens with") })
        #expect(Support.match("街镇").concept == "address.township")
    }

    @Test func arrivingInANamedPlaceIsWhenThePersonArrived() {
        for header in ["到达郑州时间", "抵哈时间", "来京日期"] {
            let m = Support.match(header)
            #expect(m.concept == "travel.return_date", "\(header): \(m.evidence.map(\.reason))")
        }
        for header in ["来访时间", "来电时间", "来源资料时间", "抵达酒店时间"] {
            #expect(Support.match(header).concept != "travel.return_date", "\(header)")
        }
    }

    @Test func latinLettersInsideAWordStay() {
        // In a bilingual header the Latin words go (Name 姓名); in ID号 they are part of the word.
        #expect(Support.match("ID号").concept == "person.id_number")
        #expect(Support.match("Name 姓名").concept == "person.name")
        #expect(Support.match("有無發燒、咳嗽、流鼻水、喪失嗅味覺等症狀").concept == "symptoms.has_symptoms")
    }

    @Test func anExplanationOfSomethingIsNoRemarksColumn() {
        // 说明 alone, or of 其他, is a remarks column; 位置补充说明 explains a location.
        #expect(Support.match("说明").concept == "reporting.remarks")
        #expect(Support.match("其他说明").concept == "reporting.remarks")
        #expect(Support.match("位置补充说明").concept != "reporting.remarks")
    }

    @Test func theIndexAndTheFullScanFindTheSameNearMatches() {
        var scan = Support.matcher
        scan.search = .scan
        for header in ["居家隔离人员数", "核酸检测采样时间", "返乡人员联系号码", "企业复工人数（人）", "物资储备地点"] {
            let a = Support.matcher.match(FieldHeader(path: [header])), b = scan.match(FieldHeader(path: [header]))
            #expect(a.concept == b.concept && a.confidence == b.confidence, "\(header)")
        }
    }
}
