import FormFoldOutput
import Testing

/// The XlsxError `body` throws; records an issue, and throws, when it throws none.
func xlsxFailure(_ body: () throws -> Void) throws -> XlsxError {
    do {
        try body()
    } catch let error as XlsxError {
        return error
    }
    Issue.record("no error was thrown")
    throw CancellationError()
}
