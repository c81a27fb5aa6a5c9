#include "wres/model/mark.hpp"

namespace wres {

namespace {
constexpr std::string_view kOverdue = "overdue", kDueSoon = "due_soon", kRemovedName = "removed";
}  // namespace

Mark Mark::named(std::string_view name) {
  if (name.empty()) return {};
  if (name == kOverdue) return overdue();
  if (name == kDueSoon) return due_soon();
  if (name == kRemovedName) return removed();
  if (auto s = status_from_name(name)) return {*s};
  Mark m(Kind::other);
  m.other_ = std::string(name);
  return m;
}

std::string_view Mark::name() const {
  switch (kind_) {
    case Kind::none: return "";
    case Kind::status: return to_string(status_);
    case Kind::overdue: return kOverdue;
    case Kind::due_soon: return kDueSoon;
    case Kind::removed: return kRemovedName;
    case Kind::other: break;
  }
  return other_;
}

}  // namespace wres
