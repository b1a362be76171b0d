#if canImport(Glibc)
import Glibc
import Basics
import FrontMatter
import OrdenModel

#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// read(2), named so that it cannot be mistaken for FileBytes.read.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A file system call that failed, with the system's reason.
struct FileSystemError: LocalizedError {
    var path: String
    var code: Int32
    var errorDescription: String? { "\(String(cString: strerror(code))) (\(path))" }
}

/// A symbolic link whose target lies outside the source folder: Orden never reads it, so that a
/// link to /etc/passwd or to a colleague's private file cannot reach a page or a CI log.
struct LinkLeavesSource: LocalizedError {
    var path: String
    var errorDescription: String? { "\(path) is a symbolic link to a file outside the source folder; Orden does not read it" }
    var recoverySuggestion: String? {
        "copy the file into the source folder, or point the link at a file inside it (links within the source are followed)"
    }
}

/// The files of one folder on disk, never reading through a link that leads out of it. Paths
/// come from the folder's listing, which does not follow links to folders, so only the last
/// part of a path can be a link: an open that refuses links costs nothing, and only a link is
/// resolved and checked.
struct ConfinedFolder: Sendable {
    var root: String
    /// The root with its own links resolved, which a link's resolved target must lie within.
    var realRoot: String

    init(_ root: String) {
        self.root = root
        realRoot = FileBytes.resolved(root) ?? root
    }

    /// The file to open: the path itself, or a link's target inside the folder.
    func file(_ path: String) throws -> String {
        let full = try checked(path)
        var info = stat()
        guard lstat(full, &info) == 0 else { throw FileSystemError(path: full, code: errno) }
        return info.st_mode & S_IFMT == S_IFLNK ? try target(path, full) : full
    }

    private func checked(_ path: String) throws -> String {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { throw LinkLeavesSource(path: path) }
        return root + "/" + path
    }

    private func target(_ path: String, _ full: String) throws -> String {
        guard let target = FileBytes.resolved(full), target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            throw LinkLeavesSource(path: path)
        }
        return target
    }

    func size(_ path: String) throws -> Int { try FileBytes.size(file(path)) }

    /// One open for a file; a link (which that open refuses) is resolved, checked and opened.
    func read(_ path: String, limit: Int = Int.max) throws -> BoundedRead {
        let full = try checked(path)
        do {
            return try FileBytes.read(full, limit: limit, flags: O_NOFOLLOW)
        } catch let error as FileSystemError where error.code == ELOOP {
            return try FileBytes.read(target(path, full), limit: limit, flags: O_NOFOLLOW)
        }
    }
}

/// Reading files with as few system calls as possible: a national corpus is 100,000 files, and
/// FileManager and Data(contentsOf:) look each one up several times.
package enum FileBytes {
    static func size(_ path: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileSystemError(path: path, code: errno) }
        return Int(info.st_size)
    }

    static func read(_ path: String) throws -> Data {
        switch try read(path, limit: Int.max) {
        case .data(let data): return data
        case .tooLarge: throw FileSystemError(path: path, code: EFBIG)
        }
    }

    /// One open, one fstat and one or two reads: the file's bytes, or its size when over `limit`.
    package static func read(_ path: String, limit: Int, flags: Int32 = 0) throws -> BoundedRead {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | flags)
        guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(path: path, code: errno) }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        var data = Data(count: size)
        var filled = 0
        try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            while filled < size {
                let count = systemRead(descriptor, base + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError(path: path, code: errno)
                }
                if count == 0 { break }
                filled += count
            }
        }
        // A file that shrank while it was read keeps what was there.
        if filled < size { data.removeSubrange(filled...) }
        return .data(data)
    }

    /// The path with every link and `..` resolved, or nil if it does not exist.
    package static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// One entry of a folder, with its kind as the folder listing says it.
struct DirectoryEntry {
    enum Kind { case file, folder, other }
    var name: String
    var kind: Kind

    /// The entries of `folder`. A symbolic link counts as what it points to, but a link to a
    /// folder counts as `other`, so that a walk never follows it (a link to a parent would never end).
    static func list(_ folder: String) throws -> [DirectoryEntry] {
        guard let directory = opendir(folder) else { throw FileSystemError(path: folder, code: errno) }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let pointer = readdir(directory) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(pointer.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            default: kind = kindByStat(folder + "/" + name)
            }
            entries.append(DirectoryEntry(name: name, kind: kind))
        }
        return entries
    }

    /// For links and file systems that do not say the kind in the listing.
    private static func kindByStat(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        if info.st_mode & S_IFMT == S_IFDIR { return .folder }
        if info.st_mode & S_IFMT == S_IFREG { return .file }
        guard info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) == 0 else { return .other }
        return info.st_mode & S_IFMT == S_IFREG ? .file : .other
    }
}
