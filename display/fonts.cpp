#include "fonts.hpp"

#include <filesystem>

namespace wall {

std::string inter_path(const char* style) {
  for (const char* dir : {"/usr/share/fonts/opentype/inter/", "/usr/share/fonts/truetype/inter/"}) {
    std::string p = std::string(dir) + "Inter-" + style + ".otf";
    if (std::filesystem::exists(p)) return p;
    p = std::string(dir) + "Inter-" + style + ".ttf";
    if (std::filesystem::exists(p)) return p;
  }
  return {};
}

namespace {

// Latin-1 plus the punctuation admins paste from Word (dashes, quotes, bullet, ellipsis).
const ImWchar kText[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190,
                         0x2193, 0x2212, 0x2212, 0x2248, 0x2248, 0};
const ImWchar kFigures[] = {0x0020, 0x007E, 0x00B7, 0x00B7, 0x2212, 0x2212, 0};

ImFont* add(ImFontAtlas* atlas, const std::string& path, float px, const ImWchar* ranges) {
  ImFontConfig cfg;
  cfg.OversampleH = 2;  // sub-pixel positioning; 3 costs memory for no visible gain at these sizes
  cfg.OversampleV = 1;
  if (path.empty()) {
    cfg.SizePixels = px;
    return atlas->AddFontDefault(&cfg);
  }
  return atlas->AddFontFromFileTTF(path.c_str(), px, &cfg, ranges);
}

}  // namespace

Fonts build_fonts(const Scale& s) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  std::string regular = inter_path("Regular"), semibold = inter_path("SemiBold"), bold = inter_path("Bold");
  Fonts f;
  f.body = add(atlas, regular, s.body, kText);  // first added: ImGui's default
  f.tiny = add(atlas, regular, s.tiny, kText);
  f.small = add(atlas, regular, s.small, kText);
  f.body_bold = add(atlas, semibold, s.body, kText);
  f.heading = add(atlas, semibold, s.heading, kText);
  f.big = add(atlas, bold, s.big, kText);
  f.huge = add(atlas, bold, s.huge, kFigures);
  atlas->Build();
  f.built_for_u = s.u;
  return f;
}

}  // namespace wall
