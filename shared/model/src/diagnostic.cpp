#include "wres/model/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace wres {

std::string format(const Diagnostic& d) {
  return d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message;
}

void Diagnostics::error(SourceLoc where, std::string message) {
  items_.push_back({std::move(where), std::move(message)});
}

std::string format_warning(const Diagnostic& d) { return format(Diagnostic{d.where, "warning: " + d.message}); }

void Diagnostics::warning(SourceLoc where, std::string message) {
  warnings_.push_back({std::move(where), std::move(message)});
}

namespace {
std::vector<Diagnostic> by_place(std::vector<Diagnostic> out) {
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
  });
  return out;
}
}  // namespace

std::vector<Diagnostic> Diagnostics::sorted() const { return by_place(items_); }
std::vector<Diagnostic> Diagnostics::sorted_warnings() const { return by_place(warnings_); }

}  // namespace wres
