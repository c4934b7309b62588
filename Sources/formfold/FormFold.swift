import ArgumentParser

@main
struct FormFold: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formfold",
        abstract: "Consolidate overlapping grassroots report forms.",
        subcommands: []
    )
}
