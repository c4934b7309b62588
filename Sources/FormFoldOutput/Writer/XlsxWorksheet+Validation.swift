import CXlsxWriter
import FormFoldCore

extension XlsxWorksheet {
    /// Restricts what the cells of a range accept, with the prompt and alert of `messages`.
    public func validate(_ rule: DataValidation, messages: ValidationMessages = ValidationMessages(),
                         firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) throws {
        let place = SheetLimits.rangeName(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
        let action = "adding data validation to \(place)"
        let (r1, c1, r2, c2) = try range(firstRow, firstCol, lastRow, lastCol, action)
        let bag = CStringBag()
        var validation = lxw_data_validation()
        try describe(rule, into: &validation, bag: bag, action: action, place: place)
        validation.input_title = bag.copy(messages.inputTitle)
        validation.input_message = bag.copy(messages.inputMessage)
        validation.error_title = bag.copy(messages.errorTitle)
        validation.error_message = bag.copy(messages.errorMessage)
        if messages.inputTitle != nil || messages.inputMessage != nil {
            validation.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        }
        validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.ignore_blank = UInt8((messages.ignoresBlank ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
        switch messages.errorStyle {
        case .stop: validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        case .warning: validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        case .information: validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
        }
        let code = withExtendedLifetime(bag) {
            worksheet_data_validation_range(handle, r1, c1, r2, c2, &validation)
        }
        var hint: String?
        if !code.isSuccess {
            if case .list = rule {
                hint = "a list may hold 255 characters in all; put longer lists on a sheet and use .listRange; titles hold 32 characters and messages 255"
            } else {
                hint = "titles hold 32 characters and messages 255; formulas start with ="
            }
        }
        try check(code, action, row: firstRow, col: firstCol, cell: place, hint: hint)
    }

    private func describe(_ rule: DataValidation, into v: inout lxw_data_validation, bag: CStringBag,
                          action: String, place: String) throws {
        func refuse(_ message: String) -> XlsxError {
            XlsxError(kind: .argument, message: message, action: action, file: workbook.path, sheet: name, cell: place)
        }
        func numeric(_ min: Double?, _ max: Double?) throws {
            switch (min, max) {
            case let (lo?, hi?):
                guard lo <= hi else { throw refuse("the lower bound \(lo) is above the upper bound \(hi)") }
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                v.minimum_number = lo
                v.maximum_number = hi
            case let (lo?, nil):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                v.value_number = lo
            case let (nil, hi?):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
                v.value_number = hi
            case (nil, nil):
                throw refuse("a range check needs at least one bound")
            }
        }
        switch rule {
        case .integer(let min, let max):
            v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            try numeric(min.map(Double.init), max.map(Double.init))
        case .decimal(let min, let max):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            try numeric(min, max)
        case .textLength(let min, let max):
            if let min, min < 0 { throw refuse("a text length cannot be negative") }
            v.validate = UInt8(LXW_VALIDATION_TYPE_LENGTH.rawValue)
            try numeric(min.map(Double.init), max.map(Double.init))
        case .date(let from, let to):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            switch (from, to) {
            case let (lo?, hi?):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                v.minimum_datetime = Self.libraryDate(lo)
                v.maximum_datetime = Self.libraryDate(hi)
            case let (lo?, nil):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                v.value_datetime = Self.libraryDate(lo)
            case let (nil, hi?):
                v.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
                v.value_datetime = Self.libraryDate(hi)
            case (nil, nil):
                throw refuse("a date check needs at least one bound")
            }
        case .list(let choices):
            guard !choices.isEmpty else { throw refuse("a list of choices cannot be empty") }
            if let bad = choices.first(where: { $0.contains(",") }) {
                throw refuse("the choice 「\(bad)」 holds a comma, which Excel reads as a separator")
            }
            // libxlsxwriter 1.1.4 counts the list in characters but copies it into a 258-byte buffer: a list of
            // Chinese choices under 255 characters but over 255 bytes overflows it and aborts the process.
            let bytes = choices.reduce(choices.count - 1) { $0 + $1.utf8.count }
            guard bytes <= Self.listBytes else {
                throw XlsxError(kind: .argument,
                                message: "the choices take \(bytes) bytes of UTF-8; libxlsxwriter holds \(Self.listBytes) (about 85 Chinese characters with the commas)",
                                action: action, file: workbook.path, sheet: name, cell: place,
                                hint: "write the choices on a (hidden) sheet and use .listRange(\"=选项!$A$1:$A$40\")")
            }
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            v.value_list = bag.list(choices)
        case .listRange(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            v.value_formula = bag.copy(formula)
        case .custom(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            v.value_formula = bag.copy(formula)
        }
    }

    /// Bytes of a validation list (choices and commas) libxlsxwriter can hold.
    static let listBytes = 255

    static func libraryDate(_ date: SpreadsheetDate) -> lxw_datetime {
        var value = lxw_datetime()
        value.year = Int32(date.year)
        value.month = Int32(date.month)
        value.day = Int32(date.day)
        value.hour = Int32(date.hour)
        value.min = Int32(date.minute)
        value.sec = Double(date.second)
        return value
    }
}
