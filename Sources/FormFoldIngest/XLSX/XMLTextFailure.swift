/// A character reference or entity that cannot be decoded; callers add the part and the cell.
struct XMLTextFailure: Error {
    var message: String
}
