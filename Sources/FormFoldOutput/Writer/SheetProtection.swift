/// What people may still do on a protected sheet (Excel's Review → Protect Sheet check boxes).
///
/// ```swift
/// try sheet.protect(password: "qinglan", allowing: [.selectUnlockedCells, .formatColumns])
/// ```
public struct SheetProtection: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let selectLockedCells = SheetProtection(rawValue: 1 << 0)
    public static let selectUnlockedCells = SheetProtection(rawValue: 1 << 1)
    public static let formatCells = SheetProtection(rawValue: 1 << 2)
    public static let formatColumns = SheetProtection(rawValue: 1 << 3)
    public static let formatRows = SheetProtection(rawValue: 1 << 4)
    public static let insertColumns = SheetProtection(rawValue: 1 << 5)
    public static let insertRows = SheetProtection(rawValue: 1 << 6)
    public static let insertHyperlinks = SheetProtection(rawValue: 1 << 7)
    public static let deleteColumns = SheetProtection(rawValue: 1 << 8)
    public static let deleteRows = SheetProtection(rawValue: 1 << 9)
    public static let sort = SheetProtection(rawValue: 1 << 10)
    public static let autofilter = SheetProtection(rawValue: 1 << 11)
    public static let pivotTables = SheetProtection(rawValue: 1 << 12)
    public static let editObjects = SheetProtection(rawValue: 1 << 13)
    public static let editScenarios = SheetProtection(rawValue: 1 << 14)

    /// Excel's default: any cell may be selected, nothing changed except unlocked cells.
    public static let excelDefault: SheetProtection = [.selectLockedCells, .selectUnlockedCells]
}
