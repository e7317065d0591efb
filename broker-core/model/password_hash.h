#pragma once
// Password hashes in RabbitMQ's default format (rabbit_password_hashing_sha256):
// base64(salt ++ SHA-256(salt ++ utf8 password)) with a 4-byte random salt,
// so hashes exported from RabbitMQ definitions check here and vice versa.
// Pure functions; any thread.

#include <string>

namespace warren::model {

/// A new salted hash of `password` (fresh random salt each call).
std::string hashPassword(const std::string &password);
/// The hash of `password` with a given 4-byte salt (tests, imports).
std::string hashPasswordWithSalt(const std::string &password, const std::string &salt);
/// True if `password` matches `storedHash`. An empty or malformed hash
/// matches nothing (a user without a password cannot log in by password).
bool checkPassword(const std::string &storedHash, const std::string &password);

} // namespace warren::model
