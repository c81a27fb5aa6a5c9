#pragma once
// Inter (fonts-inter) rasterised at exactly the pixel sizes the layout asks
// for, rebuilt when the framebuffer changes size: crisp at 1080p and 4K, never
// a scaled bitmap.
#include <imgui.h>

#include <string>

#include "layout.hpp"

namespace wall {

struct Fonts {
  ImFont* tiny = nullptr;
  ImFont* small = nullptr;
  ImFont* body = nullptr;
  ImFont* body_bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* big = nullptr;   // figures
  ImFont* huge = nullptr;  // headline figures: digits and signs only
  float built_for_u = 0;
};

// Where Inter lives; empty when fonts-inter is not installed.
std::string inter_path(const char* style);
// Rebuilds the atlas (CPU side); the caller re-uploads the texture. Falls
// back to ImGui's built-in font, scaled, when Inter is missing.
Fonts build_fonts(const Scale& s);

}  // namespace wall
