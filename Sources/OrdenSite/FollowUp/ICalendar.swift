import Basics

/// An iCalendar file (RFC 5545) of all-day events, each with its alarms: what the follow-up
/// feeds are written as, for Outlook, Google Calendar and Apple Calendar to subscribe to.
struct ICalendar {
    struct Event {
        /// Globally unique and the same in every build, so that a subscribed calendar updates
        /// the event rather than adding another (RFC 5545 3.8.4.7).
        var uid: String
        var day: Day
        var summary: String
        var description: String?
        var url: String?
        var categories: [String] = []
        /// Days before the event when the calendar reminds: a VALARM with TRIGGER:-P<n>D each.
        var alarmDays: [Int] = []
    }

    var name: String
    var description: String?
    /// The DTSTAMP of every event. The report date, never the clock, so that a build repeats.
    var stamp: Day
    /// The language of the texts (RFC 5545 3.2.10, LANGUAGE=).
    var language: String
    var events: [Event]

    /// The file, with CRLF line ends and lines folded at 75 octets (RFC 5545 3.1).
    var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Orden//Orden oppfølging//NO", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escaped(name),
        ]
        if let description { lines.append("X-WR-CALDESC:" + Self.escaped(description)) }
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + Self.escaped(event.uid), "DTSTAMP:" + Self.date(stamp) + "T000000Z",
                      "DTSTART;VALUE=DATE:" + Self.date(event.day), "DTEND;VALUE=DATE:" + Self.date(event.day.adding(days: 1)),
                      "SUMMARY;LANGUAGE=\(language):" + Self.escaped(event.summary), "TRANSP:TRANSPARENT"]
            if let description = event.description { lines.append("DESCRIPTION;LANGUAGE=\(language):" + Self.escaped(description)) }
            if let url = event.url { lines.append("URL;VALUE=URI:" + url) }
            if !event.categories.isEmpty { lines.append("CATEGORIES:" + event.categories.map(Self.escaped).joined(separator: ",")) }
            for days in event.alarmDays {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escaped(event.summary), "TRIGGER:-P\(days)D", "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// YYYYMMDD (RFC 5545 3.3.4).
    static func date(_ day: Day) -> String {
        String(day.description.filter { $0 != "-" })
    }

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n,
    /// other control characters dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded so that no line is longer than 75 octets, never inside a UTF-8
    /// sequence: each continuation starts with a space (RFC 5545 3.1).
    static func folded(_ line: String) -> String {
        var out = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(character)
            octets += size
        }
        return out
    }
}
