#include "bidi.hpp"

#include <fribidi.h>

#include <vector>

namespace display {

namespace {
// Hebrew, Arabic, Syriac, Thaana, NKo... and their presentation forms.
bool has_rtl(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]), n = static_cast<unsigned char>(s[i + 1]);
    if (b >= 0xD6 && b <= 0xDF) return true;               // U+0580..U+07FF (U+0580-058F are harmless)
    if (b == 0xE0 && n >= 0xA0 && n <= 0xA3) return true;  // U+0800..U+08FF
    if (b == 0xEF && ((n >= 0xAC && n <= 0xB7) || (n >= 0xB9 && n <= 0xBB)))
      return true;  // U+FB1D..U+FDFF, U+FE70..U+FEFF
  }
  return false;
}
}  // namespace

std::string visual_order(std::string_view text) {
  if (!has_rtl(text) || text.size() > 64 * 1024) return std::string(text);
  std::vector<FriBidiChar> in(text.size() + 1);
  auto len = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, text.data(), static_cast<FriBidiStrIndex>(text.size()),
                                        in.data());
  std::vector<FriBidiCharType> types(static_cast<std::size_t>(len));
  std::vector<FriBidiBracketType> brackets(static_cast<std::size_t>(len));
  std::vector<FriBidiLevel> levels(static_cast<std::size_t>(len));
  std::vector<FriBidiArabicProp> joining(static_cast<std::size_t>(len));
  fribidi_get_bidi_types(in.data(), len, types.data());
  fribidi_get_bracket_types(in.data(), len, types.data(), brackets.data());
  FriBidiParType dir = FRIBIDI_PAR_ON;  // from the first strong letter
  if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &dir, levels.data()))
    return std::string(text);
  fribidi_get_joining_types(in.data(), len, joining.data());
  fribidi_join_arabic(types.data(), len, levels.data(), joining.data());
  fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), len, joining.data(), in.data());
  if (!fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, types.data(), len, 0, dir, levels.data(),
                            in.data(), nullptr))
    return std::string(text);
  // Shaping leaves a zero-width joiner mark (U+FEFF) where a lam-alef ligature
  // took two letters; it has no glyph to draw.
  std::vector<FriBidiChar> out;
  for (FriBidiStrIndex i = 0; i < len; ++i)
    if (in[static_cast<std::size_t>(i)] != 0xFEFF) out.push_back(in[static_cast<std::size_t>(i)]);
  std::string utf8(out.size() * 4 + 1, '\0');
  auto bytes = fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, out.data(), static_cast<FriBidiStrIndex>(out.size()),
                                          utf8.data());
  utf8.resize(static_cast<std::size_t>(bytes));
  return utf8;
}

}  // namespace display
