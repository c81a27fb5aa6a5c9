#include "wres/protocol/snapshot_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "wres/model/page_schedule.hpp"
#include "wres/model/wording.hpp"

namespace wres {
using nlohmann::json;

namespace {

// Non-finite numbers never reach the wall: they become null (and the
// computations are built so that they never arise).
json num(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }
template <class T>
json opt(const std::optional<T>& v) {
  if (!v) return nullptr;
  if constexpr (std::is_floating_point_v<T>)
    return num(*v);
  else
    return json(*v);
}
json opt_date(const std::optional<Date>& d) { return d ? json(to_iso(*d)) : json(nullptr); }

template <class T>
json array_of(const std::vector<T>& items, json (*to_json)(const T&)) {
  json out = json::array();
  for (const auto& item : items) out.push_back(to_json(item));
  return out;
}

json counts_json(const StatusCounts& c) {
  json j = json::object();
  for (Status s : kAllStatuses) j[std::string(to_string(s))] = c[s];
  j["overdue"] = c.overdue;
  return j;
}

json palette_json(const std::vector<MarkColour>& palette) {
  json out = json::array();
  for (const auto& m : palette)
    out.push_back({{"mark", m.mark.name()},
                   {"hue", to_string(m.hue)},
                   {"plan_word", m.plan_word.empty() ? json(nullptr) : json(m.plan_word)}});
  return out;
}

json marks_json(const std::vector<SourceMark>& marks) {
  json out = json::array();
  for (const auto& m : marks) out.push_back({{"state", to_string(m.status)}, {"mark", m.mark}, {"counted", m.counted}});
  return out;
}

json group_json(const GroupProgress& g) {
  return {{"name", g.name},
          {"total", g.total},
          {"percent_complete", num(g.percent_complete)},
          {"counts", counts_json(g.counts)}};
}

json share_json(const std::optional<BoardShare>& s) {
  if (!s) return nullptr;
  return {{"pct", num(s->pct)}, {"diff_pts", s->has_diff ? num(s->diff_pts) : json(nullptr)}};
}

// A withheld count, and the share and gap made from it, are null
// (compute/disclosure.hpp): they never leave the daemon. Group fields take
// the family's keys (model/family_*.cpp).
json band_json(const BandShare& b, const FamilySpec& f) {
  const bool w = b.is_withheld();
  const std::string focus(f.focus_key);
  return {{std::string(f.breakdown_item), b.band},
          {"group", to_string(b.group)},
          {focus, w ? json(nullptr) : json(b.focus)},
          {"total", b.total_withheld ? json(nullptr) : json(b.total)},
          {focus + "_pct", w ? json(nullptr) : num(b.focus_pct)},
          {"vs_overall_pts", w ? json(nullptr) : num(b.vs_overall_pts)},
          {"withheld", w ? json(b.withheld) : json(nullptr)}};
}

json comparators_json(const std::vector<ComparatorResult>& cs, const FamilySpec& f) {
  json out = json::array();
  for (const auto& c : cs) {
    json j = {{"label", c.label},
              {"year", c.year},
              {"value", opt(c.value)},
              {"vs", c.vs ? json(to_string(*c.vs)) : json(nullptr)}};
    if (c.ref_pct) j[std::string(f.reference_key)] = num(*c.ref_pct);
    out.push_back(std::move(j));
  }
  return out;
}

json history_json(const IndicatorResult& r) {
  json hist = json::array();
  for (const auto& h : r.history) {
    json p = {{"year", h.year}, {"value", h.withheld ? json(nullptr) : num(h.value)}};
    if (h.withheld) p["suppressed"] = true;
    if (h.ref_pct) p[std::string(r.family().reference_key)] = num(*h.ref_pct);
    if (h.comparator) p["comparator"] = num(*h.comparator);
    hist.push_back(std::move(p));
  }
  return hist;
}

// A pay gap: each group's hourly pay when it is computed from it, and the quartiles.
void add_pay_gap_fields(json& j, const IndicatorResult& r) {
  j["hourly"] = r.pay ? json{{"focus", num(r.pay->focus)}, {"reference", num(r.pay->reference)}} : json(nullptr);
  j["declared_pct"] = opt(r.declared_pct);
  json quartiles = json::array();
  for (const auto& b : r.bands) quartiles.push_back(band_json(b, r.family()));
  j[std::string(r.family().breakdown)] = std::move(quartiles);
}

// A board gap's basis, its members by group and the all-member series beside a voting share.
void add_board_fields(json& j, const IndicatorResult& r) {
  j["basis"] = to_string(r.basis), j["gap_pts"] = opt(r.gap_pts);
  j["exec_pct"] = opt(r.exec_pct), j["exec_gap_pts"] = opt(r.exec_gap_pts);
  j["exec_withheld"] = r.exec_withheld.empty() ? json(nullptr) : json(r.exec_withheld);
  j["members"] = {
      {"all", share_json(r.board_all)}, {"voting", share_json(r.board_voting)}, {"exec", share_json(r.board_exec)}};
  json all = json::array();
  for (const auto& h : r.all_member_history) all.push_back({{"year", h.year}, {"value", num(h.value)}});
  j["all_member_history"] = std::move(all);
}

// Fields that only some kinds of metric have.
void add_kind_fields(json& j, const IndicatorResult& r) {
  const MetricSpec& m = r.spec();
  const FamilySpec& f = r.family();
  const std::string focus(f.focus_key), reference(f.reference_key);
  if (m.kind == MetricKind::ratio) {
    j["favours"] = r.favours ? json(to_string(*r.favours)) : json(nullptr);
    j["ci"] = r.ci ? json::array({num(r.ci->first), num(r.ci->second)}) : json(nullptr);
    j["small_numbers"] = r.small_numbers;
  }
  if (m.rolling) j["rolling_years"] = r.rolling_years;
  if (m.kind == MetricKind::survey_gap) {
    j[reference] = opt(r.ref_pct), j["gap"] = opt(r.gap), j["gap_significant"] = opt(r.gap_significant);
    j[focus + "_n"] = opt(r.focus_n), j[reference + "_n"] = opt(r.ref_n);
  }
  if (m.kind == MetricKind::share) {
    j["reference_pct"] = opt(r.reference_share);
    json bands = json::array();
    for (const auto& b : r.bands) bands.push_back(band_json(b, f));
    j[std::string(f.breakdown)] = std::move(bands);
    if (f.breakdown == "bands") j["senior"] = r.senior ? band_json(*r.senior, f) : json(nullptr);
    if (r.declared_pct) j["declared_pct"] = num(*r.declared_pct);
  }
  if (m.kind == MetricKind::single_group) j[focus + "_n"] = opt(r.focus_n);
  if (m.kind == MetricKind::score) j[reference] = opt(r.ref_pct), j["gap"] = opt(r.gap);
  if (m.kind == MetricKind::yes_no || !r.note.empty()) j["note"] = r.note;  // a yes or no's, or the trust's reading
  if (m.kind == MetricKind::pay_gap) add_pay_gap_fields(j, r);
  if (m.kind == MetricKind::board_gap) add_board_fields(j, r);
}

// Schema 3's words for what a figure is (DESIGN 8.4): its family, its number
// as printed, its kind and the two groups it compares.
void add_family_fields(json& j, const IndicatorResult& r, const std::string& term) {
  const FamilySpec& f = r.family();
  j["family"] = f.id, j["metric"] = r.spec().number, j["kind"] = to_string(r.spec().kind);
  j["focus"] = focus_of(r, term), j["reference"] = reference_of(r);
}

json indicator_json(const IndicatorResult& r, const std::string& term) {
  const MetricSpec& m = r.spec();
  // Keys in the order the JSON prints them (nlohmann::json sorts them).
  json j = {{"as_at", to_iso(r.as_at)},
            {"comparators", comparators_json(r.comparators, r.family())},
            {"delta", opt(r.delta)},
            {"delta_people", opt(r.delta_people)},
            {"direction", to_string(m.direction)},
            {"embargo",
             r.embargo ? json{{"year", r.embargo->year}, {"published", to_iso(r.embargo->published)}} : json(nullptr)},
            {"history", history_json(r)},
            {"history_comparator", r.history_comparator},
            {"key", m.key},
            {"label", m.label},
            {"number", metric_number(m)},
            {"previous", opt(r.previous)},
            {"survey_year", opt(r.survey_year)},
            {"previous_year", opt(r.previous_year)},
            {"rag", to_string(r.rag)},
            {"rag_reason", r.rag_reason},
            {"significant", opt(r.significant)},
            {"source", to_string(r.source)},
            {"suppressed", r.figure_withheld()},
            {"trend", r.trend_withheld ? json(nullptr) : json(to_string(r.trend))},
            {"trend_withheld", r.trend_withheld},
            {"unit", m.kind == MetricKind::ratio   ? "ratio"
                     : m.kind == MetricKind::score ? "score"
                                                   : "%"},
            {"value", r.figure_withheld() ? json(nullptr) : num(r.value)},
            {"vs_parity", r.vs_parity ? json(to_string(*r.vs_parity)) : json(nullptr)},
            {"withheld", r.withheld},
            {"year", r.year}};
  add_kind_fields(j, r);
  add_family_fields(j, r, term);
  return j;
}

json action_json(const ActionView& a) {
  json j;  // grouped by meaning; the JSON prints keys sorted
  // What it is.
  j["id"] = a.id, j["title"] = a.title, j["theme"] = a.theme, j["lead"] = a.lead, j["priority"] = a.priority;
  j["indicators"] = a.indicators;
  // Its state, as written and as the wall reads it.
  j["status"] = to_string(a.status), j["status_word"] = a.status_word;
  j["overdue"] = a.overdue, j["due_soon"] = a.due_soon, j["quiet"] = a.quiet;
  j["due_soon_unreported"] = a.due_soon_unreported;
  // When it is due.
  j["due"] = a.due_text, j["due_kind"] = to_string(a.due_kind), j["due_date"] = opt_date(a.due_date);
  j["due_precision"] = a.due_precision == DuePrecision::month ? "month" : "day";
  j["days_overdue"] = opt(a.days_overdue), j["days_left"] = opt(a.days_left);
  // Its latest update.
  j["last_update"] = opt_date(a.last_update), j["last_update_text"] = a.last_update_text;
  j["days_since_update"] = opt(a.days_since_update);
  return j;
}

json plan_json(const PlanSummary& p) {
  // Keys in the order the JSON prints them (nlohmann::json sorts them).
  return {{"actions", array_of(p.actions, action_json)},
          {"by_indicator", array_of(p.by_indicator, group_json)},
          {"counts", counts_json(p.counts)},
          {"due_soon", action_ids(p, &ActionView::due_soon)},
          {"due_soon_unreported", action_ids(p, &ActionView::due_soon_unreported)},
          {"id", p.id},
          {"marks", marks_json(p.marks)},
          {"overdue", action_ids(p, &ActionView::overdue)},
          {"palette", palette_json(p.palette)},
          // A report's marks are counted, never turned into a percentage (they are readings).
          {"percent_complete", p.marks.empty() ? num(p.percent_complete) : json(nullptr)},
          {"quiet", action_ids(p, &ActionView::quiet)},
          {"report_stale", p.report_stale},
          {"reported", opt_date(p.reported)},
          {"statuses_reported", p.statuses_reported},
          {"themes", array_of(p.themes, group_json)},
          {"title", p.title},
          {"total", p.total}};
}

json spc_json(const std::optional<SpcResult>& s) {
  if (!s) return nullptr;
  json periods = json::array(), points = json::array();
  for (const auto& p : s->periods)
    periods.push_back({{"baseline", p.baseline},
                       {"from", to_iso(p.from)},
                       {"lower", opt(p.lower)},
                       {"mean", num(p.mean)},
                       {"points", p.points},
                       {"upper", opt(p.upper)}});
  for (const auto& p : s->points)
    points.push_back({{"cause", to_string(p.cause)},
                      {"date", to_iso(p.date)},
                      {"rule", p.rule == SpcRule::none ? json(nullptr) : json(to_string(p.rule))},
                      {"special", p.cause != SpcCause::common},
                      {"value", num(p.value)}});
  return {{"assurance", s->assurance ? json(to_string(*s->assurance)) : json(nullptr)},
          {"baseline", s->baseline},
          {"lower", opt(s->lower)},
          {"mean", num(s->mean)},
          {"periods", std::move(periods)},
          {"points", std::move(points)},
          {"upper", opt(s->upper)},
          {"variation", s->variation ? json(to_string(*s->variation)) : json(nullptr)}};
}

json measure_json(const MeasureResult& m) {
  json readings = json::array();
  for (const auto& r : m.readings) readings.push_back({{"date", to_iso(r.date)}, {"value", num(r.value)}});
  // Keys in the order the JSON prints them (nlohmann::json sorts them).
  return {{"baseline", opt(m.baseline)},
          {"direction", to_string(m.direction)},
          {"id", m.id},
          {"latest", opt(m.latest)},
          {"latest_date", opt_date(m.latest_date)},  // null with a latest: undated in the source
          {"latest_word", m.latest_word},
          {"met", opt(m.met)},
          {"previous", opt(m.previous)},
          {"previous_date", opt_date(m.previous_date)},
          {"progress_pct", opt(m.progress_pct)},
          {"readings", std::move(readings)},
          {"spc", spc_json(m.spc)},
          {"target", opt(m.target)},
          {"title", m.title},
          {"trend", m.trend ? json(to_string(*m.trend)) : json(nullptr)},
          {"unit", m.unit}};
}

json targets_json(const std::optional<Targets>& t) {
  if (!t) return nullptr;
  json bands = json::array();
  for (const auto& b : t->bands) {
    json path = json::array();
    for (const auto& p : b.trajectory) path.push_back({{"year", p.year}, {"target", p.target}});
    auto given = [&](long long v) { return b.is_withheld() ? json(nullptr) : json(v); };
    bands.push_back({{"band", b.band},
                     {"current", given(b.current)},
                     {"total", b.total_withheld ? json(nullptr) : json(b.total)},
                     {"target", b.total_withheld ? json(nullptr) : json(b.target)},
                     {"needed", given(b.needed)},
                     {"hidden", b.is_withheld()},
                     {"withheld", b.is_withheld() ? json(b.withheld) : json(nullptr)},
                     {"trajectory", std::move(path)},
                     {"on_path", opt(b.on_path)}});
  }
  return {{"year", t->year},
          {"group", to_string(t->group)},
          {"base", to_string(t->base)},
          {"base_pct", num(t->base_pct)},
          {"baseline_year", opt(t->baseline_year)},
          {"target_year", t->target_year},
          {"bands", std::move(bands)},
          {"needed", t->needed_withheld ? json(nullptr) : json(t->needed)}};
}

// {"pages": [...], "page_seconds": {"overdue": 40}}; page_seconds only when set.
json page_set_json(const PageSet& s) {
  json j = {{"pages", s.pages}};
  if (!s.seconds.empty()) j["page_seconds"] = s.seconds;
  return j;
}

json window_json(const PageWindow& w) {
  json days = json::array();
  for (int d = 0; d < 7; ++d)
    if (w.days >> d & 1U) days.push_back(day_name(d));
  json j = page_set_json(w.set);
  j.update({{"days", std::move(days)}, {"from_minute", w.from_minute}, {"to_minute", w.to_minute}});
  return j;
}

json display_json(const DisplaySettings& d) {
  json j = page_set_json(d.usual);
  j.update({{"rotate_seconds", d.rotate_seconds},
            {"stale_seconds", d.stale_seconds},
            {"changes_days", d.changes_days},
            {"panel", to_string(d.panel)}});
  if (d.night) j["night"] = {{"off_minute", d.night->off_minute}, {"on_minute", d.night->on_minute}};
  if (!d.schedule.empty()) {
    j["schedule"] = json::array();
    for (const auto& w : d.schedule) j["schedule"].push_back(window_json(w));
  }
  return j;
}

}  // namespace

json diagnostic_to_json(const Diagnostic& d) {
  return {{"file", d.where.file},
          {"line", d.where.line},
          {"column", d.where.column},
          {"message", d.message},
          {"text", format(d)}};
}

json privacy_json(const PrivacySettings& p) { return {{"min_count", p.min_count}, {"min_responses", p.min_responses}}; }

json rules_json(const Rules& r) {
  return {{"confidence", num(r.confidence)},           {"disciplinary_rolling_years", r.disciplinary_rolling_years},
          {"due_soon_days", r.due_soon_days},          {"gap_amber_pts", num(r.gap_amber_pts)},
          {"gap_red_pts", num(r.gap_red_pts)},         {"pay_gap_amber_pct", num(r.pay_gap_amber_pct)},
          {"pay_gap_red_pct", num(r.pay_gap_red_pct)}, {"ratio_band", {num(r.ratio_low), num(r.ratio_high)}},
          {"score_amber_gap", opt(r.score_amber_gap)}, {"score_red_gap", opt(r.score_red_gap)}};
}

json snapshot_body_json(const Snapshot& s) {
  json j;  // grouped by meaning; the JSON prints keys sorted
  // Whose board, of what day, computed when.
  j["schema"] = s.schema, j["organisation"] = s.organisation, j["title"] = s.title, j["term"] = s.term;
  if (!s.illustrative.empty()) j["illustrative"] = s.illustrative;
  j["as_of"] = opt_date(s.as_of), j["generated_at"] = s.generated_at, j["unredacted"] = s.unredacted;
  // What the wall shows.
  j["data_as_at"] = opt_date(s.data_as_at), j["data_overdue"] = s.data_overdue;
  for (const auto& c : s.calendars)  // absent on a board with the WRES alone
    j["data_calendar"].push_back({{"family", c.family}, {"as_at", to_iso(c.as_at)}, {"overdue", c.overdue}});
  j["local_population_bme_pct"] = opt(s.local_population_bme_pct), j["targets"] = targets_json(s.targets);
  j["indicators"] = json::array();
  for (const auto& r : s.indicators) j["indicators"].push_back(indicator_json(r, s.term));
  j["plans"] = array_of(s.plans, plan_json);
  j["measures"] = array_of(s.measures, measure_json);
  // How it is drawn and judged.
  j["display"] = display_json(s.display), j["rules"] = rules_json(s.rules), j["privacy"] = privacy_json(s.privacy);
  j["twin_url"] = s.twin_url.empty() ? json(nullptr) : json(s.twin_url);
  return j;
}

json snapshot_status_json(const ConfigStatus& config, const std::vector<StatusChange>& changes_in,
                          const std::string& storage_error) {
  json errors = json::array(), changes = json::array();
  for (const auto& e : config.errors) errors.push_back(diagnostic_to_json(e));
  for (const auto& c : changes_in)
    changes.push_back({{"plan", c.plan},
                       {"action", c.action},
                       {"title", c.title},
                       {"from", c.from.name()},
                       {"to", c.to.name()},
                       {"at", c.at}});
  return {{"config", {{"ok", config.ok}, {"errors", std::move(errors)}}},
          {"changes", std::move(changes)},
          {"storage", {{"ok", storage_error.empty()}, {"error", storage_error}}}};
}

json snapshot_to_json(const Snapshot& s) {
  json j = snapshot_body_json(s);
  j.update(snapshot_status_json(s.config, s.changes, s.storage_error));
  return j;
}

std::string join_json_objects(const std::string& a, const std::string& b) {
  if (a.size() < 2 || a == "{}") return b;
  if (b.size() < 2 || b == "{}") return a;
  return a.substr(0, a.size() - 1) + "," + b.substr(1);
}

}  // namespace wres
