/// The `locale` parameter: the language of the names Selectel localises.
public enum SelectelLocale: String, Sendable, CaseIterable {
    case en, ru
}
