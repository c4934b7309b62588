import FormFoldCore

/// Reads who a name, phone or ID column describes. A header made of a qualifier and a personal attribute
/// (购药人 › 姓名, 网格员联系方式, 被报备人手机) is about the person the qualifier names, which is not always the person
/// the row describes: 同住家属姓名 is not the roster's 姓名, and merging the two would lose a column.
///
/// The rules come from `parties` in templates/synonyms.yaml and the `phone` links of the dictionary.
struct PartyReader: Sendable {
    /// What the qualifier in front of an attribute says.
    enum Reading: Sendable, Hashable {
        /// The person described (被报备人, 转码对象): the attribute's own concept.
        case subject(word: String)
        /// A party the dictionary knows (网格员 → responsibility.grid_worker): its name or phone concept, when the
        /// dictionary has one for the attribute.
        case party(concept: String, word: String)
        /// Someone else the dictionary has no concept for (家属, 街道干部).
        case other(word: String)
        /// A person noun the lexicon does not know (访客, 屋主, 领取人): the person described when the form has no
        /// plain column of the same attribute, someone else when it has one
        /// (``FieldMatcher/settle(_:headers:title:fixed:)``).
        case qualified(word: String)
        /// A phone qualified by a word naming no one (隐患联系电话, 检测点联系方式): the phone of a thing or place.
        case thing(word: String)
    }

    /// A header read as qualifier + attribute.
    struct Split: Sendable, Hashable {
        /// The concept of the attribute alone (person.name, contact.mobile, person.id_number).
        var attribute: String
        /// name, phone or id.
        var role: String
        var qualifier: String
        var reading: Reading
    }

    /// Attribute alias keys → (concept, role), longest first.
    private var attributeKeys: [(key: String, bytes: [UInt8], concept: String, role: String)] = []
    private var subjectWords: [String] = []
    private var otherWords: [String] = []
    /// Endings of a word naming people (访客, 屋主, 领取人, 孩子).
    private var personEndings: [String] = []
    /// Words before a phone that leave it the person's own (常用, 有效, 家庭).
    private var plainPhoneWords: Set<String> = []

    init(dictionary: DataDictionary, parties: SynonymTable.Parties, key: (String) -> String) {
        var seen: Set<String> = []
        for (id, role) in parties.attributes {
            guard let concept = dictionary.concept(id) else { continue }
            for alias in [concept.name] + concept.aliases {
                let k = key(alias)
                if !k.isEmpty, seen.insert(k).inserted { attributeKeys.append((k, Array(k.utf8), id, role)) }
            }
        }
        attributeKeys.sort { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count : $0.key < $1.key }
        subjectWords = parties.subject.map(key).filter { !$0.isEmpty }
        otherWords = parties.others.map(key).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        personEndings = parties.personEndings
        plainPhoneWords = Set(parties.plainPhoneWords.map(key))
    }

    /// The reading of `key` (a normalised header, or a group joined to its leaf), when it ends with a personal
    /// attribute after a qualifier; `party` finds the concept a qualifier is an alias of.
    func read(_ key: String, leafOnly: Bool = false, party: (String) -> Concept?) -> Split? {
        let bytes = Array(key.utf8)
        guard let attribute = attributeKeys.first(where: { a in
            a.bytes.count < bytes.count && bytes[(bytes.count - a.bytes.count)...].elementsEqual(a.bytes)
        }) else { return nil }
        let qualifier = String(decoding: bytes[..<(bytes.count - attribute.bytes.count)], as: UTF8.self)
        func split(_ reading: Reading) -> Split {
            Split(attribute: attribute.concept, role: attribute.role, qualifier: qualifier, reading: reading)
        }
        if qualifier.utf8.starts(with: "被".utf8) { return split(.subject(word: "被")) }
        if let word = subjectWords.first(where: qualifier.containsUTF8) { return split(.subject(word: word)) }
        if let concept = party(qualifier), concept.type == .text, concept.id != attribute.concept {
            return split(.party(concept: concept.id, word: qualifier))
        }
        if let word = otherWords.first(where: qualifier.containsUTF8) { return split(.other(word: word)) }
        if namesPeople(qualifier) {
            return split(.qualified(word: qualifier))
        }
        // A leaf's phone qualified by a word naming no one is a thing's or a place's; a group above the leaf (基本情况,
        // 一、病例信息) is a section of the form, not an owner.
        if leafOnly, attribute.role == "phone", !plainPhoneWords.contains(qualifier),
           !qualifier.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
            return split(.thing(word: qualifier))
        }
        return nil
    }

    /// True when `word` ends as a word naming people does (访客, 驾乘人员, 孩子).
    func namesPeople(_ word: String) -> Bool {
        personEndings.contains { word.hasSuffix($0) }
    }

    /// True when `word` contains a word naming someone other than the person described (家属, 陪同, 工作人员).
    func namesSomeoneElse(_ word: String) -> Bool {
        otherWords.contains(where: word.containsUTF8)
    }

    /// The concept a party's attribute maps to: its name is the party concept, its phone the concept's `phone`.
    static func concept(of party: Concept, role: String) -> String? {
        switch role {
        case "name": party.id
        case "phone": party.phone
        default: nil
        }
    }
}
