import CXlsxWriter

extension XlsxWorksheet {
    /// Protects the sheet: locked cells (the default; see ``CellStyle/isLocked``) cannot be changed, and only
    /// what `allowing` lists may be done. The password is optional and weak (Excel only hashes it); it keeps
    /// honest people from changing a form's headers, nothing more.
    public func protect(password: String? = nil, allowing: SheetProtection = .excelDefault) throws {
        _ = try workbook.open("protecting the sheet", sheet: name)
        var options = lxw_protection()
        func flag(_ option: SheetProtection) -> UInt8 { allowing.contains(option) ? 1 : 0 }
        options.no_select_locked_cells = 1 - flag(.selectLockedCells)
        options.no_select_unlocked_cells = 1 - flag(.selectUnlockedCells)
        options.format_cells = flag(.formatCells)
        options.format_columns = flag(.formatColumns)
        options.format_rows = flag(.formatRows)
        options.insert_columns = flag(.insertColumns)
        options.insert_rows = flag(.insertRows)
        options.insert_hyperlinks = flag(.insertHyperlinks)
        options.delete_columns = flag(.deleteColumns)
        options.delete_rows = flag(.deleteRows)
        options.sort = flag(.sort)
        options.autofilter = flag(.autofilter)
        options.pivot_tables = flag(.pivotTables)
        options.objects = flag(.editObjects)
        options.scenarios = flag(.editScenarios)
        if let password, !password.isEmpty {
            password.withCString { worksheet_protect(handle, $0, &options) }
        } else {
            worksheet_protect(handle, nil, &options)
        }
    }
}
