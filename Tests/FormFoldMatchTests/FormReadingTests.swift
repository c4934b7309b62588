import FormFoldCore
import FormFoldMatch
import Testing

/// Headers read with the rest of their form and with the words that make them up: what a form's rows are, a
/// column asking two facts, headers that name members of a list, look-back windows, role nouns that are not counts.
@Suite struct FormReadingTests {
    static func form(_ headers: [String]) -> [FieldMatch] {
        Support.matcher.match(form: headers.map { FieldHeader(path: $0.components(separatedBy: " / ")) })
    }

    @Test func thePhoneOfAVillageRowIsTheReportersPhone() {
        let m = Self.form(["村（社区）", "返乡人数", "居家隔离人数", "联系电话"])
        #expect(m[3].concept == "reporting.reporter_phone", "\(m[3].evidence.map(\.reason))")
        #expect(m[3].evidence.contains { $0.reason.contains("org units") })
    }

    @Test func otherAfterCountsIsTheirCatchAll() {
        let m = Self.form(["村（社区）", "悬挂横幅数", "发放宣传资料", "其他"])
        #expect(m[3].concept == nil, "\(m[3].evidence.map(\.reason))")
        #expect(m[3].evidence.contains { $0.reason.contains("catch-all") })
        // After a person's facts, 其他 is remarks.
        #expect(Self.form(["姓名", "联系电话", "其他"])[2].concept == "reporting.remarks")
    }

    @Test func oneFactAboutAPersonAmongManyTotalsLeavesTheRowsOrgUnits() {
        // A school's daily counts with one 未返校原因 column: the rows are still schools, the phone the reporter's.
        let m = Self.form(["学校名称", "在校学生数", "教职工数", "已返校学生 / 当日", "未返校学生", "未返校原因", "填报人", "联系电话"])
        #expect(m[7].concept == "reporting.reporter_phone", "\(m[7].evidence.map(\.reason))")
    }

    @Test func thePhoneAndPersonInChargeOfAnInspectedPlaceAreLeftForReview() {
        let m = Self.form(["检查时间", "检查地点", "发现问题", "整改措施", "负责人", "联系电话"])
        #expect(m[4].concept == nil, "负责人 → \(m[4].concept ?? "none")")
        #expect(m[5].concept == nil, "联系电话 → \(m[5].concept ?? "none")")
        #expect(m[5].evidence.contains { $0.reason.contains("does not say") })
    }

    @Test func aDateOfAnInspectionRecordIsTheInspections() {
        let m = Self.form(["排查部位或场所", "发现问题", "整改措施", "排查时间"])
        #expect(m[3].concept == "inspection.date", "\(m[3].evidence.map(\.reason))")
        #expect(Self.form(["姓名", "身份证号", "排查时间"])[2].concept == "screening.date")
    }

    @Test func thePhoneOfASuppliesListIsLeftForReview() {
        // Rows of items: whose phone it is (the supplier's, the keeper's) the form does not say.
        let m = Self.form(["物资名称", "规格型号", "存放位置", "负责人", "联系方式"])
        #expect(m[4].concept == nil, "联系方式 → \(m[4].concept ?? "none")")
        #expect(m[4].evidence.contains { $0.reason.contains("does not say") })
        // A list of the people who received them keeps their phones.
        #expect(Self.form(["姓名", "身份证号", "物资名称", "联系方式"])[3].concept == "contact.mobile")
    }

    @Test func aRosterKeepsItsPeoplesPhones() {
        let m = Self.form(["姓名", "身份证号", "联系电话", "检查时间"])
        #expect(m[2].concept == "contact.mobile")
    }

    @Test func aPartOfACountIsACount() {
        // 其中：省外户籍 under a count is the returnees from outside the province, not a household-registration address.
        let m = Self.form(["村名", "返乡人数 / 合计", "返乡人数 / 其中：省外户籍"])
        #expect(m[2].concept == "returnees.count", "\(m[2].evidence.map(\.reason))")
        #expect(m[2].disaggregation["region"] == "out_of_province")
        #expect(m[2].evidence.contains { $0.reason.contains("a part of the count") })
        // A part that names a count of its own keeps it.
        #expect(Self.form(["返乡人数", "其中：居家隔离人数"])[1].concept == "isolation.home.count")
    }

    @Test func aNameOfPeopleWrittenAsMingChengIsTheirName() {
        // 名称 is a filler after an entity (企业名称 → 企业) but 姓名 after a word naming people.
        #expect(Self.form(["序号", "老人名称", "年龄", "身份证号"])[1].concept == "person.name")
        #expect(Self.form(["孩子名称", "性别", "就读学校"])[0].concept == "person.name")
        #expect(Self.form(["法人名称", "统一社会信用代码"])[0].concept != "person.name")
    }

    @Test func aNameColumnBesideACountOfItsPeopleNamesAKindOfThem() {
        // The rows are groups of people: 重点人员名称 names the group on each row, as 重点人员人数 counts it.
        let m = Self.form(["重点人员名称", "重点人员人数", "重点人员类型"])
        #expect(m[0].concept == nil, "\(m[0].evidence.map(\.reason))")
        #expect(m[0].evidence.contains { $0.reason.contains("names a kind of them") })
        // An age is no count of people: 老人姓名 beside 老人年龄 is a person's name.
        #expect(Self.form(["老人姓名", "老人年龄", "咨询事项"])[0].concept == "person.name")
    }

    @Test func aPlaceWrittenInDetailOrAsACodeIsStillThatPlace() {
        let m = Self.form(["姓名", "来源地行政代码", "来源地详细地址", "现住址编码"])
        #expect(m[1].concept == "travel.origin", "\(m[1].evidence.map(\.reason))")
        #expect(m[3].concept == "address.current", "\(m[3].evidence.map(\.reason))")
        #expect(m[1].evidence.contains { $0.reason.contains("written as") })
    }

    @Test func aRegisterWithoutANameColumnNamesItsPeopleByWhoTheyAre() {
        // A truck check lists its drivers and passengers under 驾乘人员, with no 姓名 column.
        let m = Self.form(["驾乘人员", "身份证号", "车牌号", "联系电话"])
        #expect(m[0].concept == "person.name", "\(m[0].evidence.map(\.reason))")
        // Someone acting (领取人) or someone else (家庭成员) is not the person listed.
        #expect(Self.form(["领取人", "身份证号", "领取数量"])[0].concept != "person.name")
        #expect(Self.form(["陪同人员", "身份证号", "联系电话"])[0].concept != "person.name")
        // With a 姓名 column, the people are named there.
        #expect(Self.form(["姓名", "驾乘人员", "身份证号"])[1].concept != "person.name")
    }

    @Test func aRegisterTitledByItsPeopleDescribesThem() {
        let headers = ["患者姓名", "住院科室", "陪护人姓名", "陪护人身份证号", "核酸结果"].map { FieldHeader(path: [$0]) }
        let m = Support.matcher.match(form: headers, title: "住院患者陪护人员登记表")
        #expect(m[2].concept == "person.name", "\(m[2].evidence.map(\.reason))")
        #expect(m[0].concept == nil, "\(m[0].evidence.map(\.reason))")
        // Without the title the escort is someone else; with a plain 姓名 the plain column names the people.
        #expect(Support.matcher.match(form: headers, title: nil)[2].concept != "person.name")
        let plain = Support.matcher.match(form: ["姓名", "陪护人姓名"].map { FieldHeader(path: [$0]) }, title: "陪护人员登记表")
        #expect(plain[1].concept != "person.name")
        // Those in charge stand for the unit on the row.
        let units = Support.matcher.match(form: ["村名", "网格责任人电话"].map { FieldHeader(path: [$0]) }, title: "网格责任人信息表")
        #expect(units[1].concept != "contact.mobile")
    }

    @Test func aBareNameNamesWhatTheRowsAre() {
        let supplies = Support.matcher.match(form: ["名称", "单位", "数量", "有效期"].map { FieldHeader(path: [$0]) }, title: "防疫物资入库单")
        #expect(supplies[0].concept == "supplies.item", "\(supplies[0].evidence.map(\.reason))")
        let firms = Self.form(["名称", "统一社会信用代码", "法定代表人", "复工人数"])
        #expect(firms[0].concept == "enterprise.name", "\(firms[0].evidence.map(\.reason))")
        // A short 名称 of something nothing else reads names the rows too.
        let stock = Support.matcher.match(form: ["材料名称", "计量单位", "入库数量"].map { FieldHeader(path: [$0]) }, title: "材料入库登记表")
        #expect(stock[0].concept == "supplies.item", "\(stock[0].evidence.map(\.reason))")
        // Nothing says what the rows are: 名称 stays for review.
        #expect(Self.form(["名称", "备注"])[0].concept == nil)
    }

    @Test func aQuestionInsideAHeaderAsksAYesOrNo() {
        // 是否 after a time word or in the middle of a header still makes a yes/no question.
        let m = Self.form(["姓名", "近期是否有不适症状"])
        #expect(m[1].concept == "symptoms.has_symptoms", "\(m[1].evidence.map(\.reason))")
        #expect(Self.form(["姓名", "核酸检测是否异常"])[1].concept != "symptoms.description")
    }

    @Test func tooLittleToTellLeavesThePhoneAlone() {
        // One count beside a phone says neither "village totals" nor "an inspection": the phone stays a person's.
        let m = Self.form(["返乡人数", "联系电话"])
        #expect(m[1].concept == "contact.mobile")
    }

    @Test(arguments: [("姓名及联系方式", "person.name"), ("身分證字號／護照號碼", "person.id_number"),
                      ("户籍地及现住址", "address.household_registration"), ("车牌号及车次", "travel.plate_number")])
    func aColumnAskingTwoFactsIsReadAsTheFirst(header: String, concept: String) {
        let m = Support.match(header)
        #expect(m.concept == concept, "\(header) → \(m.concept ?? "none")")
        #expect(m.evidence.contains { $0.reason.contains("two facts") }, "\(m.evidence.map(\.reason))")
    }

    @Test func aHeaderThatIsOneAliasIsNotSplit() {
        // 有无发热/咳嗽等症状 is an alias as a whole; 返乡人员 is not two facts.
        let m = Support.match("有无发热/咳嗽等症状")
        #expect(m.concept == "symptoms.has_symptoms")
        #expect(!m.evidence.contains { $0.reason.contains("two facts") })
    }

    @Test(arguments: ["是否咳嗽", "有无发热、干咳、乏力等症状", "有無發燒、咳嗽、喉嚨痛等症狀", "是否出现呼吸困难"])
    func namingSymptomsAsksWhetherThePersonHasSymptoms(header: String) {
        let m = Support.match(header)
        #expect(m.concept == "symptoms.has_symptoms", "\(header) → \(m.concept ?? "none"): \(m.evidence.map(\.reason))")
    }

    @Test func symptomColumnsOfOneFormAreToldApartByTheSymptomTheyName() {
        let m = Self.form(["姓名", "是否发热", "是否咳嗽", "是否乏力"])
        #expect(m[1].concept == "symptoms.has_symptoms" && m[1].disaggregation.isEmpty)
        #expect(m[2].concept == "symptoms.has_symptoms" && m[2].disaggregation == ["symptom": "cough"], "\(m[2].evidence.map(\.reason))")
        #expect(m[3].concept == "symptoms.has_symptoms" && m[3].disaggregation == ["symptom": "fatigue"])
        // Alone, or naming several, a symptom question asks the plain concept.
        #expect(Self.form(["姓名", "是否咳嗽"])[1].disaggregation.isEmpty)
        let listed = Self.form(["姓名", "是否有症状", "有无发热、咳嗽等症状"])
        #expect(listed[2].concept == nil, "two columns asking the same plain question: the weaker goes to review")
    }

    @Test func offeredYesNoAnswersAskAYesNo() {
        #expect(Support.match("48小时核酸（是/否）").concept == "testing.is_tested", "\(Support.match("48小时核酸（是/否）").evidence.map(\.reason))")
        #expect(Support.match("48小时核酸").concept != "testing.is_tested")
    }

    @Test func offeredAnswersThatAreAConceptsValuesAskThatConcept() {
        // 是否接种 asks a yes or no; offered 未种/一针/两针/加强, it asks how far the person got.
        let m = Support.match("是否接种（未种/一针/两针/加强）")
        #expect(m.concept == "vaccination.dose", "\(m.evidence.map(\.reason))")
        #expect(Support.match("是否接种").concept == "vaccination.is_vaccinated")
        // 疫苗接种情况 is answered the same way, offered or not.
        #expect(Support.match("疫苗接种情况（未种/一针/两针/加强）").concept == "vaccination.dose")
        #expect(Support.match("疫苗接种情况").concept == "vaccination.dose")
    }

    @Test func aShortLeafIsReadWithTheStartOfItsGroup() {
        let m = Support.match("核酸检测登记 / 结果")
        #expect(m.concept == "testing.nucleic_result", "\(m.evidence.map(\.reason))")
        #expect(m.evidence.contains { $0.reason.contains("part of its group") })
        #expect(Support.match("疫苗接种记录 / 日期").concept == "vaccination.date")
    }

    @Test func aShortLeafIsReadWithTheLongestPartOfItsGroup() {
        // 返乡后核酸检测 › 时间 is when the test was done: 核酸检测 is a longer part of the group than 返乡.
        let m = Support.match("返乡后核酸检测 / 时间")
        #expect(m.concept == "testing.nucleic_date", "\(m.evidence.map(\.reason))")
    }

    @Test func aPersonsCountOfDosesIsTheirDose() {
        #expect(Self.form(["姓名", "身份证号", "疫苗接种剂数"])[2].concept == "vaccination.dose")
        #expect(Self.form(["村（社区）", "接种人数", "接种剂次数"])[2].concept == "vaccination.doses.count")
    }

    @Test func aVisitorRegistersVisitorIsThePersonItsRowsDescribe() {
        let register = Self.form(["访客姓名", "身份证号", "来访事由", "体温"])
        #expect(register[0].concept == "person.name", "\(register[0].evidence.map(\.reason))")
        let beside = Self.form(["姓名", "身份证号", "访客姓名"])
        #expect(beside[2].concept != "person.name", "beside the plain 姓名 the visitor is someone else")
    }

    @Test func theCatchAllOfAGroupIsNotARemarksColumn() {
        #expect(Support.match("宣传方式 / 其他").concept != "reporting.remarks")
        #expect(Support.match("其他").concept == "reporting.remarks")
    }

    @Test func aBareGenericNounNamesTheRowsOwnFactOnlyAlone() {
        #expect(Self.form(["姓名", "身份证号", "地址"])[2].concept == "address.current")
        #expect(Self.form(["企业名称", "地址", "联系电话"])[1].concept == "enterprise.address")
        #expect(Support.match("医事机构地址").concept != "address.current")
        #expect(Support.match("编号").concept == "meta.row_number")
        #expect(Support.match("公司编号").concept != "meta.row_number")
    }

    @Test func anOptionUnderACountIsAPartOfThatCount() {
        let m = Support.match("已复工企业数 / 其中：个体工商户")
        #expect(m.concept == "enterprise.resumed.count" && m.disaggregation == ["enterprise_scale": "individual"],
                "\(m.concept ?? "none") \(m.disaggregation): \(m.evidence.map(\.reason))")
    }

    @Test func aMonitoringSheetKeepsEachDaysColumns() {
        let m = Self.form(["姓名", "第1天 / 体温（上午）", "第1天 / 体温（下午）", "第2天 / 体温（上午）", "第2天 / 体温（下午）"])
        let keys = m.dropFirst().map { ConceptKey.of($0.concept ?? "none", $0.disaggregation) }
        #expect(m.dropFirst().allSatisfy { $0.concept == "symptoms.temperature" }, "\(keys)")
        #expect(Set(keys).count == 4, "each day and time of day its own column: \(keys)")
        #expect(m[3].disaggregation == ["round": "2", "time_of_day": "morning"])
    }

    @Test func aCountOfPeopleWithASymptomIsNotTheQuestion() {
        #expect(Support.match("发热人数").concept == "symptoms.fever.count")
        #expect(Support.match("是否咳嗽及原因").concept != "symptoms.fever.count")
    }

    @Test func aLookBackWindowIsNotPartOfTheFact() {
        let key = Support.matcher.key(of: "是否去过中高风险地区")
        for header in ["14天内是否去过中高风险地区", "近14日是否去过中高风险地区", "过去7天以内是否去过中高风险地区"] {
            #expect(Support.matcher.key(of: header) == key, "\(header)")
        }
        #expect(Support.match("14天内是否去过中高风险地区").concept == "travel.from_risk_area")
        #expect(Support.matcher.key(of: "48小时核酸检测结果") == Support.matcher.key(of: "核酸检测结果"))
        // A number that is not a leading window stays: 14天 alone, 第14天体温, 隔离14天.
        #expect(Support.matcher.key(of: "14天") == "14天")
        #expect(Support.matcher.key(of: "第14天体温") != Support.matcher.key(of: "体温"))
    }

    @Test(arguments: ["查验人", "登记员", "录入人", "建卡人"])
    func aRoleNounIsNotACountOfPeople(header: String) {
        let m = Support.match(header)
        #expect(!(m.concept ?? "").hasSuffix(".count"), "\(header) → \(m.concept ?? "none")")
    }

    @Test func recordKeepersAreTheReporter() {
        #expect(Support.match("录入人").concept == "reporting.reporter")
        #expect(Support.match("建卡日期").concept == "reporting.date")
        #expect(Support.match("录入单位").concept == "reporting.unit")
    }
}
