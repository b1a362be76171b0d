import Foundation

/// Runs git. Passed in rather than called directly, so that tests feed canned output and a
/// build without git (or outside a repository) simply gets no history.
public struct GitRunner: Sendable {
    /// Runs `git` with the arguments and returns what it wrote to standard output, or nil when
    /// git is not installed, the folder is not a repository, or git fails for any other reason.
    /// It never prints: a site without history is not a problem worth a message.
    public var run: @Sendable (_ arguments: [String]) -> Data?

    public init(run: @escaping @Sendable (_ arguments: [String]) -> Data?) {
        self.run = run
    }

    /// The git on the PATH.
    public static let system = GitRunner { arguments in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        var environment = ProcessInfo.processInfo.environment
        // `-C` decides the repository, not variables left over from a hook or a wrapper script.
        for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CEILING_DIRECTORIES"] { environment[name] = nil }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Read before waiting: a long log fills the pipe and git would wait for us forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0 ? data : nil
    }

    /// A runner that finds no repository, for builds that should not read history.
    public static let none = GitRunner { _ in nil }
}
