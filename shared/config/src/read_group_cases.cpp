// Cases of two groups over the same year's workforce: WRES indicators 3 and 4
// and WDES metric 3 have one shape, read here once with each standard's group words.
#include "readers.hpp"

namespace wres::config {

namespace {

// Each group's rate needs a headcount, and no group can have more cases than people.
bool check_against_workforce(TableReader& t, const CasesSpec& s, const GroupCounts& w, const GroupCounts& cases) {
  bool ok = true;
  const std::string what = s.section;
  if (w.focus == 0)
    t.error(what + ": workforce." + s.focus.key + " is 0, so there is no " + s.focus.word + " rate"), ok = false;
  if (w.reference == 0)
    t.error(what + ": workforce." + s.reference.key + " is 0, so there is no " + s.reference.word + " rate"),
        ok = false;
  auto too_many = [&](const GroupWords& g, long long n, long long of) {
    const std::string key = g.key + s.suffix;
    t.error_at(key.c_str(), t.child_path(key.c_str()) + ": " + std::to_string(n) + " is more than the " + g.word +
                                " workforce of " + std::to_string(of));
    ok = false;
  };
  if (cases.focus > w.focus) too_many(s.focus, cases.focus, w.focus);
  if (cases.reference > w.reference) too_many(s.reference, cases.reference, w.reference);
  return ok;
}

}  // namespace

std::optional<GroupCounts> read_group_cases(TableReader& y, const CasesSpec& s,
                                            const std::optional<GroupCounts>& workforce) {
  auto t = y.child(s.section, Need::optional);
  if (!t) return std::nullopt;
  const std::string fk = s.focus.key + s.suffix, rk = s.reference.key + s.suffix;
  auto f = t->count(fk.c_str(), Need::required), r = t->count(rk.c_str(), Need::required);
  t->finish();
  if (!f || !r) return std::nullopt;
  if (!workforce) {
    if (!y.get("workforce"))  // a workforce given but refused has its own error
      t->error(std::string(s.section) + ": needs workforce = { " + s.focus.key + " = ..., " + s.reference.key +
               " = ... } in the same [[" + s.year_table + "]]");
    return std::nullopt;
  }
  const GroupCounts cases{*f, *r};
  bool ok = check_against_workforce(*t, s, *workforce, cases);
  const std::string& divisor = s.divide_by_focus ? fk : rk;
  if ((s.divide_by_focus ? *f : *r) == 0) {
    t->error_at(divisor.c_str(), t->child_path(divisor.c_str()) + ": is 0, which divides the ratio by zero; leave " +
                                     s.section + " out of this year or give published = { " + s.section + " = ... }");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return cases;
}

}  // namespace wres::config
