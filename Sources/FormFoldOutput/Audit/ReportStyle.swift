import Foundation

/// The look of FormFold's report workbooks: one place for fonts, fills and number formats.
enum ReportStyle {
    static let titleColor: UInt32 = 0x1F3864
    static let headerFill: UInt32 = 0xD9E2F3
    static let groupFill: UInt32 = 0xEDF2F9
    static let totalFill: UInt32 = 0xF2F2F2

    static let title = CellStyle(bold: true, fontSize: 18, fontColor: titleColor, horizontalAlignment: .center,
                                 verticalAlignment: .center)
    static let meta = CellStyle(italic: true, fontSize: 10, fontColor: 0x595959, horizontalAlignment: .left,
                                verticalAlignment: .center)
    static let section = CellStyle(bold: true, fontSize: 12, fontColor: titleColor, verticalAlignment: .center)
    static let header = CellStyle(bold: true, fillColor: headerFill, horizontalAlignment: .center,
                                  verticalAlignment: .center, wrapsText: true, border: .thin)
    static let note = CellStyle(fontSize: 10, fontColor: 0x404040, verticalAlignment: .center, wrapsText: true,
                                border: .thin)

    /// Fills that mark a form's action in the forms sheet.
    static let actionFill: [String: UInt32] = ["keep": 0xE2EFDA, "merge": 0xDDEBF7, "share": 0xFFF2CC, "remove": 0xFCE4D6]

    static let integerFormat = "#,##0"
    static let decimalFormat = "#,##0.0"
    static let percentFormat = "0.0%"

    /// The style of a table cell.
    static func body(_ cell: ReportCell, emphasis: RowEmphasis, wraps: Bool) -> CellStyle {
        var style = CellStyle(verticalAlignment: .center, border: .thin)
        switch cell {
        case .text: style.wrapsText = wraps
        case .integer: style.numberFormat = integerFormat
        case .decimal: style.numberFormat = decimalFormat
        case .percent: style.numberFormat = percentFormat
        case .blank: break
        }
        switch emphasis {
        case .none: break
        case .group: style.bold = true; style.fillColor = groupFill
        case .total: style.bold = true; style.fillColor = totalFill
        }
        return style
    }

    /// The text a number cell shows, to measure its width.
    static func shown(_ cell: ReportCell) -> String {
        switch cell {
        case .integer(let n): return String(Int(n.rounded())) + String(repeating: ",", count: Int(n).description.count / 3)
        case .decimal(let n): return String(format: "%.1f", n) + String(repeating: ",", count: Int(n).description.count / 3)
        case .percent(let n): return String(format: "%.1f%%", n * 100)
        case .text(let t): return t
        case .blank: return ""
        }
    }
}
