import ArgumentParser

@main
struct FormFold: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formfold",
        abstract: "Consolidate the overlapping report forms (报表/台账) that village cadres file.",
        discussion: """
            Reads forms as they really come (xlsx, legacy xls, csv in UTF-8, GB18030 or UTF-16), with title rows, \
            填报单位/日期 lines, multi-row merged headers, notes and footers; maps their fields to the data dictionary; \
            plans which forms to keep, merge, share or remove; and writes the merged sheets, the departments' forms, \
            rollups and the auditors' workbook.
            """,
        subcommands: [Inspect.self, Match.self, Review.self, Plan.self, Admit.self, Template.self, Forms.self, RollupCommand.self]
    )
}
