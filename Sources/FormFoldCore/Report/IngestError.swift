/// A problem with one input file, named as precisely as the reader could: file, sheet and cell.
///
/// Readers throw it; ``InspectionReport`` collects it so that the other files of a run are still read.
public struct IngestError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The sheet, when the problem is inside one (nil for csv and for whole-file problems).
    public var sheet: String?
    /// The cell reference such as `C7`, when known.
    public var cell: String?
    /// What is wrong and, where it helps, what to do.
    public var message: String

    public init(file: String, sheet: String? = nil, cell: String? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    /// `a.xlsx, sheet "Sheet1", cell C7: message`.
    public var description: String {
        var place = file
        if let sheet { place += ", sheet \"\(sheet)\"" }
        if let cell { place += ", cell \(cell)" }
        return place + ": " + message
    }

    enum CodingKeys: String, CodingKey { case file, sheet, cell, message }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)  // explicit null, as the published shape has it
        try c.encode(cell, forKey: .cell)
        try c.encode(message, forKey: .message)
    }
}
