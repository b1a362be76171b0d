import Foundation

/// A path as the user typed it on the command line, made absolute against the current folder
/// and nothing else. Foundation's `URL(fileURLWithPath:)` expands a leading `~` from the password
/// database (ignoring HOME), so a quoted `--output '~'` became the home folder, which the build
/// then replaced. The shell expands `~` before Orden sees it; a `~` that reaches Orden is a folder
/// name like any other.
package enum ArgumentPath {
    package static func url(_ argument: String, isDirectory: Bool = false,
                           currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL {
        let path: String
        if argument.hasPrefix("/") {
            path = argument
        } else {
            let base = currentDirectory.hasSuffix("/") ? String(currentDirectory.dropLast()) : currentDirectory
            path = argument.isEmpty || argument == "." ? base : base + "/" + argument
        }
        return URL(fileURLWithPath: path, isDirectory: isDirectory)
    }
}
