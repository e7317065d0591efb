#pragma once
// Shared fixture for storage tests: a file-system backend ("posix" in a
// QTemporaryDir, or "memory") chosen by the test's global data row, so every
// behaviour runs against both (CONVENTIONS.md, "Tests").

#include "batch_builder.h"

#include "storage/batch_header.h"
#include "storage/log.h"
#include "storage/memory_file_system.h"
#include "storage/posix_file_system.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace warren::storage::test {

struct Backend {
    QString kind;
    std::unique_ptr<QTemporaryDir> tmp;
    std::unique_ptr<FileSystem> fs;
    MemoryFileSystem *memory = nullptr; ///< set for the memory backend
    std::string root;

    std::string dir(const std::string &name = "log") const { return joinPath(root, name); }

    /// Whole contents of a file ("" if missing).
    std::string contents(const std::string &path) const
    {
        auto f = fs->open(path, false);
        if (!f.ok())
            return {};
        std::string s(std::size_t((*f)->size()), '\0');
        auto r = (*f)->read(0, std::as_writable_bytes(std::span(s)));
        s.resize(r.ok() ? *r : 0);
        return s;
    }
    /// Replaces a file's contents.
    void write(const std::string &path, const std::string &bytes) const
    {
        auto f = fs->open(path, true);
        QVERIFY(f.ok());
        QVERIFY((*f)->truncate(0).ok());
        if (!bytes.empty())
            QVERIFY((*f)->append(bytesOf(bytes)).ok());
    }
    void truncate(const std::string &path, std::uint64_t size) const
    {
        auto f = fs->open(path, false);
        QVERIFY(f.ok());
        QVERIFY((*f)->truncate(size).ok());
    }
    /// Copies every file of a directory on disk into `target` in this backend.
    void importDir(const QString &from, const std::string &target) const
    {
        QVERIFY(fs->mkdirs(target).ok());
        const auto names = QDir(from).entryList(QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const auto &n : names) {
            QFile f(QDir(from).filePath(n));
            QVERIFY(f.open(QIODevice::ReadOnly));
            write(joinPath(target, n.toStdString()), f.readAll().toStdString());
        }
    }
};

inline std::unique_ptr<Backend> makeBackend(const QString &kind)
{
    auto b = std::make_unique<Backend>();
    b->kind = kind;
    if (kind == QLatin1String("posix")) {
        b->tmp = std::make_unique<QTemporaryDir>();
        b->fs = std::make_unique<PosixFileSystem>();
        b->root = b->tmp->path().toStdString();
    } else {
        auto mem = std::make_unique<MemoryFileSystem>();
        b->memory = mem.get();
        b->fs = std::move(mem);
        b->root = "/mem";
        b->fs->mkdirs(b->root);
    }
    return b;
}

/// For initTestCase_data(): one global row per backend.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("posix") << QStringLiteral("posix");
    QTest::newRow("memory") << QStringLiteral("memory");
}

inline LogConfig smallConfig()
{
    LogConfig c;
    c.segmentBytes = 4096;
    c.indexIntervalBytes = 256;
    c.retentionMs = -1;
    return c;
}

/// Appends `n` batches of `records` records each; returns their results.
inline std::vector<AppendResult> appendBatches(Log &log, int n, BatchSpec spec = {}, std::int64_t nowMs = 1'700'000'000'000)
{
    std::vector<AppendResult> out;
    for (int i = 0; i < n; ++i) {
        std::string b = makeBatch(spec);
        auto r = log.append(bytesOf(b), nowMs);
        if (!r.ok()) {
            qWarning("append failed: %s", r.error().text.c_str());
            return out;
        }
        out.push_back(*r);
    }
    return out;
}

/// Walks a read result's batches, checking each one's CRC; returns the base offsets.
inline std::vector<std::int64_t> batchBasesIn(const std::string &bytes, bool *allValid = nullptr)
{
    std::vector<std::int64_t> bases;
    std::size_t p = 0;
    bool ok = true;
    while (p < bytes.size()) {
        auto h = parseBatchHeader(bytesOf(bytes).subspan(p));
        if (!h || p + h->totalSize() > bytes.size()) {
            ok = false;
            break;
        }
        ok &= validateBatch(bytesOf(bytes).subspan(p, std::size_t(h->totalSize()))).ok();
        bases.push_back(h->baseOffset);
        p += std::size_t(h->totalSize());
    }
    if (allValid)
        *allValid = ok;
    return bases;
}

inline std::string errorText(const StorageError &e)
{
    return std::string(toString(e.kind)) + ": " + e.text;
}

} // namespace warren::storage::test

#define STORAGE_BACKEND()                                                                                              \
    QFETCH_GLOBAL(QString, backend);                                                                                   \
    auto be = warren::storage::test::makeBackend(backend)

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        auto &&_r = (expr);                                                                                            \
        QVERIFY2(_r.ok(), _r.ok() ? "" : warren::storage::test::errorText(_r.error()).c_str());                        \
    } while (0)
