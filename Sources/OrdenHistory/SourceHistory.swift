import Basics
import FrontMatter
import OrdenCatalogue
import OrdenModel
import OrdenSource

/// The git history of one content source: every commit that changed a file below the source's
/// folder, with paths relative to that folder (`content/catalogue/vendors/acme.md`), the
/// same paths records carry. Several sources' histories merge into one by path.
package struct SourceHistory: Sendable, Equatable {
    package struct Commit: Sendable, Hashable {
        package var hash: String
        /// The author's name as git gives it (after .mailmap). Never the e-mail address.
        package var author: String
        /// When the change was written, as RFC 3339 with the author's offset (`2026-11-26T10:15:00+01:00`).
        package var authorDate: String
        /// The author's calendar day of that moment: what pages show.
        package var day: Day
        /// When the commit was made, in seconds since 1970: the order of commits.
        package var committed: Int
        /// The first line of the message. Only the internal site shows it: editors may mention
        /// internal matters there.
        package var subject: String
        /// The files it changed, relative to the source folder, sorted.
        package var paths: [String]
        /// For each content file whose Markdown body this commit left as it was: the top-level
        /// front matter fields whose values it changed (none when it changed only comments or
        /// layout). A file not here had its body changed, was added or removed, or could not be
        /// read. The public site counts a commit for a record only if it changed a public field.
        package var fieldChanges: [String: Set<String>]

        package init(hash: String, author: String, authorDate: String, day: Day, committed: Int, subject: String, paths: [String],
                    fieldChanges: [String: Set<String>] = [:]) {
            self.hash = hash
            self.author = author
            self.authorDate = authorDate
            self.day = day
            self.committed = committed
            self.subject = subject
            self.paths = paths
            self.fieldChanges = fieldChanges
        }
    }

    /// Newest first: by commit time, then in the order git listed them.
    package private(set) var commits: [Commit]
    /// For each path, the index in `commits` of the newest commit that changed it.
    private var newest: [String: Int]

    package init(commits: [Commit]) {
        let ordered = commits.enumerated().sorted { a, b in
            a.element.committed != b.element.committed ? a.element.committed > b.element.committed : a.offset < b.offset
        }.map(\.element)
        var newest: [String: Int] = [:]
        for (index, commit) in ordered.enumerated() {
            for path in commit.paths where newest[path] == nil { newest[path] = index }
        }
        self.commits = ordered
        self.newest = newest
    }

    package static let empty = SourceHistory(commits: [])

    package var isEmpty: Bool { commits.isEmpty }

    /// The newest commit that changed the file, or nil if it was never committed.
    package func lastChange(of path: String) -> Commit? {
        newest[path].map { commits[$0] }
    }

    /// The same history with every path under `folder` (for a source checked out in a subfolder
    /// of the site's source tree).
    package func moved(under folder: String) -> SourceHistory {
        guard !folder.isEmpty else { return self }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return SourceHistory(commits: commits.map { commit in
            var commit = commit
            commit.paths = commit.paths.map { prefix + $0 }
            commit.fieldChanges = Dictionary(uniqueKeysWithValues: commit.fieldChanges.map { (prefix + $0.key, $0.value) })
            return commit
        })
    }

    /// The same history with only the files `include` accepts, and only the commits that changed one.
    package func keeping(_ include: (String) -> Bool) -> SourceHistory {
        keepingChanges { _, path in include(path) }
    }

    /// The same history with only the changes of a file by a commit that `include` accepts.
    package func keepingChanges(_ include: (Commit, String) -> Bool) -> SourceHistory {
        SourceHistory(commits: commits.compactMap { commit in
            var commit = commit
            commit.paths = commit.paths.filter { include(commit, $0) }
            commit.fieldChanges = commit.fieldChanges.filter { include(commit, $0.key) }
            return commit.paths.isEmpty ? nil : commit
        })
    }

    /// One history of several sources, each keyed by its own paths. A commit that appears in
    /// both (the same repository read twice) is kept once, with the files of both.
    package func merging(_ other: SourceHistory) -> SourceHistory {
        var byHash: [String: Int] = [:]
        var merged: [Commit] = []
        for commit in commits + other.commits {
            if let index = byHash[commit.hash] {
                merged[index].paths = Array(Set(merged[index].paths + commit.paths)).sorted()
                merged[index].fieldChanges.merge(commit.fieldChanges) { $0.union($1) }
            } else {
                byHash[commit.hash] = merged.count
                merged.append(commit)
            }
        }
        return SourceHistory(commits: merged)
    }
}
