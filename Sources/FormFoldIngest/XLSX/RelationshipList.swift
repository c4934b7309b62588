/// The relationships of one part (`_rels/….rels`): id → target type and resolved path.
struct RelationshipList: XMLTokenSink {
    /// One `<Relationship>`.
    struct Relationship: Sendable, Hashable {
        var id: String
        /// The type URI, such as `…/relationships/worksheet`.
        var type: String
        /// The part path inside the zip, already resolved.
        var path: String
        var isExternal: Bool

        /// The last path segment of the type: `worksheet`, `chartsheet`, `officeDocument`, ….
        var kind: Substring { type.split(separator: "/").last ?? "" }
    }

    private(set) var relationships: [Relationship] = []
    private let folder: String
    private let part: XLSXPart

    /// `folder` is the folder of the source part (`xl/` for the workbook, `` for the package).
    init(part: XLSXPart, folder: String) {
        self.part = part
        self.folder = folder
    }

    /// The relationship with `id`.
    func relationship(id: String) -> Relationship? {
        relationships.first { $0.id == id }
    }

    mutating func take(_ token: XMLToken, in b: UnsafePointer<UInt8>) throws {
        guard token.kind == .start || token.kind == .empty, token.named("Relationship", in: b) else { return }
        var id = "", type = "", target = "", external = false
        var cursor = XMLAttributeCursor(token, in: b)
        do {
            while let a = cursor.next() {
                if a.named("Id", in: b) { id = try a.string(in: b) }
                else if a.named("Type", in: b) { type = try a.string(in: b) }
                else if a.named("Target", in: b) { target = try a.string(in: b) }
                else if a.named("TargetMode", in: b) { external = try a.string(in: b) == "External" }
            }
        } catch {
            throw part.malformed("a relationship holds \(error.message)")
        }
        let path = external ? target : PartPath.resolve(target, from: folder)
        relationships.append(Relationship(id: id, type: type, path: path, isExternal: external))
    }
}
