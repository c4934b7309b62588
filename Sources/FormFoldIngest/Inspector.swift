import Foundation
import FormFoldCore

/// Reads spreadsheet files into forms: every sheet of every file, each failure kept as an ``IngestError``
/// beside the forms that were read, so that one bad file or sheet never hides the others.
///
/// ```swift
/// let inspector = Inspector(converter: OpenCCConverter.shared ?? IdentityScriptConverter())
/// let report = inspector.inspect(paths: ["收表/", "extra.csv"])
/// for inspected in report.forms { print(inspected.form.title ?? "—", inspected.form.fields.count) }
/// ```
public struct Inspector: Sendable {
    /// Folds traditional script to simplified in field names (paths keep the text as written).
    public var converter: any ScriptConverter
    public var limits: ReadLimits
    /// Non-blank rows at the top of a sheet searched for titles, meta lines and headers.
    public var headLimit: Int
    /// Data rows per form kept in ``Form/records`` (0: none; planning asks for them to check derivations).
    public var recordLimit: Int

    public init(converter: any ScriptConverter = IdentityScriptConverter(), limits: ReadLimits = ReadLimits(),
                headLimit: Int = 200, recordLimit: Int = 0) {
        self.converter = converter
        self.limits = limits
        self.headLimit = headLimit
        self.recordLimit = recordLimit
    }

    /// Reads the files named by `paths` (files, or folders searched recursively for spreadsheets).
    /// Files are named in the report by their path relative to the working folder when they lie under it.
    public func inspect(paths: [String]) -> InspectionReport {
        let (files, missing) = WorkbookOpener.spreadsheetFiles(under: paths)
        var report = InspectionReport(errors: missing)
        let cwd = FileManager.default.currentDirectoryPath
        for url in files {
            let part = inspect(url: url, displayName: Self.displayName(of: url, relativeTo: cwd))
            report.forms += part.forms
            report.errors += part.errors
        }
        return report
    }

    /// Reads one file; `displayName` names it in forms and errors.
    public func inspect(url: URL, displayName: String) -> InspectionReport {
        do {
            let reader = try WorkbookOpener.open(url: url, displayName: displayName, limits: limits)
            return inspect(reader: reader)
        } catch let error as IngestError {
            return InspectionReport(errors: [error])
        } catch {
            return InspectionReport(errors: [IngestError(file: displayName, message: "\(error)")])
        }
    }

    /// Reads file bytes already in memory (an upload); `fileName` names them and gives the extension.
    public func inspect(data: Data, fileName: String) -> InspectionReport {
        do {
            return inspect(reader: try WorkbookOpener.open(data: data, fileName: fileName, limits: limits))
        } catch let error as IngestError {
            return InspectionReport(errors: [error])
        } catch {
            return InspectionReport(errors: [IngestError(file: fileName, message: "\(error)")])
        }
    }

    /// Reads every sheet of an open workbook. A sheet that fails gives an error; the other sheets are still read.
    public func inspect(reader: any WorkbookReader) -> InspectionReport {
        var report = InspectionReport()
        for (index, info) in reader.sheets.enumerated() where info.name != TemplateMarker.sheetName {
            var detector = FormDetector(file: reader.file, sheet: info.name, converter: converter, headLimit: headLimit,
                                        recordLimit: recordLimit)
            do {
                let layout = try RowPipeline.read(sheet: index, of: reader) { detector.add($0) }
                let forms = detector.finish(merges: layout.merges, mergesKnown: layout.mergesKnown)
                report.forms += forms.map { InspectedForm(form: $0, hidden: info.visibility != .visible) }
            } catch let error as IngestError {
                report.errors.append(error)
            } catch {
                report.errors.append(IngestError(file: reader.file, sheet: info.name, message: "\(error)"))
            }
        }
        return report
    }

    /// The path of `url` relative to `folder` when it lies under it, else the full path.
    static func displayName(of url: URL, relativeTo folder: String) -> String {
        let path = url.standardizedFileURL.path
        let base = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
