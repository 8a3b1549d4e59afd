import CostCore
import Explorer
import Foundation
import Reports

/// Writes an explorer view (``Effect/export(_:)``) to a new file such as
/// `costscope-project-20261120-150405.csv` in a folder, never over an existing file.
enum ViewExportFile {
    /// Writes `request` into `directory`, named after its grouping and `date` (in the view's zone).
    /// Returns the absolute path written. Errors are human messages naming the path.
    static func write(_ request: ViewExportRequest, in directory: URL, at date: Date) throws -> String {
        let text = try ViewExportWriter.write(document(request), as: format(request.format))
        let path = freePath(in: directory, stem: fileStem(request, at: date), extension: request.format.fileExtension)
        try ExportFile.write(text, to: path)
        return path
    }

    /// `costscope-<grouping>-<YYYYMMDD-HHMMSS>`.
    static func fileStem(_ request: ViewExportRequest, at date: Date) -> String {
        let civil = CivilDateTime(date, utcOffsetSeconds: request.zone.secondsFromGMT(for: date))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let stamp =
            "\(civil.year)\(two(civil.month))\(two(civil.day))-\(two(civil.hour))\(two(civil.minute))\(two(civil.second))"
        return "costscope-\(request.grouping.rawValue)-\(stamp)"
    }

    /// The request as a ``ViewExport`` document.
    static func document(_ request: ViewExportRequest) -> ViewExport {
        ViewExport(
            grouping: request.grouping, drillPath: request.drillPath, filter: request.filter, range: request.range,
            zone: request.zone, accounts: request.accounts,
            rows: request.rows.map { ViewExport.Row(key: $0.key, label: $0.label, kind: $0.kind, money: $0.money) },
            totals: request.totals)
    }

    private static func format(_ format: ViewExportFormat) -> ExportFormat {
        switch format {
        case .csv: .csv
        case .json: .json
        case .markdown: .markdown
        }
    }

    /// `stem.ext` in `directory`, or `stem-2.ext`, `stem-3.ext`… when taken.
    private static func freePath(in directory: URL, stem: String, extension fileExtension: String) -> String {
        var candidate = directory.appendingPathComponent("\(stem).\(fileExtension)").path
        var number = 2
        // Anything at the name counts as taken, a dangling link included (it is not followed).
        while (try? FileManager.default.attributesOfItem(atPath: candidate)) != nil {
            candidate = directory.appendingPathComponent("\(stem)-\(number).\(fileExtension)").path
            number += 1
        }
        return candidate
    }
}
