#pragma once
// The characters a snapshot needs drawn, so the font atlas holds those and no
// more: a Chinese board rasterises its few hundred characters, not CJK's
// tens of thousands. Right-to-left strings count as drawn (shaped), since
// the presentation forms are what the atlas must hold. Pure.
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace display {

struct GlyphsNeeded {
  std::vector<char32_t> text;     // every string's: sorted, unique, all above U+007F (ASCII is always there)
  std::vector<char32_t> figures;  // those the big figures need: the measures' units ("109 人")
  bool operator==(const GlyphsNeeded&) const = default;
};
GlyphsNeeded glyphs_needed(const nlohmann::json& snapshot);

}  // namespace display
