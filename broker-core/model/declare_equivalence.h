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
std::optional<std::string> queueInequivalence(const std::string &vhost, const std::string &name,
                                              const QueueOptions &current, const QueueOptions &requested);

} // namespace warren::model
