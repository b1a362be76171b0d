import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource

/// The script `orden serve` adds to every HTML page it serves, and only there: `orden build`
/// never writes it. It listens for the server's events, reloads the page after a rebuild, and
/// shows the content's errors in an overlay. Every file name and message goes in as text
/// (`textContent`), never as HTML.
enum LiveReload {
    static let scriptPath = "/_orden/live.js"
    static let eventsPath = "/_orden/events"
    static let statusPath = "/_orden/status"

    static let scriptTag = Data("<script src=\"\(scriptPath)\" defer></script>\n".utf8)

    /// The page with the script tag before its last `</body>`, or at its end.
    static func inject(into html: Data) -> Data {
        let closing = Data("</body>".utf8), closingUpper = Data("</BODY>".utf8)
        guard let range = html.range(of: closing, options: .backwards) ?? html.range(of: closingUpper, options: .backwards) else {
            return html + scriptTag
        }
        var page = html
        page.replaceSubrange(range.lowerBound..<range.lowerBound, with: scriptTag)
        return page
    }

    /// What `/_orden/status` answers and the `error` event carries.
    struct Status: Encodable {
        struct Problem: Encodable {
            var location: String
            var path: String
            var line: Int
            var column: Int
            var message: String
            var hint: String?
        }
        var generation: Int
        var errors: [Problem]
        var warnings: Int
    }

    static func status(generation: Int, diagnostics: [Diagnostic]) -> Data {
        let errors = diagnostics.filter { $0.severity == .error }.map { diagnostic in
            Status.Problem(location: diagnostic.location.description, path: diagnostic.location.path, line: diagnostic.location.line,
                           column: diagnostic.location.column, message: diagnostic.message, hint: diagnostic.hint)
        }
        let status = Status(generation: generation, errors: errors, warnings: diagnostics.warningCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // One line: a server-sent event's data must not hold a line break (JSON escapes those in strings).
        return (try? encoder.encode(status)) ?? Data(#"{"errors":[],"generation":0,"warnings":0}"#.utf8)
    }

    /// A page for when the content has never built: the overlay says why.
    static let placeholderPage = Data("""
        <!DOCTYPE html>
        <html lang="nb">
        <head><meta charset="utf-8"><title>Orden – forhåndsvisning</title></head>
        <body>
        <h1>Nettstedet kan ikke bygges ennå</h1>
        <p>Innholdet har feil. Rett dem, så lastes siden på nytt av seg selv.</p>
        </body>
        </html>

        """.utf8)

    static let script = Data(#"""
        // orden serve: reloads the page after a rebuild and shows the content's errors.
        (function () {
          "use strict";
          var overlayId = "orden-preview-errors";
          var seen = null;

          function removeOverlay() {
            var old = document.getElementById(overlayId);
            if (old) { old.parentNode.removeChild(old); }
          }

          function element(name, text, style) {
            var node = document.createElement(name);
            if (text !== undefined) { node.textContent = text; }
            if (style) { node.style.cssText = style; }
            return node;
          }

          function showErrors(status) {
            removeOverlay();
            var errors = (status && status.errors) || [];
            if (errors.length === 0) { return; }
            var box = element("div", undefined,
              "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
              "background:rgba(25,25,25,.94);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace");
            box.id = overlayId;
            box.setAttribute("role", "alertdialog");
            box.setAttribute("aria-modal", "true");
            box.setAttribute("aria-labelledby", overlayId + "-title");
            var title = element("h2", (errors.length === 1 ? "1 feil" : errors.length + " feil") +
              " i innholdet. Rett dem, så lastes siden på nytt av seg selv.", "margin:0 0 1rem;font-size:1.2rem;color:#ff8a80");
            title.id = overlayId + "-title";
            var list = element("ol", undefined, "margin:0 0 1.5rem;padding-left:1.5rem");
            errors.forEach(function (problem) {
              var item = element("li", undefined, "margin-bottom:.8rem");
              item.appendChild(element("strong", problem.location));
              item.appendChild(document.createTextNode(": " + problem.message));
              if (problem.hint) { item.appendChild(element("div", "hint: " + problem.hint, "color:#bbb")); }
              list.appendChild(item);
            });
            var close = element("button", "Lukk", "font:inherit;padding:.3rem 1rem;cursor:pointer");
            close.type = "button";
            close.addEventListener("click", removeOverlay);
            document.addEventListener("keydown", function (event) {
              if (event.key === "Escape") { removeOverlay(); }
            });
            box.appendChild(title);
            box.appendChild(list);
            box.appendChild(close);
            document.body.appendChild(box);
            close.focus();
          }

          function read(event) {
            try { return JSON.parse(event.data); } catch (problem) { return null; }
          }

          fetch("/_orden/status", { cache: "no-store" })
            .then(function (response) { return response.json(); })
            .then(showErrors)
            .catch(function () {});

          var events = new EventSource("/_orden/events?page=" + encodeURIComponent(location.pathname));
          events.addEventListener("hello", function (event) {
            var status = read(event);
            if (!status) { return; }
            // After a lost connection: reload if the site was rebuilt meanwhile.
            var key = status.session + "/" + status.generation;
            if (seen !== null && seen !== key) { location.reload(); }
            seen = key;
          });
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("error", function (event) {
            // Also fired, without data, when the connection drops; EventSource then reconnects.
            if (event.data) { showErrors(read(event)); }
          });
        })();

        """#.utf8)
}
