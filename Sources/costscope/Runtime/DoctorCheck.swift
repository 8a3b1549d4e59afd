/// One line of `costscope doctor`'s verdict on an account.
struct DoctorCheck: Equatable, Sendable {
    /// How the check came out.
    enum Outcome: String, Sendable {
        /// All is well.
        case ok
        /// Works now, but worth fixing.
        case warn
        /// Spend cannot be read until this is fixed.
        case fail
    }

    /// What was checked: `config`, `credentials`, `endpoint`, `billing` or `clock`.
    var name: String
    /// How it came out.
    var outcome: Outcome
    /// What was found.
    var detail: String
    /// What to do about it, for warnings and failures.
    var fix: String?
}
