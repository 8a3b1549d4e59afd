/// One line of `costscope doctor`'s verdict on an account.
package struct DoctorCheck: Equatable, Sendable {
    /// How the check came out.
    package enum Outcome: String, Sendable {
        /// All is well.
        case ok
        /// Works now, but worth fixing.
        case warn
        /// Spend cannot be read until this is fixed.
        case fail
    }

    /// What was checked: `config`, `credentials`, `endpoint`, `billing` or `clock`.
    package var name: String
    /// How it came out.
    package var outcome: Outcome
    /// What was found.
    package var detail: String
    /// What to do about it, for warnings and failures.
    package var fix: String?
}
