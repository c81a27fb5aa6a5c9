#include "capture_check.hpp"

#include <stb/stb_image.h>
#include <xxhash.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "wres/protocol/base64.hpp"

namespace wresd {

std::optional<std::string> png_pixel_hash(const std::string& png, int width, int height, std::string* why) {
  auto say = [&](std::string s) {
    if (why) *why = std::move(s);
    return std::nullopt;
  };
  const auto* bytes = reinterpret_cast<const stbi_uc*>(png.data());
  const int len = static_cast<int>(std::min<std::size_t>(png.size(), 0x7fffffff));
  int w = 0, h = 0, channels = 0;
  if (png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || !stbi_info_from_memory(bytes, len, &w, &h, &channels))
    return say("not a PNG");
  if (w != width || h != height)
    return say("a PNG of " + std::to_string(w) + "x" + std::to_string(h) + ", not the reported " +
               std::to_string(width) + "x" + std::to_string(height));
  if (static_cast<long long>(w) * h > kMaxCheckedPixels) return say("larger than 8K");
  std::unique_ptr<stbi_uc, void (*)(void*)> rgb(stbi_load_from_memory(bytes, len, &w, &h, &channels, 3),
                                                stbi_image_free);
  if (!rgb) return say(std::string("the PNG does not decode: ") + stbi_failure_reason());
  std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(), XXH3_freeState);
  XXH3_64bits_reset(state.get());
  const auto uw = static_cast<std::size_t>(w);
  std::vector<unsigned char> row(uw * 4);
  for (int y = h - 1; y >= 0; --y) {  // GL's first row is the bottom one
    const stbi_uc* src = rgb.get() + static_cast<std::size_t>(y) * uw * 3;
    for (std::size_t x = 0; x < uw; ++x)
      row[x * 4] = src[x * 3 + 2], row[x * 4 + 1] = src[x * 3 + 1], row[x * 4 + 2] = src[x * 3], row[x * 4 + 3] = 255;
    XXH3_64bits_update(state.get(), row.data(), row.size());
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(state.get())));
  return std::string(hex);
}

std::optional<std::string> capture_problem(const std::string& png_base64, const wres::FrameReport& frame) {
  auto png = wres::protocol::base64_decode(png_base64);
  if (!png) return "its picture is not base64";
  std::string why;
  auto hash = png_pixel_hash(*png, frame.width, frame.height, &why);
  if (!hash) return "its picture is " + why;
  if (*hash != frame.hash) return "its picture's pixels hash to " + *hash + ", not to the reported " + frame.hash;
  return std::nullopt;
}

}  // namespace wresd
