#pragma once
// Server-side TLS for the AMQP and Kafka listeners (amqps, Kafka's SSL
// listener): loads a PEM certificate chain and its private key into the
// QSslConfiguration every TLS session starts its handshake with. Clients are
// not asked for certificates (RabbitMQ's and Kafka's default: verify none,
// fail_if_no_peer_cert false); TLS 1.2 or later.
//
// Thread: load on the owner thread before the listeners start; the
// configuration is then only read (copied into each QSslSocket) by the
// workers.

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace warren::net {

struct TlsFiles {
    QString certificateFile; ///< PEM: the server certificate first, then its chain
    QString keyFile;         ///< PEM: RSA or EC private key, unencrypted
    bool enabled() const { return !certificateFile.isEmpty() || !keyFile.isEmpty(); }
};

/// The configuration for `files`, or nullopt and a one-line reason (which
/// file, what is wrong) in *error.
std::optional<QSslConfiguration> loadServerTls(const TlsFiles &files, QString *error);

} // namespace warren::net
