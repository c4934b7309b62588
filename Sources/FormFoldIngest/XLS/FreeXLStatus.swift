import CFreeXL

/// A FreeXL return code other than `FREEXL_OK`, with what it means to the person whose file it is.
struct FreeXLStatus: Error, Equatable {
    var code: Int32

    /// Readable, for an ``IngestError`` message.
    var message: String {
        switch code {
        case FREEXL_BIFF_OBFUSCATED:
            return "is password-protected: open it in Excel or WPS, remove the password (or save an unprotected copy) and try again"
        case FREEXL_FILE_NOT_FOUND:
            return "cannot be opened: the file does not exist or is not readable"
        case FREEXL_INSUFFICIENT_MEMORY:
            return "is too large to read into memory"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE:
            return "is not an Excel 97–2003 (.xls) workbook"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR, FREEXL_CFBF_INVALID_SECTOR_SIZE,
             FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY, FREEXL_INVALID_MINI_STREAM,
             FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "is damaged or truncated (its .xls container cannot be read): open it in Excel or WPS and save it again"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
            return "holds no Excel workbook (it may be a Word or other Office 97–2003 document)"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX,
             FREEXL_ILLEGAL_RK_VALUE, FREEXL_CRAFTED_FILE:
            return "is a damaged .xls workbook: open it in Excel or WPS and save it again (as .xlsx if you can)"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET:
            return "uses a text encoding (code page) that cannot be converted: save it again as .xlsx"
        default:
            return "cannot be read as an .xls workbook (FreeXL error \(code))"
        }
    }
}
