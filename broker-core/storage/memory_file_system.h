#pragma once
// FileSystem kept entirely in memory: fast tests, and logs that need no disk.
// It also models durability: each file remembers how much of it was synced,
// and simulateCrash() cuts every file back to that, as a power cut would.
// Thread-safe: one mutex for the directory tree, one per file's bytes.

#include "storage/file_system.h"

#include <map>
#include <mutex>
#include <set>

namespace warren::storage {

class MemoryFileSystem final : public FileSystem {
public:
    StorageResult<std::shared_ptr<File>> open(const std::string &path, bool create) override;
    bool exists(const std::string &path) override;
    StorageStatus remove(const std::string &path) override;
    StorageStatus rename(const std::string &from, const std::string &to) override;
    StorageResult<std::vector<std::string>> list(const std::string &dir) override;
    StorageStatus mkdirs(const std::string &dir) override;
    StorageStatus removeDir(const std::string &dir) override;
    StorageStatus syncDir(const std::string &dir) override;

    /// Cuts every file back to the length it had at its last sync (appends
    /// after it are lost). Open File handles stay usable.
    void simulateCrash();
    /// A copy of a file's bytes (empty if missing); for tests.
    std::string contents(const std::string &path);
    /// Replaces a file's bytes, creating it; for tests.
    void setContents(const std::string &path, const std::string &bytes);

    struct Node;

private:
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Node>> m_files; // guarded by m_mutex
    std::set<std::string> m_dirs;                         // guarded by m_mutex
};

} // namespace warren::storage
