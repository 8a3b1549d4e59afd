import Foundation

/// The process's resident memory, from `/proc/self/status` (Linux).
enum ProcessMemory {
    /// The peak resident set size (`VmHWM`) in MiB, or nil where `/proc` is unavailable.
    static func peakResidentMiB() -> Double? {
        field("VmHWM")
    }

    /// The current resident set size (`VmRSS`) in MiB, or nil where `/proc` is unavailable.
    static func residentMiB() -> Double? {
        field("VmRSS")
    }

    private static func field(_ name: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Double(String(digits)).map { $0 / 1024 }
        }
        return nil
    }
}
