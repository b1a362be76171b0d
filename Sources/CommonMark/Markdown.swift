import CCmarkGFM
import Foundation
import Synchronization
import Basics

/// Debian's cmark-gfm changes a global table while parsing inlines, so two documents must never
/// be parsed at once. Every use of cmark in the process goes through this one lock.
private let cmarkLock = Mutex<Void>(())

/// Markdown bodies to HTML through cmark-gfm, with GitHub's table, strikethrough, autolink,
/// tagfilter and tasklist extensions. Raw HTML is omitted (cmark's safe default), links other
/// than http, https, mailto and relative ones are turned into plain text, and headings move two
/// levels down so that a body's `#` sits under the section heading (h2) it is shown in.
package enum Markdown {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Where a body's headings go on its page.
    package enum Headings: Sendable {
        /// Two levels down: the body sits under a section heading (h2), so `#` becomes h3.
        case belowSection
        /// As written, for a body that is the page's main text (a guide page): `##` is h2, and a
        /// `#` also becomes h2, since the page's title is its only h1.
        case asPageText
    }

    /// Why a text is not rendered: it would take cmark too long, or make too large a page.
    package struct Problem: Error, Equatable, Sendable {
        /// 1-based, within the Markdown text.
        package var line: Int
        package var column: Int
        package var message: String
        package var hint: String
    }

    /// A page's HTML is at most this large (estimated from the parsed text): a reference link
    /// copies its address every time it is used, so 80 KB of `[a]` could make 80 MB.
    static let maximumHTMLBytes = 4 * 1024 * 1024

    package static func html(_ markdown: String) -> String {
        html(markdown, headings: .belowSection)
    }

    /// The HTML, or "" for a text `render` refuses.
    package static func html(_ markdown: String, headings: Headings) -> String {
        (try? render(markdown, headings: headings).get()) ?? ""
    }

    /// The HTML, or why the text cannot be rendered within bounded time and size.
    package static func render(_ markdown: String, headings: Headings = .belowSection) -> Result<String, Problem> {
        if markdown.allSatisfy(\.isWhitespace) { return .success("") }
        if let problem = MarkdownGuard.check(markdown) { return .failure(problem) }
        return cmarkLock.withLock { _ in renderLocked(markdown, headings: headings) }
    }

    /// Only called with the lock held.
    private static func renderLocked(_ markdown: String, headings: Headings) -> Result<String, Problem> {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return .success("") }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        markdown.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        guard let document = cmark_parser_finish(parser) else { return .success("") }
        defer { cmark_node_free(document) }
        if let problem = sanitise(document, headings: headings) { return .failure(problem) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return .success("") }
        defer { free(rendered) }
        return .success(String(cString: rendered))
    }

    /// Makes links safe and moves headings; a problem if the HTML would be too large.
    private static func sanitise(_ document: OpaquePointer, headings placement: Headings) -> Problem? {
        var unsafeLinks: [OpaquePointer] = []
        var unsafeImages: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        // Tags and escapes at most double a text; addresses are counted as often as they are used.
        var estimate = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            estimate += 10 + 2 * (cmark_node_get_literal(node).map { strlen($0) } ?? 0)
            if estimate > maximumHTMLBytes {
                return Problem(line: max(1, Int(cmark_node_get_start_line(node))), column: max(1, Int(cmark_node_get_start_column(node))),
                               message: "the text would make more than \(maximumHTMLBytes / 1024 / 1024) MiB of HTML",
                               hint: "a reference link repeats its address every time it is used; link a long address a few times, not thousands")
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                estimate += 3 * url.utf8.count + (cmark_node_get_title(node).map { 2 * strlen($0) } ?? 0)
                if !isAllowedLink(url) {
                    if cmark_node_get_type(node) == CMARK_NODE_LINK { unsafeLinks.append(node) } else { unsafeImages.append(node) }
                }
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                // An override in a text ends with the text, not in the paragraph after it.
                if let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) {
                    let balanced = BidiControls.balanced(literal)
                    if balanced != literal { _ = cmark_node_set_literal(node, balanced) }
                }
            default:
                break
            }
        }
        for heading in headings {
            let level = cmark_node_get_heading_level(heading)
            cmark_node_set_heading_level(heading, placement == .belowSection ? min(6, level + 2) : max(2, level))
        }
        // A link whose address is not allowed keeps its text and loses the link.
        for link in unsafeLinks {
            while let child = cmark_node_first_child(link) {
                cmark_node_insert_before(link, child)
            }
            cmark_node_unlink(link)
            cmark_node_free(link)
        }
        for image in unsafeImages {
            cmark_node_unlink(image)
            cmark_node_free(image)
        }
        return nil
    }

    /// http, https and mailto, or a relative address within the site. Anything with another
    /// scheme (javascript:, data:, vbscript:, file: …) is refused.
    package static func isAllowedLink(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return false }
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") { return true }
        if lowered.hasPrefix("//") { return false }
        // Relative: no scheme, i.e. no ':' before the first '/', '?' or '#'.
        let head = lowered.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !head.contains(":") && !head.contains("\\")
    }
}
