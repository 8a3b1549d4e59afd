/// The command line: `--quick` for a short run; `--case NAME` (with `--rows`, `--runs`,
/// `--scale`, `--samples`, `--dir`, `--port`) runs one case in a child process and is not meant to be typed.
struct BenchOptions {
    /// The short run: smaller sizes, fewer repetitions.
    var quick = false
    /// The case a child process runs, or nil in the parent.
    var caseName: String?
    /// Rows for the case.
    var rows = 1_000_000
    /// Timed runs for the case.
    var runs = 5
    /// Size factor for the other providers' answers.
    var scale = 1.0
    /// Samples wanted per regroup operation.
    var samples = 30
    /// The directory a case writes to (`seed-cache`: the cache directory).
    var directory: String?
    /// The loopback port named in the cached start case's config (part of its cache key).
    var port = 0
    /// Print the usage and exit.
    var help = false

    /// The usage text.
    static let usage = """
        usage: costscope-bench [--quick]

        Generates Cloud.ru, OnApp and Selectel answers deterministically and measures ingest,
        regrouping, frame building, terminal output and start-up. Prints a table and a final
        BENCH line of name=value figures. Exits 1 only when an exactness check fails or a
        case cannot run. Build with -c release for representative figures.
        """

    /// Parses `arguments` (without the program name).
    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchFailure("\(flag) needs a value\n\(Self.usage)") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--case": caseName = try value(argument)
            case "--rows": rows = try number(try value(argument), argument)
            case "--runs": runs = try number(try value(argument), argument)
            case "--samples": samples = try number(try value(argument), argument)
            case "--dir": directory = try value(argument)
            case "--port": port = try number(try value(argument), argument)
            case "--scale":
                guard let parsed = Double(try value(argument)), parsed > 0 else {
                    throw BenchFailure("--scale needs a positive number")
                }
                scale = parsed
            case "--help", "-h": help = true
            default: throw BenchFailure("unknown option '\(argument)'\n\(Self.usage)")
            }
        }
    }

    private func number(_ text: String, _ flag: String) throws -> Int {
        guard let parsed = Int(text), parsed > 0 else { throw BenchFailure("\(flag) needs a positive whole number") }
        return parsed
    }
}
