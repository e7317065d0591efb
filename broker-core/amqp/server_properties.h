#pragma once
// The server-properties table sent in connection.start. Kept small: the Go
// client rejects a connection.start frame larger than 4096 bytes.

#include "common/field_value.h"

#include <string>

namespace warren::amqp {

FieldTable serverProperties(const std::string &version, const std::string &clusterName);

} // namespace warren::amqp
