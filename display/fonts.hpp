#pragma once
// Inter (fonts-inter) rasterised at exactly the pixel sizes the layout asks
// for, rebuilt when the framebuffer changes size: crisp at 1080p and 4K, never
// a scaled bitmap. Only the characters the snapshot uses beyond Latin-1 are
// rasterised; what Inter lacks comes from the Noto fallbacks
// (wres/text/wall_fonts.hpp), and what no font has is drawn as a box.
#include <imgui.h>

#include <string>
#include <vector>

#include "glyph_set.hpp"
#include "layout.hpp"

namespace display {

struct Fonts {
  ImFont* tiny = nullptr;
  ImFont* small = nullptr;
  ImFont* body = nullptr;
  ImFont* body_bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* big = nullptr;   // figures
  ImFont* huge = nullptr;  // headline figures: digits and signs only
  float built_for_u = 0;
  GlyphsNeeded built_for_glyphs;        // the extra characters in the atlas
  std::vector<std::string> faces_used;  // "Inter", "Noto Sans CJK SC", ...
  std::vector<char32_t> missing;        // in no font: drawn as a box
};

// Where Inter lives; empty when fonts-inter is not installed.
std::string inter_path(const char* style);
// Rebuilds the atlas (CPU side); the caller re-uploads the texture. Falls
// back to ImGui's built-in font, scaled, when Inter is missing. `glyphs`:
// the characters beyond the built-in ranges the text needs (glyph_set.hpp);
// the figures' sizes get only the figures' own, so a Chinese board does not
// rasterise its text at headline size.
Fonts build_fonts(const Scale& s, const GlyphsNeeded& glyphs = {});

}  // namespace display
