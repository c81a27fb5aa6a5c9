// Reading a snapshot back (display, wresctl status). Tolerant: a missing or
// mistyped field becomes its default, so a newer daemon adding keys, or an
// older one lacking some, still gives a picture.
#include <cmath>
#include <nlohmann/json.hpp>

#include "wres/model/page_schedule.hpp"
#include "wres/protocol/snapshot_json.hpp"

namespace wres {
using nlohmann::json;

namespace {

const json* field(const json& j, std::string_view key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(std::string(key));
  return it == j.end() || it->is_null() ? nullptr : &*it;
}
std::string str(const json& j, std::string_view key) {
  auto f = field(j, key);
  return f && f->is_string() ? f->get<std::string>() : std::string{};
}
std::optional<double> dbl(const json& j, std::string_view key) {
  auto f = field(j, key);
  if (!f || !f->is_number()) return std::nullopt;
  double v = f->get<double>();
  return std::isfinite(v) ? std::optional{v} : std::nullopt;
}
std::optional<long long> integer(const json& j, std::string_view key) {
  auto f = field(j, key);
  return f && f->is_number_integer() ? std::optional{f->get<long long>()} : std::nullopt;
}
int int_or(const json& j, std::string_view key, int dflt) {
  auto v = integer(j, key);
  return v ? static_cast<int>(*v) : dflt;
}
bool boolean(const json& j, std::string_view key, bool dflt = false) {
  auto f = field(j, key);
  return f && f->is_boolean() ? f->get<bool>() : dflt;
}
const json& arr(const json& j, std::string_view key) {
  static const json empty = json::array();
  auto f = field(j, key);
  return f && f->is_array() ? *f : empty;
}
std::vector<std::string> strings(const json& j, std::string_view key) {
  std::vector<std::string> out;
  for (const auto& e : arr(j, key))
    if (e.is_string()) out.push_back(e.get<std::string>());
  return out;
}
std::optional<Date> date(const json& j, std::string_view key) { return parse_iso_date(str(j, key)); }

StatusCounts counts(const json& j) {
  StatusCounts c;
  for (Status s : kAllStatuses) c[s] = int_or(j, std::string(to_string(s)).c_str(), 0);
  c.overdue = int_or(j, "overdue", 0);
  return c;
}

std::vector<MarkColour> palette(const json& j) {
  std::vector<MarkColour> out;
  for (const auto& e : arr(j, "palette")) {
    MarkColour m{Mark::named(str(e, "mark")), hue_from_name(str(e, "hue")).value_or(Hue::silver), str(e, "plan_word")};
    if (!m.mark.is(Mark::Kind::none)) out.push_back(std::move(m));
  }
  return out;
}

GroupProgress group(const json& j) {
  GroupProgress g;
  g.name = str(j, "name"), g.total = int_or(j, "total", 0);
  g.percent_complete = dbl(j, "percent_complete").value_or(0);
  if (auto c = field(j, "counts")) g.counts = counts(*c);
  return g;
}

std::optional<BoardShare> share(const json& j, const char* key) {
  auto f = field(j, key);
  if (!f) return std::nullopt;
  BoardShare s;
  s.pct = dbl(*f, "pct").value_or(0);
  if (auto d = dbl(*f, "diff_pts")) s.diff_pts = *d, s.has_diff = true;
  return s;
}

BandShare band_share(const json& b, const FamilySpec& f) {
  const std::string focus(f.focus_key), focus_pct = focus + "_pct";
  BandShare s;
  s.band = str(b, f.breakdown_item), s.group = band_group_from_name(str(b, "group")).value_or(BandGroup::all);
  s.focus = integer(b, focus).value_or(0), s.total = integer(b, "total").value_or(0);
  s.focus_pct = dbl(b, focus_pct).value_or(0), s.vs_overall_pts = dbl(b, "vs_overall_pts").value_or(0);
  s.total_withheld = !integer(b, "total");
  s.withheld = str(b, "withheld");
  if (s.withheld.empty() && (!integer(b, focus) || !dbl(b, focus_pct))) s.withheld = "withheld";
  return s;
}

void read_kind_fields(IndicatorResult& r, const json& j) {
  const FamilySpec& f = r.family();
  const std::string focus(f.focus_key), reference(f.reference_key);
  r.favours = favours_from_name(str(j, "favours"));
  if (auto ci = field(j, "ci"); ci && ci->is_array() && ci->size() == 2 && (*ci)[0].is_number() && (*ci)[1].is_number())
    r.ci = std::pair{(*ci)[0].get<double>(), (*ci)[1].get<double>()};
  r.small_numbers = boolean(j, "small_numbers");
  r.rolling_years = int_or(j, "rolling_years", 1);
  r.ref_pct = dbl(j, reference), r.gap = dbl(j, "gap"), r.reference_share = dbl(j, "reference_pct");
  r.focus_n = integer(j, focus + "_n"), r.ref_n = integer(j, reference + "_n");
  if (auto s = field(j, "gap_significant"); s && s->is_boolean()) r.gap_significant = s->get<bool>();
  r.basis = board_basis_from_name(str(j, "basis")).value_or(BoardBasis::none);
  r.gap_pts = dbl(j, "gap_pts"), r.exec_pct = dbl(j, "exec_pct"), r.exec_gap_pts = dbl(j, "exec_gap_pts");
  r.exec_withheld = str(j, "exec_withheld");
  if (auto m = field(j, "members")) {
    r.board_all = share(*m, "all"), r.board_voting = share(*m, "voting"), r.board_exec = share(*m, "exec");
  }
  for (const auto& h : arr(j, "all_member_history"))
    if (auto v = dbl(h, "value")) r.all_member_history.push_back({int_or(h, "year", 0), false, *v, {}, {}});
  for (const auto& b : arr(j, f.breakdown)) r.bands.push_back(band_share(b, f));
  r.declared_pct = dbl(j, "declared_pct");
  r.note = str(j, "note");
  if (auto h = field(j, "hourly"); h && dbl(*h, "focus") && dbl(*h, "reference"))
    r.pay = HourlyPay{*dbl(*h, "focus"), *dbl(*h, "reference")};
  if (auto s = field(j, "senior")) r.senior = band_share(*s, f);
}

std::optional<IndicatorResult> indicator(const json& j) {
  const MetricSpec* metric = find_metric(str(j, "family"), str(j, "key"));
  auto value = dbl(j, "value");
  bool suppressed = boolean(j, "suppressed");
  if (!metric || (!value && !suppressed)) return std::nullopt;  // nothing to show
  IndicatorResult r;
  r.metric = metric, r.value = value.value_or(0), r.year = int_or(j, "year", 0);
  r.source = source_from_name(str(j, "source")).value_or(Source::published);
  r.withheld = str(j, "withheld"), r.trend_withheld = boolean(j, "trend_withheld");
  r.focus = str(j, "focus"), r.reference = str(j, "reference");
  if (suppressed && r.withheld.empty()) r.withheld = "withheld";
  if (auto e = field(j, "embargo"); e && date(*e, "published"))
    r.embargo = Embargo{int_or(*e, "year", 0), *date(*e, "published")};
  if (auto d = date(j, "as_at")) r.as_at = *d;
  r.previous = dbl(j, "previous"), r.delta = dbl(j, "delta"), r.delta_people = integer(j, "delta_people");
  if (auto py = integer(j, "previous_year")) r.previous_year = static_cast<int>(*py);
  if (auto sy = integer(j, "survey_year")) r.survey_year = static_cast<int>(*sy);
  r.trend = trend_from_name(str(j, "trend")).value_or(Trend::first_year);
  if (auto s = field(j, "significant"); s && s->is_boolean()) r.significant = s->get<bool>();
  r.rag = rag_from_name(str(j, "rag")).value_or(Rag::none);
  r.rag_reason = str(j, "rag_reason");
  r.vs_parity = comparison_from_name(str(j, "vs_parity"));
  for (const auto& c : arr(j, "comparators"))
    r.comparators.push_back({str(c, "label"), int_or(c, "year", 0), dbl(c, "value"),
                             dbl(c, std::string(r.family().reference_key)), comparison_from_name(str(c, "vs"))});
  read_kind_fields(r, j);
  r.history_comparator = str(j, "history_comparator");
  for (const auto& h : arr(j, "history")) {
    HistoryPoint p;
    p.year = int_or(h, "year", 0), p.withheld = boolean(h, "suppressed");
    auto v = dbl(h, "value");
    if (!v && !p.withheld) continue;
    p.value = v.value_or(0), p.ref_pct = dbl(h, std::string(r.family().reference_key));
    p.comparator = dbl(h, "comparator");
    r.history.push_back(p);
  }
  return r;
}

ActionView action(const json& j) {
  ActionView a;
  a.id = str(j, "id"), a.title = str(j, "title"), a.theme = str(j, "theme"), a.lead = str(j, "lead");
  a.priority = str(j, "priority");
  // A status this build does not know is shown as not reported: never as more.
  // ("state" is where snapshots cached by the previous build kept it.)
  auto named = status_from_name(str(j, "status"));
  a.status = named ? *named : status_from_name(str(j, "state")).value_or(Status::not_reported);
  a.status_word = str(j, "status_word");
  a.due_text = str(j, "due"), a.due_date = date(j, "due_date");
  a.due_kind = due_kind_from_name(str(j, "due_kind")).value_or(DueKind::tbc);
  a.due_precision = str(j, "due_precision") == "month" ? DuePrecision::month : DuePrecision::day;
  a.overdue = boolean(j, "overdue"), a.due_soon = boolean(j, "due_soon"), a.quiet = boolean(j, "quiet");
  a.due_soon_unreported = boolean(j, "due_soon_unreported");
  auto as_int = [&](const char* k) -> std::optional<int> {
    if (auto v = integer(j, k)) return static_cast<int>(*v);
    return std::nullopt;
  };
  a.days_overdue = as_int("days_overdue"), a.days_left = as_int("days_left");
  a.days_since_update = as_int("days_since_update");
  a.last_update = date(j, "last_update"), a.last_update_text = str(j, "last_update_text");
  for (const auto& i : arr(j, "indicators"))
    if (i.is_number_integer()) a.indicators.push_back(i.get<int>());
  return a;
}

PlanSummary plan(const json& j) {
  PlanSummary p;
  p.id = str(j, "id"), p.title = str(j, "title"), p.total = int_or(j, "total", 0);
  p.percent_complete = dbl(j, "percent_complete").value_or(0);
  if (auto c = field(j, "counts")) p.counts = counts(*c);
  p.statuses_reported = boolean(j, "statuses_reported", true);
  p.reported = date(j, "reported"), p.report_stale = boolean(j, "report_stale");
  p.palette = palette(j);
  for (const auto& m : arr(j, "marks"))
    if (auto st = status_from_name(str(m, "state"))) p.marks.push_back({*st, str(m, "mark"), str(m, "counted")});
  for (const auto& g : arr(j, "themes")) p.themes.push_back(group(g));
  for (const auto& g : arr(j, "by_indicator")) p.by_indicator.push_back(group(g));
  for (const auto& a : arr(j, "actions")) p.actions.push_back(action(a));
  return p;
}

std::optional<SpcResult> spc(const json* j) {
  if (!j || !j->is_object()) return std::nullopt;
  SpcResult s;
  s.mean = dbl(*j, "mean").value_or(0), s.lower = dbl(*j, "lower"), s.upper = dbl(*j, "upper");
  s.baseline = int_or(*j, "baseline", 0);
  for (const auto& p : arr(*j, "periods"))
    if (auto d = date(p, "from"))
      s.periods.push_back({*d, int_or(p, "points", 0), int_or(p, "baseline", 0), dbl(p, "mean").value_or(0),
                           dbl(p, "lower"), dbl(p, "upper")});
  for (const auto& p : arr(*j, "points"))
    if (auto d = date(p, "date"); d && dbl(p, "value"))
      s.points.push_back({*d, *dbl(p, "value"), spc_cause_from_name(str(p, "cause")).value_or(SpcCause::common),
                          spc_rule_from_name(str(p, "rule")).value_or(SpcRule::none)});
  s.variation = spc_variation_from_name(str(*j, "variation"));
  s.assurance = spc_assurance_from_name(str(*j, "assurance"));
  return s;
}

MeasureResult measure(const json& j) {
  MeasureResult m;
  m.id = str(j, "id"), m.title = str(j, "title"), m.unit = str(j, "unit");
  m.direction = direction_from_name(str(j, "direction")).value_or(Direction::higher_is_better);
  m.target = dbl(j, "target"), m.latest = dbl(j, "latest"), m.previous = dbl(j, "previous");
  m.baseline = dbl(j, "baseline"), m.progress_pct = dbl(j, "progress_pct");
  m.latest_date = date(j, "latest_date"), m.previous_date = date(j, "previous_date");
  m.latest_word = str(j, "latest_word");
  if (auto f = field(j, "met"); f && f->is_boolean()) m.met = f->get<bool>();
  m.trend = trend_from_name(str(j, "trend"));
  for (const auto& r : arr(j, "readings"))
    if (auto d = date(r, "date"); d && dbl(r, "value")) m.readings.push_back({*d, *dbl(r, "value")});
  m.spc = spc(field(j, "spc"));
  return m;
}

BandTarget band_target(const json& b) {
  BandTarget t;
  t.band = str(b, "band");
  t.current = integer(b, "current").value_or(0), t.total = integer(b, "total").value_or(0);
  t.target = integer(b, "target").value_or(0), t.needed = integer(b, "needed").value_or(0);
  t.withheld = str(b, "withheld");
  if (t.withheld.empty() && boolean(b, "hidden")) t.withheld = "withheld";
  t.total_withheld = !integer(b, "total");
  if (auto f = field(b, "on_path"); f && f->is_boolean()) t.on_path = f->get<bool>();
  for (const auto& p : arr(b, "trajectory"))
    t.trajectory.push_back({int_or(p, "year", 0), integer(p, "target").value_or(0)});
  return t;
}

std::optional<Targets> targets(const json& j) {
  auto t = field(j, "targets");
  if (!t) return std::nullopt;
  Targets out;
  out.year = int_or(*t, "year", 0);
  out.group = band_group_from_name(str(*t, "group")).value_or(BandGroup::all);
  out.base = target_base_from_name(str(*t, "base")).value_or(TargetBase::population);
  out.base_pct = dbl(*t, "base_pct").value_or(0);
  if (auto y = integer(*t, "baseline_year")) out.baseline_year = static_cast<int>(*y);
  out.target_year = int_or(*t, "target_year", 2028);
  out.needed = integer(*t, "needed").value_or(0), out.needed_withheld = !integer(*t, "needed");
  for (const auto& b : arr(*t, "bands")) out.bands.push_back(band_target(b));
  return out;
}

PageSet page_set(const json& j) {
  PageSet s;
  auto pages = strings(j, "pages");
  if (!pages.empty()) s.pages = pages;
  if (auto secs = field(j, "page_seconds"); secs && secs->is_object())
    for (const auto& [page, v] : secs->items())
      if (v.is_number_integer()) s.seconds[page] = std::max(1, v.get<int>());
  return s;
}

PageWindow window(const json& j) {
  PageWindow w{.days = 0,
               .from_minute = int_or(j, "from_minute", 0),
               .to_minute = int_or(j, "to_minute", 0),
               .set = page_set(j)};
  for (const auto& name : strings(j, "days"))
    if (auto d = day_from_name(name)) w.days |= 1U << *d;
  return w;
}

DisplaySettings display(const json& j) {
  DisplaySettings d;
  auto f = field(j, "display");
  if (!f) return d;
  d.usual = page_set(*f);
  for (const auto& w : arr(*f, "schedule")) d.schedule.push_back(window(w));
  d.rotate_seconds = std::max(1, int_or(*f, "rotate_seconds", d.rotate_seconds));
  d.stale_seconds = std::max(1, int_or(*f, "stale_seconds", d.stale_seconds));
  d.changes_days = std::max(1, int_or(*f, "changes_days", d.changes_days));
  if (auto it = f->find("panel"); it != f->end() && it->is_string())
    d.panel = panel_control_from_name(it->get<std::string>()).value_or(PanelControl::automatic);
  if (auto n = field(*f, "night"))
    d.night =
        NightHours{int_or(*n, "off_minute", NightHours{}.off_minute), int_or(*n, "on_minute", NightHours{}.on_minute)};
  return d;
}

Rules rules(const json& j) {
  Rules r;
  auto f = field(j, "rules");
  if (!f) return r;
  r.due_soon_days = int_or(*f, "due_soon_days", r.due_soon_days);
  if (auto b = field(*f, "ratio_band");
      b && b->is_array() && b->size() == 2 && (*b)[0].is_number() && (*b)[1].is_number())
    r.ratio_low = (*b)[0].get<double>(), r.ratio_high = (*b)[1].get<double>();
  r.gap_amber_pts = dbl(*f, "gap_amber_pts").value_or(r.gap_amber_pts);
  r.gap_red_pts = dbl(*f, "gap_red_pts").value_or(r.gap_red_pts);
  r.confidence = dbl(*f, "confidence").value_or(r.confidence);
  r.disciplinary_rolling_years = int_or(*f, "disciplinary_rolling_years", r.disciplinary_rolling_years);
  r.pay_gap_amber_pct = dbl(*f, "pay_gap_amber_pct").value_or(r.pay_gap_amber_pct);
  r.pay_gap_red_pct = dbl(*f, "pay_gap_red_pct").value_or(r.pay_gap_red_pct);
  r.score_amber_gap = dbl(*f, "score_amber_gap"), r.score_red_gap = dbl(*f, "score_red_gap");
  return r;
}

}  // namespace

std::optional<Snapshot> snapshot_from_json(const json& j, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<Snapshot> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (!j.is_object()) return fail("snapshot is not a JSON object");
  auto schema = integer(j, "schema");
  if (!schema) return fail("snapshot has no schema number");
  if (*schema != kSnapshotSchema)
    return fail("snapshot schema " + std::to_string(*schema) + " is not one this program reads (" +
                std::to_string(kSnapshotSchema) + ")");
  Snapshot s;
  s.as_of = date(j, "as_of"), s.organisation = str(j, "organisation"), s.title = str(j, "title");
  s.generated_at = str(j, "generated_at");
  s.term = str(j, "term");
  s.illustrative = str(j, "illustrative");
  if (s.term.empty()) s.term = kDefaultTerm;
  s.data_as_at = date(j, "data_as_at"), s.data_overdue = boolean(j, "data_overdue");
  for (const auto& c : arr(j, "data_calendar"))
    if (auto d = date(c, "as_at"); d && family_named(str(c, "family")))
      s.calendars.push_back({str(c, "family"), *d, boolean(c, "overdue")});
  s.unredacted = boolean(j, "unredacted");
  s.twin_url = str(j, "twin_url");
  if (auto p = field(j, "privacy")) {
    s.privacy.min_responses = int_or(*p, "min_responses", s.privacy.min_responses);
    s.privacy.min_count = int_or(*p, "min_count", s.privacy.min_count);
  }
  if (auto c = field(j, "config")) {
    s.config.ok = boolean(*c, "ok", true);
    for (const auto& e : arr(*c, "errors"))
      s.config.errors.push_back({{str(e, "file"), int_or(e, "line", 0), int_or(e, "column", 0)}, str(e, "message")});
  }
  s.local_population_bme_pct = dbl(j, "local_population_bme_pct");
  for (const auto& i : arr(j, "indicators"))
    if (auto r = indicator(i)) s.indicators.push_back(std::move(*r));
  s.targets = targets(j);
  for (const auto& p : arr(j, "plans")) s.plans.push_back(plan(p));
  for (const auto& m : arr(j, "measures")) s.measures.push_back(measure(m));
  for (const auto& c : arr(j, "changes"))
    s.changes.push_back({.plan = str(c, "plan"),
                         .action = str(c, "action"),
                         .title = str(c, "title"),
                         .from = Mark::named(str(c, "from")),
                         .to = Mark::named(str(c, "to")),
                         .at = str(c, "at")});
  s.display = display(j);
  s.rules = rules(j);
  if (auto st = field(j, "storage")) s.storage_error = str(*st, "error");
  return s;
}

}  // namespace wres
