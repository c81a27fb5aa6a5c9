#pragma once
// "Did you mean ...?" for mistyped keys and words.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wres::config {

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& choices);
std::string join(const std::vector<std::string>& items, std::string_view sep);
// What to say after "'x' is not a ...": "; did you mean 'y'?", or "; expected one of: a, b".
std::string suggestion(std::string_view word, const std::vector<std::string>& choices);

}  // namespace wres::config
