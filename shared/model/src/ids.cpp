#include "wres/model/ids.hpp"

#include <algorithm>

namespace wres {

bool plain_id(std::string_view s) {
  if (s.empty() || s.size() > kMaxIdLength) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
    // ASCII only, whatever the locale: isalnum() would pass 'é' in some.
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' ||
           ch == '_';
  });
}

}  // namespace wres
