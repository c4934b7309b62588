import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldPlan
import Testing

/// The sample district (samples/gaoxin-2020): 35 daily forms from 14 departments, planned from the files, their data
/// and the office's policy, as `formfold plan` does.
@Suite struct DistrictPlanTests {
    typealias F = PlanFixtures
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = repo.appendingPathComponent("samples/gaoxin-2020")

    struct Inputs {
        var forms: [Form]
        var report: MatchReport
        var policy: Policy
    }

    static func read(_ folder: URL, policy: Policy? = nil) throws -> Inputs {
        let inspection = Inspector(converter: F.converter, recordLimit: 100_000).inspect(paths: [folder.path])
        #expect(inspection.errors.isEmpty, "\(inspection.errors)")
        let forms = inspection.forms.filter { !$0.hidden }.map(\.form)
        let policy = try policy ?? Policy(yaml: String(contentsOf: Self.folder.appendingPathComponent("policy.yaml"), encoding: .utf8),
                                          source: "policy.yaml")
        return Inputs(forms: forms, report: FormSetMatcher(matcher: F.matcher).match(forms), policy: policy)
    }

    static let base: Inputs = try! read(folder)

    static func plan(_ inputs: Inputs = base, policy: Policy? = nil) -> ReductionPlan {
        Planner(dictionary: F.matcher.dictionary, policy: policy ?? inputs.policy).plan(inputs.forms, report: inputs.report)
    }

    static func name(_ file: String) -> String { String(file.split(separator: "/").last ?? "") }

    @Test func theDistrictsFiguresAreReproduced() {
        let s = Self.plan().summary
        #expect(s.before == 35)
        #expect(s.after == 8)
        #expect(s.removed == 11)
        #expect(s.merged == 13)
        #expect(s.shared == 3)
        #expect(abs(s.reductionRate - 27.0 / 35.0) < 1e-9)
        #expect(s.fieldsAfter < s.fieldsBefore)
        #expect(s.entriesPerVillagePerDayAfter < s.entriesPerVillagePerDayBefore)
        #expect(s.villages == 20)
    }

    @Test func everyDecisionIsTheOneTheDistrictIntended() throws {
        struct Expected: Decodable {
            struct Target: Decodable { var file: String; var sheet: String? }
            struct Entry: Decodable { var file: String; var sheet: String?; var action: String; var reason: String; var into: Target? }
            var forms: [Entry]
        }
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.repo.appendingPathComponent("tools/district_expected.json")))
        let plan = Self.plan()
        let idOf = Dictionary(plan.forms.compactMap { f in f.action == .keep ? (Self.name(f.file), f.into!) : nil }, uniquingKeysWith: { a, _ in a })
        for e in expected.forms {
            let found = try #require(plan.forms.first { Self.name($0.file) == e.file && (e.sheet == nil || $0.sheet == e.sheet) }, "\(e.file)")
            #expect(found.action.rawValue == e.action, "\(e.file): \(found.reason.detail)")
            #expect(found.reason.kind.rawValue == e.reason, "\(e.file): \(found.reason.detail)")
            #expect(!found.reason.detail.isEmpty)
            if let into = e.into { #expect(found.into == idOf[into.file], "\(e.file) goes into \(into.file)") }
        }
    }

    @Test func theLineageAccountsForEveryOriginalField() {
        let plan = Self.plan()
        let original = Self.base.forms.flatMap { f in f.fields.map { "\(f.file)|\(f.sheet ?? "")|\($0.column)" } }
        let traced = plan.lineage.map { "\($0.file)|\($0.sheet ?? "")|\($0.column)" }
        #expect(traced.count == original.count)
        #expect(Set(traced) == Set(original))
        #expect(plan.lineage.allSatisfy { $0.fate == .retired || $0.target != nil })
        #expect(Set(plan.lineage.map(\.fate)) == [.field, .derived, .shared, .retired])
    }

    @Test func unretiringATopicKeepsItsForms() {
        var policy = Self.base.policy
        policy.retiredTopics.removeAll { $0 == "economy" }
        let plan = Self.plan(policy: policy)
        #expect(plan.summary.removed == 8)
        #expect(plan.forms.filter { $0.topic == "economy" }.allSatisfy { $0.action != .remove })
    }

    @Test func droppingAPlatformBringsItsFormBack() {
        var policy = Self.base.policy
        policy.platforms.removeAll { $0 == "核酸检测平台" }
        let plan = Self.plan(policy: policy)
        #expect(plan.summary.shared == 2)
        #expect(plan.forms.first { Self.name($0.file).hasPrefix("22_") }?.action != .share)
    }

    @Test func aUniqueFieldAddedToADuplicateMakesItNoLongerADuplicate() throws {
        var inputs = Self.base
        let i = try #require(inputs.forms.firstIndex { Self.name($0.file).hasPrefix("09_") })
        var form = inputs.forms[i]
        form.fields.append(Field(column: "Z", path: ["是否低保户"], name: "是否低保户", type: FieldType(kind: .yesNo, values: ["是", "否"])))
        form.records = form.records.map { $0 + [.text("否")] }
        inputs.forms[i] = form
        inputs.report = FormSetMatcher(matcher: F.matcher).match(inputs.forms)
        let plan = Self.plan(inputs)
        let nine = try #require(plan.forms.first { Self.name($0.file).hasPrefix("09_") })
        #expect(nine.reason.kind != .duplicate)
        // Its extra field is not lost: it is in a consolidated form.
        #expect(plan.lineage.first { Self.name($0.file).hasPrefix("09_") && $0.column == "Z" }?.fate == .field)
    }

    @Test func savingAsXlsOrCsvOrAddingATitleRowChangesNothing() throws {
        let variants = try #require(Bundle.module.url(forResource: "variants", withExtension: nil, subdirectory: "Fixtures"))
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("district-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: Self.folder, to: copy)
        for name in try FileManager.default.contentsOfDirectory(atPath: variants.path) {
            let stem = (name as NSString).deletingPathExtension
            for old in try FileManager.default.contentsOfDirectory(atPath: copy.path) where (old as NSString).deletingPathExtension == stem {
                try FileManager.default.removeItem(at: copy.appendingPathComponent(old))
            }
            try FileManager.default.copyItem(at: variants.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let varied = Self.plan(try Self.read(copy))
        let original = Self.plan()
        #expect(varied.summary.before == original.summary.before)
        #expect(varied.summary.after == original.summary.after)
        let stem = { (f: PlannedForm) in (Self.name(f.file) as NSString).deletingPathExtension + "|" + (f.sheet ?? "") }
        let a = Dictionary(original.forms.map { (stem($0).replacingOccurrences(of: "|Sheet1", with: "|"), "\($0.action)/\($0.reason.kind)") }, uniquingKeysWith: { a, _ in a })
        var compared = 0
        for f in varied.forms {
            let key = stem(f).replacingOccurrences(of: "|Sheet1", with: "|")
            if let expected = a[key] {
                compared += 1
                #expect("\(f.action)/\(f.reason.kind)" == expected, "\(f.file)")
            }
        }
        #expect(compared >= 32, "the forms are recognised across formats (sheet names may differ)")
    }

    @Test func aColumnOrderChangeChangesNothing() throws {
        var inputs = Self.base
        let i = try #require(inputs.forms.firstIndex { Self.name($0.file).hasPrefix("10_") })
        inputs.forms[i].fields.reverse()
        inputs.forms[i].records = inputs.forms[i].records.map { Array($0.reversed()) }
        inputs.report = FormSetMatcher(matcher: F.matcher).match(inputs.forms)
        let varied = Self.plan(inputs), original = Self.plan()
        #expect(varied.forms.map(\.action) == original.forms.map(\.action))
        #expect(varied.forms.map(\.reason.kind) == original.forms.map(\.reason.kind))
    }
}

/// Department forms regenerated from the merged data give back what the departments filed.
@Suite struct DepartmentDataTests {
    typealias D = DistrictPlanTests

    @Test func totalsFormsComputedFromTheirRostersEqualWhatWasFiled() throws {
        let inputs = D.base
        let plan = D.plan()
        let data = PlanData(forms: inputs.forms, report: inputs.report, plan: plan)
        var checked = 0
        for (i, planned) in plan.forms.enumerated() where planned.reason.kind == .derivable {
            let form = inputs.forms[i]
            let village = try #require(form.fields.firstIndex { ["村", "所在村"].contains(HeaderText($0.path.last ?? "").name) })
            let date = try #require(form.fields.firstIndex { $0.type.kind == .date })
            let counts = planned.derivations!.compactMap { d in form.fields.firstIndex { $0.column == d.field.column } }
            for record in form.records.prefix(60) {
                let unit = DerivationFinderProbe.text(record[village])
                let day = try #require(DerivationFinderProbe.day(record[date]))
                let rows = try #require(data.rows(ofForm: i, forms: inputs.forms, plan: plan, unit: unit, day: day))
                // The regenerated row of the same group (村, and 卡口 where the form has one).
                let others = form.fields.indices.filter { !counts.contains($0) && $0 != date && form.fields[$0].type.kind != .integer }
                let row = rows.first { r in others.allSatisfy { DerivationFinderProbe.text(r[$0]) == DerivationFinderProbe.text(record[$0]) || DerivationFinderProbe.text(r[$0]).isEmpty } }
                let regenerated = try #require(row, "\(form.file): \(unit) \(day)")
                for c in counts {
                    #expect(regenerated[c].displayText == record[c].displayText, "\(form.file) \(unit) \(day) column \(form.fields[c].column)")
                    checked += 1
                }
            }
        }
        #expect(checked > 200)
    }

    @Test func aRosterGivesBackTheUnitsRowsOfTheDay() throws {
        let inputs = D.base
        let plan = D.plan()
        let data = PlanData(forms: inputs.forms, report: inputs.report, plan: plan)
        let i = try #require(plan.forms.firstIndex { D.name($0.file).hasPrefix("01_") })
        let form = inputs.forms[i]
        let village = try #require(form.fields.firstIndex { HeaderText($0.path.last ?? "").name == "村" })
        let returned = try #require(form.fields.firstIndex { $0.type.kind == .date })
        let expected = form.records.filter {
            DerivationFinderProbe.text($0[village]) == "东湖社区" && DerivationFinderProbe.day($0[returned]) == 20200221
        }
        let rows = try #require(data.rows(ofForm: i, forms: inputs.forms, plan: plan, unit: "东湖社区", day: 20200221))
        #expect(rows.count == expected.count)
        #expect(Set(rows.map { $0.map(\.displayText) }) == Set(expected.map { $0.map(\.displayText) }))
    }
}

/// The planner's cell readers, as tests use them.
enum DerivationFinderProbe {
    static func text(_ v: CellValue) -> String { v.displayText.trimmingCharacters(in: .whitespacesAndNewlines) }
    static func day(_ v: CellValue) -> Int? {
        switch v {
        case .date(let d): return d.year * 10000 + d.month * 100 + d.day
        case .text(let t):
            let parts = t.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return parts.count >= 3 ? parts[0] * 10000 + parts[1] * 100 + parts[2] : nil
        default: return nil
        }
    }
}
