#include "presented_frame.hpp"

#include <stb/stb_image_write.h>
#include <xxhash.h>
#if defined(__x86_64__)
#include <xxh_x86dispatch.h>  // the widest vector unit the CPU has (AVX2): half the time of SSE2
#endif

#include <cstdio>

namespace display {

namespace {
std::string to_hex(XXH64_hash_t h) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}
}  // namespace

std::string pixel_hash(const std::vector<unsigned char>& bgra) {
#if defined(__x86_64__)
  const XXH64_hash_t h = XXH3_64bits_dispatch(bgra.data(), bgra.size());
#else
  const XXH64_hash_t h = XXH3_64bits(bgra.data(), bgra.size());  // NEON on a Pi
#endif
  return to_hex(h);
}

std::string encode_png(const PresentedFrame& f) {
  const auto w = static_cast<std::size_t>(f.width), h = static_cast<std::size_t>(f.height);
  if (w == 0 || h == 0 || f.bgra.size() != w * h * 4) return {};
  std::vector<unsigned char> rgb(w * h * 3);
  for (std::size_t y = 0; y < h; ++y) {  // GL's first row is the bottom one
    const unsigned char* src = f.bgra.data() + (h - 1 - y) * w * 4;
    unsigned char* dst = rgb.data() + y * w * 3;
    for (std::size_t x = 0; x < w; ++x)  // B, G, R, A -> R, G, B
      dst[x * 3] = src[x * 4 + 2], dst[x * 3 + 1] = src[x * 4 + 1], dst[x * 3 + 2] = src[x * 4];
  }
  std::string out;
  auto append = [](void* ctx, void* data, int size) {
    static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
  };
  if (!stbi_write_png_to_func(append, &out, f.width, f.height, 3, rgb.data(), f.width * 3)) return {};
  return out;
}

}  // namespace display
