#include "wres/model/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace wres {

std::string format(const Diagnostic& d) {
  return d.where.file + ":" + std::to_string(d.where.line) + ":" +
         std::to_string(d.where.column) + ": " + d.message;
}

void Diagnostics::error(SourceLoc where, std::string message) {
  items_.push_back({std::move(where), std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  auto out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  return out;
}

}  // namespace wres
