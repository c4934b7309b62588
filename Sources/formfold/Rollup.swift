import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldOutput
import FormFoldPlan

/// `formfold rollup`: village → street → district totals of the forms' figures for a day or a range of days.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Total the village forms' figures by street and district for a day or a range of days.",
        discussion: """
            PATHS are files or folders. Reads the forms whose rows are villages or communities (found by their \
            村（社区） column) and their date column, and counts the rows of the person, household and event rosters \
            per village and day. Each figure is aggregated as the data dictionary says: sum adds up over villages \
            and days, latest takes each village's value of the last day of the range, none is left out. The streets \
            and their villages come from the policy's org_units (--policy, or policy.yaml in the one folder given). \
            Without --date or --from/--to, the latest day found in the data is used. Villages without data are \
            left blank, not 0.
            """
    )

    @Argument(help: "Spreadsheet files or folders.")
    var paths: [String]

    @Option(help: "The office's policy (YAML) with org_units. Default: policy.yaml in the folder given.")
    var policy: String?

    @Option(help: "One day, such as 2020-02-20.")
    var date: String?

    @Option(help: "The first day of a range (with --to).")
    var from: String?

    @Option(help: "The last day of a range (with --from).")
    var to: String?

    @Option(help: "The workbook (xlsx) to write.")
    var out: String

    @OptionGroup var options: MatchOptions

    func validate() throws {
        _ = try period()
        try OutputPath.check(out)
    }

    func run() throws {
        let policy = try PlanInputs.policy(self.policy, paths: paths)
        let (forms, report, errors, matcher) = try PlanInputs.read(paths, options: options)
        if policy.orgUnits == nil {
            FileHandle.standardError.write(Data("warning: the policy lists no org_units (streets and their villages): every village is put under one group\n".utf8))
        }
        let rollup = Rollup(forms: forms, report: report, dictionary: matcher.dictionary, policy: policy, period: try period(),
                            converter: ScriptConversion.converter)
        do {
            try RollupWorkbook().write(rollup, to: out)
            FileHandle.standardError.write(Data("wrote \(out) (\(rollup.period); \(rollup.measures.count) figures, \(rollup.rows.count) rows)\n".utf8))
        } catch {
            OutputPath.report(error, path: out)
            throw ExitCode(1)
        }
        try ReadErrors.finish(errors)
    }

    /// The period asked for; nil for the latest day in the data.
    func period() throws -> RollupPeriod? {
        func day(_ text: String, _ option: String) throws -> CalendarDay {
            guard let day = CalendarDay(text) else { throw ValidationError("\(option) \(text): write a day as 2020-02-20") }
            return day
        }
        switch (date, from, to) {
        case (nil, nil, nil): return nil
        case (let d?, nil, nil): return RollupPeriod(try day(d, "--date"))
        case (nil, let f?, let t?):
            let first = try day(f, "--from"), last = try day(t, "--to")
            guard first <= last else { throw ValidationError("--from \(f) comes after --to \(t)") }
            return RollupPeriod(first: first, last: last)
        case (nil, _, _): throw ValidationError("give both --from and --to, or --date")
        default: throw ValidationError("give either --date or --from and --to, not both")
        }
    }
}

/// Checks and errors for a workbook the command writes.
enum OutputPath {
    /// Refuses, before any work, an output whose folder does not exist or that is not an xlsx file.
    static func check(_ path: String) throws {
        guard path.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError("\(path): the workbook is written as xlsx: give a path ending in .xlsx")
        }
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(path): the folder \(folder) does not exist; create it first")
        }
    }

    /// Prints a failure to write `path`, naming it.
    static func report(_ error: any Error, path: String) {
        let text = error is XlsxError ? "\(error)" : "\(path): could not be written: \(error)"
        FileHandle.standardError.write(Data("error: \(text)\n".utf8))
    }
}
