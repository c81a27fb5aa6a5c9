#pragma once
// A scan of board-file text for what toml++ 3.3.0 cannot safely be shown.
#include <string>

#include "wres/model/diagnostic.hpp"

namespace wres::config {

// toml++ 3.3.0 (Debian 12's) reaches __builtin_unreachable(), undefined
// behaviour, when its whitespace test meets certain non-ASCII code points
// (upstream issues #190 and #295, fixed after 3.3.0; our fuzzer found it too).
// It asks that question only outside strings and comments, and in multi-line
// basic strings right after a backslash. This finds those places first and
// refuses them with a clear error. Outside quotes and comments no non-ASCII
// text is valid TOML anyway, so no valid board is refused for it.
bool check_toml_hazards(const std::string& text, const std::string& shown_path, Diagnostics& diags);

// The code points that trip toml++ 3.3.0's whitespace test (exposed for tests).
bool trips_toml_whitespace_test(char32_t c);

}  // namespace wres::config
