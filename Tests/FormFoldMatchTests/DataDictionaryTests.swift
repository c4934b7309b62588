import Foundation
import FormFoldMatch
import Testing

@Suite struct DataDictionaryTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theEmbeddedDictionaryIsTheOneInTemplates() throws {
        let onDisk = try String(contentsOf: Self.repo.appendingPathComponent("templates/dictionary.yaml"), encoding: .utf8)
        #expect(EmbeddedTemplates.dictionary.trimmingCharacters(in: .newlines) == onDisk.trimmingCharacters(in: .newlines))
        let synonyms = try String(contentsOf: Self.repo.appendingPathComponent("templates/synonyms.yaml"), encoding: .utf8)
        #expect(EmbeddedTemplates.synonyms.trimmingCharacters(in: .newlines) == synonyms.trimmingCharacters(in: .newlines))
    }

    @Test func theDictionaryCoversTheGrassrootsDomain() throws {
        let dictionary = try DataDictionary.embedded()
        #expect(dictionary.concepts.count >= 120)
        let topics = Set(dictionary.concepts.compactMap(\.topic))
        for topic in ["identity", "contact", "address", "travel", "isolation", "testing", "vaccination", "health_code",
                      "symptoms", "enterprise", "supplies", "inspection", "reporting"] {
            #expect(topics.contains(topic), "topic \(topic)")
        }
        for id in ["person.name", "person.id_number", "contact.mobile", "travel.return_date", "isolation.home.count"] {
            #expect(dictionary.concept(id) != nil, "\(id)")
        }
        #expect(dictionary.concepts.contains { $0.source != nil }, "platform sources are declared")
        #expect(dictionary.category("region")?.options?.contains { $0.id == "out_of_province" } == true)
    }

    @Test func anAliasClaimedByTwoConceptsIsRefusedNamingBoth() {
        let yaml = """
            version: "1"
            concepts:
              - {id: a.one, name: 甲, aliases: [联系电话], type: mobile, aggregation: none, grain: person}
              - {id: a.two, name: 乙, aliases: [联系电话], type: text, aggregation: none, grain: person}
            """
        #expect { try DataDictionary(yaml: yaml, source: "bad.yaml") } throws: { error in
            let text = "\(error)"
            return text.contains("bad.yaml") && text.contains("联系电话") && text.contains("a.one") && text.contains("a.two")
        }
    }

    @Test func anUnknownCategoryAndAMissingKeyAreClearErrors() {
        let unknown = """
            version: "1"
            concepts:
              - {id: a.one, name: 甲, aliases: [], type: integer, aggregation: sum, grain: org_unit, categories: [nope]}
            """
        #expect { try DataDictionary(yaml: unknown, source: "d.yaml") } throws: { "\($0)".contains("nope") }
        let missing = """
            version: "1"
            concepts:
              - {id: a.one, aliases: [], type: integer, aggregation: sum, grain: org_unit}
            """
        #expect { try DataDictionary(yaml: missing, source: "d.yaml") } throws: { "\($0)".contains("name") && "\($0)".contains("d.yaml") }
    }
}
