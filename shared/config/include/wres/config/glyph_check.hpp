#pragma once
// Text the wall cannot draw: characters in none of its fonts (an emoji, a
// script with no font installed), which it would show as a box. A separate
// pass for `wresctl validate`, so the daemon never reads font files.
#include <vector>

#include "wres/config/load.hpp"
#include "wres/text/wall_fonts.hpp"

namespace wres {

// One warning per character per text value, at the value's place.
[[nodiscard]] std::vector<Diagnostic> undrawable_text(const LoadResult& loaded, GlyphCoverage& fonts);

}  // namespace wres
