import FormFoldMatch
import FormFoldPlan

/// The plan's reasons and rules told in Chinese for the auditors (the planner's own sentences stay beside them).
struct AuditReasonText {
    let context: AuditContext
    /// Planned forms by `file|sheet`.
    let forms: [String: PlannedForm]
    /// Derivations by `file|sheet|column` of the totals form's column.
    let derivations: [String: Derivation]
    /// The platforms holding each shared form's fields, by `file|sheet`.
    let platforms: [String: [String]]
    /// How many original forms each consolidated form replaces.
    let replaced: [String: Int]

    init(_ context: AuditContext) {
        self.context = context
        let plan = context.plan
        forms = Dictionary(plan.forms.map { (Self.key($0.file, $0.sheet), $0) }, uniquingKeysWith: { a, _ in a })
        var derivations: [String: Derivation] = [:]
        for form in plan.forms {
            for d in form.derivations ?? [] { derivations[Self.key(d.field.file, d.field.sheet, d.field.column)] = d }
        }
        self.derivations = derivations
        var platforms: [String: [String]] = [:]
        for entry in plan.lineage where entry.fate == .shared {
            guard let target = entry.target else { continue }
            let key = Self.key(entry.file, entry.sheet)
            if !(platforms[key] ?? []).contains(target) { platforms[key, default: []].append(target) }
        }
        self.platforms = platforms
        replaced = Dictionary(plan.consolidated.map { ($0.id, $0.replaces.count) }, uniquingKeysWith: { a, _ in a })
    }

    static func key(_ file: String, _ sheet: String?, _ column: String? = nil) -> String {
        [file, sheet ?? "", column ?? ""].joined(separator: "\u{1F}")
    }

    /// A form's title, or its file and sheet.
    func name(file: String, sheet: String?) -> String {
        if let title = forms[Self.key(file, sheet)]?.title, !title.isEmpty { return title }
        return FileLabel.name(file) + (sheet.map { " › " + $0 } ?? "")
    }

    /// 「青岚区居家隔离人员台账」（31%）；…
    func related(_ form: PlannedForm) -> String {
        form.reason.relatedTo.map { "\(name(file: $0.file, sheet: $0.sheet))（\(AuditContext.percent($0.score))）" }
            .joined(separator: "；")
    }

    /// Why the form got its action, in Chinese.
    func reason(_ form: PlannedForm) -> String {
        let first = form.reason.relatedTo.first
        let other = first.map { "「\(name(file: $0.file, sheet: $0.sheet))」" } ?? "另一张报表"
        let score = first.map { AuditContext.percent($0.score) } ?? ""
        switch form.reason.kind {
        case .unique:
            let merged = (form.into.flatMap { replaced[$0] } ?? 1) - 1
            var text = "没有同粒度、同频次的报表包含其内容，予以保留"
            if merged > 0 { text += "；另有 \(merged) 张报表并入其中" }
            return text
        case .duplicate:
            return "与\(other)内容重复（本表 \(score) 的内容在该表中），保留内容更全的一张"
        case .subset:
            return "全部内容（\(score)）已包含在\(other)中，该表内容更多"
        case .derivable:
            let found = form.derivations ?? []
            let roster = found.first.map { "「\(name(file: $0.roster.file, sheet: $0.roster.sheet))」" } ?? context.consolidatedName(form.into)
            let checked = found.map(\.checked).reduce(0, +)
            return "各项数字（\(found.count) 项）均可由\(roster)逐村逐日计数得出，已用 \(checked) 个填报值核对"
        case .shared:
            let held = platforms[Self.key(form.file, form.sheet)] ?? []
            return "全部内容已由\(held.isEmpty ? "共享平台" : held.joined(separator: "、"))提供，不再由村（社区）填报"
        case .retired:
            if let topic = form.topic { return "主题（\(topic)）已按政策停用，不再向村（社区）采集" }
            return "没有可对应到数据字典的内容，也没有填报数据"
        }
    }

    /// Where an original field went and how, in Chinese.
    func destination(_ entry: LineageEntry) -> String {
        switch entry.fate {
        case .field:
            let label = entry.detail.hasPrefix("field ") ? String(entry.detail.dropFirst(6)) : context.conceptName(entry.concept)
            return "成为「\(context.consolidatedName(entry.target))」的字段「\(label)」"
        case .derived:
            if let d = derivations[Self.key(entry.file, entry.sheet, entry.column)] { return rule(d) }
            return "计数的分组依据（村、日期等），由台账推算时一并得出"
        case .shared:
            return "由\(entry.target ?? "共享平台")提供"
        case .retired:
            switch forms[Self.key(entry.file, entry.sheet)]?.action {
            case .remove?: return "所在报表已取消（主题停用或无内容）"
            case .share?: return "报表的定位或说明信息，平台记录自带"
            default: return "不再采集"
            }
        }
    }

    /// 由「居家隔离人员台账」按 乡镇（街道）、村（社区） 逐日计数：隔离开始日期 ≤ 当日 < 解除隔离日期（或其为空）.
    func rule(_ d: Derivation) -> String {
        let c = d.count
        func concept(_ id: String?) -> String { "「" + context.conceptName(id) + "」" }
        var condition: String
        switch c.days {
        case .all: condition = "全部行"
        case .on: condition = "\(concept(c.date))为当日"
        case .upTo: condition = "\(concept(c.date))不晚于当日"
        case .between: condition = "\(concept(c.date)) ≤ 当日 < \(concept(c.end))（或其为空）"
        }
        if let filter = c.filter, let value = c.filterValue { condition += "，且\(concept(filter))为「\(value)」" }
        let groups = c.groupBy.map { context.conceptName($0) }.joined(separator: "、")
        let roster = name(file: d.roster.file, sheet: d.roster.sheet)
        return "由「\(roster)」按\(groups.isEmpty ? "日" : " \(groups) ")逐日计数：\(condition)"
    }
}
