#include "fonts.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include "wres/text/wall_fonts.hpp"

namespace display {

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

constexpr ImWchar kBox = 0xFFFD;  // ImGui draws its font's U+FFFD for a character it lacks

// Latin-1 plus the punctuation admins paste from Word (dashes, quotes, bullet, ellipsis).
const ImWchar kText[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190,
                         0x2193, 0x2212, 0x2212, 0x2248, 0x2248, 0};
const ImWchar kFigures[] = {0x0020, 0x007E, 0x00B7, 0x00B7, 0x2212, 0x2212, 0};

// ImGui keeps pointers to the ranges until the atlas is built.
struct Ranges {
  ImVector<ImWchar> text;                           // the base ranges and the snapshot's characters
  std::map<std::size_t, ImVector<ImWchar>> merged;  // per fallback face, the characters it draws
};

// Which fallback face draws each character Inter lacks; `missing` gets those none has.
std::map<std::size_t, std::vector<char32_t>> by_face(wres::GlyphCoverage& coverage, const std::vector<char32_t>& glyphs,
                                                     std::vector<char32_t>* missing) {
  std::map<std::size_t, std::vector<char32_t>> out;
  for (char32_t c : glyphs) {
    auto face = coverage.face_for(c);
    if (!face) {
      if (missing) missing->push_back(c);
    } else if (*face > 0) {
      out[*face].push_back(c);
    }
  }
  return out;
}

ImVector<ImWchar> ranges_of(const ImWchar* base, const std::vector<char32_t>& extra) {
  ImFontGlyphRangesBuilder b;
  b.AddRanges(base);
  for (char32_t c : extra)
    if (c <= IM_UNICODE_CODEPOINT_MAX) b.AddChar(static_cast<ImWchar>(c));
  ImVector<ImWchar> out;
  b.BuildRanges(&out);
  return out;
}

ImFontConfig config(float px) {
  ImFontConfig cfg;
  cfg.OversampleH = 2;  // sub-pixel positioning; 3 costs memory for no visible gain at these sizes
  cfg.OversampleV = 1;
  cfg.SizePixels = px;
  return cfg;
}

// One face of the wall's: Inter, then the fallbacks merged into it, then a
// box glyph for characters none of them has.
struct FaceSet {
  wres::GlyphCoverage& coverage;
  Ranges& ranges;
  std::vector<int> box_rects;

  ImFont* add(ImFontAtlas* atlas, const std::string& inter, float px, const ImVector<ImWchar>& text,
              bool with_fallbacks = true) {
    ImFontConfig cfg = config(px);
    ImFont* f =
        inter.empty() ? atlas->AddFontDefault(&cfg) : atlas->AddFontFromFileTTF(inter.c_str(), px, &cfg, text.Data);
    for (auto& [face, r] : ranges.merged) {
      if (!with_fallbacks) break;
      const std::string& data = coverage.data(face);
      const float face_px = std::round(px * coverage.faces()[face].size_ratio);
      ImFontConfig m = config(face_px);
      m.MergeMode = true;
      m.FontNo = coverage.faces()[face].index;
      m.FontDataOwnedByAtlas = false;  // read once for all sizes; freed after the build
      atlas->AddFontFromMemoryTTF(const_cast<char*>(data.data()), static_cast<int>(data.size()), face_px, &m, r.Data);
    }
    int w = std::max(4, static_cast<int>(px * 0.5f)), h = std::max(6, static_cast<int>(px * 0.7f));
    box_rects.push_back(atlas->AddCustomRectFontGlyph(f, kBox, w, h, static_cast<float>(w) + px * 0.12f,
                                                      ImVec2(px * 0.06f, px * 0.22f)));
    return f;
  }
};

// An outline, so a missing character reads as "something is here the wall
// cannot draw", never as a letter or a blank.
void draw_boxes(ImFontAtlas* atlas, const std::vector<int>& rects) {
  unsigned char* pixels = nullptr;
  int tex_w = 0, tex_h = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &tex_w, &tex_h);
  for (int id : rects) {
    const auto* r = atlas->GetCustomRectByIndex(id);
    int stroke = std::max(1, r->Width / 8);
    for (int y = 0; y < r->Height; ++y)
      for (int x = 0; x < r->Width; ++x) {
        bool edge = x < stroke || y < stroke || x >= r->Width - stroke || y >= r->Height - stroke;
        pixels[(r->Y + y) * tex_w + r->X + x] = edge ? 0xFF : 0x00;
      }
  }
}

}  // namespace

Fonts build_fonts(const Scale& s, const GlyphsNeeded& glyphs) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  wres::GlyphCoverage coverage(wres::wall_font_faces("Regular"));
  static const ImWchar kNone[] = {0};
  Fonts f;
  Ranges text, figures;
  text.text = ranges_of(kText, glyphs.text);
  const auto text_faces = by_face(coverage, glyphs.text, &f.missing);
  for (const auto& [face, cs] : text_faces) text.merged[face] = ranges_of(kNone, cs);
  figures.text = ranges_of(kText, glyphs.figures);
  for (const auto& [face, cs] : by_face(coverage, glyphs.figures, nullptr)) figures.merged[face] = ranges_of(kNone, cs);
  ImVector<ImWchar> headline = ranges_of(kFigures, {});
  std::string regular = inter_path("Regular"), semibold = inter_path("SemiBold"), bold = inter_path("Bold");
  FaceSet faces{coverage, text, {}};
  f.body = faces.add(atlas, regular, s.body, text.text);  // first added: ImGui's default
  f.tiny = faces.add(atlas, regular, s.tiny, text.text);
  f.small = faces.add(atlas, regular, s.small, text.text);
  f.body_bold = faces.add(atlas, semibold, s.body, text.text);
  f.heading = faces.add(atlas, semibold, s.heading, text.text);
  FaceSet figure_faces{coverage, figures, {}};
  f.big = figure_faces.add(atlas, bold, s.big, figures.text);
  f.huge = figure_faces.add(atlas, bold, s.huge, headline, false);  // digits and signs only
  atlas->Build();
  draw_boxes(atlas, faces.box_rects);
  draw_boxes(atlas, figure_faces.box_rects);
  atlas->ClearInputData();  // the font files (the CJK one is 19 MB) are not kept
  f.built_for_u = s.u;
  f.built_for_glyphs = glyphs;
  f.faces_used.push_back(regular.empty() ? "ImGui default" : "Inter");
  for (const auto& [face, cs] : text_faces) f.faces_used.push_back(coverage.faces()[face].role);
  return f;
}

}  // namespace display
