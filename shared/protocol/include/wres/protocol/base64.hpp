#pragma once
// Base64 (RFC 4648) for a PNG carried in a JSON message, through libb64.
#include <optional>
#include <string>
#include <string_view>

namespace wres::protocol {

std::string base64_encode(std::string_view bytes);
// nullopt for text that is not base64 (a character outside the alphabet, or
// a length no encoder writes): libb64 alone would skip such characters.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace wres::protocol
