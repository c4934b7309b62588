import FormFoldMatch
import FormFoldPlan
import Testing

/// How a figure combines over the days of a period: levels take the latest day, flows add the days up.
@Suite struct RollupKindTests {
    static let dictionary = try! DataDictionary.embedded()

    static func kind(_ id: String, _ options: [String: String] = [:]) throws -> RollupMeasure.Kind {
        RollupMeasure.Kind.over(time: try #require(dictionary.concept(id)), options)
    }

    @Test func aLevelTakesTheLatestDayAndAFlowAddsTheDaysUp() throws {
        // 居家隔离人数 in a daily report is how many are in home isolation that day: adding a week's days would
        // count each person seven times.
        #expect(try Self.kind("isolation.home.count") == .latest)
        #expect(try Self.kind("supplies.stock") == .latest)
        #expect(try Self.kind("education.students") == .latest)
        #expect(try Self.kind("symptoms.measured.count") == .sum)
        #expect(try Self.kind("checkpoint.vehicles.count") == .sum)
    }

    @Test func thePeriodAnOptionNamesComesFirst() throws {
        #expect(try Self.kind("isolation.home.count", ["period": "today"]) == .sum, "当日新增: the day's new ones")
        #expect(try Self.kind("returnees.count", ["period": "cumulative"]) == .latest, "累计 is a level")
        #expect(try Self.kind("returnees.count", ["period": "today", "region": "out_of_province"]) == .sum)
    }

    @Test func aSuppliesMeasureSaysLevelOrFlow() throws {
        #expect(try Self.kind("supplies.masks", ["supply_measure": "stock"]) == .latest)
        #expect(try Self.kind("supplies.masks", ["supply_measure": "shortage"]) == .latest)
        #expect(try Self.kind("supplies.masks", ["supply_measure": "distributed"]) == .sum)
        #expect(try Self.kind("supplies.masks", ["supply_measure": "received"]) == .sum)
    }
}
