#if canImport(Glibc)
import Glibc
import OrdenCatalogue
import OrdenModel

#elseif canImport(Darwin)
import Darwin
#endif

/// The names a request may address the preview by (its Host header). Any web page can make a
/// browser send requests to a name whose address it controls and then point that name at
/// 127.0.0.1 (DNS rebinding); the browser then lets the page read the answers, the internal
/// site's among them. Such a request still carries the page's name in its Host header, so only
/// names that cannot be rebound are answered: localhost, IP addresses (an address is not
/// looked up), the address listened on, and the names given with `--allow-host`.
///
/// A request without a Host header (HTTP/1.0 from a script) is answered: a browser always
/// sends one, so it cannot come from a rebound page.
struct AllowedHosts: Sendable {
    private let names: Set<String>

    init(bound: String, allowed: [String]) {
        names = Set((["localhost", bound] + allowed).map(Self.normalized))
    }

    func allows(_ authority: String?) -> Bool {
        guard let authority else { return true }
        let host = Self.host(of: authority)
        return names.contains(Self.normalized(host)) || Self.isIPAddress(host)
    }

    /// `example.org:1414` → `example.org`, `[::1]:1414` → `::1`.
    static func host(of authority: String) -> String {
        if authority.hasPrefix("[") {
            guard let end = authority.firstIndex(of: "]") else { return authority }
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        guard let colon = authority.lastIndex(of: ":") else { return authority }
        return String(authority[..<colon])
    }

    /// Lower case, without the brackets of an IPv6 address.
    static func normalized(_ name: String) -> String {
        var name = name.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        return name
    }

    static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }
}
