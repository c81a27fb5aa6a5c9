#pragma once
// Reading one admin file from disk, refusing what cannot be a config file.
#include <optional>
#include <string>

#include "wres/model/diagnostic.hpp"

namespace wres::config {

// Large enough for a generated 100,000-action board; beyond it is a mistake.
inline constexpr std::size_t kMaxFileBytes = 64u << 20;

// The file's text, or nullopt with the reason recorded against `shown_path`.
std::optional<std::string> read_source(const std::string& path, const std::string& shown_path, Diagnostics& diags);
// Rejects NUL bytes (binary files): toml++ would report them less clearly.
bool check_text(const std::string& text, const std::string& shown_path, Diagnostics& diags);

}  // namespace wres::config
