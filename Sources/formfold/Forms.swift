import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldOutput
import FormFoldPlan

/// `formfold forms`: each department's original form regenerated from the merged data, for an org unit and a day.
struct Forms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "Regenerate the departments' original forms from the merged data, for one org unit and one day.",
        discussion: """
            Plans PATHS as `formfold plan` does and gathers the data of each consolidated form from the forms merged \
            into it (their filled rows). Then writes, for every original form that was kept or merged, the form in \
            its own layout (title, meta lines, header rows and merges, column order, units) under \
            OUT/<unit>/<day>/: a roster with the unit's rows of that day (all rows when it has no date column), a \
            totals form with each count computed from the roster by the rule the plan found.
            """
    )

    @Argument(help: "Spreadsheet files or folders (the forms, filled).")
    var paths: [String]

    @Option(help: "The office's policy (YAML). Default: policy.yaml in the folder given.")
    var policy: String?

    @Option(help: "The org unit (village or community) to write the forms for.")
    var unit: String

    @Option(help: "The day, as 2020-02-16.")
    var date: String

    @Option(help: "The folder to write into.")
    var out: String = "out/forms"

    @OptionGroup var options: MatchOptions

    func run() throws {
        guard let day = CalendarDay(date)?.yyyymmdd else { throw ValidationError("--date \(date): write the day as 2020-02-16") }
        let policy = try PlanInputs.policy(self.policy, paths: paths)
        let (forms, report, errors, matcher) = try PlanInputs.read(paths, options: options)
        let plan = Planner(dictionary: matcher.dictionary, policy: policy).plan(forms, report: report)
        let data = PlanData(forms: forms, report: report, plan: plan)
        let folder = URL(fileURLWithPath: out).appendingPathComponent(unit).appendingPathComponent(date)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = 0
        for (i, form) in forms.enumerated() {
            guard let rows = data.rows(ofForm: i, forms: forms, plan: plan, unit: unit, day: day) else { continue }
            let stem = (URL(fileURLWithPath: form.file).deletingPathExtension().lastPathComponent)
                + (form.sheet.map { "_" + Template.safeFileName($0) } ?? "")
            try DepartmentFormWriter(form: form).write(rows: rows, unit: unit, day: day,
                                                        to: folder.appendingPathComponent(stem + ".xlsx").path)
            written += 1
        }
        FileHandle.standardError.write(Data("wrote \(written) department forms under \(folder.path)\n".utf8))
        try ReadErrors.finish(errors)
    }
}
