#include "wres/model/status_change.hpp"

#include "wres/model/enum_names.hpp"

namespace wres {

namespace {
constexpr Named<ChangeCause> kCauseNames[] = {
    {ChangeCause::unknown, ""}, {ChangeCause::config, "config"}, {ChangeCause::date, "date"}};
static_assert(in_value_order(kCauseNames));
}  // namespace

std::string_view to_string(ChangeCause c) { return name_of(kCauseNames, c, ""); }
std::string names_of(const StatusChange& c) {
  return (c.from.is(Mark::Kind::none) ? std::string("new") : std::string(c.from.name())) + " -> " +
         std::string(c.to.name());
}
std::optional<ChangeCause> change_cause_from_name(std::string_view s) { return value_named(kCauseNames, s); }

}  // namespace wres
