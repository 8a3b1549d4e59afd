/// JSON bodies of the small Selectel endpoints: `projects`, `objects` and `/v3/balances`.
enum SelectelDirectoryResponses {
    /// `{"status":"success","data":[{"id":"…","name":"…"}]}` for projects that have at least
    /// one object of the given services.
    static func projects(_ dataset: SelectelDataset, providerKeys: Set<String>?) -> [UInt8] {
        let used = Set(dataset.objects.filter { providerKeys?.contains($0.providerKey) ?? true }.map(\.projectID))
        var writer = JSONWriter(capacity: 1024)
        writer.raw("{\"status\":\"success\",\"data\":[")
        for (index, project) in dataset.projects.filter({ used.contains($0.id) }).enumerated() {
            writer.raw(index == 0 ? "{\"id\":" : ",{\"id\":")
            writer.string(project.id)
            writer.raw(",\"name\":")
            writer.string(project.name)
            writer.raw("}")
        }
        writer.raw("]}")
        return writer.bytes
    }

    /// `{"status":"success","data":[{"id","name","parent_id","project_id","type","type_name"}]}`
    /// for objects of the given services, with `type_name` in `locale`.
    static func objects(_ dataset: SelectelDataset, providerKeys: Set<String>?, locale: SelectelLanguage) -> [UInt8] {
        var writer = JSONWriter(capacity: 8192)
        writer.raw("{\"status\":\"success\",\"data\":[")
        for (index, object) in dataset.objects.filter({ providerKeys?.contains($0.providerKey) ?? true }).enumerated() {
            writer.raw(index == 0 ? "{\"id\":" : ",{\"id\":")
            writer.string(object.id)
            writer.raw(",\"name\":")
            writer.optionalString(object.name)
            writer.raw(",\"parent_id\":")
            writer.optionalString(object.parentID)
            writer.raw(",\"project_id\":")
            writer.string(object.projectID)
            writer.raw(",\"type\":")
            writer.string(object.type)
            writer.raw(",\"type_name\":")
            writer.string(object.typeName.text(locale))
            writer.raw("}")
        }
        writer.raw("]}")
        return writer.bytes
    }

    /// `{"status":"success","data":{"settings":{"currency":"rub"},"balances":[…]}}` with
    /// balances `{"type":"main"|"bonus","value":<kopecks>}`.
    static func balances(_ dataset: SelectelDataset) -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        writer.raw("{\"status\":\"success\",\"data\":{\"settings\":{\"currency\":\"rub\"},\"balances\":[")
        writer.raw("{\"type\":\"main\",\"value\":")
        writer.integer(dataset.mainBalanceKopecks)
        writer.raw("},{\"type\":\"bonus\",\"value\":")
        writer.integer(dataset.bonusBalanceKopecks)
        writer.raw("}]}}")
        return writer.bytes
    }
}
