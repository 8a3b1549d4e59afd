extension Amount {
    /// Parses decimal text exactly: an optional sign, digits with an optional
    /// fraction, and an optional exponent (`1.5`, `-0.000001`, `2E+3`, `.5`).
    ///
    /// Returns nil for malformed text, for more than ``maxIntegerDigits``
    /// integer digits, and for any non-zero digit beyond ``scale`` fractional
    /// places: a value that cannot be held exactly is rejected, never rounded.
    public init?(_ text: some StringProtocol) {
        var utf8 = Array(text.utf8)[...]
        guard let parsed = Amount.parse(&utf8, allowRounding: false) else { return nil }
        self = parsed
    }

    /// Parses decimal text like ``init(_:)``, but rounds digits beyond
    /// ``scale`` places half away from zero instead of rejecting them.
    /// For quantities, and for money from APIs that print binary floats (OnApp's
    /// `0.30000000000000004`, Cloud.ru's JSON numbers): the rounding happens at 10⁻¹²,
    /// nine places below the smallest coin, so no kopeck or cent ever changes.
    public init?(roundingExcessDigits text: some StringProtocol) {
        var utf8 = Array(text.utf8)[...]
        guard let parsed = Amount.parse(&utf8, allowRounding: true) else { return nil }
        self = parsed
    }

    /// Parses decimal text like ``init(_:)`` and rounds it to `places` fractional digits
    /// (0…``scale``) half away from zero, in one step from the digits of the text (so
    /// `0.0049999999999999` is 0.00, never 0.005 rounded again to 0.01). For money that an API
    /// prints as binary floats (`2.6399999999999997`) but bills in whole cents.
    public init?(_ text: some StringProtocol, roundedToPlaces places: Int) {
        var utf8 = Array(text.utf8)[...]
        let places = min(max(places, 0), Amount.scale)
        guard let parsed = Amount.parse(&utf8, allowRounding: true, places: places) else { return nil }
        self = parsed
    }

    /// Parses ASCII bytes of a decimal number (the body of a JSON number or string).
    public init?(asciiBytes bytes: some Collection<UInt8>) {
        var slice = Array(bytes)[...]
        guard let parsed = Amount.parse(&slice, allowRounding: false) else { return nil }
        self = parsed
    }

    /// Parses `bytes` to `places` fractional digits (rounding beyond them only when
    /// `allowRounding`), in units of 10⁻``scale``.
    private static func parse(_ bytes: inout ArraySlice<UInt8>, allowRounding: Bool, places: Int = scale) -> Amount? {
        // Trim ASCII spaces around the number.
        while bytes.first == 0x20 { bytes.removeFirst() }
        while bytes.last == 0x20 { bytes.removeLast() }
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            negative = bytes.first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        // Collect significant digits and the position of the decimal point.
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var exponent = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                seenDigit = true
                if !(digits.isEmpty && byte == 0x30) { digits.append(byte - 0x30) }
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard seenDigit, let parsedExponent = parseExponent(bytes[(index + 1)...]) else { return nil }
                exponent = parsedExponent
                index = bytes.endIndex
                break
            } else {
                return nil
            }
            index += 1
        }
        guard seenDigit else { return nil }
        // value = digits × 10^(exponent − fractionDigits); express in 10^-scale units.
        let shift = exponent - fractionDigits + places
        var kept = digits
        var roundUp = false
        if shift < 0 {
            let drop = -shift
            if drop > kept.count {
                // Every kept digit lies below half a unit: rounding gives zero.
                if !allowRounding && kept.contains(where: { $0 != 0 }) { return nil }
                kept = []
            } else {
                let dropped = kept.suffix(drop)
                if dropped.contains(where: { $0 != 0 }) {
                    guard allowRounding else { return nil }
                    roundUp = (dropped.first ?? 0) >= 5
                }
                kept.removeLast(drop)
            }
        }
        // Zero (`0e400`, `-0`, `0.000`) is exact whatever its exponent.
        var step: Int128 = 1
        for _ in places..<scale { step *= 10 }
        if !kept.contains(where: { $0 != 0 }) { return Amount(units: roundUp ? (negative ? -step : step) : 0) }
        let integerDigits = kept.count + max(shift, 0) - places
        guard integerDigits <= maxIntegerDigits else { return nil }
        var units: Int128 = 0
        for digit in kept { units = units * 10 + Int128(digit) }
        if shift > 0 { for _ in 0..<shift { units *= 10 } }
        if roundUp { units += 1 }
        units *= step
        // Rounding up 99…9.9 may reach one more integer digit than allowed.
        guard units < maxMagnitude else { return nil }
        return Amount(units: negative ? -units : units)
    }

    /// 10^(``maxIntegerDigits`` + ``scale``): the first magnitude with too many integer digits.
    private static let maxMagnitude: Int128 = {
        var value: Int128 = 1
        for _ in 0..<(maxIntegerDigits + scale) { value *= 10 }
        return value
    }()

    private static func parseExponent(_ bytes: ArraySlice<UInt8>) -> Int? {
        var rest = bytes
        var negative = false
        if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") {
            negative = rest.first == UInt8(ascii: "-")
            rest.removeFirst()
        }
        guard !rest.isEmpty, rest.count <= 4 else { return nil }
        var value = 0
        for byte in rest {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return negative ? -value : value
    }
}
