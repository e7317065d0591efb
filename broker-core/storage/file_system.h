#pragma once
// The storage layer's only door to files. Small on purpose (LevelDB's Env is
// the model): tests swap in MemoryFileSystem or FaultInjectingFileSystem to
// run every behaviour without disks and to inject short writes, crashes at
// byte N, fsync failures and ENOSPC.
//
// Threads: a FileSystem and its Files are safe to use from several threads
// at once, with one rule the log keeps: a given File has one writer at a
// time (append/truncate), while read/size/sync may run concurrently with it.

#include "storage/types.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace warren::storage {

/// An open file. Writes only ever go to the end (append) or cut the end off
/// (truncate); reads are positional (pread) and never move anything.
class File {
public:
    virtual ~File() = default;
    /// Reads up to out.size() bytes at `position`; fewer only at end of file.
    virtual StorageResult<std::size_t> read(std::uint64_t position, std::span<std::byte> out) = 0;
    /// Appends all of `data` at the end, or fails. After a failure some
    /// prefix of `data` may have been written (a short write): size() says how much.
    virtual StorageStatus append(std::span<const std::byte> data) = 0;
    /// Makes everything appended so far durable (fsync/fdatasync).
    virtual StorageStatus sync() = 0;
    virtual StorageStatus truncate(std::uint64_t size) = 0;
    virtual std::uint64_t size() const = 0;
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    /// Opens a file for reading and appending; creates it (empty) if `create`
    /// and it does not exist, else fails with NotFound.
    virtual StorageResult<std::shared_ptr<File>> open(const std::string &path, bool create) = 0;
    virtual bool exists(const std::string &path) = 0;
    virtual StorageStatus remove(const std::string &path) = 0;
    virtual StorageStatus rename(const std::string &from, const std::string &to) = 0;
    /// Names (not paths) of the regular files directly in `dir`, unsorted.
    virtual StorageResult<std::vector<std::string>> list(const std::string &dir) = 0;
    virtual StorageStatus mkdirs(const std::string &dir) = 0;
    /// Removes an empty directory.
    virtual StorageStatus removeDir(const std::string &dir) = 0;
    /// Makes creations/renames/removals of entries in `dir` durable.
    virtual StorageStatus syncDir(const std::string &dir) = 0;
};

/// `dir + "/" + name`.
std::string joinPath(const std::string &dir, const std::string &name);

} // namespace warren::storage
