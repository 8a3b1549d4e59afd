import Hummingbird

/// Builds the streamed answers of `GET /v1/consumption` and `GET /v2/consumption`.
///
/// v1: `{"consumptions":[rows…]}` (the documented envelope, nothing else).
/// v2: `{"consumptions":[rows…],"next_page_token":"…"}`, the token empty on the last page.
/// Rows are rendered in chunks of about 64 KB while the body is written, so a page of 30 000
/// rows never sits in memory as one string.
enum CloudRuConsumptionAnswer {
    /// The v1 answer for `query`, or the failure to send instead.
    static func v1(
        _ query: CloudRuQuery,
        dataset: CloudRuDataset,
        templates: [CloudRuRowTemplate],
        shape: CloudRuServedShape = CloudRuServedShape()
    ) throws(CloudRuFailure) -> Response {
        let filter = try CloudRuConsumptionFilter(query: query, dataset: dataset, version: .v1, shape: shape)
        let paging = try CloudRuPageNumber.parse(query)
        var cursor = filter.cursor(dataset, version: .v1)
        let limit: Int
        if let paging {
            try shape.checkSize(pageLimit: paging.limit)
            let served = shape.servedRows(forLimit: paging.limit)
            cursor.skip((paging.page - 1) * served)
            limit = served
        } else {
            var counter = cursor
            guard counter.skip(CloudRuPageNumber.maxLimit + 1) <= CloudRuPageNumber.maxLimit else {
                throw CloudRuFailure.failedToGetConsumption
            }
            limit = CloudRuPageNumber.maxLimit
        }
        let renderer = CloudRuRowRenderer(templates: templates, version: .v1, shape: shape)
        return stream(cursor: cursor, renderer: renderer, limit: limit) { _, _ in "]}" }
    }

    /// The v2 answer for `query`, or the failure to send instead.
    static func v2(
        _ query: CloudRuQuery,
        dataset: CloudRuDataset,
        templates: [CloudRuRowTemplate],
        shape: CloudRuServedShape = CloudRuServedShape()
    ) throws(CloudRuFailure) -> Response {
        let filter = try CloudRuConsumptionFilter(query: query, dataset: dataset, version: .v2, shape: shape)
        let page = try CloudRuPageToken(query: query, filter: filter)
        try shape.checkSize(pageLimit: page.pageSize)
        var cursor = filter.cursor(dataset, version: .v2)
        cursor.skip(page.offset)
        let renderer = CloudRuRowRenderer(templates: templates, version: .v2, shape: shape)
        let fingerprint = filter.fingerprint
        return stream(cursor: cursor, renderer: renderer, limit: page.pageSize) { cursor, written in
            var token = ""
            if written == page.pageSize, cursor.next() != nil {
                token = CloudRuPageToken.token(offset: page.offset + written, fingerprint: fingerprint)
            }
            return "],\"next_page_token\":\"\(token)\"}"
        }
    }

    /// Streams `{"consumptions":[` + up to `limit` rows + the closing text, which `closing`
    /// makes from the cursor after the page and the number of rows written.
    private static func stream(
        cursor: CloudRuRowCursor,
        renderer: CloudRuRowRenderer,
        limit: Int,
        closing: @escaping @Sendable (inout CloudRuRowCursor, Int) -> String
    ) -> Response {
        let body = ResponseBody { writer in
            var cursor = cursor
            var renderer = renderer
            var written = 0
            var exhausted = false
            try await writer.write(ByteBuffer(string: "{\"consumptions\":["))
            while written < limit && !exhausted {
                var chunk = JSONWriter(capacity: 72 * 1024)
                while written < limit && chunk.bytes.count < 64 * 1024 {
                    guard let row = cursor.next() else {
                        exhausted = true
                        break
                    }
                    if written > 0 {
                        chunk.raw(",")
                    }
                    renderer.write(row, to: &chunk)
                    written += 1
                }
                if !chunk.bytes.isEmpty {
                    try await writer.write(ByteBuffer(bytes: chunk.bytes))
                }
            }
            try await writer.write(ByteBuffer(string: closing(&cursor, written)))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: body)
    }
}
