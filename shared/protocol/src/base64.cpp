#include "wres/protocol/base64.hpp"

extern "C" {  // libb64's C headers say nothing of C++
#include <b64/cdecode.h>
#include <b64/cencode.h>
}

#include <climits>

namespace wres::protocol {

std::string base64_encode(std::string_view bytes) {
  std::string out;
  base64_encodestate state;
  base64_init_encodestate(&state);
  // libb64 writes a line break every 72 characters: up to 2 more per 72 out.
  out.resize(bytes.size() * 4 / 3 + bytes.size() / 36 + 16);
  std::size_t n = 0;
  constexpr std::size_t kChunk = 1u << 20;  // libb64 counts in int
  for (std::size_t off = 0; off < bytes.size(); off += kChunk) {
    const std::size_t len = std::min(kChunk, bytes.size() - off);
    n += static_cast<std::size_t>(
        base64_encode_block(bytes.data() + off, static_cast<int>(len), out.data() + n, &state));
  }
  n += static_cast<std::size_t>(base64_encode_blockend(out.data() + n, &state));
  out.resize(n);
  std::erase(out, '\n');  // one JSON string, no escaped line breaks
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  std::size_t padding = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool alphabet =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    if (c == '=') {
      ++padding;
    } else if (!alphabet || padding > 0) {
      return std::nullopt;  // a stray character, or text after the padding
    }
  }
  if (text.size() % 4 != 0 || padding > 2) return std::nullopt;
  std::string out(text.size() / 4 * 3, '\0');
  base64_decodestate state;
  base64_init_decodestate(&state);
  std::size_t n = 0;
  constexpr std::size_t kChunk = 1u << 20;  // a multiple of 4
  for (std::size_t off = 0; off < text.size(); off += kChunk) {
    const std::size_t len = std::min(kChunk, text.size() - off);
    n +=
        static_cast<std::size_t>(base64_decode_block(text.data() + off, static_cast<int>(len), out.data() + n, &state));
  }
  out.resize(n);
  return out;
}

}  // namespace wres::protocol
