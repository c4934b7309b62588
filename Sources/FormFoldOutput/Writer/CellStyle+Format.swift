import CXlsxWriter

extension CellStyle {
    /// Why libxlsxwriter 1.1.4 would damage this style, or nil: it keeps font names and number formats in
    /// 128-byte fields and cuts longer ones mid-character, which makes a file Excel cannot open.
    var libraryProblem: String? {
        let limit = Int(LXW_FORMAT_FIELD_LEN) - 1
        if let fontName {
            if fontName.count > 31 { return "the font name 「\(fontName)」 is longer than Excel's 31 characters" }
            if fontName.utf8.count > limit { return "the font name 「\(fontName)」 is longer than \(limit) bytes" }
        }
        if let numberFormat, numberFormat.utf8.count > limit {
            return "the number format 「\(numberFormat)」 is longer than the \(limit) bytes of UTF-8 libxlsxwriter keeps"
        }
        return nil
    }

    /// Sets this style's properties on a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontName { fontName.withCString { format_set_font_name(format, $0) } }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, Self.libraryColor(fontColor)) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, Self.libraryColor(fillColor))
        }
        if let horizontalAlignment { format_set_align(format, horizontalAlignment.libraryValue) }
        if let verticalAlignment { format_set_align(format, verticalAlignment.libraryValue) }
        if wrapsText { format_set_text_wrap(format) }
        if let border { format_set_border(format, border.libraryValue) }
        if let numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        if !isLocked { format_set_unlocked(format) }
        if hidesFormula { format_set_hidden(format) }
    }

    /// libxlsxwriter reads colour 0 as "unset", so black has its own constant.
    static func libraryColor(_ rgb: UInt32) -> lxw_color_t {
        let masked = rgb & 0xFF_FFFF
        return masked == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(masked)
    }
}

extension CellStyle.HorizontalAlignment {
    var libraryValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcrossSelection: value = LXW_ALIGN_CENTER_ACROSS
        case .distributed: value = LXW_ALIGN_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}

extension CellStyle.VerticalAlignment {
    var libraryValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}

extension CellStyle.Border {
    var libraryValue: UInt8 {
        switch self {
        case .thin: return UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: return UInt8(LXW_BORDER_MEDIUM.rawValue)
        }
    }
}
