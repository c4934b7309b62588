import CXlsxWriter

/// Paper sizes for printing a sheet (Excel's paper codes).
public enum PaperSize: UInt8, Sendable, Hashable {
    case letter = 1
    case a3 = 8
    case a4 = 9
    case a5 = 11
    case b4 = 12
    case b5 = 13
}

extension XlsxWorksheet {
    /// Prints across the page (landscape) or down it (portrait, the default).
    public func setLandscape(_ landscape: Bool = true) throws {
        _ = try workbook.open("setting the page orientation", sheet: name)
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
    }

    /// Sets the paper the sheet prints on.
    public func setPaper(_ paper: PaperSize) throws {
        _ = try workbook.open("setting the paper size", sheet: name)
        worksheet_set_paper(handle, paper.rawValue)
    }

    /// Scales printing to fit `width` pages across and `height` pages down; 0 leaves that direction free
    /// (`fitToPages(width: 1, height: 0)`: one page wide, as many long as needed).
    public func fitToPages(width: Int, height: Int) throws {
        let action = "fitting the print to pages"
        _ = try workbook.open(action, sheet: name)
        guard (0...Int(UInt16.max)).contains(width), (0...Int(UInt16.max)).contains(height) else {
            throw XlsxError(kind: .argument, message: "page counts must lie in 0…65535", action: action,
                            file: workbook.path, sheet: name)
        }
        worksheet_fit_to_pages(handle, UInt16(width), UInt16(height))
    }

    /// Repeats rows `first…last` (0-based) at the top of every printed page: a form's title and headers.
    public func repeatRows(first: Int, last: Int) throws {
        let action = "repeating rows on printed pages"
        let (r1, _, r2, _) = try range(first, 0, last, 0, action)
        try checkSheet(worksheet_repeat_rows(handle, r1, r2), action)
    }

    /// Prints only this range (and prints it whole, blank bordered cells included: LibreOffice leaves cells without
    /// content out of the printed area otherwise).
    public func setPrintArea(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) throws {
        let action = "setting the print area"
        let (r1, c1, r2, c2) = try range(firstRow, firstCol, lastRow, lastCol, action)
        try checkSheet(worksheet_print_area(handle, r1, c1, r2, c2), action)
    }

    /// Sets the printed page header, in Excel's codes (`&C&"宋体,Bold"返乡人员登记表` centres the text;
    /// `&P` is the page number). Up to 255 characters.
    public func setHeader(_ text: String) throws {
        let action = "setting the page header"
        _ = try workbook.open(action, sheet: name)
        try checkSheet(text.withCString { worksheet_set_header(handle, $0) }, action,
                       hint: "a header holds up to 255 characters")
    }

    /// Sets the printed page footer, in Excel's codes (`&C第 &P 页，共 &N 页`). Up to 255 characters.
    public func setFooter(_ text: String) throws {
        let action = "setting the page footer"
        _ = try workbook.open(action, sheet: name)
        try checkSheet(text.withCString { worksheet_set_footer(handle, $0) }, action,
                       hint: "a footer holds up to 255 characters")
    }
}
