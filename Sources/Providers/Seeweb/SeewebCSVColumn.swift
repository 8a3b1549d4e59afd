import Foundation

/// A column the CSV decoder reads, and the header names it accepts for it.
///
/// Seeweb does not document its CSV columns, so a column is found by any of its names: the
/// JSON field name (``rawValue``), English and Italian variants, compared after folding case
/// and accents and dropping everything but letters and digits (`Creation Date`,
/// `creation-date` and `CREATION_DATE` are one name), and also with a `summary` or
/// `reserved_discounts` prefix (flattened JSON) or a `eur` / `euro` / `percent` suffix
/// (`Cost (EUR)`, `Sconto %`).
enum SeewebCSVColumn: String, CaseIterable, Sendable {
    case name, plan, group, notes, status, year, month
    case creationDate = "creation_date"
    case deletionDate = "deletion_date"
    case billedHours = "billed_hours"
    case cost
    case originalCost = "original_cost"
    case onlineHour = "online_hour"
    case onlinePrice = "online_price"
    case offlineHour = "offline_hour"
    case offlineDiscount = "offline_discount"
    case offlinePrice = "offline_price"
    case offlineReduction = "offline_reduction"
    case reservedPlan = "reserved_plan"
    case reservedHour = "reserved_hour"
    case reservedDiscount = "reserved_discount"
    case reservedPrice = "reserved_price"
    case reservedReduction = "reserved_reduction"
    case reservedStartDate = "reserved_start_date"
    case reservedEndDate = "reserved_end_date"
    /// One line per part of a server's month: `online`, `offline` or `reserved`.
    case part
    /// The part's hours.
    case hours
    /// The part's price.
    case price
    /// The part's discount in percent.
    case discount
    /// The part's saving.
    case reduction

    /// The names accepted besides ``rawValue``, written as a person would (normalised on use).
    /// The first few are the ones an error message offers.
    var aliases: [String] {
        switch self {
        case .name: ["server", "server name", "server id", "template", "template name", "nome", "nome server", "id"]
        case .plan: ["plan name", "piano", "tariffa"]
        case .group: ["group name", "gruppo", "nome gruppo"]
        case .notes: ["note", "label", "description", "descrizione", "etichetta"]
        case .status: ["state", "stato"]
        case .year: ["anno"]
        case .month: ["mese"]
        case .creationDate: ["created", "created at", "creation", "data creazione", "data di creazione", "creazione"]
        case .deletionDate:
            [
                "deleted", "deleted at", "deletion", "data cancellazione", "data di cancellazione", "cancellazione",
                "data eliminazione", "eliminazione",
            ]
        case .billedHours: ["billed hour", "total hours", "ore fatturate", "ore totali"]
        case .cost:
            [
                "total cost", "costo", "costo totale", "importo", "amount", "total", "totale", "final cost",
                "costo finale", "monthly cost", "costs", "costi", "importo totale",
            ]
        case .originalCost: ["list cost", "full cost", "costo originale", "costo pieno", "costo di listino"]
        case .onlineHour: ["online hours", "ore online"]
        case .onlinePrice: ["online cost", "prezzo online", "costo online"]
        case .offlineHour: ["offline hours", "ore offline"]
        case .offlineDiscount: ["sconto offline"]
        case .offlinePrice: ["offline cost", "prezzo offline", "costo offline"]
        case .offlineReduction: ["offline saving", "riduzione offline", "risparmio offline"]
        case .reservedPlan: ["reservation", "reservation plan", "piano riservato", "piano reserved"]
        case .reservedHour: ["reserved hours", "ore riservate", "ore reserved"]
        case .reservedDiscount: ["sconto riservato", "sconto reserved"]
        case .reservedPrice: ["reserved cost", "prezzo riservato", "costo riservato", "prezzo reserved"]
        case .reservedReduction: ["reserved saving", "riduzione riservata", "risparmio riservato"]
        case .reservedStartDate: ["reserved start", "reservation start", "inizio riservato", "data inizio riservato"]
        case .reservedEndDate: ["reserved end", "reservation end", "fine riservato", "data fine riservato"]
        case .part: ["parte", "component", "componente", "voce"]
        case .hours: ["hour", "ore"]
        case .price: ["prezzo"]
        case .discount: ["discount percent", "sconto"]
        case .reduction: ["saving", "riduzione", "risparmio"]
        }
    }

    /// Whether the column carries money: read strictly, rounded to the cent.
    var isMoney: Bool {
        switch self {
        case .cost, .originalCost, .onlinePrice, .offlinePrice, .offlineReduction, .reservedPrice,
            .reservedReduction, .price, .reduction:
            true
        default: false
        }
    }

    /// The names an error message offers for this column: the JSON name and the first aliases.
    var offeredNames: [String] { [rawValue] + aliases.prefix(4) }

    /// The column a header name stands for, or nil when it is none of them.
    static func column(forHeader header: String) -> SeewebCSVColumn? {
        let key = normalized(header)
        if let column = byName[key] { return column }
        for prefix in ["summary", "reserveddiscounts"] where key.hasPrefix(prefix) {
            if let column = byName[String(key.dropFirst(prefix.count))] { return column }
        }
        for suffix in ["euro", "eur", "percent", "perc"] where key.hasSuffix(suffix) {
            if let column = byName[String(key.dropLast(suffix.count))] { return column }
        }
        return nil
    }

    /// `name` in lower case, accents folded, letters and digits only.
    static func normalized(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(
            folded.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
    }

    /// Every accepted name, normalised, to its column.
    private static let byName: [String: SeewebCSVColumn] = {
        var names: [String: SeewebCSVColumn] = [:]
        for column in allCases {
            for name in [column.rawValue] + column.aliases where names[normalized(name)] == nil {
                names[normalized(name)] = column
            }
        }
        return names
    }()
}
