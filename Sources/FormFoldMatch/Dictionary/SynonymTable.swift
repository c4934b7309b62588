import Yams

/// Header words that mean the same thing (联系方式 = 联系电话 = 手机号码), filler words that carry nothing (情况,
/// 信息), totals words (合计) and traditional-script phrasing OpenCC leaves alone (身分證字號 → 身份证号).
///
/// Loaded from templates/synonyms.yaml; ``HeaderNormaliser`` applies it.
public struct SynonymTable: Sendable {
    /// Groups of words; every member stands for the group's first member.
    public var groups: [[String]]
    /// Filler words dropped from a header when something is left, each with the words it is kept inside.
    public var fillers: [Filler]
    /// Words marking a total over other columns or rows.
    public var totals: [String]
    /// Traditional or Taiwan phrasing → mainland header word.
    public var traditional: [(from: [String], to: String)]

    /// A filler word (情况) and the words it stays inside (情况说明).
    public struct Filler: Sendable, Hashable, Decodable {
        public var word: String
        public var except: [String]?

        public init(word: String, except: [String]? = nil) {
            self.word = word
            self.except = except
        }
    }

    public init(groups: [[String]] = [], fillers: [Filler] = [], totals: [String] = [],
                traditional: [(from: [String], to: String)] = []) {
        self.groups = groups
        self.fillers = fillers
        self.totals = totals
        self.traditional = traditional
    }

    /// The synonyms compiled into the binary from templates/.
    public static func embedded() throws -> SynonymTable {
        try SynonymTable(yaml: EmbeddedTemplates.synonyms, source: "templates/synonyms.yaml (embedded)")
    }

    public init(yaml: String, source: String = "synonyms.yaml") throws {
        struct File: Decodable {
            struct Traditional: Decodable { var from: [String]; var to: String }
            var synonyms: [[String]]?
            var fillers: [Filler]?
            var totals: [String]?
            var traditional: [Traditional]?
        }
        do {
            let file = try YAMLDecoder().decode(File.self, from: yaml)
            self.init(groups: file.synonyms ?? [], fillers: file.fillers ?? [], totals: file.totals ?? [],
                      traditional: (file.traditional ?? []).map { ($0.from, $0.to) })
        } catch {
            throw TemplateError(file: source, message: TemplateError.describe(error))
        }
    }
}
