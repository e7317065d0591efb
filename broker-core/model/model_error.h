#pragma once
// Errors raised by model operations, in neutral terms. Each protocol session
// maps a kind to its wire error in one place (AMQP: reply codes).

#include "common/result.h"

#include <string>

namespace warren::model {

enum class ErrorKind {
    NotFound,           ///< no such exchange/queue
    ResourceLocked,     ///< exclusive queue of another connection, exclusive consumer
    PreconditionFailed, ///< inequivalent redeclare, if-unused/if-empty, bad argument
    AccessRefused,      ///< reserved name, default exchange
    NotAllowed,         ///< vhost not allowed
    ResourceError,      ///< limits
    Internal,
};

struct ModelError {
    ErrorKind kind = ErrorKind::Internal;
    std::string text;
};

template <typename T>
using ModelResult = Result<T, ModelError>;
using ModelStatus = Status<ModelError>;

inline Unexpected<ModelError> modelError(ErrorKind kind, std::string text)
{
    return {ModelError{kind, std::move(text)}};
}

} // namespace warren::model
