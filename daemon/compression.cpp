#include "compression.hpp"

#include <zstd.h>

namespace wresd {

namespace {
// Level 3 (zstd's default): a 20 MB board compresses in well under a second.
constexpr int kLevel = 3;
// A frame that claims more than this is damaged, not a board.
constexpr unsigned long long kMaxDecompressed = 1ull << 30;
}  // namespace

std::string compress(const std::string& bytes) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), kLevel);
  if (ZSTD_isError(n)) return {};  // only on out-of-memory; the caller stores nothing
  out.resize(n);
  return out;
}

std::optional<std::string> decompress(const std::string& blob) {
  unsigned long long size = ZSTD_getFrameContentSize(blob.data(), blob.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxDecompressed)
    return std::nullopt;
  std::string out(static_cast<std::size_t>(size), '\0');
  std::size_t n = ZSTD_decompress(out.data(), out.size(), blob.data(), blob.size());
  if (ZSTD_isError(n) || n != size) return std::nullopt;
  return out;
}

}  // namespace wresd
