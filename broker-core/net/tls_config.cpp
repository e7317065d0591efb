#include "net/tls_config.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace warren::net {

namespace {
std::optional<QSslConfiguration> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}
} // namespace

std::optional<QSslConfiguration> loadServerTls(const TlsFiles &files, QString *error)
{
    if (!QSslSocket::supportsSsl())
        return fail(error, QStringLiteral("TLS is not available: Qt found no TLS backend (OpenSSL 3)"));
    if (files.certificateFile.isEmpty() || files.keyFile.isEmpty())
        return fail(error, QStringLiteral("TLS needs both a certificate file and a key file"));
    QFile certFile(files.certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot read TLS certificate '%1': %2")
                               .arg(files.certificateFile, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(error, QStringLiteral("TLS certificate '%1' holds no PEM certificate").arg(files.certificateFile));
    QFile keyFile(files.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(error,
                    QStringLiteral("cannot read TLS key '%1': %2").arg(files.keyFile, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(error, QStringLiteral("TLS key '%1' holds no unencrypted PEM private key (RSA, EC or DSA)")
                               .arg(files.keyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

} // namespace warren::net
