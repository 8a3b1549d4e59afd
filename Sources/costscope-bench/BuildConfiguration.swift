/// How this binary was compiled.
enum BuildConfiguration {
    /// A warning for builds without optimisation, nil for release builds.
    static let unoptimisedNote: String? = {
        #if DEBUG
            return "costscope-bench was built without optimisation (debug): the figures show that every case "
                + "runs and is exact, not how fast costscope is; use swift run -c release costscope-bench"
        #else
            return nil
        #endif
    }()
}
