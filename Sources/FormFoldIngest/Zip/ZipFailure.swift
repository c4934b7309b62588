/// Why a zip container could not be read, before the xlsx layer names the file and the part.
///
/// The message is complete English meant for a person; ``XLSXReader`` puts it into an
/// `IngestError` together with the file name.
struct ZipFailure: Error, Sendable, Hashable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
