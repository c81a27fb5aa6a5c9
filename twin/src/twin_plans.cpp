// The twin's plan sections: every action with its status in words, what is
// overdue or due soon, and what changed this week.
#include <algorithm>

#include "twin_data.hpp"
#include "wres/model/action_wording.hpp"
#include "wres/model/wording.hpp"

namespace wres::twin {

namespace {

std::string update_text(const ActionView& a) {
  if (!a.last_update) return a.last_update_text.empty() ? "none given" : a.last_update_text;
  return format_day(*a.last_update) + (a.last_update_text.empty() ? "" : ": " + a.last_update_text);
}

std::string due_text(const ActionView& a) {
  std::string out = due_label(a);
  if (a.overdue && a.days_overdue) out += " (" + late_text(*a.days_overdue) + ")";
  return out;
}

}  // namespace

std::string status_text(const PlanSummary& plan, const ActionView& a) {
  std::string out = mark_label(&plan, Mark::effective(a.status, a.overdue));
  if (a.overdue) out += ", status " + mark_label(&plan, Mark(a.status));  // what the plan reported stays visible
  return out;
}

Data plans_data(const Snapshot& s) {
  Data out{Data::type::list};
  int n = 0;
  for (const auto& p : s.plans) {
    Data actions{Data::type::list};
    for (const auto& a : p.actions) {
      Data row;
      row.set("id", a.id), row.set("title", a.title), row.set("theme", a.theme.empty() ? "-" : a.theme);
      row.set("lead", a.lead.empty() ? "-" : a.lead), row.set("status", status_text(p, a));
      row.set("due", due_text(a)), row.set("update", update_text(a));
      actions.push_back(row);
    }
    Data plan;
    plan.set("anchor", std::to_string(++n)), plan.set("title", p.title);  // the board's ids may share an HTML id
    plan.set("caption", shows_percent(p) ? plan_caption(p) : plan_caption(p, false));
    std::string rep = reported_phrase(p, s.rules.report_stale_days);
    plan.set("reported", rep.empty() ? Data(false) : Data(rep));
    plan.set("counts", capitalised(counts_phrase(p.counts)));
    plan.set("actions", actions);
    out.push_back(plan);
  }
  return out;
}

Data due_data(const Snapshot& s) {
  Data rows{Data::type::list};
  bool any = false;
  for (bool overdue : {true, false})  // in the wall's order (actions_to_chase)
    for (const auto& [a, p] : actions_to_chase(s, overdue)) {
      Data row;
      row.set("plan", p->title), row.set("id", a->id), row.set("title", a->title);
      std::string when = overdue && a->days_overdue ? late_text(*a->days_overdue)
                         : a->days_left             ? due_in_text(*a->days_left)
                                                    : due_label(*a);
      row.set("when", when + " (" + due_label(*a) + ")");
      row.set("status", a->due_soon_unreported ? "status not reported" : status_text(*p, *a));
      rows.push_back(row), any = true;
    }
  if (!any) return Data(false);
  Data d;
  d.set("rows", rows);
  return d;
}

Data changes_data(const Snapshot& s) {
  if (s.changes.empty()) return Data(false);
  Data rows{Data::type::list};
  for (const auto& ch : s.changes) {
    const PlanSummary* plan = find_plan(s, ch.plan);
    Data row;
    row.set("when", short_time(ch.at)), row.set("plan", plan ? plan->title : ch.plan);
    row.set("action", ch.action + " " + ch.title);
    row.set("from", mark_label(plan, ch.from)), row.set("to", mark_label(plan, ch.to));
    rows.push_back(row);
  }
  Data d;
  d.set("rows", rows);
  return d;
}

}  // namespace wres::twin
