#pragma once
// RabbitMQ's rules for redeclaring an existing exchange or queue: which
// properties and arguments must match, and the error text when they do not.
// Pure functions; any thread.

#include "common/field_value.h"

#include <optional>
#include <string>

namespace warren::model {

struct ExchangeOptions;
struct QueueOptions;

/// nullopt if equivalent, else RabbitMQ's PRECONDITION_FAILED text.
std::optional<std::string> exchangeInequivalence(const std::string &vhost, const std::string &name,
                                                 const ExchangeOptions &current, const ExchangeOptions &requested);
/// Checks durable/auto-delete and the queue arguments RabbitMQ compares
/// (x-message-ttl, x-max-length, …); unknown arguments are not compared.
/// Integer arguments compare by value whatever their wire width.
/// RabbitMQ's check of the x- arguments it understands (types and ranges),
/// done on every non-passive declare; nullopt if fine, else the 406 text,
/// e.g. "invalid arg 'x-max-priority' for queue 'q' in vhost '/': {max_value_exceeded,300}".
std::optional<std::string> queueArgumentsError(const std::string &vhost, const std::string &name,
                                               const FieldTable &arguments);

std::optional<std::string> queueInequivalence(const std::string &vhost, const std::string &name,
                                              const QueueOptions &current, const QueueOptions &requested);

} // namespace warren::model
