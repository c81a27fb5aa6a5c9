#pragma once
// What an id of a plan or an action may be: the loader enforces it and
// the importer checks against it, so what one writes the other accepts.
#include <cstddef>
#include <string_view>

namespace wres {

inline constexpr std::size_t kMaxIdLength = 64;

// 1-64 ASCII letters, digits, '.', '-' or '_': ids end up in lists on the
// wall and in SQLite keys, so they stay plain.
[[nodiscard]] bool plain_id(std::string_view s);

}  // namespace wres
