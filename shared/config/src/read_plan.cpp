// [[plan]] and its [[plan.action]]s.
#include <algorithm>
#include <cctype>

#include "readers.hpp"
#include "suggest.hpp"
#include "wres/config/due.hpp"
#include "wres/model/ids.hpp"

namespace wres::config {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> status_names() {
  std::vector<std::string> v;
  for (Status s : kAllStatuses) v.emplace_back(to_string(s));
  return v;
}

std::optional<Status> legend_state(TableReader& t, std::string_view key, const toml::node& v) {
  auto s = v.as_string();
  std::optional<Status> st = s ? status_from_name(s->get()) : std::nullopt;
  if (!st)
    t.diags().error(loc(v), t.child_path(key) + ": expected one of " + join(status_names(), ", ") +
                                (s ? ", got '" + s->get() + "'" : ""));
  return st;
}

// { state = "complete", mark = "✓", counted = "ticked" }: a report's printed mark.
std::optional<Status> legend_mark(TableReader& t, std::string_view key, const toml::table& m, Plan& plan) {
  TableReader r(m, t.child_path(key), t.diags());
  const toml::node* state = r.get("state", Need::required);
  auto mark = r.text("mark", Need::required);
  auto counted = r.text("counted", Need::optional);
  r.finish();
  std::optional<Status> st = state ? legend_state(t, std::string(key) + ".state", *state) : std::nullopt;
  if (!st || !mark) return st;  // the word still names its state: one error, not one per action
  if (mark->empty() || mark->size() > 8 || mark->find_first_of(" \t\n") != std::string::npos)
    r.error_at("mark", r.child_path("mark") +
                           ": expected the mark as the source prints it, 1 to 8 bytes without spaces (\"✓\", \"!\")");
  else if (std::any_of(plan.marks.begin(), plan.marks.end(), [&](const SourceMark& x) { return x.status == *st; }))
    r.error_at("state",
               r.child_path("state") + ": a second mark for '" + std::string(to_string(*st)) + "'; one mark per state");
  else
    plan.marks.push_back({*st, *mark, counted && !counted->empty() ? *counted : "marked " + *mark});
  return st;
}

void read_legend(TableReader& p, Plan& plan) {
  plan.legend = {
      {"red", Status::off_track}, {"amber", Status::at_risk}, {"green", Status::on_track}, {"blue", Status::complete}};
  auto t = p.child("legend", Need::optional);
  if (!t) return;
  for (auto&& [k, v] : t->raw()) {
    std::string word = lower(std::string(k.str()));
    t->get(k.str());
    auto m = v.as_table();
    std::optional<Status> st = m ? legend_mark(*t, k.str(), *m, plan) : legend_state(*t, k.str(), v);
    if (!st) continue;
    if (status_from_name(word)) {
      t->diags().error(loc(k.source()), "plan.legend: '" + word + "' is already a state name");
      continue;
    }
    plan.legend[word] = *st;
    plan.own_legend[word] = *st;
  }
}

std::optional<Status> map_status(TableReader& a, const Plan& plan, std::string& word) {
  auto s = a.text("status", Need::required);
  if (!s) return std::nullopt;
  word = *s;
  std::string w = lower(*s);
  if (auto st = status_from_name(w)) return st;
  if (auto it = plan.legend.find(w); it != plan.legend.end()) return it->second;
  std::vector<std::string> choices;
  for (auto& [k, v] : plan.legend) choices.push_back(k);
  for (auto& n : status_names()) choices.push_back(n);
  std::string msg = "action.status: '" + *s + "' is not a colour word of this plan's legend or a state";
  msg += suggestion(w, choices);
  a.error_at("status", msg);
  return std::nullopt;
}

// Dates may be written as TOML dates (2024-10-31) or strings ("2024-10").
std::optional<std::string> date_text(TableReader& a, std::string_view key, Need need,
                                     std::string_view what = "action") {
  const toml::node* n = a.get(key, need);
  if (!n) return std::nullopt;
  if (auto d = n->as_date()) {
    auto ok = make_date(d->get().year, d->get().month, d->get().day);
    if (ok) return to_iso(*ok);
    a.error_at(key, std::string(what) + "." + std::string(key) + ": date is out of range");
    return std::nullopt;
  }
  if (auto s = n->as_string()) return s->get();
  a.error_at(key, std::string(what) + "." + std::string(key) +
                      ": expected a date like \"2024-10\" or \"2024-10-31\", got " + std::string(type_word(*n)));
  return std::nullopt;
}

std::vector<int> read_indicator_links(TableReader& a) {
  std::vector<int> out;
  for (const toml::node& e : a.elements("indicators")) {
    std::optional<IndicatorKey> key;
    if (auto i = e.as_integer())
      key = indicator_from_number(i->get());
    else if (auto s = e.as_string())
      key = indicator_from_name(s->get());
    if (!key) {
      a.diags().error(loc(e),
                      "action.indicators: expected WRES indicator numbers 1 to 9 (or names like \"recruitment\")");
      continue;
    }
    int num = static_cast<int>(*key);
    if (std::find(out.begin(), out.end(), num) == out.end()) out.push_back(num);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Update> read_updates(TableReader& a) {
  std::vector<Update> out;
  for (const toml::node& e : a.elements("updates")) {
    auto tt = e.as_table();
    if (!tt) {
      a.diags().error(
          loc(e), "action.updates: expected { date = 2024-09-30, text = \"...\" }, got " + std::string(type_word(e)));
      continue;
    }
    TableReader u(*tt, "action.updates", a.diags());
    auto d = u.date("date", Need::required);
    auto text = u.text("text", Need::required);
    u.finish();
    if (d && text) out.push_back(Update{*d, *text});
  }
  std::stable_sort(out.begin(), out.end(), [](auto& x, auto& y) { return x.date < y.date; });
  return out;
}

std::optional<Priority> read_priority(TableReader& a) {
  auto p = a.text("priority", Need::optional);
  if (!p) return Priority::none;
  std::string w = lower(*p);
  if (w == "must") return Priority::must;
  if (w == "should") return Priority::should;
  if (w == "could") return Priority::could;
  a.error_at("priority", "action.priority: '" + *p + "' is not one of must, should, could");
  return std::nullopt;
}

std::string iso(const Date& d) { return to_iso(d); }

// What a source may get wrong without being unreadable: said, never blocking.
void warn_suspicious(TableReader& a, const Plan& plan, const Action& act) {
  const auto& due = act.due.date;
  if (due && act.start && *due < *act.start)
    a.warn_at("due", "action " + act.id + " ends (" + iso(*due) + ") before it starts (" + iso(*act.start) + ")");
  if (due && plan.period_start && *due < *plan.period_start)
    a.warn_at("due", "action " + act.id + " is due (" + iso(*due) + ") before the plan's period starts (" +
                         iso(*plan.period_start) + ")");
  if (act.status == Status::complete && act.updates.empty())
    a.warn_at("status", "action " + act.id + " is complete but has no update saying what was done");
}

// A plan's or action's id and title, both required; the id is a plain id.
bool read_id_and_title(TableReader& t, std::string& id, std::string& title) {
  bool ok = t.required_text("id", id);
  if (ok && !plain_id(id))
    t.error_at("id", t.path() + ".id: '" + id + "' must be 1-64 letters, digits, '.', '-' or '_'"), ok = false;
  return t.required_text("title", title) && ok;
}

std::optional<Action> read_action(TableReader& a, const Plan& plan) {
  Action act;
  act.where = a.where();
  bool ok = read_id_and_title(a, act.id, act.title);
  act.theme = a.text("theme", Need::optional).value_or("");
  act.lead = a.text("lead", Need::optional).value_or("");
  act.measure = a.text("measure", Need::optional).value_or("");
  act.indicators = read_indicator_links(a);
  if (auto p = read_priority(a))
    act.priority = *p;
  else
    ok = false;
  if (auto s = date_text(a, "start", Need::optional)) {
    act.start = parse_start(*s);
    if (!act.start)
      a.error_at("start", "action.start: '" + *s + "' is not a real date; expected YYYY-MM-DD or YYYY-MM"), ok = false;
  }
  if (auto s = date_text(a, "due", Need::required)) {
    auto due = parse_due(*s);
    if (!due)
      a.error_at("due", "action.due: '" + *s +
                            "' is not a real date or keyword; expected YYYY-MM-DD, "
                            "YYYY-MM, or one of ongoing, annually, quarterly, tbc"),
          ok = false;
    else
      act.due = *due;
  } else
    ok = false;
  if (auto st = map_status(a, plan, act.status_word))
    act.status = *st;
  else
    ok = false;
  act.updates = read_updates(a);
  if (ok) warn_suspicious(a, plan, act);
  a.finish();
  return ok ? std::optional{act} : std::nullopt;
}

// `reported` is the day the statuses were last reported; `start`/`end` the
// plan's own period (YYYY-MM or YYYY-MM-DD).
void read_period(TableReader& p, Plan& plan) {
  plan.reported = p.date("reported", Need::optional);
  if (auto s = date_text(p, "start", Need::optional, "plan")) {
    plan.period_start = parse_start(*s);
    if (!plan.period_start)
      p.error_at("start", "plan.start: '" + *s + "' is not a real date; expected YYYY-MM-DD or YYYY-MM");
  }
  if (auto s = date_text(p, "end", Need::optional, "plan")) {
    auto due = parse_due(*s);
    if (!due || !due->date)
      p.error_at("end", "plan.end: '" + *s + "' is not a real date; expected YYYY-MM-DD or YYYY-MM");
    else
      plan.period_end = due->date;
  }
  if (plan.period_start && plan.period_end && *plan.period_end < *plan.period_start)
    p.error_at("end", "plan.end: the plan's period ends before it starts");
}

}  // namespace

std::optional<Plan> read_plan(TableReader& p, Diagnostics& diags) {
  Plan plan;
  plan.where = p.where();
  bool ok = read_id_and_title(p, plan.id, plan.title);
  read_legend(p, plan);
  read_period(p, plan);
  for (const toml::table* t : p.tables("action", Need::optional)) {
    TableReader a(*t, "action", diags);
    if (auto act = read_action(a, plan))
      plan.actions.push_back(std::move(*act));
    else
      ok = false;
  }
  p.finish();
  return ok ? std::optional{plan} : std::nullopt;
}

}  // namespace wres::config
