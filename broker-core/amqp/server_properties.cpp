#include "amqp/server_properties.h"

namespace warren::amqp {

FieldTable serverProperties(const std::string &version, const std::string &clusterName)
{
    FieldTable caps;
    for (const char *cap : {"publisher_confirms", "exchange_exchange_bindings", "basic.nack",
                            "consumer_cancel_notify", "connection.blocked", "consumer_priorities",
                            "authentication_failure_close", "per_consumer_qos", "direct_reply_to"})
        caps.set(cap, true);
    FieldTable props;
    props.set("capabilities", std::move(caps));
    props.set("cluster_name", clusterName);
    props.set("copyright", "Copyright (c) the Warren authors");
    props.set("information", "Warren: a message broker you can see into");
    props.set("platform", "Qt 6 / C++20");
    props.set("product", "Warren");
    props.set("version", version);
    return props;
}

} // namespace warren::amqp
