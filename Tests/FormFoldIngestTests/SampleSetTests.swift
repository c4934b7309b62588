import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldOpenCC
import Testing

/// Every file of samples/first-set read as tools/samples_expected.json says it was written by tools/make_samples.py:
/// title, meta lines, header rows, header paths as written, data rows, footer and notes, sheet by sheet.
@Suite struct SampleSetTests {
    static let repo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Expected: Decodable {
        struct File: Decodable {
            var file: String
            var sheets: [Sheet]
        }
        struct Sheet: Decodable {
            var sheet: String?
            var hidden: Bool
            var forms: [ExpectedForm]?
        }
        struct ExpectedForm: Decodable {
            var layout: String
            var title: String?
            var meta: [[String]]
            var headerRows: [Int]
            var paths: [[String]]
            var columns: [String]?
            var rowLabels: [String]?
            var dataRows: Int
            var footer: [[String]]
            var notes: [String]
        }
        var files: [File]
    }

    static let expected: Expected = {
        let url = repo.appendingPathComponent("tools/samples_expected.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONDecoder().decode(Expected.self, from: data)) ?? Expected(files: [])
    }()

    static let converter: any ScriptConverter = OpenCCConverter.shared.map { $0 as any ScriptConverter } ?? IdentityScriptConverter()
    static let inspector = Inspector(converter: converter)

    @Test func theExpectationsAreThere() {
        #expect(Self.expected.files.count >= 14)
    }

    @Test(arguments: expected.files.map(\.file))
    func theSampleReadsAsItWasWritten(_ path: String) throws {
        let file = try #require(Self.expected.files.first { $0.file == path })
        let report = Self.inspector.inspect(url: Self.repo.appendingPathComponent(path), displayName: path)
        #expect(report.errors.isEmpty, "\(report.errors)")
        for sheet in file.sheets {
            let found = report.forms.filter { $0.form.sheet == sheet.sheet }
            guard let forms = sheet.forms else { continue }  // a hidden option list: unspecified
            #expect(found.count == forms.count, "\(path) › \(sheet.sheet ?? "-"): \(found.count) forms")
            for (expected, inspected) in zip(forms, found) {
                let form = inspected.form
                let place = "\(path) › \(sheet.sheet ?? "-")"
                #expect(inspected.hidden == sheet.hidden, "\(place)")
                #expect(form.layout.rawValue == expected.layout, "\(place)")
                #expect(form.title == expected.title, "\(place)")
                #expect([form.headerRows.lowerBound, form.headerRows.upperBound] == expected.headerRows, "\(place)")
                #expect(form.fields.map(\.path) == expected.paths, "\(place)")
                if let columns = expected.columns { #expect(form.fields.map(\.column) == columns, "\(place)") }
                if let labels = expected.rowLabels { #expect(form.rowLabels == labels, "\(place)") }
                #expect(form.rowCount == expected.dataRows, "\(place)")
                // Keys are normalised names in simplified script (填報單位（盖章） → 填报单位); values stay as written.
                for pair in expected.meta {
                    let entry = MetaEntry(key: HeaderText(pair[0], converter: Self.converter).name, value: pair[1])
                    #expect(form.meta.contains(entry), "\(place): meta \(pair)")
                }
                for pair in expected.footer {
                    let entry = MetaEntry(key: HeaderText(pair[0], converter: Self.converter).name, value: pair[1])
                    #expect(form.footer.contains(entry), "\(place): footer \(pair)")
                }
                for note in expected.notes { #expect(form.notes.contains(note), "\(place): note \(note)") }
            }
        }
    }
}
