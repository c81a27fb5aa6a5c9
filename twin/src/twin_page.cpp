// The twin's page: its head and overview, the measures, and the whole made
// from the template (templates/index.html.mustache, built in).
#include <xxhash.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "twin_data.hpp"
#include "twin_template.hpp"
#include "wres/model/clock.hpp"
#include "wres/model/measure_wording.hpp"
#include "wres/model/wording.hpp"
#include "wres/protocol/snapshot_json.hpp"
#include "wres/twin/twin.hpp"

namespace wres::twin {

namespace {

// Where the write time and the revision go: text from the board can never
// produce these, since its '<' is escaped; the revision is the content's without them.
constexpr std::string_view kWrittenMark = "<!--written-->", kRevisionMark = "<!--revision-->";

std::string family_counts(const Snapshot& s, const FamilySpec& f) {
  int n = 0, withheld = 0, by_rag[4] = {};
  int year = 0;
  for (const auto& r : s.indicators) {
    if (&r.family() != &f) continue;
    ++n, year = std::max(year, r.year);
    if (r.figure_withheld())
      ++withheld;
    else
      ++by_rag[static_cast<int>(r.rag)];
  }
  if (!n) return "";
  std::string out =
      std::string(f.title) + " " + std::to_string(year) + ": " + std::to_string(n) + (n == 1 ? " figure" : " figures");
  for (Rag r : {Rag::red, Rag::amber, Rag::green, Rag::none})
    if (int k = by_rag[static_cast<int>(r)]) out += ", " + std::to_string(k) + " " + rag_word(r);
  if (withheld) out += ", " + std::to_string(withheld) + " withheld";
  return out;
}

std::vector<std::string> overview_lines(const Snapshot& s) {
  std::vector<std::string> out;
  for (const FamilySpec* f : all_families())
    if (std::string c = family_counts(s, *f); !c.empty()) out.push_back(c);
  if (!s.plans.empty()) {
    out.push_back(plans_phrase(s.plans) + ": " + std::to_string(actions_to_chase(s, true).size()) + " overdue, " +
                  std::to_string(actions_to_chase(s, false).size()) + " due in " +
                  std::to_string(s.rules.due_soon_days) + " days");
    for (const auto& p : s.plans) out.push_back(p.title + ": " + plan_caption(p));
  }
  if (!s.measures.empty())
    out.push_back(std::to_string(s.measures.size()) + (s.measures.size() == 1 ? " measure" : " measures"));
  if (out.empty()) out.push_back("Nothing to show yet: the board has no plans, indicators or measures.");
  return out;
}

std::vector<std::string> data_dates(const Snapshot& s) {
  std::vector<std::string> out;
  if (s.data_as_at) out.push_back("WRES data as at " + format_day(*s.data_as_at));
  for (const auto& c : s.calendars)
    if (const FamilySpec* f = family_named(c.family))
      out.push_back(std::string(f->title) + " data as at " + format_day(c.as_at));
  return out;
}

std::string withheld_note(const Snapshot& s) {
  std::string out =
      "Survey results from fewer than " + std::to_string(s.privacy.min_responses) + " responses are not shown";
  if (s.privacy.min_count > 0)
    out += "; counts of fewer than " + std::to_string(s.privacy.min_count) +
           " people are withheld, with whatever would give them back";
  return out + ", here as on the wall.";
}

Data page_data(const Snapshot& s) {
  Data d;
  d.set("organisation", s.organisation), d.set("title", s.title);
  d.set("illustrative", s.illustrative.empty() ? Data(false) : Data(s.illustrative));
  d.set("as_of", s.as_of ? format_day(*s.as_of) : std::string("not yet known"));
  d.set("data_dates", list_of(data_dates(s)));
  std::size_t n = s.config.errors.size();
  d.set("errors", s.config.ok ? Data(false) : Data(std::to_string(n) + (n == 1 ? " error" : " errors")));
  d.set("errors_note", has_content(s) ? "This page shows the last good data." : "There is no good data to show.");
  d.set("overview", list_of(overview_lines(s)));
  d.set("families", families_data(s)), d.set("bands", bands_data(s)), d.set("targets", targets_data(s));
  d.set("has_plans", !s.plans.empty()), d.set("plans", plans_data(s));
  d.set("due", due_data(s)), d.set("due_soon_days", std::to_string(s.rules.due_soon_days));
  d.set("changes", changes_data(s)), d.set("changes_days", std::to_string(s.display.changes_days));
  d.set("no_changes", "No status changes recorded in the last " + std::to_string(s.display.changes_days) + " days.");
  d.set("measures", measures_data(s));
  d.set("withheld_note", withheld_note(s));
  return d;
}

std::string hex8(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 8);
}

}  // namespace

Data list_of(const std::vector<std::string>& items) {
  Data out{Data::type::list};
  for (const auto& i : items) out.push_back(Data(i));
  return out;
}

Data measures_data(const Snapshot& s) {
  if (s.measures.empty()) return Data(false);
  Data rows{Data::type::list};
  for (const auto& m : s.measures) {
    Data row;
    std::string latest = latest_text(m), prev = previous_phrase(m), verdict = spc_verdict(m);
    row.set("title", m.title), row.set("latest", latest.empty() ? "no reading yet" : latest);
    row.set("when", latest.empty() ? "-" : latest_when(m)), row.set("previous", prev.empty() ? "-" : prev);
    row.set("target", m.target ? with_unit(*m.target, m.unit) : "-");
    row.set("verdict", verdict.empty() ? "-" : verdict);
    rows.push_back(row);
  }
  Data d;
  d.set("rows", rows);
  return d;
}

std::optional<Twin> twin_of_json(const std::string& snapshot_json, std::time_t written, std::string* error) {
  auto j = nlohmann::json::parse(snapshot_json, nullptr, false);
  if (j.is_discarded()) {
    if (error) *error = "the snapshot is not JSON";
    return std::nullopt;
  }
  std::optional<Snapshot> s = snapshot_from_json(j, error);
  if (!s) return std::nullopt;
  // Parsed once per thread (render is not const): wresd's writer and wresctl each have one.
  thread_local kainjow::mustache::mustache page{std::string(kIndexTemplate)};
  if (!page.is_valid()) {  // the template is built in: a test catches this first
    if (error) *error = "twin template: " + page.error_message();
    return std::nullopt;
  }
  Twin t;
  t.files = {{"index.html", page.render(page_data(*s))},
             {"indicators.csv", indicators_csv(*s)},
             {"actions.csv", actions_csv(*s)}};
  XXH64_state_t* st = XXH64_createState();
  XXH64_reset(st, 0);
  for (const auto& f : t.files) XXH64_update(st, f.bytes.data(), f.bytes.size());
  t.revision = hex8(XXH64_digest(st));
  XXH64_freeState(st);
  std::string& html = t.files[0].bytes;
  if (auto at = html.find(kWrittenMark); at != std::string::npos)
    html.replace(at, kWrittenMark.size(), local_time_text(written, "%d %b %Y at %H:%M"));
  if (auto at = html.find(kRevisionMark); at != std::string::npos) html.replace(at, kRevisionMark.size(), t.revision);
  return t;
}

}  // namespace wres::twin
