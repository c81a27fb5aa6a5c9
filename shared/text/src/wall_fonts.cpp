#include "wres/text/wall_fonts.hpp"

#include <stb/stb_truetype.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace wres {

namespace {

std::string first_existing(std::initializer_list<std::string> paths) {
  for (const auto& p : paths)
    if (std::filesystem::exists(p)) return p;
  return {};
}

std::string inter(std::string_view style) {
  std::string s(style);
  return first_existing(
      {"/usr/share/fonts/opentype/inter/Inter-" + s + ".otf", "/usr/share/fonts/truetype/inter/Inter-" + s + ".ttf"});
}

// Every face the wall can use, with its path empty when not installed.
std::vector<FontFace> every_face(std::string_view style) {
  const std::string noto = "/usr/share/fonts/truetype/noto/", cjk = "/usr/share/fonts/opentype/noto/";
  const std::string weight = style == "Regular" ? "Regular" : "Bold";
  // Noto Sans CJK .ttc faces: 0 JP, 1 KR, 2 SC, 3 TC. SC: NHS boards' Chinese is mostly simplified.
  return {
      {inter(style), 0, "Inter", "fonts-inter"},
      {first_existing({noto + "NotoSans-" + weight + ".ttf"}), 0, "Noto Sans", "fonts-noto-core"},
      {first_existing({noto + "NotoNaskhArabic-" + weight + ".ttf"}), 0, "Noto Naskh Arabic", "fonts-noto-core", false,
       1.25f},
      {first_existing({cjk + "NotoSansCJK-" + weight + ".ttc"}), 2, "Noto Sans CJK SC", "fonts-noto-cjk", true},
      {first_existing({noto + "NotoSansSymbols2-Regular.ttf"}), 0, "Noto Sans Symbols 2", "fonts-noto-core"},
  };
}

}  // namespace

std::vector<FontFace> wall_font_faces(std::string_view style) {
  std::vector<FontFace> out;
  for (auto& f : every_face(style))
    if (!f.path.empty()) out.push_back(std::move(f));
  return out;
}

namespace {
bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}
bool is_emoji(char32_t c) { return c >= 0x1F000 && c <= 0x1FAFF; }
bool has(const std::vector<FontFace>& faces, std::string_view role) {
  for (const auto& f : faces)
    if (f.role == role) return true;
  return false;
}
}  // namespace

// The package of the first face that could draw `c` (a CJK face for CJK, the
// others for the rest) and is not installed.
std::string missing_font_package(char32_t c, const std::vector<FontFace>& installed) {
  if (is_emoji(c)) return "";
  for (const auto& f : every_face("Regular"))
    if (f.cjk == is_cjk(c) && !has(installed, f.role)) return f.package;
  return "";
}

struct GlyphCoverage::Loaded {
  std::string bytes;
  stbtt_fontinfo info{};
  bool ok = false;
};

GlyphCoverage::GlyphCoverage(std::vector<FontFace> faces) : faces_(std::move(faces)), loaded_(faces_.size()) {}
GlyphCoverage::~GlyphCoverage() = default;

bool GlyphCoverage::load(std::size_t i) {
  if (loaded_[i]) return loaded_[i]->ok;
  auto l = std::make_unique<Loaded>();
  // Read straight into its one buffer: through a stringstream the 19 MB CJK
  // file would be held two or three times over at once.
  std::ifstream in(faces_[i].path, std::ios::binary | std::ios::ate);
  auto size = in ? static_cast<std::streamoff>(in.tellg()) : 0;
  if (size > 0) {
    l->bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    if (!in.read(l->bytes.data(), size)) l->bytes.clear();
  }
  const auto* data = reinterpret_cast<const unsigned char*>(l->bytes.data());
  int offset = l->bytes.empty() ? -1 : stbtt_GetFontOffsetForIndex(data, faces_[i].index);
  l->ok = offset >= 0 && stbtt_InitFont(&l->info, data, offset) != 0;
  if (!l->ok) l->bytes.clear();  // a broken file is as if not installed
  loaded_[i] = std::move(l);
  return loaded_[i]->ok;
}

std::optional<std::size_t> GlyphCoverage::face_for(char32_t c) {
  for (std::size_t i = 0; i < faces_.size(); ++i)
    if (load(i) && stbtt_FindGlyphIndex(&loaded_[i]->info, static_cast<int>(c)) != 0) return i;
  return std::nullopt;
}

const std::string& GlyphCoverage::data(std::size_t i) const {
  static const std::string none;
  return loaded_[i] ? loaded_[i]->bytes : none;
}

namespace {

// Bytes in the UTF-8 sequence a lead byte starts; 0 for a byte that cannot lead one.
int sequence_length(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b >> 5) == 6) return 2;
  if ((b >> 4) == 14) return 3;
  if ((b >> 3) == 30) return 4;
  return 0;
}

// The character of the `len`-byte sequence at s[i], or nullopt if it is cut short or broken.
std::optional<char32_t> sequence_at(std::string_view s, std::size_t i, int len) {
  if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) return std::nullopt;
  static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t c = static_cast<unsigned char>(s[i]) & kLeadBits[len];
  for (int k = 1; k < len; ++k) {
    auto cont = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((cont & 0xC0) != 0x80) return std::nullopt;
    c = (c << 6) | (cont & 0x3F);
  }
  return c;
}

}  // namespace

std::vector<char32_t> decode_utf8(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    int len = sequence_length(static_cast<unsigned char>(s[i]));
    auto c = sequence_at(s, i, len);
    out.push_back(c.value_or(U'\uFFFD'));
    i += c ? static_cast<std::size_t>(len) : 1;
  }
  return out;
}

std::string codepoint_name(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace wres
