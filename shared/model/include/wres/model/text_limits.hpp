#pragma once
// How long a text in a board file may be: the loader enforces it and the
// importer checks against it, so what one writes the other accepts.
#include <cstddef>

namespace wres {

// No wall shows more; a longer value is a paste gone wrong, and it would be
// copied into every snapshot sent to every screen.
inline constexpr std::size_t kMaxTextLength = 10000;

}  // namespace wres
