import FormFoldCore
import FormFoldOpenCC
import Testing

/// Traditional → simplified script through OpenCC, with Taiwan phrasing folded to mainland usage.
@Suite struct OpenCCConverterTests {
    static func converter() throws -> OpenCCConverter {
        try #require(OpenCCConverter.shared, "OpenCC's data files are installed (libopencc-data)")
    }

    @Test func taiwanPhrasingBecomesMainlandPhrasing() throws {
        let converter = try Self.converter()
        #expect(converter.configuration == "tw2sp.json")
        #expect(converter.simplified("軟體與資料庫") == "软件与数据库")
        #expect(converter.simplified("身份證號碼") == "身份证号码")
    }

    @Test func simplifiedTextAndOtherScriptsAreLeftAsTheyAre() throws {
        let converter = try Self.converter()
        for text in ["返乡人员登记表", "新增确诊人数", "人员资料", "软体", "体温 36.5℃", "ID 341221198503121006", "", "emoji 🙂 ok"] {
            #expect(converter.simplified(text) == text)
        }
    }

    @Test func theCharacterByCharacterTablesAreTheFallback() throws {
        let converter = try OpenCCConverter(configurations: ["no-such-config.json", "t2s.json"])
        #expect(converter.configuration == "t2s.json")
        #expect(converter.simplified("軟體") == "软体", "t2s converts characters, not phrases")
    }

    @Test func missingDataFilesGiveAClearError() throws {
        do {
            _ = try OpenCCConverter(configurations: ["missing-a.json", "missing-b.json"])
            Issue.record("opening missing configurations should throw")
        } catch let error as OpenCCUnavailable {
            #expect(error.configurations == ["missing-a.json", "missing-b.json"])
            #expect(error.description.contains("missing-a.json or missing-b.json"))
            #expect(error.description.contains("libopencc-data"))
        }
    }

    @Test func oneConverterIsSharedSafelyBetweenTasks() async throws {
        let converter = try Self.converter()
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { converter.simplified("身份證號碼與軟體") } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: "身份证号码与软件", count: 16))
    }

    @Test func itServesAsTheCoresScriptConverter() throws {
        let converter: any ScriptConverter = try Self.converter()
        #expect(converter.simplified("資料") == "数据")
    }
}
