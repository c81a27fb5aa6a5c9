#include "wres/protocol/frame.hpp"

namespace wres::protocol {

std::string encode_frame(std::string_view payload) {
  auto n = static_cast<std::uint32_t>(payload.size());
  std::string out;
  out.reserve(4 + payload.size());
  out.push_back(static_cast<char>((n >> 24) & 0xff));
  out.push_back(static_cast<char>((n >> 16) & 0xff));
  out.push_back(static_cast<char>((n >> 8) & 0xff));
  out.push_back(static_cast<char>(n & 0xff));
  out.append(payload);
  return out;
}

std::uint32_t decode_length(const unsigned char* h) {
  return (std::uint32_t{h[0]} << 24) | (std::uint32_t{h[1]} << 16) | (std::uint32_t{h[2]} << 8) | std::uint32_t{h[3]};
}

void FrameDecoder::feed(std::string_view bytes) {
  if (failed()) return;
  if (pos_ > 0 && pos_ == buf_.size()) buf_.clear(), pos_ = 0;
  buf_.append(bytes);
}

std::optional<std::string> FrameDecoder::next() {
  if (failed() || buffered() < 4) return std::nullopt;
  std::uint32_t n = decode_length(reinterpret_cast<const unsigned char*>(buf_.data() + pos_));
  if (n > max_) {
    error_ = "frame of " + std::to_string(n) + " bytes exceeds the limit of " + std::to_string(max_);
    return std::nullopt;
  }
  if (buffered() - 4 < n) return std::nullopt;
  std::string payload = buf_.substr(pos_ + 4, n);
  pos_ += 4 + n;
  // Drop consumed bytes once they dominate, so a long session does not grow.
  if (pos_ > (1u << 16) && pos_ * 2 > buf_.size()) buf_.erase(0, pos_), pos_ = 0;
  return payload;
}

}  // namespace wres::protocol
