#include "wres/compute/plan_progress.hpp"

#include <algorithm>
#include <map>

#include "wres/compute/action_status.hpp"
#include "wres/compute/plan_palette.hpp"

namespace wres {

void count_into(StatusCounts& c, Status s, bool overdue) {
  if (overdue)
    ++c.overdue;
  else
    ++c[s];
}

double percent_complete(const StatusCounts& c) {
  int total = c.total();
  return total ? 100.0 * c[Status::complete] / total : 0.0;
}

bool mostly_reported(const StatusCounts& c) { return c[Status::not_reported] * 2 <= c.total(); }

namespace {

ActionView view_of(const Action& a, const ActionFlags& f) {
  ActionView v;
  v.id = a.id, v.title = a.title, v.theme = a.theme, v.lead = a.lead;
  v.priority = std::string(to_string(a.priority));
  v.status = a.status, v.status_word = a.status_word;
  v.due_kind = a.due.kind, v.due_precision = a.due.precision;
  v.due_text = a.due.text;
  v.due_date = a.due.date;
  v.overdue = f.overdue, v.due_soon = f.due_soon, v.quiet = f.quiet, v.due_soon_unreported = f.due_soon_unreported;
  v.days_overdue = f.days_overdue, v.days_left = f.days_left, v.days_since_update = f.days_since_update;
  v.last_update = f.last_update, v.last_update_text = f.last_update_text;
  v.indicators = a.indicators;
  return v;
}

// Groups keep first-seen order, which is the order admins wrote the plan in.
struct Grouper {
  std::vector<GroupProgress> groups;
  std::map<std::string, std::size_t> index;
  void add(const std::string& name, Status s, bool overdue) {
    auto [it, fresh] = index.emplace(name, groups.size());
    if (fresh) groups.push_back(GroupProgress{name, 0, 0, {}});
    GroupProgress& g = groups[it->second];
    count_into(g.counts, s, overdue);
  }
  std::vector<GroupProgress> finish() {
    for (auto& g : groups) g.total = g.counts.total(), g.percent_complete = percent_complete(g.counts);
    return std::move(groups);
  }
};

}  // namespace

PlanSummary summarise_plan(const Plan& plan, Date as_of, const Rules& rules) {
  PlanSummary s;
  s.id = plan.id, s.title = plan.title;
  Grouper themes, indicators;
  s.actions.reserve(plan.actions.size());
  for (const Action& a : plan.actions) {
    ActionFlags f = derive_flags(a, as_of, rules.due_soon_days);
    count_into(s.counts, a.status, f.overdue);
    themes.add(a.theme, a.status, f.overdue);
    for (int i : a.indicators) indicators.add(std::to_string(i), a.status, f.overdue);
    s.actions.push_back(view_of(a, f));
  }
  s.total = s.counts.total();
  s.percent_complete = percent_complete(s.counts);
  s.statuses_reported = mostly_reported(s.counts);
  s.reported = plan.reported;
  s.report_stale = plan.reported && days_between(*plan.reported, as_of) > rules.report_stale_days;
  s.palette = plan_palette(plan);
  s.marks = plan.marks;
  s.themes = themes.finish();
  s.by_indicator = indicators.finish();
  std::sort(s.by_indicator.begin(), s.by_indicator.end(),
            [](auto& a, auto& b) { return std::stoi(a.name) < std::stoi(b.name); });
  return s;
}

}  // namespace wres
