import Foundation
import FormFoldCore
import Testing

@Suite struct ValueSketchTests {
    static func sketch(_ values: some Sequence<String>) -> ValueSketch {
        var s = ValueSketch()
        for v in values { s.add(v) }
        return s
    }

    @Test func theSameValuesInAnyOrderGiveTheSameSketch() {
        let ids = (0..<500).map { "3412211985\(String(format: "%08d", $0))" }
        let a = Self.sketch(ids), b = Self.sketch(ids.reversed())
        #expect(a == b)
        #expect(a.hashes.count == ValueSketch.capacity)
        #expect(a.jaccard(with: b) == 1)
        #expect(a.containment(with: b) == 1)
    }

    @Test func disjointValuesDoNotOverlap() {
        let a = Self.sketch((0..<300).map { "甲\($0)" }), b = Self.sketch((0..<300).map { "乙\($0)" })
        #expect(a.jaccard(with: b) == 0)
        #expect(a.containment(with: b) == 0)
    }

    @Test func halfSharedValuesEstimateAJaccardNearAThird() {
        // 1,000 shared of 2,000 + 1,000: Jaccard 1000 / 3000.
        let shared = (0..<1000).map { "共\($0)" }
        let a = Self.sketch(shared + (0..<1000).map { "甲\($0)" }), b = Self.sketch(shared + (0..<1000).map { "乙\($0)" })
        #expect(abs(a.jaccard(with: b) - 1.0 / 3.0) < 0.15)
    }

    @Test func aSubsetIsContained() {
        let villages = (0..<40).map { "村\($0)" }
        let all = Self.sketch(villages), some = Self.sketch(villages.prefix(20))
        #expect(some.containment(with: all) == 1)
    }

    @Test func blanksAreIgnoredAndTextIsTrimmed() {
        var s = ValueSketch()
        s.add("  ")
        #expect(s.isEmpty)
        s.add(" 张三 ")
        #expect(s == Self.sketch(["张三"]))
    }

    @Test func theHashIsStableAcrossRuns() {
        // Sketches are compared across files and runs, so the hash may never depend on the process.
        // FNV-1a 64 with the splitmix64 finaliser, pinned (computed independently in Python).
        #expect(ValueSketch.hash("abc") == 0x0dd4_9049_0804_b508)
        #expect(ValueSketch.hash("身份证号") == 0x0ddf_731f_a8e4_7ed2)
    }

    @Test func theDistinctCountIsEstimatedPastCapacity() {
        let s = Self.sketch((0..<10_000).map { "v\($0)" })
        #expect(s.distinctEstimate > 7_000 && s.distinctEstimate < 14_000)
        #expect(Self.sketch(["a", "b", "a"]).distinctEstimate == 2)
    }
}
