import FormFoldMatch
import Testing

@Suite struct HeaderNormaliserTests {
    static let normaliser = Support.matcher.normaliser

    @Test(arguments: [
        ("联系\n电话（必填）", "联系方式"), ("（一）联系电话", "联系方式"), ("①联系电话", "联系方式"),
        ("ＩＤ　联系电话", "联系方式"), ("Mobile 联系电话", "联系方式"), ("其中：联系电话", "联系方式"),
    ])
    func spellingsOfOneHeaderMeet(raw: String, same: String) {
        #expect(Self.normaliser.key(raw: raw) == Self.normaliser.key(raw: same), "\(raw)")
    }

    @Test func fillersGoButNotInsideTheirExceptions() {
        #expect(Self.normaliser.key(raw: "接种情况") == Self.normaliser.key(raw: "接种"))
        #expect(Self.normaliser.key(raw: "情况说明").contains("情况"))
        #expect(Self.normaliser.key(raw: "单位名称").contains("名称"))
    }

    @Test func traditionalPhrasingOpenCCLeavesIsFolded() {
        #expect(Self.normaliser.key(raw: "身分證字號") == Self.normaliser.key(raw: "身份证号"))
    }

    @Test func wordsThatDifferAreNotJoined() {
        #expect(Self.normaliser.key(raw: "户籍地") != Self.normaliser.key(raw: "现住址"))
        #expect(Self.normaliser.key(raw: "出发地") != Self.normaliser.key(raw: "目的地"))
        #expect(Self.normaliser.key(raw: "合计") != Self.normaliser.key(raw: "累计"))
    }

    @Test func aSpokenQuestionIsAskedWithShiFou() {
        #expect(Self.normaliser.key(raw: "做没做核酸") == Self.normaliser.key(raw: "是否做核酸"))
        #expect(Self.normaliser.key(raw: "打没打疫苗") == Self.normaliser.key(raw: "是否打疫苗"))
        #expect(Self.normaliser.key(raw: "去不去外地") == Self.normaliser.key(raw: "是否去外地"))
        // Not a verb repeated around 没 or 不.
        #expect(Self.normaliser.key(raw: "没有症状") == "没有症状")
        #expect(!Self.normaliser.key(raw: "不在岗人数").contains("是否"))
    }

    @Test func aNameAfterAPlaceIsThePlacesAndAfterPeopleThePersons() {
        #expect(Self.normaliser.key(raw: "小区名字") == Self.normaliser.key(raw: "小区"))
        #expect(Self.normaliser.key(raw: "老人名字") == Self.normaliser.key(raw: "老人姓名"))
        #expect(Self.normaliser.key(raw: "名字") == Self.normaliser.key(raw: "姓名"))
    }
}
