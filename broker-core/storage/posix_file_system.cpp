#include "storage/posix_file_system.h"

#include <atomic>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace warren::storage {

std::string joinPath(const std::string &dir, const std::string &name)
{
    if (dir.empty())
        return name;
    if (dir.back() == '/')
        return dir + name;
    return dir + "/" + name;
}

namespace {

Unexpected<StorageError> errnoError(int err, const char *what, const std::string &path)
{
    StorageError::Kind kind = StorageError::Kind::Io;
    if (err == ENOSPC || err == EDQUOT)
        kind = StorageError::Kind::NoSpace;
    else if (err == ENOENT)
        kind = StorageError::Kind::NotFound;
    return storageError(kind, std::string(what) + " " + path + ": " + std::strerror(err));
}

/// Owner: whoever holds the shared_ptr; the fd closes with the last one.
class PosixFile final : public File {
public:
    PosixFile(int fd, std::string path, std::uint64_t size) : m_fd(fd), m_path(std::move(path)), m_size(size) {}
    ~PosixFile() override { ::close(m_fd); }

    StorageResult<std::size_t> read(std::uint64_t position, std::span<std::byte> out) override
    {
        std::size_t done = 0;
        while (done < out.size()) {
            ssize_t n = ::pread(m_fd, out.data() + done, out.size() - done, off_t(position + done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return errnoError(errno, "pread", m_path);
            }
            if (n == 0)
                break;
            done += std::size_t(n);
        }
        return done;
    }

    StorageStatus append(std::span<const std::byte> data) override
    {
        // Single writer: m_size is the end of file.
        std::uint64_t pos = m_size.load(std::memory_order_relaxed);
        std::size_t done = 0;
        while (done < data.size()) {
            ssize_t n = ::pwrite(m_fd, data.data() + done, data.size() - done, off_t(pos + done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                int err = errno;
                m_size.store(pos + done, std::memory_order_release);
                return errnoError(err, "pwrite", m_path);
            }
            done += std::size_t(n);
        }
        m_size.store(pos + done, std::memory_order_release);
        return {};
    }

    StorageStatus sync() override
    {
        if (::fdatasync(m_fd) != 0)
            return errnoError(errno, "fdatasync", m_path);
        return {};
    }

    StorageStatus truncate(std::uint64_t size) override
    {
        if (::ftruncate(m_fd, off_t(size)) != 0)
            return errnoError(errno, "ftruncate", m_path);
        m_size.store(size, std::memory_order_release);
        return {};
    }

    std::uint64_t size() const override { return m_size.load(std::memory_order_acquire); }

private:
    int m_fd;
    std::string m_path;
    std::atomic<std::uint64_t> m_size;
};

} // namespace

StorageResult<std::shared_ptr<File>> PosixFileSystem::open(const std::string &path, bool create)
{
    int flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0);
    int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0)
        return errnoError(errno, "open", path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        return errnoError(err, "fstat", path);
    }
    return std::shared_ptr<File>(std::make_shared<PosixFile>(fd, path, std::uint64_t(st.st_size)));
}

bool PosixFileSystem::exists(const std::string &path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

StorageStatus PosixFileSystem::remove(const std::string &path)
{
    if (::unlink(path.c_str()) != 0)
        return errnoError(errno, "unlink", path);
    return {};
}

StorageStatus PosixFileSystem::rename(const std::string &from, const std::string &to)
{
    if (::rename(from.c_str(), to.c_str()) != 0)
        return errnoError(errno, "rename", from);
    return {};
}

StorageResult<std::vector<std::string>> PosixFileSystem::list(const std::string &dir)
{
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return errnoError(errno, "opendir", dir);
    std::vector<std::string> names;
    while (dirent *e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..")
            continue;
        struct stat st {};
        if (::stat(joinPath(dir, name).c_str(), &st) == 0 && S_ISREG(st.st_mode))
            names.push_back(std::move(name));
    }
    ::closedir(d);
    return names;
}

StorageStatus PosixFileSystem::mkdirs(const std::string &dir)
{
    std::string prefix;
    std::size_t pos = 0;
    while (pos != std::string::npos) {
        pos = dir.find('/', pos + 1);
        prefix = dir.substr(0, pos);
        if (prefix.empty())
            continue;
        if (::mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST)
            return errnoError(errno, "mkdir", prefix);
    }
    return {};
}

StorageStatus PosixFileSystem::removeDir(const std::string &dir)
{
    if (::rmdir(dir.c_str()) != 0)
        return errnoError(errno, "rmdir", dir);
    return {};
}

StorageStatus PosixFileSystem::syncDir(const std::string &dir)
{
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, "open dir", dir);
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0)
        return errnoError(err, "fsync dir", dir);
    return {};
}

} // namespace warren::storage
