import FormFoldCore

/// Reading one form's matches together (``FieldMatcher/settle(_:headers:title:fixed:)``): what the title and a
/// 其中 column carry, whose a personal attribute is, what the form's rows are, and one fact asked once.
extension FieldMatcher {
    /// Options the title puts on the whole form (乡镇60岁以上老年人疫苗接种进度表: every count is of 60岁以上), for
    /// the categories synonyms.yaml lets a title carry, on fields that take the category and carry none of it.
    func applyTitle(_ title: String, to matches: inout [FieldMatch], fixed: Set<Int>) {
        guard !titleCategories.isEmpty else { return }
        let hits = options.hits(in: normaliser.key(name: normaliser.headerText(title).name))
            .filter { titleCategories.contains($0.category) }
        for hit in hits {
            for i in matches.indices where !fixed.contains(i) {
                guard let id = matches[i].concept, let concept = dictionary.concept(id),
                      concept.allows(category: hit.category), matches[i].disaggregation[hit.category] == nil else { continue }
                matches[i].disaggregation[hit.category] = hit.option
                matches[i].evidence.append(Evidence(.group, "the form's title 「\(title)」 says 「\(hit.text)」 →"
                                                    + " \(hit.category)=\(hit.option)"))
            }
        }
    }

    /// A 其中 (of which) column is a part of a count, so it is a count too: when the column it is part of (its group,
    /// else the column before it) is a count and its own header names no count but an attribute (在校学生数 ›
    /// 其中：省外户籍 is not 户籍地址), it is that count, with the options its own header names.
    func countParts(_ matches: inout [FieldMatch], headers: [FieldHeader], fixed: Set<Int>) {
        var whole: Int?
        for i in matches.indices {
            guard Self.isPart(headers[i]) else { whole = i; continue }
            let w = headers[i].path.count > 1 ? (0..<i).last { headers[$0].path.count == 1 && headers[$0].path.last == headers[i].path.first } ?? whole : whole
            guard let w, !fixed.contains(i), let id = matches[w].concept, let count = dictionary.concept(id),
                  count.type == .integer, count.grain != .report else { continue }
            if let own = matches[i].concept.flatMap(dictionary.concept), own.type == .integer || own.type == .decimal { continue }
            let leaf = normaliser.key(name: normaliser.headerText(headers[i].path.last ?? "").name)
            var options = matches[w].disaggregation
            for hit in self.options.hits(in: leaf) where count.allows(category: hit.category) && options[hit.category] == nil {
                options[hit.category] = hit.option
            }
            let was = matches[i].concept.map { " rather than \($0)" } ?? ""
            matches[i] = FieldMatch(concept: id, disaggregation: options, confidence: min(matches[w].confidence, 0.7), evidence: [
                Evidence(.group, "「其中」: a part of the count 「\(headers[w].path.joined(separator: " › "))」 and naming no"
                         + " count of its own, so it counts \(count.name)\(was)"),
            ] + matches[i].evidence.filter { $0.kind == .disaggregation })
        }
    }

    /// A bare 其他 after counts (横幅, 标语, 其他: the nearest column before it with a concept is a count) is the
    /// catch-all of those counts, not a remarks column.
    func catchAllAfterCounts(_ matches: inout [FieldMatch], headers: [FieldHeader], fixed: Set<Int>) {
        for i in matches.indices.dropFirst() where !fixed.contains(i) && headers[i].path.count == 1 && matches[i].concept != nil {
            guard headers[i].path[0].unicodeScalars.contains("其"), Self.catchAll.contains(normaliser.key(name: normaliser.headerText(headers[i].path[0]).name)),
                  let j = (0..<i).last(where: { matches[$0].concept != nil }),
                  let before = matches[j].concept.flatMap(dictionary.concept), before.type == .integer else { continue }
            matches[i] = FieldMatch(concept: nil, confidence: 0, evidence: [
                Evidence(.alternative, "「其他」 after the count 「\(headers[j].path.joined(separator: " › "))」 is the"
                         + " catch-all of the counts before it, not a remarks column"),
            ] + matches[i].evidence)
        }
    }

    /// True when a header's leaf starts with 其中 (after any numbering).
    static func isPart(_ header: FieldHeader) -> Bool {
        guard let leaf = header.path.last else { return false }
        // By scalars: most headers are rejected at their first character, without breaking graphemes.
        return leaf.unicodeScalars.drop { $0.properties.isWhitespace || ("0"..."9").contains($0) || $0 == "." || $0 == "、" }
            .starts(with: "其中".unicodeScalars)
    }

    /// 其中 (of which) is a part of the column before it: the options that column carries hold for the part too
    /// (当日登记车辆, 其中：省外车辆 → today's vehicles from outside the province).
    func inheritParts(_ matches: inout [FieldMatch], headers: [FieldHeader], fixed: Set<Int>) {
        var whole: Int?
        for i in matches.indices {
            guard Self.isPart(headers[i]) else { whole = i; continue }
            guard let w = whole, !fixed.contains(i), let concept = matches[i].concept, matches[w].concept == concept else { continue }
            for (category, option) in matches[w].disaggregation.sorted(by: { $0.key < $1.key })
                where matches[i].disaggregation[category] == nil {
                matches[i].disaggregation[category] = option
                matches[i].evidence.append(Evidence(.group, "「其中」: a part of 「\(headers[w].path.joined(separator: " › "))」,"
                                                    + " so \(category)=\(option) as there"))
            }
        }
    }

    /// A register titled by the people it lists (住院患者陪护人员登记表, 志愿者登记表) describes them: their name, phone or
    /// ID (陪护人姓名) is the person's own, though the word would name someone else in another form, and the same
    /// attribute of anyone else named (患者姓名) is not. Only when the form asks no plain one (姓名 alone), and not for
    /// those in charge of the row's unit (网格责任人).
    func readTitledPeople(_ matches: inout [FieldMatch], title: String, fixed: Set<Int>) {
        guard matches.contains(where: { m in
            if case .other? = m.party?.reading { return m.concept != m.party?.attribute }
            return false
        }) else { return }
        let titleKey = normaliser.key(name: normaliser.headerText(title).name)
        for i in matches.indices where !fixed.contains(i) {
            // Those in charge (网格责任人, 企业负责人, 联系人) stand for the unit on the row, whatever the title says.
            guard let split = matches[i].party, case .other = split.reading, matches[i].concept != split.attribute,
                  !Self.inChargeEndings.contains(where: split.qualifier.hasSuffix), let core = Self.peopleCore(split.qualifier),
                  Self.peopleEndings.contains(where: { titleKey.containsUTF8(core + $0) }) else { continue }
            let attribute = split.attribute
            let others = matches.indices.filter { $0 != i && matches[$0].concept == attribute }
            // A plain column of the attribute is the listed people's own.
            guard !others.contains(where: { matches[$0].party == nil }), !others.contains(where: fixed.contains) else { continue }
            matches[i] = FieldMatch(concept: attribute, confidence: 0.85, evidence: [
                Evidence(.group, "the title 「\(title)」 lists 「\(core)」 people: 「\(split.qualifier)」 is the person described",
                         weight: 0.85),
            ] + matches[i].evidence)
            for j in others {
                matches[j] = FieldMatch(concept: nil, confidence: 0, evidence: [
                    Evidence(.alternative, "the form lists 「\(core)」 people (its title): 「\(matches[j].party?.qualifier ?? "")」 is"
                             + " someone else"),
                ] + matches[j].evidence)
            }
        }
    }

    /// Endings of a word naming someone in charge of the unit a row is about.
    static let inChargeEndings = ["责任人", "负责人", "联系人", "联络人", "管理员"]

    /// Endings a word naming people may take, longest first: 陪护人员, 陪护人, 志愿者.
    static let peopleEndings = ["人员", "人", "者", "员"]

    /// A word naming people without its ending (陪护人 → 陪护, 志愿者 → 志愿), when two characters or more remain.
    static func peopleCore(_ word: String) -> String? {
        for end in peopleEndings where word.hasSuffix(end) {
            let core = String(word.dropLast(end.count))
            return core.count >= 2 ? core : nil
        }
        return word.count >= 2 ? word : nil
    }

    /// An attribute qualified by a person noun the lexicon does not know (领取人姓名, 访客手机号码) is someone else's
    /// when the form also asks the person's own plainly (姓名, 手机号码).
    func ruleOutOtherPeople(_ matches: inout [FieldMatch], fixed: Set<Int>) {
        var plain: Set<String> = []
        for m in matches {
            guard let concept = m.concept else { continue }
            switch m.party?.reading {
            case nil, .subject?: plain.insert(concept)
            default: break
            }
        }
        for i in matches.indices where !fixed.contains(i) {
            guard let split = matches[i].party, case .qualified(let word) = split.reading,
                  matches[i].concept == split.attribute, plain.contains(split.attribute) else { continue }
            let name = dictionary.concept(split.attribute)?.name ?? split.attribute
            matches[i] = FieldMatch(concept: nil, confidence: 0, evidence: [
                Evidence(.alternative, "「\(word)」 names someone other than the person described: the form asks their own"
                         + " \(name) in another column"),
            ] + matches[i].evidence)
        }
    }

    /// A name column whose qualifier the form also counts (重点人员名称 beside 重点人员人数) names a kind of people,
    /// one per row, not a person: the rows are groups, and the column goes to review.
    func ruleOutKindLabels(_ matches: inout [FieldMatch], headers: [FieldHeader], fixed: Set<Int>) {
        // Most forms have no name column or no count of people: their headers are not read again.
        // 姓名 alone has no kind before it: only a longer header can name one (重点人员名称).
        let named = matches.indices.filter { !fixed.contains($0) && matches[$0].concept == "person.name"
            && (headers[$0].path.last?.unicodeScalars.count ?? 0) >= 4 }
        let counts = matches.indices.filter { matches[$0].concept.flatMap(dictionary.concept)?.unit == "人" }
        guard !named.isEmpty, !counts.isEmpty else { return }
        func key(_ i: Int) -> String { normaliser.key(name: normaliser.headerText(headers[i].path.last ?? "").name) }
        let countKeys = counts.map { ($0, key($0)) }
        for i in named {
            let own = key(i)
            guard own.hasSuffix("姓名") else { continue }
            let kind = String(own.dropLast(2))
            guard kind.count >= 2, let count = countKeys.first(where: { $0.0 != i && $0.1.hasPrefix(kind) })?.0 else { continue }
            matches[i] = FieldMatch(concept: nil, confidence: 0, evidence: [
                Evidence(.alternative, "the form counts 「\(kind)」 in 「\(headers[count].path.joined(separator: " › "))」,"
                         + " so this column names a kind of them on each row, not a person"),
            ] + matches[i].evidence)
        }
    }

    /// In a register of people that asks no plain 姓名, a column headed only by a word naming people (驾乘人员,
    /// 来访者) and matching no concept holds the people themselves: their names. Values that are not text
    /// (0/1 for 返乡人员) say otherwise, and leave it alone.
    func namePeopleColumn(_ matches: inout [FieldMatch], headers: [FieldHeader], fixed: Set<Int>) {
        let concepts = Set(matches.compactMap(\.concept))
        guard !concepts.contains("person.name"), rowSubject(concepts) == .people,
              let name = dictionary.concept("person.name") else { return }
        for i in matches.indices where !fixed.contains(i) && matches[i].concept == nil && matches[i].party == nil {
            guard headers[i].kind == .empty || headers[i].kind == .text, headers[i].path.count == 1,
                  headers[i].path[0].unicodeScalars.contains(where: { $0 == "员" || $0 == "員" || $0 == "者" }) else { continue }
            let key = normaliser.key(name: normaliser.headerText(headers[i].path[0]).name)
            // 人员 and 者 name the people a row is about (驾乘人员, 来访者); 领取人, 经手人 name someone acting.
            guard (3...5).contains(key.count), key.hasSuffix("人员") || key.hasSuffix("者"), !parties.namesSomeoneElse(key),
                  !key.contains("数"), !key.hasPrefix("是否"), !key.hasPrefix("有无") else { continue }
            matches[i] = FieldMatch(concept: name.id, confidence: 0.65, evidence: [
                Evidence(.group, "「\(key)」 names people, and the form lists people but asks no 姓名: the column holds"
                         + " their names", weight: 0.65),
            ] + matches[i].evidence)
            return
        }
    }

    /// A bare 名称, or a short 名称 of something nothing else reads (材料名称), names what the form's rows are: the
    /// item in a supplies list, the enterprise in an enterprise list (`row_names` in synonyms.yaml), as the topic of
    /// most of the form's other fields (two at least) says, or else the form's title (防疫物资入库单 names 物资).
    func nameTheRows(_ matches: inout [FieldMatch], headers: [FieldHeader], title: String?, fixed: Set<Int>) {
        guard !rowNames.isEmpty, let bare = matches.indices.first(where: { i in
            !fixed.contains(i) && matches[i].concept == nil && headers[i].path.count == 1
                && headers[i].path[0].unicodeScalars.contains("名") && Self.namesSomething(normaliser.headerText(headers[i].path[0]).name)
        }) else { return }
        let name = normaliser.headerText(headers[bare].path[0]).name
        var topics: [String: Int] = [:]
        for id in matches.compactMap(\.concept) {
            guard let topic = dictionary.concept(id)?.topic, !Self.placeTopics.contains(topic) else { continue }
            topics[topic, default: 0] += 1
        }
        let reason: String
        let id: String
        if let (topic, count) = topics.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }), count >= 2,
           let named = rowNames[topic] {
            id = named
            reason = "\(count) fields of the form are about \(topic)"
        } else if let title, let (word, named) = titleRowName(title) {
            id = named
            reason = "the form's title 「\(title)」 names 「\(word)」"
        } else { return }
        guard !matches.contains(where: { $0.concept == id }), let concept = dictionary.concept(id) else { return }
        matches[bare] = FieldMatch(concept: id, confidence: 0.7, evidence: [
            Evidence(.group, "「\(name)」, matching nothing else, names what the rows"
                     + " are; \(reason), so it is \(concept.name)", weight: 0.7),
        ] + matches[bare].evidence)
    }

    /// 名称, or a short 名称 of something (材料名称, 资源名称): a column naming the form's rows when nothing else reads it.
    static func namesSomething(_ name: String) -> Bool {
        name == "名称" || (name.hasSuffix("名称") && name.count <= 4)
    }

    /// The row-name concept whose alias of two characters or more the title contains, the longest alias first.
    func titleRowName(_ title: String) -> (String, String)? {
        let key = normaliser.key(name: normaliser.headerText(title).name)
        var best: (String, String)?
        for (a, id) in rowNameKeys where key.containsUTF8(a) && a.count > (best?.0.count ?? 0) { best = (a, id) }
        return best
    }

    /// What one row of a form describes, as its fields tell: people (a person's name or ID, or other facts about a
    /// person or household, unless they are one or two among many more totals), enterprises (an enterprise's name or credit code and no person's), org units
    /// (two or more totals of a village, township or grid, and nothing about a person), things (a supplies list's
    /// items, and nothing about a person or enterprise), something else (an inspection or another event, and nothing
    /// about a person), or unknown (too little to tell).
    enum RowSubject: Sendable, Hashable {
        case people, enterprises, orgUnits, other, things, unknown

        /// What rows of this kind are, and how the form shows it, for the evidence.
        var described: String {
            switch self {
            case .people: "people (it asks a person's name, ID or facts about a person)"
            case .enterprises: "enterprises (it asks the enterprise's name or credit code and no person's)"
            case .orgUnits: "villages or other org units (it asks their totals and nothing about a person)"
            case .other: "events such as inspections (nothing about a person)"
            case .things: "things such as supplies (nothing about a person)"
            case .unknown: "of a kind the form does not show"
            }
        }
    }

    /// How the kind of a form's rows changes whose a field is (`people_rows`, `enterprise_rows`, `org_unit_rows`,
    /// `event_rows` and `unnamed_rows` in synonyms.yaml), kept to concepts the dictionary has.
    struct RowRules: Sendable {
        /// Per kind of rows: a concept → the concept it is read as in such rows.
        let rewrites: [RowSubject: [String: String]]
        /// In rows of events and of things: concepts of someone the form does not name, left for review.
        let unnamed: Set<String>

        init(_ parties: SynonymTable.Parties, dictionary: DataDictionary) {
            func known(_ map: [String: String]) -> [String: String] {
                map.filter { dictionary.concept($0.key) != nil && dictionary.concept($0.value) != nil }
            }
            rewrites = [.people: known(parties.peopleRows), .enterprises: known(parties.enterpriseRows),
                        .orgUnits: known(parties.orgUnitRows), .other: known(parties.eventRows)]
            unnamed = Set(parties.unnamedRows.filter { dictionary.concept($0) != nil })
        }
    }

    /// Topics that say nothing about what a row is: how to reach it, where it is, who reports it.
    static let placeTopics: Set<String> = ["contact", "address", "reporting", "responsibility"]

    func rowSubject(_ concepts: Set<String>) -> RowSubject {
        if concepts.contains(where: Self.personKeys.contains) { return .people }
        // An inspection ledger names the units it inspected: its rows are inspections, not enterprises.
        let inspection = concepts.filter { dictionary.concept($0)?.topic == "inspection" && !Self.thingKeys.contains($0) }
        if inspection.count >= 2, !concepts.contains(where: { dictionary.concept($0).map { $0.grain == .person || $0.grain == .household } ?? false }) {
            return .other
        }
        if concepts.contains(where: Self.enterpriseKeys.contains) { return .enterprises }
        if concepts.contains(where: Self.thingKeys.contains) { return .things }
        var grains: [Concept.Grain: Int] = [:]
        for id in concepts {
            guard let concept = dictionary.concept(id), !Self.placeTopics.contains(concept.topic ?? "") else { continue }
            grains[concept.grain, default: 0] += 1
        }
        // One fact about a person among many totals (未返校原因 in a school's daily counts) is more likely misread
        // than the rows people.
        let personish = grains[.person, default: 0] + grains[.household, default: 0], totals = grains[.orgUnit, default: 0]
        if personish > 0 && totals <= 2 * personish + 1 { return .people }
        if totals >= 2 { return .orgUnits }
        if personish > 0 { return .people }
        return grains[.event, default: 0] + grains[.enterprise, default: 0] > 0 ? .other : .unknown
    }

    /// A field is read by what the rows are (`people_rows`, `enterprise_rows`, `org_unit_rows`, `event_rows`,
    /// `unnamed_rows` in synonyms.yaml): in a form of people a count over people is what one person has (接种剂次数 →
    /// the dose); in a form of enterprises a person's phone is the enterprise's, in a form of village totals the
    /// reporting unit's; in a form whose rows are events (an inspection record) a date is the event's, and a phone,
    /// person in charge or address is of someone the form does not name, and goes to review.
    func readRows(_ matches: inout [FieldMatch], fixed: Set<Int>) {
        let concepts = Set(matches.compactMap(\.concept))
        let subject = rowSubject(concepts)
        guard subject != .unknown else { return }
        let rewrites = rowRules.rewrites[subject] ?? [:]
        for i in matches.indices where !fixed.contains(i) {
            guard let concept = matches[i].concept else { continue }
            if let target = rewrites[concept], !concepts.contains(target) {
                matches[i].concept = target
                matches[i].evidence.insert(Evidence(.group, "the form's rows are \(subject.described): \(concept) read as"
                                                    + " \(target)"), at: 0)
            } else if subject == .other || subject == .things, rowRules.unnamed.contains(concept) {
                let name = dictionary.concept(concept)?.name ?? concept
                matches[i] = FieldMatch(concept: nil, confidence: 0, evidence: [
                    Evidence(.alternative, "the form's rows are not people, enterprises or org units, so whose"
                             + " \(name) this is the form does not say"),
                ] + matches[i].evidence)
            }
        }
    }

    /// One form asks one fact once: of two fields with the same concept and options, the weaker (on a tie, the one
    /// not written as the concept's name; then the later) gives way, unless a reviewer fixed it.
    func askOnce(_ matches: inout [FieldMatch], headers: [FieldHeader], fixed: Set<Int>) {
        var holder: [String: Int] = [:]
        holder.reserveCapacity(matches.count)
        for i in matches.indices {
            guard let concept = matches[i].concept else { continue }
            let key = ConceptKey.of(concept, matches[i].disaggregation)
            guard let j = holder[key] else { holder[key] = i; continue }
            func strength(_ k: Int) -> (Double, Int) {
                let written = headers[k].path.last.map { normaliser.headerText($0).name } ?? ""
                return (matches[k].confidence, written == dictionary.concept(concept)?.name ? 1 : 0)
            }
            let (keep, yield) = fixed.contains(i) && !fixed.contains(j) ? (i, j)
                : fixed.contains(j) || strength(j) >= strength(i) ? (j, i) : (i, j)
            guard !fixed.contains(yield) else { continue }
            holder[key] = keep
            // 是否发热 and 是否咳嗽 both ask about symptoms, but the second names one: that option tells them apart.
            if let told = tellApart(matches[yield], header: headers[yield], from: headers[keep]) {
                let toldKey = ConceptKey.of(concept, told.disaggregation)
                if holder[toldKey] == nil {
                    matches[yield] = told
                    holder[toldKey] = yield
                    continue
                }
            }
            let label = headers[keep].path.joined(separator: " › ")
            matches[yield] = FieldMatch(concept: nil, confidence: 0, evidence: [
                Evidence(.alternative, "「\(label)」 of the same form already maps to \(concept) with stronger evidence;"
                         + " one form asks one fact once"),
            ] + matches[yield].evidence)
        }
    }

    /// `match` with the options its header names of categories its concept takes and does not yet carry (咳嗽 →
    /// symptom=cough), when there are any: what tells it apart from the field `other` with the same concept.
    func tellApart(_ match: FieldMatch, header: FieldHeader, from other: FieldHeader) -> FieldMatch? {
        guard let id = match.concept, let concept = dictionary.concept(id) else { return nil }
        let key = normaliser.key(name: header.path.map { normaliser.headerText($0).name }.joined())
        var told = match
        let hits = distinguishing.hits(in: key).filter { concept.allows(category: $0.category) && match.disaggregation[$0.category] == nil }
        for hit in hits where Set(hits.filter { $0.category == hit.category }.map(\.option)).count == 1
            && told.disaggregation[hit.category] == nil {
            // One option of a category names it; several (有无发热、咳嗽等症状) name none of them alone.
            told.disaggregation[hit.category] = hit.option
            told.evidence.append(Evidence(.disaggregation, "「\(hit.text)」 tells it apart from 「\(other.path.joined(separator: " › "))」"
                                          + " of the same form: \(hit.category)=\(hit.option)"))
        }
        return told.disaggregation == match.disaggregation ? nil : told
    }
}
