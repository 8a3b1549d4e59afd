/// A text the API answers in Russian or English depending on `locale`.
public struct SelectelLocalizedText: Sendable, Hashable {
    /// The Russian text.
    public let ru: String
    /// The English text.
    public let en: String

    /// Creates a text with both translations.
    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    /// The text in `locale`.
    public func text(_ locale: SelectelLanguage) -> String {
        switch locale {
        case .ru: return ru
        case .en: return en
        }
    }
}
