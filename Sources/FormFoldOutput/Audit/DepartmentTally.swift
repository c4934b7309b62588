import FormFoldPlan

/// The forms of one department before and after the plan, for the summary's table and chart.
struct DepartmentTally: Sendable, Hashable {
    var department: String
    var before = 0
    var kept = 0
    var merged = 0
    var shared = 0
    var removed = 0

    /// (before − kept) / before.
    var reductionRate: Double { before == 0 ? 0 : Double(before - kept) / Double(before) }

    /// Name of the department of forms the policy does not name one for.
    static let unnamed = "（未注明部门）"

    /// One tally per department, most forms first (then by name), and the total over all of them.
    static func tallies(_ forms: [PlannedForm]) -> (departments: [DepartmentTally], total: DepartmentTally) {
        var byName: [String: DepartmentTally] = [:]
        var total = DepartmentTally(department: "合计")
        for form in forms {
            let name = form.department?.isEmpty == false ? form.department! : unnamed
            var tally = byName[name] ?? DepartmentTally(department: name)
            tally.add(form.action)
            total.add(form.action)
            byName[name] = tally
        }
        let sorted = byName.values.sorted { ($0.before, $1.department) > ($1.before, $0.department) }
        return (sorted, total)
    }

    mutating func add(_ action: FormAction) {
        before += 1
        switch action {
        case .keep: kept += 1
        case .merge: merged += 1
        case .share: shared += 1
        case .remove: removed += 1
        }
    }
}
