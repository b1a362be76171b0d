import Foundation
import OrdenHistory
import OrdenModel

/// Saves as git commits (`--commit`, `--trust-user-header`): on the checked-out branch, or with
/// `--branch-per-editor` on a branch of each person's own, kept in a git worktree of its own so
/// that the checked-out branch and the files the preview shows are not switched under anyone;
/// with `--push` each commit goes to the remote for review in the forge.
extension Editor {
    /// The branch a person's saves go on: `orden/` and their e-mail as an id.
    static func branch(for author: Author) -> String {
        "orden/" + Identifier.suggestion(for: author.email)
    }

    /// Commits the files (changed, added or deleted), as the person saving when the proxy named
    /// them; nil when done, else why not (the files are saved either way).
    func commit(_ paths: [String], saving: Saving, otherwise defaultMessage: String) -> String? {
        let git = GitRunner.system
        let folder = source.path
        guard git.run(["-C", folder, "rev-parse", "--is-inside-work-tree"]) != nil else {
            return "saved, but not committed: \(folder) is not a git repository"
        }
        var identity: [String] = []
        if let author = saving.author {
            identity = ["-c", "user.name=\(author.name)", "-c", "user.email=\(author.email)"]
        } else if Self.output(git.run(["-C", folder, "config", "user.email"])).isEmpty {
            identity = ["-c", "user.name=Orden", "-c", "user.email=orden@localhost"]
        }
        let message = (saving.message?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 } ?? defaultMessage

        // Where the commit is made: the preview's own checkout, or the person's worktree with the
        // saved files copied into it (the source may be a folder inside the repository).
        var tree = folder
        var prefix = ""
        var branch: String?
        if branchPerEditor, let author = saving.author {
            let name = Self.branch(for: author)
            guard let worktree = worktree(for: name) else { return "saved, but git could not make the branch \(name)" }
            tree = worktree
            branch = name
            prefix = Self.output(git.run(["-C", folder, "rev-parse", "--show-prefix"]))
            for path in paths {
                let from = source.appendingPathComponent(path)
                let to = URL(fileURLWithPath: tree).appendingPathComponent(prefix + path)
                do {
                    if let bytes = try? Data(contentsOf: from) {
                        try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try bytes.write(to: to, options: .atomic)
                    } else if FileManager.default.fileExists(atPath: to.path) {
                        try FileManager.default.removeItem(at: to)
                    }
                } catch {
                    return "saved, but \(path) could not be copied to the branch \(name): \(error.localizedDescription)"
                }
            }
        }
        // A deleted file git never knew has nothing to commit.
        let known = paths.map { prefix + $0 }.filter { path in
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: tree).appendingPathComponent(path).path)
                || !(git.run(["-C", tree, "ls-files", "--", path]) ?? Data()).isEmpty
        }
        guard !known.isEmpty else { return nil }
        guard git.run(["-C", tree, "add", "--all", "--"] + known) != nil,
              git.run(["-C", tree] + identity + ["commit", "--quiet", "--no-verify", "-m", message, "--"] + known) != nil else {
            return "saved, but git could not commit \(known.joined(separator: ", "))"
        }
        if let remote = pushRemote {
            let target = branch ?? Self.output(git.run(["-C", tree, "symbolic-ref", "--short", "HEAD"]))
            guard !target.isEmpty, git.run(["-C", tree, "push", "--quiet", remote, "HEAD:refs/heads/\(target)"]) != nil else {
                return "saved and committed, but git could not push to \(remote)"
            }
        }
        return nil
    }

    /// The worktree that holds `branch`, made from the checked-out commit the first time.
    func worktree(for branch: String) -> String? {
        let git = GitRunner.system
        let folder = source.path
        let common = Self.output(git.run(["-C", folder, "rev-parse", "--path-format=absolute", "--git-common-dir"]))
        guard !common.isEmpty else { return nil }
        let path = common + "/orden-editors/" + branch.replacingOccurrences(of: "/", with: "-")
        if FileManager.default.fileExists(atPath: path + "/.git") { return path }
        // A worktree git still lists but whose folder is gone is forgotten first.
        _ = git.run(["-C", folder, "worktree", "prune"])
        let exists = git.run(["-C", folder, "rev-parse", "--verify", "--quiet", "refs/heads/\(branch)"]) != nil
        let made = exists
            ? git.run(["-C", folder, "worktree", "add", "--quiet", path, branch])
            : git.run(["-C", folder, "worktree", "add", "--quiet", "-b", branch, path, "HEAD"])
        return made == nil ? nil : path
    }

    static func output(_ data: Data?) -> String {
        data.map { String(decoding: $0, as: UTF8.self) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
