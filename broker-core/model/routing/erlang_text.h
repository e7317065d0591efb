#pragma once
// Renders field values the way RabbitMQ's error messages show them: Erlang's
// `~tp` of the decoded term, e.g. <<"foo">>, {2,314}, [{signedint,1}]. Used to
// reproduce RabbitMQ's 406 texts word for word.

#include "common/field_value.h"

#include <string>
#include <string_view>

namespace warren::model {

/// RabbitMQ's type atom for a value: signedint, long, longstr, binary, void, …
std::string_view rabbitTypeName(const FieldValue &value);

/// The value as Erlang prints it with ~tp. Known approximations: floats use
/// C++'s shortest round-trip digits in Erlang's style (1.5, 1.0e10); terms
/// longer than a line are not wrapped the way Erlang's pretty printer would.
std::string erlangTermText(const FieldValue &value);

/// A binary as ~tp prints it: <<"text">> when printable, else <<1,2,3>>.
std::string erlangBinaryText(std::string_view bytes);

} // namespace warren::model
