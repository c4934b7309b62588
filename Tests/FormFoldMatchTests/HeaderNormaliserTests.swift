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
}
