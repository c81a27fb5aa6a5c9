// Which of the wall's fonts draws a character (the Debian fonts CI installs:
// fonts-inter, fonts-noto-core, fonts-noto-cjk), and UTF-8 read as characters.
#include <gtest/gtest.h>

#include "wres/config/glyph_check.hpp"
#include "wres/text/wall_fonts.hpp"

using namespace wres;

TEST(WallFonts, EachScriptHasItsFace) {
  GlyphCoverage fonts(wall_font_faces());
  auto role = [&](char32_t c) {
    auto face = fonts.face_for(c);
    return face ? fonts.faces()[*face].role : std::string("none");
  };
  EXPECT_EQ(role(U'a'), "Inter");
  EXPECT_EQ(role(U'\u0175'), "Inter");              // ŵ: Inter has Latin Extended-A
  EXPECT_EQ(role(U'\u0141'), "Inter");              // Ł
  EXPECT_EQ(role(U'\u03A9'), "Inter");              // Ω
  EXPECT_EQ(role(U'\u0416'), "Inter");              // Ж
  EXPECT_EQ(role(U'\uFEFC'), "Noto Naskh Arabic");  // lam-alef final: the shaped forms
  EXPECT_EQ(role(U'\u06D2'), "Noto Naskh Arabic");  // ے, Urdu's yeh barree
  EXPECT_EQ(role(U'\u79CD'), "Noto Sans CJK SC");   // 种
  EXPECT_EQ(role(U'\U0001F600'), "none");           // an emoji: drawn as a box
}

TEST(WallFonts, Utf8AsCharacters) {
  EXPECT_EQ(decode_utf8("a\xC5\xB5\xE7\xA7\x8D\xF0\x9F\x98\x80"),
            (std::vector<char32_t>{U'a', 0x0175, 0x79CD, 0x1F600}));
  EXPECT_EQ(decode_utf8("a\xC5"), (std::vector<char32_t>{U'a', 0xFFFD}));  // cut short
  EXPECT_EQ(codepoint_name(0x1F600), "U+1F600");
  EXPECT_EQ(codepoint_name(0x177), "U+0177");
}

// A box on the wall for want of a font Debian has: validate names the package
// (the demo installs only Inter; the CJK fonts alone are 91 MB installed).
TEST(WallFonts, ABoxForWantOfAnInstallableFontNamesItsPackage) {
  std::vector<FontFace> latin_only;
  for (const auto& f : wall_font_faces())
    if (f.role == "Inter") latin_only.push_back(f);
  ASSERT_EQ(latin_only.size(), 1u);
  EXPECT_EQ(missing_font_package(U'\u79CD', latin_only), "fonts-noto-cjk");   // 种
  EXPECT_EQ(missing_font_package(U'\u06D2', latin_only), "fonts-noto-core");  // ے
  EXPECT_EQ(missing_font_package(U'\U0001F600', latin_only), "");             // no wall font has emoji
  EXPECT_EQ(missing_font_package(U'\u79CD', wall_font_faces()), "");          // CI has every font

  auto board = load_board(std::string(WRES_SOURCE_DIR) + "/tests/data/multilingual-board.toml");
  GlyphCoverage fonts(latin_only);
  auto boxes = undrawable_text(board, fonts);
  auto said = [&](const std::string& text) {
    for (const auto& d : boxes)
      if (d.message.find(text) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(
      said("U+79CD is in none of the wall's fonts (Inter): the wall draws it as a box; to draw it: sudo "
           "apt-get install fonts-noto-cjk"));
  EXPECT_TRUE(
      said("U+06A9 is in none of the wall's fonts (Inter): the wall draws it as a box; to draw it: sudo "
           "apt-get install fonts-noto-core"));
  EXPECT_TRUE(said("U+1F600 is in none of the wall's fonts (Inter): the wall draws it as a box"));
  EXPECT_FALSE(said("U+1F600 is in none of the wall's fonts (Inter): the wall draws it as a box;"));
}
