import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest

/// `formfold inspect`: the forms found in spreadsheet files, with their titles, meta lines, headers and fields.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the forms found in spreadsheet files: title, meta lines, header paths, field types.",
        discussion: """
            PATHS are files (xlsx, xls, csv/tsv) or folders, searched recursively. Every sheet is read; a file \
            that cannot be read is reported with its sheet and cell where known, and the others are still read. \
            The exit status is 1 when any file or sheet failed.
            """
    )

    @Argument(help: "Spreadsheet files or folders.")
    var paths: [String]

    @Flag(help: "Print the report as JSON ({\"forms\":[…],\"errors\":[…]}).")
    var json = false

    func run() throws {
        let report = Inspector(converter: ScriptConversion.converter).inspect(paths: paths)
        if json {
            print(try ReportJSON.encode(report))
        } else {
            print(InspectionText(report: report).render(), terminator: "")
            ReadErrors.print(report.errors)
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
