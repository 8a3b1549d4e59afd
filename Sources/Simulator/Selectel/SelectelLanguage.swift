/// The languages the Selectel API localises names into (`locale=ru|en`).
public enum SelectelLanguage: String, Sendable, CaseIterable {
    /// Russian (the default where `locale` is optional).
    case ru
    /// English.
    case en
}
