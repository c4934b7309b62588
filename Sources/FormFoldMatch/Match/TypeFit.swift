import FormFoldCore

/// Whether the values a field holds fit the type a concept expects.
enum TypeFit {
    case fits, loose, clashes, unknown

    /// `found`: the type ingest inferred from the values; `expected`: the concept's type.
    static func of(_ found: FieldKind, _ expected: FieldKind) -> TypeFit {
        if found == .empty { return .unknown }
        if found == expected { return .fits }
        switch (found, expected) {
        case (.integer, .decimal), (.decimal, .integer), (.date, .datetime), (.datetime, .date),
             (.yesNo, .enumeration), (.enumeration, .yesNo), (.enumeration, .text), (.text, .enumeration):
            return .loose
        case (.mobile, .text), (.idNumber, .text), (.text, .mobile), (.text, .idNumber),
             (.integer, .enumeration), (.integer, .yesNo), (.date, .text), (.datetime, .text), (.time, .text),
             (.time, .datetime), (.integer, .text), (.decimal, .text), (.yesNo, .text):
            // a phone column with landlines, ID numbers with a few bad ones, 0/1 flags, dates written as text,
            // codes (村编码) that are numbers
            return .loose
        default:
            return .clashes
        }
    }
}
