import Foundation

/// Resolves relationship targets to zip part paths, as the Open Packaging Conventions define them.
enum PartPath {
    /// The folder of a part: `xl/workbook.xml` → `xl/`.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationships(of part: String) -> String {
        let folder = folder(of: part)
        return folder + "_rels/" + part.dropFirst(folder.count) + ".rels"
    }

    /// `target` relative to `folder` (`worksheets/sheet1.xml`, `../xl/x.xml`), or absolute (`/xl/x.xml`).
    static func resolve(_ target: String, from folder: String) -> String {
        let raw = target.replacingOccurrences(of: "\\", with: "/")
        let joined = raw.hasPrefix("/") ? String(raw.dropFirst()) : folder + raw
        var parts: [Substring] = []
        for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." { _ = parts.popLast(); continue }
            parts.append(piece)
        }
        let path = parts.joined(separator: "/")
        return path.removingPercentEncoding ?? path
    }
}
