#include "glyph_set.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "bidi.hpp"
#include "wres/text/wall_fonts.hpp"

namespace display {

namespace {
void add(std::vector<char32_t>& out, const std::string& s) {
  for (char32_t c : wres::decode_utf8(s))
    if (c > 0x7F) out.push_back(c);
}

void walk(const nlohmann::json& j, std::vector<char32_t>& out) {
  if (j.is_string()) {
    const auto& s = j.get_ref<const std::string&>();
    add(out, s);
    if (std::string v = visual_order(s); v != s) add(out, v);
  } else if (j.is_structured()) {
    for (const auto& e : j) walk(e, out);
  }
}
}  // namespace

namespace {
void sort_unique(std::vector<char32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}
}  // namespace

GlyphsNeeded glyphs_needed(const nlohmann::json& snapshot) {
  GlyphsNeeded out;
  walk(snapshot, out.text);
  sort_unique(out.text);
  if (auto m = snapshot.find("measures"); m != snapshot.end() && m->is_array())
    for (const auto& measure : *m)
      if (auto u = measure.find("unit"); u != measure.end()) walk(*u, out.figures);
  sort_unique(out.figures);
  return out;
}

}  // namespace display
