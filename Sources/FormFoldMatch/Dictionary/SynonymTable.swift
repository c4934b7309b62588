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
    /// Who a name, phone or ID column describes: see ``Parties``.
    public var parties: Parties
    /// Categories whose options, written in a form's title, apply to every field of the form that takes them
    /// (乡镇60岁以上老年人疫苗接种进度表 → age_group 60岁以上).
    public var titleCategories: [String]
    /// Lists of words a header may name instead of the concept (是否咳嗽 → a symptom question): see ``WordList``.
    public var wordLists: [WordList]
    /// Aliases that name their concept only as a whole header (编号, 地址), never as the head of a longer one
    /// (隐患编号, 医疗机构地址 name something else's).
    public var bareOnly: [String]
    /// Words that say how finely or in what code a place is written (详细地址, 行政区划代码): after the name of a place
    /// (来源地, 现住址) they leave the fact what it is (来源地行政代码 is still where the person came from).
    public var placeDetails: [String]
    /// What a bare 名称 names, by the topic most of a form's other fields are about: a supplies list's 名称 is the
    /// item, an enterprise list's the enterprise.
    public var rowNames: [String: String]
    /// Words that make a column what they name wherever it goes on (备注患者情况 is a remarks column): word → concept.
    public var leading: [String: String]
    /// Arrival into a named place (到达郑州时间, 抵哈时间, 来京时间): see ``Arrival``.
    public var arrival: Arrival?

    /// A header made of an arrival word, a place of one to four characters and a date word asks when the person
    /// arrived: `concept`. Places holding an `excluded` character name no place one arrives in (来访, 入院, 到岗).
    public struct Arrival: Sendable, Hashable, Decodable {
        public var concept: String
        public var leads: [String]
        public var tails: [String]
        public var excluded: [String]

        public init(concept: String, leads: [String], tails: [String], excluded: [String]) {
            self.concept = concept
            self.leads = leads
            self.tails = tails
            self.excluded = excluded
        }
    }

    /// A concept asked by naming members of a list: 咳嗽, 乏力, 发热 are symptoms, so 是否咳嗽 and
    /// 有无发热、乏力等症状 ask whether the person has symptoms.
    public struct WordList: Sendable, Hashable, Decodable {
        public var concept: String
        public var words: [String]
        /// Words that may open the header (是否, 有无).
        public var questions: [String]?
        /// Words that may close it (等症状).
        public var tails: [String]?

        public init(concept: String, words: [String], questions: [String]? = nil, tails: [String]? = nil) {
            self.concept = concept
            self.words = words
            self.questions = questions
            self.tails = tails
        }
    }

    /// Words telling whether a qualified personal attribute (购药人 › 姓名, 被报备人手机) is about the person a row
    /// describes or about someone else.
    public struct Parties: Sendable, Hashable, Decodable {
        /// Concept id → which attribute of a person it is: `name`, `phone` or `id`.
        public var attributes: [String: String]
        /// Words marking the person described (被, 对象, 当事人).
        public var subject: [String]
        /// Words naming someone else (家属, 负责人, 单位, 购药人).
        public var others: [String]
        /// In a form whose rows are enterprises: a person's attribute concept → the enterprise's.
        public var enterpriseRows: [String: String]
        /// In a form whose rows are villages, townships or other org units (totals): a person's attribute concept →
        /// the reporting unit's (联系电话 of a village's row is the reporter's phone).
        public var orgUnitRows: [String: String]
        /// In a form whose rows are neither people, enterprises nor org units (an inspection record, a supplies
        /// list): attributes of someone the form does not name (联系电话, 负责人), left for review.
        public var unnamedRows: [String]
        /// In a form whose rows are people: a count over people → what one person has (接种剂次数 of a person is
        /// the person's dose, not a village's count of doses).
        public var peopleRows: [String: String]
        /// In a form whose rows are events (an inspection, a visit): a concept → the event's (排查时间 of an
        /// inspection record is the inspection's date, not a person's screening).
        public var eventRows: [String: String]
        /// Endings of a word naming people (访客, 屋主, 领取人, 孩子): such a word before an attribute qualifies it.
        public var personEndings: [String]
        /// Words before a phone that leave it the person's own (常用, 有效, 家庭), where any other word naming no one
        /// makes it the phone of a thing or place (隐患联系电话).
        public var plainPhoneWords: [String]

        public init(attributes: [String: String] = [:], subject: [String] = [], others: [String] = [],
                    enterpriseRows: [String: String] = [:], orgUnitRows: [String: String] = [:], unnamedRows: [String] = [],
                    peopleRows: [String: String] = [:], eventRows: [String: String] = [:], personEndings: [String] = [],
                    plainPhoneWords: [String] = []) {
            self.attributes = attributes
            self.subject = subject
            self.others = others
            self.enterpriseRows = enterpriseRows
            self.orgUnitRows = orgUnitRows
            self.unnamedRows = unnamedRows
            self.peopleRows = peopleRows
            self.eventRows = eventRows
            self.personEndings = personEndings
            self.plainPhoneWords = plainPhoneWords
        }

        enum CodingKeys: String, CodingKey {
            case attributes, subject, others
            case enterpriseRows = "enterprise_rows"
            case orgUnitRows = "org_unit_rows"
            case unnamedRows = "unnamed_rows"
            case peopleRows = "people_rows"
            case eventRows = "event_rows"
            case personEndings = "person_endings"
            case plainPhoneWords = "plain_phone_words"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:],
                      subject: try c.decodeIfPresent([String].self, forKey: .subject) ?? [],
                      others: try c.decodeIfPresent([String].self, forKey: .others) ?? [],
                      enterpriseRows: try c.decodeIfPresent([String: String].self, forKey: .enterpriseRows) ?? [:],
                      orgUnitRows: try c.decodeIfPresent([String: String].self, forKey: .orgUnitRows) ?? [:],
                      unnamedRows: try c.decodeIfPresent([String].self, forKey: .unnamedRows) ?? [],
                      peopleRows: try c.decodeIfPresent([String: String].self, forKey: .peopleRows) ?? [:],
                      eventRows: try c.decodeIfPresent([String: String].self, forKey: .eventRows) ?? [:],
                      personEndings: try c.decodeIfPresent([String].self, forKey: .personEndings) ?? [],
                      plainPhoneWords: try c.decodeIfPresent([String].self, forKey: .plainPhoneWords) ?? [])
        }
    }

    /// A filler word (情况) and the words it stays inside (情况说明).
    public struct Filler: Sendable, Hashable, Decodable {
        public var word: String
        public var except: [String]?
        /// What the word means after a word naming people (``Parties/personEndings``), where it is no filler:
        /// 名称 is 姓名 in 老人名称 and 人员名称.
        public var afterPeople: String?

        public init(word: String, except: [String]? = nil, afterPeople: String? = nil) {
            self.word = word
            self.except = except
            self.afterPeople = afterPeople
        }

        enum CodingKeys: String, CodingKey {
            case word, except
            case afterPeople = "after_people"
        }
    }

    public init(groups: [[String]] = [], fillers: [Filler] = [], totals: [String] = [],
                traditional: [(from: [String], to: String)] = [], parties: Parties = Parties(),
                titleCategories: [String] = [], wordLists: [WordList] = [], bareOnly: [String] = [],
                placeDetails: [String] = [], rowNames: [String: String] = [:], leading: [String: String] = [:],
                arrival: Arrival? = nil) {
        self.groups = groups
        self.fillers = fillers
        self.totals = totals
        self.traditional = traditional
        self.parties = parties
        self.titleCategories = titleCategories
        self.wordLists = wordLists
        self.bareOnly = bareOnly
        self.placeDetails = placeDetails
        self.rowNames = rowNames
        self.leading = leading
        self.arrival = arrival
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
            var parties: Parties?
            var title_categories: [String]?
            var word_lists: [WordList]?
            var bare_only: [String]?
            var place_details: [String]?
            var row_names: [String: String]?
            var leading: [String: String]?
            var arrival: Arrival?
        }
        do {
            let file = try YAMLDecoder().decode(File.self, from: yaml)
            self.init(groups: file.synonyms ?? [], fillers: file.fillers ?? [], totals: file.totals ?? [],
                      traditional: (file.traditional ?? []).map { ($0.from, $0.to) }, parties: file.parties ?? Parties(),
                      titleCategories: file.title_categories ?? [], wordLists: file.word_lists ?? [],
                      bareOnly: file.bare_only ?? [], placeDetails: file.place_details ?? [],
                      rowNames: file.row_names ?? [:], leading: file.leading ?? [:],
                      arrival: file.arrival)
        } catch {
            throw TemplateError(file: source, message: TemplateError.describe(error))
        }
    }
}
