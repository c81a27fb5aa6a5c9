#include "wres/protocol/snapshot_json.hpp"

#include <cmath>

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

json counts_json(const StatusCounts& c) {
  json j = json::object();
  for (Status s : kAllStatuses) j[std::string(to_string(s))] = c[s];
  j[std::string(kOverdueName)] = c.overdue;
  return j;
}

json palette_json(const std::vector<MarkColour>& palette) {
  json out = json::array();
  for (const auto& m : palette)
    out.push_back({{"mark", m.mark},
                   {"hue", to_string(m.hue)},
                   {"plan_word", m.plan_word.empty() ? json(nullptr) : json(m.plan_word)}});
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

// A hidden count or share (fewer than [privacy] min_count) is null: it never
// leaves the daemon.
json band_json(const BandShare& b) {
  return {{"band", b.band},
          {"group", to_string(b.group)},
          {"bme", b.bme_hidden ? json(nullptr) : json(b.bme)},
          {"total", b.total_hidden ? json(nullptr) : json(b.total)},
          {"bme_pct", b.pct_hidden ? json(nullptr) : num(b.bme_pct)},
          {"vs_overall_pts", b.pct_hidden ? json(nullptr) : num(b.vs_overall_pts)}};
}

json comparators_json(const std::vector<ComparatorResult>& cs) {
  json out = json::array();
  for (const auto& c : cs) {
    json j = {{"label", c.label},
              {"year", c.year},
              {"value", opt(c.value)},
              {"vs", c.vs ? json(to_string(*c.vs)) : json(nullptr)}};
    if (c.white) j["white"] = num(*c.white);
    out.push_back(std::move(j));
  }
  return out;
}

json history_json(const IndicatorResult& r) {
  json hist = json::array();
  for (const auto& h : r.history) {
    json p = {{"year", h.year}, {"value", h.suppressed ? json(nullptr) : num(h.value)}};
    if (h.suppressed) p["suppressed"] = true;
    if (h.white) p["white"] = num(*h.white);
    if (h.comparator) p["comparator"] = num(*h.comparator);
    hist.push_back(std::move(p));
  }
  return hist;
}

// Fields that only some kinds of indicator have.
void add_kind_fields(json& j, const IndicatorResult& r) {
  const IndicatorInfo& i = info(r.key);
  if (i.kind == IndicatorKind::ratio) {
    j["favours"] = r.favours ? json(to_string(*r.favours)) : json(nullptr);
    j["ci"] = r.ci ? json::array({num(r.ci->first), num(r.ci->second)}) : json(nullptr);
    j["small_numbers"] = r.small_numbers;
  }
  if (r.key == IndicatorKey::disciplinary) j["rolling_years"] = r.rolling_years;
  if (i.kind == IndicatorKind::survey) {
    j["white"] = opt(r.white), j["gap"] = opt(r.gap);
    j["bme_n"] = opt(r.bme_n), j["white_n"] = opt(r.white_n);
  }
  if (r.key == IndicatorKey::workforce) {
    j["reference"] = opt(r.reference);
    json bands = json::array();
    for (const auto& b : r.bands) bands.push_back(band_json(b));
    j["bands"] = std::move(bands);
    j["senior"] = r.senior ? band_json(*r.senior) : json(nullptr);
  }
  if (r.key == IndicatorKey::board) {
    j["basis"] = r.basis, j["gap_pts"] = opt(r.gap_pts);
    j["exec_pct"] = opt(r.exec_pct), j["exec_gap_pts"] = opt(r.exec_gap_pts);
    j["members"] = {
        {"all", share_json(r.board_all)}, {"voting", share_json(r.board_voting)}, {"exec", share_json(r.board_exec)}};
  }
}

json indicator_json(const IndicatorResult& r) {
  const IndicatorInfo& i = info(r.key);
  json j = {{"key", i.name},
            {"number", i.number},
            {"label", i.label},
            {"year", r.year},
            {"as_at", to_iso(r.as_at)},
            {"direction", to_string(i.direction)},
            {"source", r.source},
            {"unit", i.kind == IndicatorKind::ratio ? "ratio" : "%"},
            {"value", r.suppressed ? json(nullptr) : num(r.value)},
            {"suppressed", r.suppressed},
            {"withheld", r.withheld},
            {"previous", opt(r.previous)},
            {"previous_year", opt(r.previous_year)},
            {"delta", opt(r.delta)},
            {"delta_people", opt(r.delta_people)},
            {"trend", r.trend_withheld ? json(nullptr) : json(to_string(r.trend))},
            {"trend_withheld", r.trend_withheld},
            {"embargo",
             r.embargo ? json{{"year", r.embargo->year}, {"published", to_iso(r.embargo->published)}} : json(nullptr)},
            {"significant", opt(r.significant)},
            {"rag", to_string(r.rag)},
            {"rag_reason", r.rag_reason},
            {"vs_parity", r.vs_parity ? json(to_string(*r.vs_parity)) : json(nullptr)},
            {"comparators", comparators_json(r.comparators)},
            {"history_comparator", r.history_comparator},
            {"history", history_json(r)}};
  add_kind_fields(j, r);
  return j;
}

json action_json(const ActionView& a) {
  return {{"id", a.id},
          {"title", a.title},
          {"theme", a.theme},
          {"lead", a.lead},
          {"priority", a.priority},
          {"status", to_string(a.status)},
          {"status_word", a.status_word},
          {"due", a.due_text},
          {"due_kind", to_string(a.due_kind)},
          {"due_precision", a.due_precision == DuePrecision::month ? "month" : "day"},
          {"due_date", opt_date(a.due_date)},
          {"overdue", a.overdue},
          {"due_soon", a.due_soon},
          {"quiet", a.quiet},
          {"days_overdue", opt(a.days_overdue)},
          {"days_left", opt(a.days_left)},
          {"days_since_update", opt(a.days_since_update)},
          {"last_update", opt_date(a.last_update)},
          {"last_update_text", a.last_update_text},
          {"indicators", a.indicators}};
}

json plan_json(const PlanSummary& p) {
  json themes = json::array(), by_ind = json::array(), actions = json::array();
  for (const auto& g : p.themes) themes.push_back(group_json(g));
  for (const auto& g : p.by_indicator) by_ind.push_back(group_json(g));
  for (const auto& a : p.actions) actions.push_back(action_json(a));
  return {{"id", p.id},
          {"title", p.title},
          {"total", p.total},
          {"percent_complete", num(p.percent_complete)},
          {"statuses_reported", p.statuses_reported},
          {"reported", opt_date(p.reported)},
          {"report_stale", p.report_stale},
          {"counts", counts_json(p.counts)},
          {"palette", palette_json(p.palette)},
          {"overdue", action_ids(p, &ActionView::overdue)},
          {"due_soon", action_ids(p, &ActionView::due_soon)},
          {"quiet", action_ids(p, &ActionView::quiet)},
          {"themes", std::move(themes)},
          {"by_indicator", std::move(by_ind)},
          {"actions", std::move(actions)}};
}

json measure_json(const MeasureResult& m) {
  json readings = json::array();
  for (const auto& r : m.readings) readings.push_back({{"date", to_iso(r.date)}, {"value", num(r.value)}});
  return {{"id", m.id},
          {"title", m.title},
          {"unit", m.unit},
          {"direction", to_string(m.direction)},
          {"target", opt(m.target)},
          {"latest", opt(m.latest)},
          {"latest_date", opt_date(m.latest_date)},
          {"previous", opt(m.previous)},
          {"baseline", opt(m.baseline)},
          {"progress_pct", opt(m.progress_pct)},
          {"met", opt(m.met)},
          {"trend", m.trend ? json(to_string(*m.trend)) : json(nullptr)},
          {"readings", std::move(readings)}};
}

json targets_json(const std::optional<Targets>& t) {
  if (!t) return nullptr;
  json bands = json::array();
  for (const auto& b : t->bands) {
    json path = json::array();
    for (const auto& p : b.trajectory) path.push_back({{"year", p.year}, {"target", p.target}});
    auto hidden = [&](long long v) { return b.hidden ? json(nullptr) : json(v); };
    bands.push_back({{"band", b.band},
                     {"current", hidden(b.current)},
                     {"total", b.total ? json(b.total) : hidden(b.total)},
                     {"target", b.target || !b.hidden ? json(b.target) : json(nullptr)},
                     {"needed", hidden(b.needed)},
                     {"hidden", b.hidden},
                     {"trajectory", std::move(path)},
                     {"on_path", b.on_path}});
  }
  return {{"year", t->year},
          {"group", to_string(t->group)},
          {"base", to_string(t->base)},
          {"base_pct", num(t->base_pct)},
          {"baseline_year", t->baseline_year},
          {"target_year", t->target_year},
          {"bands", std::move(bands)},
          {"needed", t->needed_hidden ? json(nullptr) : json(t->needed)}};
}

json display_json(const DisplaySettings& d) {
  json j = {{"pages", d.pages},
            {"rotate_seconds", d.rotate_seconds},
            {"stale_seconds", d.stale_seconds},
            {"changes_days", d.changes_days}};
  if (d.night) j["night"] = {{"off_minute", d.night->off_minute}, {"on_minute", d.night->on_minute}};
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

json snapshot_body_json(const Snapshot& s) {
  json indicators = json::array(), plans = json::array(), measures = json::array();
  for (const auto& i : s.indicators) indicators.push_back(indicator_json(i));
  for (const auto& p : s.plans) plans.push_back(plan_json(p));
  for (const auto& m : s.measures) measures.push_back(measure_json(m));
  return {{"schema", s.schema},
          {"as_of", opt_date(s.as_of)},
          {"organisation", s.organisation},
          {"title", s.title},
          {"generated_at", s.generated_at},
          {"term", s.term},
          {"data_as_at", opt_date(s.data_as_at)},
          {"data_overdue", s.data_overdue},
          {"unredacted", s.unredacted},
          {"privacy",
           {{"min_responses", s.privacy.min_responses},
            {"min_count", s.privacy.min_count},
            {"min_count_hides_ratios", s.privacy.min_count_hides_ratios}}},
          {"local_population_bme_pct", opt(s.local_population_bme_pct)},
          {"indicators", std::move(indicators)},
          {"targets", targets_json(s.targets)},
          {"plans", std::move(plans)},
          {"measures", std::move(measures)},
          {"display", display_json(s.display)},
          {"rules",
           {{"due_soon_days", s.rules.due_soon_days},
            {"ratio_band", {num(s.rules.ratio_low), num(s.rules.ratio_high)}},
            {"gap_amber_pts", num(s.rules.gap_amber_pts)},
            {"gap_red_pts", num(s.rules.gap_red_pts)},
            {"confidence", num(s.rules.confidence)},
            {"disciplinary_rolling_years", s.rules.disciplinary_rolling_years}}}};
}

json snapshot_status_json(const ConfigStatus& config, const std::vector<StatusChange>& changes_in,
                          const std::string& storage_error) {
  json errors = json::array(), changes = json::array();
  for (const auto& e : config.errors) errors.push_back(diagnostic_to_json(e));
  for (const auto& c : changes_in)
    changes.push_back(
        {{"plan", c.plan}, {"action", c.action}, {"title", c.title}, {"from", c.from}, {"to", c.to}, {"at", c.at}});
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
