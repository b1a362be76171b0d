import Foundation
import OrdenModel

/// Runs git. Passed in rather than called directly, so that tests feed canned output and a
/// build without git (or outside a repository) simply gets no history.
package struct GitRunner: Sendable {
    /// Runs `git` with the arguments and returns what it wrote to standard output, or nil when
    /// git is not installed, the folder is not a repository, or git fails for any other reason.
    /// It never prints: a site without history is not a problem worth a message.
    package var run: @Sendable (_ arguments: [String]) -> Data?
    /// The same with `input` on standard input: one `git cat-file --batch` reads many blobs.
    package var runWithInput: @Sendable (_ arguments: [String], _ input: Data) -> Data?

    /// A runner that answers `run`; one given input gets what `run` answers for its arguments.
    package init(run: @escaping @Sendable (_ arguments: [String]) -> Data?) {
        self.run = run
        self.runWithInput = { arguments, _ in run(arguments) }
    }

    package init(run: @escaping @Sendable (_ arguments: [String]) -> Data?,
                runWithInput: @escaping @Sendable (_ arguments: [String], _ input: Data) -> Data?) {
        self.run = run
        self.runWithInput = runWithInput
    }

    /// The git on the PATH.
    package static let system = GitRunner(run: { execute($0, input: nil) }, runWithInput: { execute($0, input: $1) })

    private static func execute(_ arguments: [String], input: Data?) -> Data? {
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
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Written on another thread: git answers while it reads, and would wait for us to read
        // its answers while we wait for it to read the rest of the questions.
        let writing = DispatchGroup()
        if let input, let inputPipe {
            // A git that stops reading early (a broken repository) must not end the build with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            writing.enter()
            DispatchQueue.global().async {
                try? inputPipe.fileHandleForWriting.write(contentsOf: input)
                try? inputPipe.fileHandleForWriting.close()
                writing.leave()
            }
        }
        // Read before waiting: a long log fills the pipe and git would wait for us forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        writing.wait()
        return process.terminationReason == .exit && process.terminationStatus == 0 ? data : nil
    }

    /// A runner that finds no repository, for builds that should not read history.
    package static let none = GitRunner { _ in nil }
}
