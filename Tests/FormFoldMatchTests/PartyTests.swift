import FormFoldCore
import FormFoldMatch
import Testing

/// Who a name, phone or ID column describes: the person a row is about, a party the dictionary knows, or someone
/// else (templates/synonyms.yaml `parties`), and the fields of one form read together.
@Suite struct PartyTests {
    static func form(_ headers: [String]) -> [FieldMatch] {
        Support.matcher.match(form: headers.map { FieldHeader(path: $0.components(separatedBy: " / ")) })
    }

    @Test(arguments: [
        ("被报备人手机", "contact.mobile"), ("转码对象手机号", "contact.mobile"),
        ("网格员联系方式", "responsibility.grid_worker_phone"), ("监护人 / 电话", "education.guardian_phone"),
        ("代领人 / 姓名", "agent.name"), ("代领人\n联系电话", "agent.phone"), ("同住家属姓名", "household.cohabitants"),
        ("法定代表人 / 联系电话", "enterprise.legal_rep_phone"),
    ])
    func aQualifiedAttributeIsAboutThePersonItNames(header: String, concept: String) {
        let m = Support.match(header)
        #expect(m.concept == concept, "\(header): \(m.evidence.map(\.reason))")
    }

    @Test(arguments: ["购药人 / 姓名", "街道(镇)干部联系方式", "单位联系方式", "社工联系方式", "对方姓名", "屋主证件号"])
    func someoneElsesAttributeIsNotThePersonsOwn(header: String) {
        let m = Support.match(header)
        #expect(!["person.name", "contact.mobile", "person.id_number"].contains(m.concept ?? ""),
                "\(header) → \(m.concept ?? "none"): \(m.evidence.map(\.reason))")
        #expect(m.evidence.contains { $0.reason.contains("another party") }, "\(m.evidence.map(\.reason))")
    }

    @Test func someoneElsesPhoneDoesNotBecomeAPhoneItOnlyResembles() {
        // 购药人 › 联系方式 is close to 法人手机号码 and 固定手机号码; neither is the buyer's phone.
        let m = Support.match("购药人 / 联系方式")
        #expect(m.concept == nil, "\(m.concept ?? "none"): \(m.evidence.map(\.reason))")
    }

    @Test func anUnknownPersonNounIsSomeoneElseOnlyBesideThePlainColumn() {
        let alone = Self.form(["领取人姓名", "领取日期"])
        #expect(alone[0].concept == "person.name", "the only name column: the person the row is about")
        let beside = Self.form(["姓名", "手机号码", "领取人姓名", "领取人手机号码"])
        #expect(beside[0].concept == "person.name")
        #expect(beside[1].concept == "contact.mobile")
        #expect(beside[2].concept == nil && beside[3].concept == nil, "\(beside.map(\.concept))")
        #expect(beside[2].evidence.first?.reason.contains("领取人") == true)
    }

    @Test func oneFormAsksOneFactOnce() {
        let m = Self.form(["姓名", "联系电话", "手机号码"])
        #expect(m[2].concept == "contact.mobile", "the column written as the concept's name keeps it")
        #expect(m[1].concept == nil)
        #expect(m[1].evidence.first?.reason.contains("once") == true)
        // Different options are different facts.
        let counts = Self.form(["当日返乡人数", "累计返乡人数"])
        #expect(counts.map(\.concept) == ["returnees.count", "returnees.count"])
    }

    @Test func inAFormOfEnterprisesThePhoneAndAddressAreTheEnterprises() {
        let m = Self.form(["企业名称", "统一社会信用代码", "联系电话", "地址"])
        #expect(m[2].concept == "enterprise.contact_phone", "\(m[2].evidence.map(\.reason))")
        let people = Self.form(["姓名", "身份证号", "联系电话", "工作单位"])
        #expect(people[2].concept == "contact.mobile")
    }

    @Test func anAgeGroupInTheTitleAppliesToTheFormsCounts() {
        let headers = ["乡镇", "接种人数", "80岁以上 / 接种人数"].map { FieldHeader(path: $0.components(separatedBy: " / ")) }
        let m = Support.matcher.match(form: headers, title: "乡镇60岁以上老年人新冠疫苗接种进度统计表")
        #expect(m[1].concept == "vaccination.count" && m[1].disaggregation["age_group"] == "age_60_plus",
                "\(m[1].concept ?? "none") \(m[1].disaggregation)")
        #expect(m[1].evidence.contains { $0.reason.contains("title") })
        #expect(m[2].disaggregation["age_group"] == "age_80_plus", "the header's own option stands")
        #expect(m[0].disaggregation.isEmpty, "an org-unit column takes no age group")
        let untitled = Support.matcher.match(form: headers)
        #expect(untitled[1].disaggregation["age_group"] == nil)
    }

    @Test func aPartOfTheColumnBeforeTakesItsOptions() {
        let m = Self.form(["当日登记车辆（辆）", "其中：省外车辆", "累计登记车辆"])
        #expect(m[1].concept == "checkpoint.vehicles.count")
        #expect(m[1].disaggregation == ["period": "today", "region": "out_of_province"], "\(m[1].disaggregation)")
        #expect(m[2].disaggregation == ["period": "cumulative"])
    }

    @Test func theFormSetMatcherReadsEachFormTogether() {
        let form = Support.form("访客登记.xlsx", [("姓名", .text, []), ("联系电话", .empty, []), ("访客姓名", .text, []),
                                                 ("访客联系电话", .empty, [])])
        let report = FormSetMatcher(matcher: Support.matcher).match([form])
        #expect(report.fields.map(\.concept) == ["person.name", "contact.mobile", nil, nil])
        #expect(report.fields[2].status == .proposed)
    }

    @Test func aPhoneQualifiedByAThingIsThatThingsPhone() {
        for header in ["隐患联系电话", "核酸检测点联系方式", "紧急联系电话"] {
            let m = Support.match(header)
            #expect(m.concept != "contact.mobile", "\(header) → \(m.concept ?? "none"): \(m.evidence.map(\.reason))")
        }
        #expect(Support.match("隐患联系电话").evidence.contains { $0.reason.contains("names no one") })
        // Words that leave the phone the person's own.
        for header in ["常用联系电话", "有效手机号码", "本人手机号码"] {
            #expect(Support.match(header).concept == "contact.mobile", "\(header)")
        }
        // A section of the form above the phone is not its owner.
        #expect(Support.match("基本情况 / 联系电话").concept == "contact.mobile")
    }
}
