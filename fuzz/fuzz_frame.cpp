// libFuzzer target: the socket frame decoder and message parser, fed the
// bytes in chunks whose sizes the input picks (as a socket would split them).
// Oracle besides the sanitizers: the payloads it yields, framed again, are
// exactly the bytes it consumed; none exceeds the cap; after an error it yields nothing.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "wres/protocol/frame.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace {
constexpr std::uint32_t kCap = 4096;

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "frame decoder: %s\n", what);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::size_t chunk = 1 + data[0] % 64;  // 1..64 bytes per read
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  wres::protocol::FrameDecoder decoder(kCap);
  std::string reframed;
  for (std::size_t at = 0; at < bytes.size(); at += chunk) {
    decoder.feed(bytes.substr(at, chunk));
    while (auto payload = decoder.next()) {
      if (decoder.failed()) fail("yielded a payload after an error");
      if (payload->size() > kCap) fail("yielded a payload over the cap");
      reframed += wres::protocol::encode_frame(*payload);
      auto message = wres::protocol::parse_message(*payload);
      // The large-message check (it reads a frame before it is built) passes
      // only what is JSON, and only a captured message.
      if (!wres::protocol::large_message_problem(*payload) &&
          (!message || wres::protocol::type_of(*message) != wres::protocol::MessageType::captured))
        fail("the large-message check passed what is not a captured message");
    }
  }
  if (decoder.failed()) {
    if (decoder.next()) fail("yielded a payload after an error");
    return 0;
  }
  if (reframed.size() + decoder.buffered() != bytes.size() || bytes.substr(0, reframed.size()) != reframed)
    fail("payloads do not frame back to the bytes consumed");
  return 0;
}
