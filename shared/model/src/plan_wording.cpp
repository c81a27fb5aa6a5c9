// The words for plans and their actions, shared by the wall and wresctl.
#include <cctype>
#include <cmath>
#include <cstdio>

#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace wres {

namespace {
using detail::kDot;

std::string actions_word(int n) { return std::to_string(n) + (n == 1 ? " action" : " actions"); }

}  // namespace

const std::array<Status, kStatusCount>& statuses_by_urgency() {
  static constexpr std::array<Status, kStatusCount> order{Status::off_track,   Status::at_risk,  Status::on_track,
                                                          Status::in_progress, Status::complete, Status::not_started,
                                                          Status::not_reported};
  return order;
}

std::string mark_word(const Mark& mark) {
  switch (mark.kind()) {
    case Mark::Kind::none: return "New";
    case Mark::Kind::status: return std::string(status_word(*mark.status()));
    case Mark::Kind::overdue: return "Overdue";
    case Mark::Kind::due_soon: return "Due soon";
    case Mark::Kind::removed: return "Removed";
    case Mark::Kind::other: break;
  }
  return std::string(mark.name());
}

std::string percent_text(double pct) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", std::floor(pct + 0.5));
  return buf;
}

bool shows_percent(const PlanSummary& p) { return p.statuses_reported && p.marks.empty(); }

namespace {

// Complete's mark first ("12 of 34 ticked"), the others most urgent first.
std::vector<const SourceMark*> marks_in_order(const PlanSummary& p) {
  std::vector<const SourceMark*> order;
  for (const auto& m : p.marks)
    if (m.status == Status::complete) order.push_back(&m);
  for (Status s : statuses_by_urgency())
    for (const auto& m : p.marks)
      if (m.status == s && s != Status::complete) order.push_back(&m);
  return order;
}

std::string marks_caption(const PlanSummary& p) {
  std::string out;
  for (const SourceMark* m : marks_in_order(p)) {
    int n = p.counts[m->status];
    if (!out.empty() && !n) continue;  // the first is said even at 0: "0 of 34 ticked"
    out += (out.empty() ? std::to_string(n) + " of " + std::to_string(p.total) : kDot + std::to_string(n)) + " " +
           m->counted;
  }
  if (int unreported = p.counts[Status::not_reported])
    out += std::string(kDot) + std::to_string(unreported) + " not marked";
  return out;
}

}  // namespace

std::string marks_count(const PlanSummary& p) {
  auto order = marks_in_order(p);
  if (order.empty()) return "";
  return std::to_string(p.counts[order.front()->status]) + " " + order.front()->counted;
}

std::string plan_caption(const PlanSummary& p, bool with_percent) {
  if (!p.marks.empty()) return marks_caption(p);
  int unreported = p.counts[Status::not_reported];
  if (!p.statuses_reported)  // no percentage; and "statuses not reported" only when none is
    return actions_word(p.total) + kDot +
           (unreported == p.total ? std::string("statuses not reported")
                                  : std::to_string(unreported) + " of " + std::to_string(p.total) + " not reported");
  std::string out = (with_percent ? percent_text(p.percent_complete) + " complete" + kDot : "") + actions_word(p.total);
  if (unreported) out += std::string(kDot) + std::to_string(unreported) + " not reported";
  return out;
}

std::string plans_phrase(const std::vector<PlanSummary>& plans) {
  int actions = 0;
  for (const auto& p : plans) actions += p.total;
  return std::to_string(plans.size()) + (plans.size() == 1 ? " plan" : " plans") + kDot + actions_word(actions);
}

std::string counts_phrase(const StatusCounts& c) {
  std::string out;
  auto add = [&](int n, std::string_view word) {
    if (!n) return;
    std::string w(word);
    w[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
    out += std::string(out.empty() ? "" : kDot) + std::to_string(n) + " " + w;
  };
  add(c.overdue, "overdue");
  for (Status s : statuses_by_urgency()) add(c[s], status_word(s));
  return out.empty() ? "no actions" : out;
}

std::string reported_phrase(const PlanSummary& p, int stale_days) {
  if (!p.reported) return "";
  std::string out = "statuses as at " + format_day(*p.reported);
  if (p.report_stale) out += std::string(kDot) + "over " + std::to_string(stale_days) + " days old";
  return out;
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string plan_colour_word(const MarkColour& m) { return capitalised(m.plan_word); }

std::string mark_label(const PlanSummary* plan, const Mark& mark) {
  std::string out = mark_word(mark);
  if (!plan) return out;
  for (const auto& m : plan->palette)
    if (m.mark == mark) {
      if (std::string w = plan_colour_word(m); !w.empty()) out += " (" + w + ")";
      break;
    }
  for (const auto& m : plan->marks)
    if (mark.status() == m.status) out += " (" + m.mark + ")";  // the report's own mark
  return out;
}

}  // namespace wres
