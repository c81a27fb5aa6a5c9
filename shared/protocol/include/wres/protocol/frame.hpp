#pragma once
// Length-prefixed framing, as pure buffer code (no sockets), so it can be
// unit tested and fuzzed on its own.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wres::protocol {

// 4-byte big-endian length + payload.
std::string encode_frame(std::string_view payload);
std::uint32_t decode_length(const unsigned char* header4);

// Accumulates bytes from a stream and yields whole payloads. Refuses a frame
// whose declared length exceeds the cap before buffering any of it.
class FrameDecoder {
 public:
  explicit FrameDecoder(std::uint32_t max_payload) : max_(max_payload) {}
  void feed(std::string_view bytes);
  // The next complete payload, if any. After an error, always nullopt.
  [[nodiscard]] std::optional<std::string> next();
  void set_max(std::uint32_t max_payload) { max_ = max_payload; }
  [[nodiscard]] bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  std::size_t buffered() const { return buf_.size() - pos_; }

 private:
  std::uint32_t max_;
  std::string buf_;
  std::size_t pos_ = 0;
  std::string error_;
};

}  // namespace wres::protocol
