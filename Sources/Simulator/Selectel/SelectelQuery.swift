/// Reads and validates the Selectel query parameters shared by several endpoints.
struct SelectelQuery: Sendable {
    /// The decoded `name=value` pairs, in request order.
    private let pairs: [(name: String, value: String)]

    /// Wraps query pairs as Hummingbird decodes them (`request.uri.queryParameters`).
    init(_ parameters: some Sequence<(key: Substring, value: Substring)>) {
        self.pairs = parameters.map { (String($0.key), String($0.value)) }
    }

    /// Every value of a (possibly repeated) parameter.
    private func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The first value of a parameter.
    private func value(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// The repeated `provider_keys` parameter (`provider_keys=vpc&provider_keys=mks`); nil
    /// (every service) when absent and not `required`. Unknown keys are accepted: they simply
    /// match nothing.
    func providerKeys(required: Bool) throws(SelectelBadRequest) -> Set<String>? {
        let keys = values("provider_keys").filter { !$0.isEmpty }
        guard !keys.isEmpty else {
            guard required else { return nil }
            throw SelectelBadRequest(
                message: "Parameter 'provider_keys' is required; repeat it for several services, "
                    + "e.g. provider_keys=vpc&provider_keys=mks"
            )
        }
        return Set(keys)
    }

    /// A naive date-time parameter (`YYYY-MM-DDTHH:MM:SS`, Moscow time).
    func dateTime(_ name: String) throws(SelectelBadRequest) -> WallClockTime {
        guard let text = value(name) else {
            throw SelectelBadRequest(message: "Parameter '\(name)' is required (YYYY-MM-DDTHH:MM:SS, Moscow time)")
        }
        guard let time = WallClockTime(parsing: text) else {
            throw SelectelBadRequest(
                message: "Parameter '\(name)' must be a date-time like 2024-01-31T00:00:00 (Moscow time)"
            )
        }
        return time
    }

    /// The `locale` parameter; `nil` when absent and optional.
    func locale(required: Bool) throws(SelectelBadRequest) -> SelectelLanguage {
        guard let text = value("locale") else {
            if required {
                throw SelectelBadRequest(message: "Parameter 'locale' is required (ru or en)")
            }
            return .ru
        }
        guard let locale = SelectelLanguage(rawValue: text) else {
            throw SelectelBadRequest(message: "Parameter 'locale' must be ru or en")
        }
        return locale
    }

    /// A required enumerated parameter such as `group_type`.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ name: String,
        as type: Choice.Type
    ) throws(SelectelBadRequest) -> Choice where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        guard let text = value(name) else {
            throw SelectelBadRequest(message: "Parameter '\(name)' is required (one of: \(allowed))")
        }
        guard let value = Choice(rawValue: text) else {
            throw SelectelBadRequest(message: "Parameter '\(name)' must be one of: \(allowed)")
        }
        return value
    }
}
