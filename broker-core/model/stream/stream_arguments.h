#pragma once
// The rules RabbitMQ 3.10 applies to stream queues over AMQP 0-9-1, as pure
// functions: what a stream declaration must look like, how its retention
// arguments read, and how a consumer's x-stream-offset reads. The texts are
// RabbitMQ's (checked against rabbitmq-server 3.10.8).
//
// Pure functions; any thread.

#include "common/field_value.h"
#include "model/stream/stream_log.h"
#include "model/stream/stream_start.h"

#include <cstdint>
#include <optional>
#include <string>

namespace warren::model {

struct QueueOptions;

/// x-queue-type is "stream".
bool isStreamDeclaration(const FieldTable &arguments);

/// Why a stream declaration is refused (406 PRECONDITION_FAILED), or
/// nullopt: streams must be durable, not exclusive, not auto-delete; the
/// classic-queue arguments (TTL, limits by count, dead-lettering, priorities,
/// single active consumer, …) are refused "of queue type
/// rabbit_stream_queue"; x-max-age must be "<n>Y|M|D|h|m|s".
std::optional<std::string> streamDeclarationError(const std::string &vhost, const std::string &name,
                                                  const QueueOptions &options);

/// "7D" → 7 days in ms (units Y M D h m s, as RabbitMQ's x-max-age); nullopt if malformed.
std::optional<std::int64_t> parseStreamAge(const std::string &text);

/// The stream's retention and segment size from its (validated) arguments.
StreamSettings streamSettingsFrom(const FieldTable &arguments);

/// basic.consume's x-stream-offset: "first", "last", "next", an integer
/// (offset; negative = first), an AMQP timestamp (seconds), or an interval
/// string like "1h" (that long ago). `error` gets RabbitMQ's term for what
/// could not be read, e.g. {invalid_stream_offset_arg,{longstr,<<"5">>}}.
std::optional<StreamStart> parseStreamOffset(const FieldValue *value, std::int64_t nowMs, std::string &error);

} // namespace warren::model
