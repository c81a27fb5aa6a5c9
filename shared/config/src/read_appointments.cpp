// Shortlisted and appointed counts of two groups: WRES indicator 2 and WDES
// metric 2 have one shape, read here once with each standard's group words.
#include "readers.hpp"

namespace wres::config {

std::optional<Appointments> read_appointments(TableReader& y, const GroupWords& focus, const GroupWords& reference) {
  auto t = y.child("recruitment", Need::optional);
  if (!t) return std::nullopt;
  const std::string fs = focus.key + "_shortlisted", fa = focus.key + "_appointed";
  const std::string rs = reference.key + "_shortlisted", ra = reference.key + "_appointed";
  auto f_short = t->count(fs.c_str(), Need::required), f_app = t->count(fa.c_str(), Need::required);
  auto r_short = t->count(rs.c_str(), Need::required), r_app = t->count(ra.c_str(), Need::required);
  t->finish();
  if (!f_short || !f_app || !r_short || !r_app) return std::nullopt;
  bool ok = true;
  auto refuse = [&](const std::string& key, const std::string& why) {
    t->error_at(key.c_str(), t->child_path(key.c_str()) + ": " + why +
                                 "; leave recruitment out of this year or give published = { recruitment = ... }");
    ok = false;
  };
  auto too_many = [](long long appointed, long long shortlisted) {
    return std::to_string(appointed) + " appointed is more than the " + std::to_string(shortlisted) + " shortlisted";
  };
  if (*f_short == 0) refuse(fs, "is 0, so no " + focus.word + " appointment rate can be computed");
  if (*r_short == 0) refuse(rs, "is 0, so no " + reference.word + " appointment rate can be computed");
  if (*f_app > *f_short) refuse(fa, too_many(*f_app, *f_short));
  if (*r_app > *r_short) refuse(ra, too_many(*r_app, *r_short));
  if (ok && *f_app == 0) refuse(fa, "is 0, which divides the ratio by zero");
  if (!ok) return std::nullopt;
  return Appointments{*f_short, *f_app, *r_short, *r_app};
}

}  // namespace wres::config
