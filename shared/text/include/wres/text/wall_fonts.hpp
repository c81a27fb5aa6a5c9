#pragma once
// The font files the wall draws with, and which characters they can draw.
// One list for both ends: wres-display builds its atlas from it, and
// `wresctl validate` warns about text that no font on it has (it would be
// drawn as a box). Reading a font's character map is not UI: stb_truetype.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wres {

struct FontFace {
  std::string path;
  int index = 0;        // the face inside a collection (.ttc)
  std::string role;     // what it is there for, for messages and docs/wall.md
  std::string package;  // the Debian package that installs it
  bool cjk = false;     // there for Chinese, Japanese and Korean only
  // Drawn this much larger than Inter at the same size, so its letters look
  // the same size (Naskh's are small for their pixel size).
  float size_ratio = 1.0f;
};

// Inter (fonts-inter) first: the wall's own face, with Latin, Greek and
// Cyrillic. Then Noto from Debian for what Inter lacks: Noto Sans (more
// Latin), Noto Naskh Arabic (Arabic and Urdu, with the presentation forms the
// wall's right-to-left shaping uses), Noto Sans CJK SC (Chinese, Japanese
// kana, Korean), Noto Sans Symbols 2. Only the files installed are listed.
// `style`: "Regular", "SemiBold" or "Bold" (Inter's own weights; the
// fallbacks are Regular or Bold).
std::vector<FontFace> wall_font_faces(std::string_view style = "Regular");

// The Debian package with a wall font for `c` that is not among `installed`
// ("fonts-noto-cjk" for Chinese, Japanese and Korean, "fonts-noto-core" for
// the other Noto faces), or "" when that font is there or no wall font draws
// `c` (emoji). The demo installs neither: the CJK fonts alone are 91 MB installed.
std::string missing_font_package(char32_t c, const std::vector<FontFace>& installed);

// Which face draws each character: the first that has it. Font files are read
// only when a character is not in the faces before them, so a board without
// Chinese never loads the 19 MB CJK collection.
class GlyphCoverage {
 public:
  explicit GlyphCoverage(std::vector<FontFace> faces);
  ~GlyphCoverage();
  GlyphCoverage(const GlyphCoverage&) = delete;
  GlyphCoverage& operator=(const GlyphCoverage&) = delete;

  // Index into faces(), or nullopt when none has it (it would be drawn as a box).
  std::optional<std::size_t> face_for(char32_t c);
  const std::vector<FontFace>& faces() const { return faces_; }
  // A face's file as read (for building an atlas from memory); empty when not loaded.
  const std::string& data(std::size_t face) const;

 private:
  struct Loaded;
  [[nodiscard]] bool load(std::size_t face);
  std::vector<FontFace> faces_;
  std::vector<std::unique_ptr<Loaded>> loaded_;
};

// The characters of UTF-8 text, in order; an invalid byte is U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);
// "U+0177"
std::string codepoint_name(char32_t c);

}  // namespace wres
