#include "storage/memory_file_system.h"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace warren::storage {

struct MemoryFileSystem::Node {
    std::mutex mutex;
    std::vector<std::byte> data; // guarded by mutex
    std::uint64_t synced = 0;    // guarded by mutex: length at the last sync
};

namespace {

std::string normalize(std::string path)
{
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    return path;
}

std::string parentOf(const std::string &path)
{
    auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return {};
    return slash == 0 ? "/" : path.substr(0, slash);
}

class MemoryFile final : public File {
public:
    explicit MemoryFile(std::shared_ptr<MemoryFileSystem::Node> node) : m_node(std::move(node)) {}

    StorageResult<std::size_t> read(std::uint64_t position, std::span<std::byte> out) override
    {
        std::lock_guard lock(m_node->mutex);
        const auto &d = m_node->data;
        if (position >= d.size())
            return std::size_t(0);
        std::size_t n = std::min<std::uint64_t>(out.size(), d.size() - position);
        std::memcpy(out.data(), d.data() + position, n);
        return n;
    }
    StorageStatus append(std::span<const std::byte> data) override
    {
        std::lock_guard lock(m_node->mutex);
        m_node->data.insert(m_node->data.end(), data.begin(), data.end());
        return {};
    }
    StorageStatus sync() override
    {
        std::lock_guard lock(m_node->mutex);
        m_node->synced = m_node->data.size();
        return {};
    }
    StorageStatus truncate(std::uint64_t size) override
    {
        std::lock_guard lock(m_node->mutex);
        m_node->data.resize(size);
        m_node->synced = std::min<std::uint64_t>(m_node->synced, size);
        return {};
    }
    std::uint64_t size() const override
    {
        std::lock_guard lock(m_node->mutex);
        return m_node->data.size();
    }

private:
    std::shared_ptr<MemoryFileSystem::Node> m_node;
};

} // namespace

StorageResult<std::shared_ptr<File>> MemoryFileSystem::open(const std::string &rawPath, bool create)
{
    std::string path = normalize(rawPath);
    std::lock_guard lock(m_mutex);
    auto it = m_files.find(path);
    if (it == m_files.end()) {
        if (!create)
            return storageError(StorageError::Kind::NotFound, "open " + path + ": no such file");
        std::string parent = parentOf(path);
        if (!parent.empty() && !m_dirs.count(parent))
            return storageError(StorageError::Kind::NotFound, "open " + path + ": no such directory");
        it = m_files.emplace(path, std::make_shared<Node>()).first;
    }
    return std::shared_ptr<File>(std::make_shared<MemoryFile>(it->second));
}

bool MemoryFileSystem::exists(const std::string &rawPath)
{
    std::string path = normalize(rawPath);
    std::lock_guard lock(m_mutex);
    return m_files.count(path) || m_dirs.count(path);
}

StorageStatus MemoryFileSystem::remove(const std::string &rawPath)
{
    std::string path = normalize(rawPath);
    std::lock_guard lock(m_mutex);
    if (!m_files.erase(path))
        return storageError(StorageError::Kind::NotFound, "remove " + path + ": no such file");
    return {};
}

StorageStatus MemoryFileSystem::rename(const std::string &rawFrom, const std::string &rawTo)
{
    std::string from = normalize(rawFrom), to = normalize(rawTo);
    std::lock_guard lock(m_mutex);
    auto it = m_files.find(from);
    if (it == m_files.end())
        return storageError(StorageError::Kind::NotFound, "rename " + from + ": no such file");
    auto node = it->second;
    m_files.erase(it);
    m_files[to] = std::move(node);
    return {};
}

StorageResult<std::vector<std::string>> MemoryFileSystem::list(const std::string &rawDir)
{
    std::string dir = normalize(rawDir);
    std::lock_guard lock(m_mutex);
    if (!m_dirs.count(dir))
        return storageError(StorageError::Kind::NotFound, "list " + dir + ": no such directory");
    std::vector<std::string> names;
    for (const auto &[path, node] : m_files) {
        if (parentOf(path) == dir)
            names.push_back(path.substr(dir == "/" ? 1 : dir.size() + 1));
    }
    return names;
}

StorageStatus MemoryFileSystem::mkdirs(const std::string &rawDir)
{
    std::string dir = normalize(rawDir);
    std::lock_guard lock(m_mutex);
    for (std::string d = dir; !d.empty() && d != "/"; d = parentOf(d))
        m_dirs.insert(d);
    return {};
}

StorageStatus MemoryFileSystem::removeDir(const std::string &rawDir)
{
    std::string dir = normalize(rawDir);
    std::lock_guard lock(m_mutex);
    if (!m_dirs.count(dir))
        return storageError(StorageError::Kind::NotFound, "rmdir " + dir + ": no such directory");
    for (const auto &[path, node] : m_files)
        if (parentOf(path) == dir)
            return storageError(StorageError::Kind::Io, "rmdir " + dir + ": not empty");
    m_dirs.erase(dir);
    return {};
}

StorageStatus MemoryFileSystem::syncDir(const std::string &)
{
    return {};
}

void MemoryFileSystem::simulateCrash()
{
    std::lock_guard lock(m_mutex);
    for (auto &[path, node] : m_files) {
        std::lock_guard nodeLock(node->mutex);
        node->data.resize(node->synced);
    }
}

std::string MemoryFileSystem::contents(const std::string &path)
{
    std::shared_ptr<Node> node;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_files.find(normalize(path));
        if (it == m_files.end())
            return {};
        node = it->second;
    }
    std::lock_guard nodeLock(node->mutex);
    return std::string(reinterpret_cast<const char *>(node->data.data()), node->data.size());
}

void MemoryFileSystem::setContents(const std::string &rawPath, const std::string &bytes)
{
    std::string path = normalize(rawPath);
    std::lock_guard lock(m_mutex);
    auto &node = m_files[path];
    if (!node)
        node = std::make_shared<Node>();
    std::lock_guard nodeLock(node->mutex);
    auto *p = reinterpret_cast<const std::byte *>(bytes.data());
    node->data.assign(p, p + bytes.size());
    node->synced = node->data.size();
}

} // namespace warren::storage
