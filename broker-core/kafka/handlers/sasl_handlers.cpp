// SaslHandshake (v0-v1) and SaslAuthenticate (v0-v1): SASL/PLAIN against the
// broker's users (the same AccessControl the AMQP side logs in with). A
// failed login answers SASL_AUTHENTICATION_FAILED and closes the connection,
// as Kafka does; with KafkaConfig::requireSasl nothing but ApiVersions and
// these two is served before a login (kafka_connection.cpp enforces that).
#include "kafka/handlers/handlers.h"

#include "kafka/codec/error_codes.h"
#include "model/access_control.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKafka)

namespace warren::kafka {

namespace {
constexpr const char *kPlain = "PLAIN";
constexpr const char *kFailedText = "Authentication failed: Invalid username or password";

/// "127.0.0.1:5555", "::1:5555", "::ffff:127.0.0.1:5555" are loopback peers.
bool peerIsLoopback(const std::string &peer)
{
    const auto colon = peer.rfind(':');
    const std::string address = colon == std::string::npos ? peer : peer.substr(0, colon);
    return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}
} // namespace

bool KafkaConnection::authenticatePlain(const std::string &token, std::string *why)
{
    // authzid NUL authcid NUL password (RFC 4616)
    const auto first = token.find('\0');
    const auto second = first == std::string::npos ? std::string::npos : token.find('\0', first + 1);
    if (second == std::string::npos) {
        *why = "malformed PLAIN token";
        return false;
    }
    const std::string user = token.substr(first + 1, second - first - 1);
    const std::string password = token.substr(second + 1);
    if (!m_ctx.access || !m_ctx.access->authenticate(user, password, peerIsLoopback(m_info->peer), why))
        return false;
    const auto ident = m_info->identity();
    m_info->setIdentity(user, ident.vhost, ident.clientProduct, ident.clientVersion);
    return true;
}

void KafkaConnection::respondRaw(const RequestContext &ctx, const std::string &bytes)
{
    std::string frame(4, '\0');
    const auto n = std::uint32_t(bytes.size());
    for (int i = 0; i < 4; ++i)
        frame[std::size_t(i)] = char((n >> (24 - 8 * i)) & 0xff);
    frame += bytes;
    complete(ctx.slot, std::move(frame));
}

void handleSaslHandshake(KafkaConnection &c, const RequestContext &ctx, SaslHandshakeRequest &&req)
{
    SaslHandshakeResponse resp;
    resp.mechanisms = {kPlain};
    if (c.saslState() == KafkaConnection::SaslState::Authenticated) {
        resp.errorCode = errc::ILLEGAL_SASL_STATE;
        c.respond(ctx, resp);
        c.closeWithReason("SaslHandshake after authentication");
        return;
    }
    if (req.mechanism != kPlain) {
        resp.errorCode = errc::UNSUPPORTED_SASL_MECHANISM;
        c.respond(ctx, resp);
        c.closeWithReason("unsupported SASL mechanism '" + req.mechanism + "'");
        return;
    }
    c.respond(ctx, resp);
    // v0: the token follows bare; v1: inside SaslAuthenticate requests.
    c.setSaslState(ctx.apiVersion == 0 ? KafkaConnection::SaslState::AwaitRawToken
                                       : KafkaConnection::SaslState::AwaitAuthenticate);
}

void handleSaslAuthenticate(KafkaConnection &c, const RequestContext &ctx, SaslAuthenticateRequest &&req)
{
    SaslAuthenticateResponse resp;
    if (c.saslState() != KafkaConnection::SaslState::AwaitAuthenticate) {
        resp.errorCode = errc::ILLEGAL_SASL_STATE;
        resp.errorMessage = "SaslAuthenticate without a SaslHandshake v1 for PLAIN";
        c.respond(ctx, resp);
        c.closeWithReason(*resp.errorMessage);
        return;
    }
    std::string why;
    if (!c.authenticatePlain(req.authBytes, &why)) {
        qCInfo(lcKafka).noquote() << "SASL/PLAIN login refused from" << QString::fromStdString(c.info().peer) << "-"
                                  << QString::fromStdString(why);
        resp.errorCode = errc::SASL_AUTHENTICATION_FAILED;
        resp.errorMessage = kFailedText;
        c.respond(ctx, resp);
        c.closeWithReason("SASL authentication failed: " + why);
        return;
    }
    c.setSaslState(KafkaConnection::SaslState::Authenticated);
    c.respond(ctx, resp);
}

void handleRawSaslToken(KafkaConnection &c, const RequestContext &ctx, std::string token)
{
    std::string why;
    if (!c.authenticatePlain(token, &why)) {
        qCInfo(lcKafka).noquote() << "SASL/PLAIN (v0) login refused from" << QString::fromStdString(c.info().peer)
                                  << "-" << QString::fromStdString(why);
        c.respondNothing(ctx);
        c.closeWithReason("SASL authentication failed: " + why);
        return;
    }
    c.setSaslState(KafkaConnection::SaslState::Authenticated);
    c.respondRaw(ctx, std::string());
}

} // namespace warren::kafka
