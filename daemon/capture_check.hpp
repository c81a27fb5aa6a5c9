#pragma once
// A wall's picture is passed on only if it is the frame the wall said it
// presented: its pixels, hashed as the wall hashes them, give the hash of
// its report. Pure (no socket, no loop), and run off wresd's event loop:
// decoding a 4K PNG takes a while.
#include <optional>
#include <string>

#include "wres/model/frame_report.hpp"

namespace wresd {

// The largest picture wresd decodes to check: 8K (7680 x 4320).
inline constexpr long long kMaxCheckedPixels = 7680LL * 4320;

// XXH3-64 (16 hex digits) of `png`'s pixels in the order the wall read them
// back: BGRA, bottom row first, alpha 255. nullopt, and why, when `png` is
// not a PNG of width x height.
[[nodiscard]] std::optional<std::string> png_pixel_hash(const std::string& png, int width, int height,
                                                        std::string* why);

// Why a capture must not be passed on (its base64 PNG and its frame report),
// or nullopt when its pixels are the reported frame's.
[[nodiscard]] std::optional<std::string> capture_problem(const std::string& png_base64, const wres::FrameReport& frame);

}  // namespace wresd
