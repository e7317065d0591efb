#pragma once
// FileSystem over POSIX calls: open/pread/pwrite/fdatasync/ftruncate.
// Stateless; any thread.

#include "storage/file_system.h"

namespace warren::storage {

class PosixFileSystem final : public FileSystem {
public:
    StorageResult<std::shared_ptr<File>> open(const std::string &path, bool create) override;
    bool exists(const std::string &path) override;
    StorageStatus remove(const std::string &path) override;
    StorageStatus rename(const std::string &from, const std::string &to) override;
    StorageResult<std::vector<std::string>> list(const std::string &dir) override;
    StorageStatus mkdirs(const std::string &dir) override;
    StorageStatus removeDir(const std::string &dir) override;
    StorageStatus syncDir(const std::string &dir) override;
};

} // namespace warren::storage
