#pragma once
// The wire and file names of an enum's values, from one table per enum kept in
// value order beside its to_string(). `in_value_order` is for a static_assert
// next to each table, so that a value added in the middle, or a reordered
// table, does not compile; a value added at the end needs its name appended
// (the enum's round-trip test fails until it is). Status keeps a switch
// instead (status.cpp): it is the enum that grows.
#include <cstddef>
#include <optional>
#include <string_view>

namespace wres {

template <class E>
struct Named {
  E value;
  std::string_view name;
};

template <class E, std::size_t N>
constexpr bool in_value_order(const Named<E> (&table)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(table[i].value) != i) return false;
  return true;
}

// `fallback` for a value past the table's end (a cast from bad data).
template <class E, std::size_t N>
constexpr std::string_view name_of(const Named<E> (&table)[N], E value, std::string_view fallback) {
  auto i = static_cast<std::size_t>(value);
  return i < N ? table[i].name : fallback;
}

template <class E, std::size_t N>
constexpr std::optional<E> value_named(const Named<E> (&table)[N], std::string_view name) {
  for (const auto& entry : table)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

}  // namespace wres
