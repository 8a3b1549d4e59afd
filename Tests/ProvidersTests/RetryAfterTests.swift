import Foundation
import Providers
import Testing

/// `Retry-After` in both RFC 9110 forms, and the date forms recipients must accept.
@Suite("Retry-After")
struct RetryAfterTests {
    static let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT

    @Test func delaySecondsAreReadAsGiven() {
        #expect(RetryAfter.seconds(header: "120", responseDate: nil, now: Self.now) == 120)
        #expect(RetryAfter.seconds(header: " 0 ", responseDate: nil, now: Self.now) == 0)
        #expect(RetryAfter.seconds(header: "99999999999999999999999", responseDate: nil, now: Self.now) == Int.max)
    }

    @Test func everyHTTPDateFormIsMeasuredFromNow() {
        for form in ["Sun, 06 Nov 1994 08:50:07 GMT", "Sunday, 06-Nov-94 08:50:07 GMT", "Sun Nov  6 08:50:07 1994"] {
            #expect(RetryAfter.seconds(header: form, responseDate: nil, now: Self.now) == 30, "\(form)")
        }
    }

    @Test func theAnswersOwnDateIsTheReferenceWhenGiven() {
        let seconds = RetryAfter.seconds(
            header: "Sun, 06 Nov 1994 09:00:00 GMT", responseDate: "Sun, 06 Nov 1994 08:59:00 GMT", now: Self.now)
        #expect(seconds == 60)
    }

    @Test func aPastDateMeansNowAndJunkMeansNothing() {
        #expect(RetryAfter.seconds(header: "Sat, 05 Nov 1994 08:49:37 GMT", responseDate: nil, now: Self.now) == 0)
        #expect(RetryAfter.seconds(header: "soon", responseDate: nil, now: Self.now) == nil)
        #expect(RetryAfter.seconds(header: "-5", responseDate: nil, now: Self.now) == nil)
        #expect(RetryAfter.seconds(header: "1.5", responseDate: nil, now: Self.now) == nil)
        #expect(RetryAfter.seconds(header: nil, responseDate: nil, now: Self.now) == nil)
    }

    @Test func durationsReadAsPeopleWriteThem() {
        #expect(DurationText.seconds(.seconds(30)) == "30")
        #expect(DurationText.seconds(.milliseconds(1500)) == "1.5")
        #expect(DurationText.seconds(.milliseconds(250)) == "0.25")
        #expect(DurationText.seconds(.milliseconds(7)) == "0.007")
    }
}
