#include "wres/config/glyph_check.hpp"

#include <set>

#include "table_reader.hpp"

namespace wres {

namespace {

std::string font_list(const GlyphCoverage& fonts) {
  std::string out;
  for (const auto& f : fonts.faces()) out += (out.empty() ? "" : ", ") + f.role;
  return out.empty() ? "no fonts installed" : out;
}

void walk(const toml::node& n, GlyphCoverage& fonts, std::vector<Diagnostic>& out) {
  if (auto s = n.as_string()) {
    std::set<char32_t> said;
    for (char32_t c : decode_utf8(s->get())) {
      if (c < 0x80 || said.count(c) || fonts.face_for(c)) continue;
      said.insert(c);
      std::string package = missing_font_package(c, fonts.faces());
      out.push_back({config::loc(n), codepoint_name(c) + " is in none of the wall's fonts (" + font_list(fonts) +
                                         "): the wall draws it as a box" +
                                         (package.empty() ? "" : "; to draw it: sudo apt-get install " + package)});
    }
  } else if (auto t = n.as_table()) {
    for (const auto& [k, v] : *t) walk(v, fonts, out);
  } else if (auto a = n.as_array()) {
    for (const auto& v : *a) walk(v, fonts, out);
  }
}

}  // namespace

std::vector<Diagnostic> undrawable_text(const LoadResult& loaded, GlyphCoverage& fonts) {
  std::vector<Diagnostic> out;
  for (const auto& src : loaded.texts) {
    try {
      toml::table root = toml::parse(src.text, src.path);
      walk(root, fonts, out);
    } catch (const toml::parse_error&) {  // said by the loader already
    }
  }
  return out;
}

}  // namespace wres
