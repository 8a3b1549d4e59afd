import CostCore
import Foundation
import Providers
import Testing

/// The byte reader behind ``OnAppXMLDecoding``: the XML Rails sends, read exactly, and every
/// other document refused with the line and column where it breaks.
@Suite("OnApp: the XML byte reader")
struct OnAppXMLReaderTests {
    private func decode(_ text: String) throws(OnAppXMLError) -> [OnAppHourlyStat] {
        try OnAppXMLDecoding.decode(Array(text.utf8))
    }

    private func failure(_ text: String) throws -> OnAppXMLError {
        try #require(throws: OnAppXMLError.self) { _ = try decode(text) }
    }

    @Test func referencesCDATACommentsAndSingleQuotesAreRead() throws {
        let rows = try decode(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- generated -->
            <vm_stats type='array'>
              <vm_hourly_stat>
                <stat_time type="datetime">2026-03-01T10:00:00Z</stat_time>
                <currency_code><![CDATA[USD]]></currency_code>
                <total_cost type="decimal">&#49;2.5</total_cost>
                <!-- a comment between fields -->
                <virtual_machine_id>7</virtual_machine_id>
                <billing_stats><disks type="array"><disk>
                  <id>3</id><label>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#x41;&#233;</label>
                  <costs type="array"><cost><value>1</value><cost>12.5</cost><resource_name>disk_size</resource_name></cost></costs>
                </disk></disks></billing_stats>
              </vm_hourly_stat>
            </vm_stats>
            <!-- trailing -->
            """)
        let row = try #require(rows.first)
        #expect(row.currencyCode == "USD")
        #expect(row.totalCost == Amount("12.5"))
        #expect(row.billingStats.first?.items.first?.label == "a <b> & \"c\" 'd' Aé")
    }

    @Test func brokenDocumentsNameTheLineColumnAndProblem() throws {
        let cases: [(text: String, line: Int, message: String)] = [
            (
                "<vm_stats type=\"array\">\n  <row>\n  </wrong>\n</vm_stats>", 3,
                "an end tag does not match its start tag"
            ),
            ("<vm_stats type=\"array\">\n<row a=\"1\" a=\"2\"></row></vm_stats>", 2, "an attribute given twice"),
            (
                "<vm_stats type=\"array\">\n\n<row>&nbsp;</row></vm_stats>", 3,
                "an unknown entity or invalid character reference"
            ),
            (
                "<vm_stats type=\"array\">\n<row>&#0;</row></vm_stats>", 2,
                "an unknown entity or invalid character reference"
            ),
            ("<vm_stats type=\"array\">\n<row a=1></row></vm_stats>", 2, "an attribute value is not quoted"),
            ("<vm_stats type=\"array\"></vm_stats>\n<more/>", 2, "content after the root element"),
            ("<vm_stats type=\"array\">\n<row>", 2, "the document ends early"),
            ("   ", 1, "the document is empty"),
            ("text", 1, "no root element"),
        ]
        for item in cases {
            let error = try failure(item.text)
            #expect(error.line == item.line, "\(item.text)")
            #expect(error.message == "not well-formed XML: " + item.message, "\(item.text)")
            #expect(error.column != nil)
        }
        let mismatch = try failure("<vm_stats type=\"array\">\n  <row>\n  </wrong>\n</vm_stats>")
        #expect(mismatch.column == 10)
        #expect(mismatch.path == "vm_stats.row[0]")
    }
}
