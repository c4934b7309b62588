import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldOutput
import FormFoldPlan

/// `formfold template`: the merged sheets cadres fill, one per consolidated form and org unit.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the merged sheet of every consolidated form for every village (or one unit).",
        discussion: """
            Plans PATHS as `formfold plan` does, then writes OUT/<unit>/<id>_<title>.xlsx for each consolidated form \
            and each village or community of the policy's org_units (or only --unit). Each workbook has the form \
            sheet (title, 填报单位 filled, header, validation, protection), 填表说明, and a hidden sheet that \
            identifies the template when a filled copy comes back.
            """
    )

    @Argument(help: "Spreadsheet files or folders.")
    var paths: [String]

    @Option(help: "The office's policy (YAML). Default: policy.yaml in the folder given.")
    var policy: String?

    @Option(help: "The folder to write into.")
    var out: String = "out/templates"

    @Option(help: "Only this org unit (a village or community name).")
    var unit: String?

    @OptionGroup var options: MatchOptions

    func run() throws {
        let policy = try PlanInputs.policy(self.policy, paths: paths)
        let (forms, report, errors, matcher) = try PlanInputs.read(paths, options: options)
        let plan = Planner(dictionary: matcher.dictionary, policy: policy).plan(forms, report: report)
        let units: [String?] = unit.map { [$0] }
            ?? (policy.orgUnits?.streets.flatMap(\.villages).map { Optional($0) } ?? [nil])
        var written = 0
        for orgUnit in units {
            let folder = URL(fileURLWithPath: out).appendingPathComponent(orgUnit ?? "通用")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for form in plan.consolidated {
                let name = "\(form.id)_\(Self.safeFileName(form.title)).xlsx"
                try MergedSheetTemplate(form: form, dictionary: matcher.dictionary)
                    .write(to: folder.appendingPathComponent(name).path, orgUnit: orgUnit)
                written += 1
            }
        }
        FileHandle.standardError.write(Data("wrote \(written) merged sheets under \(out)\n".utf8))
        try ReadErrors.finish(errors)
    }

    static func safeFileName(_ s: String) -> String {
        String(s.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 }.prefix(60))
    }
}
