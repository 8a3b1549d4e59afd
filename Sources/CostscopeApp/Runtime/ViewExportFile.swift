import CostCore
import Foundation
import Reports

/// Writes an explorer view (``Effect/export(_:as:)``) to a new file such as
/// `costscope-project-20261120-150405.csv` in a folder, never over an existing file.
enum ViewExportFile {
    /// Writes `view` as `format` into `directory`, named after its grouping and `date` (in the
    /// view's zone). Returns the absolute path written. Errors are human messages naming the path.
    package static func write(_ view: ViewExport, as format: ExportFormat, in directory: URL, at date: Date) throws
        -> String
    {
        let text = try ViewExportWriter.write(view, as: format)
        let path = freePath(in: directory, stem: fileStem(view, at: date), extension: format.fileExtension)
        try ExportFile.write(text, to: path)
        return path
    }

    /// `costscope-<grouping>-<YYYYMMDD-HHMMSS>`.
    static func fileStem(_ view: ViewExport, at date: Date) -> String {
        let civil = CivilDateTime(date, utcOffsetSeconds: view.zone.secondsFromGMT(for: date))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let stamp =
            "\(civil.year)\(two(civil.month))\(two(civil.day))-\(two(civil.hour))\(two(civil.minute))\(two(civil.second))"
        return "costscope-\(view.grouping.rawValue)-\(stamp)"
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
