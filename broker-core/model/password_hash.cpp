#include "model/password_hash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace warren::model {

namespace {
constexpr int kSaltBytes = 4;

QByteArray digest(const QByteArray &salt, const std::string &password)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(QByteArrayView(password.data(), qsizetype(password.size())));
    return hash.result();
}
} // namespace

std::string hashPasswordWithSalt(const std::string &password, const std::string &salt)
{
    const QByteArray s(salt.data(), qsizetype(salt.size()));
    return (s + digest(s, password)).toBase64().toStdString();
}

std::string hashPassword(const std::string &password)
{
    std::string salt(kSaltBytes, '\0');
    const quint32 r = QRandomGenerator::system()->generate();
    for (int i = 0; i < kSaltBytes; ++i)
        salt[std::size_t(i)] = char((r >> (8 * i)) & 0xff);
    return hashPasswordWithSalt(password, salt);
}

bool checkPassword(const std::string &storedHash, const std::string &password)
{
    if (storedHash.empty())
        return false;
    const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(storedHash),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (raw.size() != kSaltBytes + 32)
        return false;
    const QByteArray salt = raw.left(kSaltBytes);
    const QByteArray expected = digest(salt, password);
    // Constant-time comparison: a timing side channel should not reveal how
    // much of the digest matched.
    unsigned char diff = 0;
    for (int i = 0; i < 32; ++i)
        diff |= static_cast<unsigned char>(raw[kSaltBytes + i] ^ expected[i]);
    return diff == 0;
}

} // namespace warren::model
