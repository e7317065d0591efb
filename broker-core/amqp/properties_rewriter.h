#pragma once
// AmqpPropertiesRewriter: the AMQP side of model::MessageRewriter. A message
// the broker republishes (a dead letter) keeps its AMQP basic properties
// except for the headers table it is given and, when asked, the expiration.
//
// Stateless and thread-safe: one shared instance serves every vhost.

#include "model/dead_letter.h"

namespace warren::amqp {

class AmqpPropertiesRewriter final : public model::MessageRewriter {
public:
    std::string withHeaders(const std::string &encodedProperties, const FieldTable &headers,
                            bool clearExpiration) const override;

    /// The instance the broker uses.
    static const AmqpPropertiesRewriter &instance();
};

} // namespace warren::amqp
