#include "wres/compute/disclosure.hpp"

#include <algorithm>
#include <set>

#include "wres/compute/cell_audit.hpp"
#include "wres/compute/observation.hpp"
#include "wres/model/wording.hpp"

namespace wres {

namespace {

bool embargoed(const YearData& y, Date today) { return y.survey_published && today < *y.survey_published; }

void drop_surveys(YearData& y) {
  y.hba_public.reset(), y.hba_staff.reset(), y.equal_opps.reset(), y.discrimination.reset();
  drop_survey_comparators(y.comparators, wres_family());
}

bool small(long long v, const PrivacySettings& p) { return p.min_count > 0 && v < p.min_count; }

}  // namespace

void drop_survey_comparators(std::vector<Comparator>& comparators, const FamilySpec& f) {
  for (auto& c : comparators)
    std::erase_if(c.values, [&f](const auto& kv) {
      for (const auto& m : f.metrics) {
        if (!is_survey_metric(m) || kv.first.rfind(m.key, 0) != 0) continue;
        if (kv.first.size() == m.key.size() || kv.first[m.key.size()] == '_')
          return true;  // "<key>" or "<key>_<group>"
      }
      return false;
    });
}

std::string fewer_than(int n, const std::string& what) { return "fewer than " + std::to_string(n) + " " + what; }

// ---- the survey embargo ------------------------------------------------------

std::vector<YearData> years_before_embargo(const Board& board, Date today,
                                           std::map<const MetricSpec*, Embargo>& embargoes) {
  std::vector<YearData> years = board.years;
  for (auto& y : years) {
    if (!embargoed(y, today)) continue;
    for (const auto& m : wres_family().metrics) {
      if (!is_survey_metric(m)) continue;
      if (survey_of(y, *wres_key(m)) && !embargoes.count(&m)) embargoes[&m] = Embargo{y.wres_year, *y.survey_published};
    }
    drop_surveys(y);
  }
  return years;
}

IndicatorResult embargoed_only(const MetricSpec& m, const Embargo& e) {
  IndicatorResult r;
  r.metric = &m, r.year = e.year, r.source = Source::survey;
  r.trend_withheld = true, r.embargo = e;
  r.withheld = embargo_text(e);
  r.rag_reason = "withheld: " + r.withheld;
  return r;
}

// ---- one indicator, year by year -------------------------------------------

namespace {

// Why a year's figure is withheld; empty when it is not.
std::string figure_withheld(const FigureBasis& b, const PrivacySettings& p) {
  if (p.min_responses > 0 && b.focus_n && *b.focus_n < p.min_responses) return fewer_than(p.min_responses, "responses");
  if (std::any_of(b.counts.begin(), b.counts.end(), [&](long long c) { return small(c, p); }))
    return fewer_than(p.min_count, b.counted);
  return "";
}

bool reference_withheld(const FigureBasis& b, const PrivacySettings& p) {
  return p.min_responses > 0 && b.reference_n && *b.reference_n < p.min_responses;
}

// Only what says that the figure is withheld, why, and for which year; the
// comparators' own figures stay, without a judgement against this one.
void withhold_figure(IndicatorResult& r, std::string why) {
  IndicatorResult w;
  w.metric = r.metric, w.year = r.year, w.as_at = r.as_at, w.source = r.source, w.embargo = r.embargo;
  w.survey_year = r.survey_year;
  w.withheld = std::move(why), w.trend_withheld = true;
  w.rag_reason = "withheld: " + w.withheld;
  w.basis = r.basis, w.rolling_years = r.rolling_years, w.focus = r.focus, w.reference = r.reference;
  for (const auto& c : r.comparators) w.comparators.push_back({c.label, c.year, c.value, c.ref_pct, std::nullopt});
  w.history = std::move(r.history);
  w.history_comparator = std::move(r.history_comparator);
  r = std::move(w);
}

void withhold_trend(IndicatorResult& r) {
  r.trend_withheld = true, r.trend = Trend::first_year;
  r.previous.reset(), r.delta.reset(), r.significant.reset(), r.delta_people.reset();
}

void withhold_reference(IndicatorResult& r, const std::string& why) {
  r.ref_pct.reset(), r.gap.reset(), r.gap_significant.reset(), r.ref_n.reset(), r.vs_parity.reset();
  r.rag = Rag::none, r.rag_reason = "withheld: " + reference_of(r) + " figure withheld: " + why;
}

}  // namespace

void withhold_indicator(IndicatorResult& r, const std::vector<FigureBasis>& basis, const PrivacySettings& p) {
  const std::size_t n = std::min(basis.size(), r.history.size());
  if (n == 0) return;
  for (std::size_t i = 0; i < n; ++i) {
    HistoryPoint& h = r.history[i];
    if (!figure_withheld(basis[i], p).empty())
      h.withheld = true, h.value = 0, h.ref_pct.reset();
    else if (reference_withheld(basis[i], p))
      h.ref_pct.reset();
  }
  if (n >= 2 && (r.history[n - 1].withheld || r.history[n - 2].withheld)) withhold_trend(r);
  if (std::string why = figure_withheld(basis[n - 1], p); !why.empty()) return withhold_figure(r, std::move(why));
  if (reference_withheld(basis[n - 1], p)) withhold_reference(r, fewer_than(p.min_responses, "responses"));
  // Small counts beside a figure that is shown.
  if (r.delta_people && small(std::llabs(*r.delta_people), p)) r.delta_people.reset();
  if (r.focus_n && small(*r.focus_n, p)) r.focus_n.reset();
  if (r.ref_n && small(*r.ref_n, p)) r.ref_n.reset();
}

void withhold_member_shares(IndicatorResult& r, const Observation& now, const PrivacySettings& p) {
  if (r.spec().kind != MetricKind::board_gap || r.figure_withheld() || p.min_count <= 0) return;
  auto few = [&](const std::optional<Observation::Members>& m) {
    return m && (small(m->focus, p) || small(m->reference, p));
  };
  const std::string why = fewer_than(p.min_count, "members");
  if (few(now.all_members)) r.board_all.reset();
  if (few(now.voting)) r.board_voting.reset();
  if (few(now.exec) && r.board_exec) {
    r.board_exec.reset(), r.exec_pct.reset(), r.exec_gap_pts.reset();
    r.exec_withheld = why;
  }
}

// ---- bands and targets: counts that add up ------------------------------------

void withhold_parts_together(std::vector<BandShare>& parts, const PrivacySettings& p, const std::string& what) {
  bool any_small = false;
  for (auto& b : parts) {
    b.total_withheld = small(b.total, p);
    any_small = any_small || small(b.focus, p) || small(b.total - b.focus, p);
  }
  if (!any_small) return;
  for (auto& b : parts) {
    b.withheld =
        fewer_than(p.min_count, what + ": every " + what.substr(what.rfind(' ') + 1) + "'s count withheld with it");
    b.focus = 0, b.focus_pct = 0, b.vs_overall_pts = 0;
  }
}

namespace {

const char* kWholeWorkforce = "*";
const char* kSenior = "8A-9";

// Every headcount of bands the snapshot could show, the sums that tie them
// together, and which of them it does show; then what must be withheld.
class BandAudit {
 public:
  BandAudit(const PrivacySettings& p, std::string term) : p_(p), term_(std::move(term)) {}

  // The year's band rows, each band's whole (given, or the sum of its
  // parts), bands 8A-9 and the whole workforce, with the sums between them.
  void add_year(const YearData& y) {
    if (!years_.insert(y.wres_year).second) return;
    std::vector<std::size_t> wholes, senior;
    long long whole_staff = 0;
    for (const auto& name : pay_bands()) {
      auto whole = add_band(y, name);
      if (!whole) continue;
      wholes.push_back(*whole), whole_staff += cells_[*whole].total;
      if (is_senior_band(name) && name != "VSM") senior.push_back(*whole);
    }
    if (!senior.empty()) add_sum(y.wres_year, kSenior, BandGroup::all, senior);
    if (y.workforce) {
      const Workforce& w = *y.workforce;
      auto all = cell(y.wres_year, kWholeWorkforce, BandGroup::all, w.bme, w.bme + w.white + w.unknown);
      if (whole_staff == cells_[all].total) sum(all, wholes);  // the bands cover everyone: they add up to it
    }
  }

  // Marks a count as shown by the snapshot; `headline`: never withheld to
  // protect another (the whole workforce's share).
  void publish(int year, const std::string& band, BandGroup g, bool headline = false) {
    if (auto i = find(year, band, g)) cells_[*i].published = true, cells_[*i].headline = headline;
  }

  // Withholds the small counts shown, then what would give them back.
  void run() {
    std::vector<AuditCell> audit;
    for (auto& c : cells_) {
      AuditCell a{c.focus, 0, c.total, c.published, c.published && !c.headline, false};
      if (c.published && !c.headline && !(c.why = primary_reason(c, a)).empty()) a.shown = false, a.protect = true;
      audit.push_back(a);
    }
    for (std::size_t i : protect_withheld(audit, sums_))
      cells_[i].why = "withheld so that a small count cannot be worked out from the others";
  }

  // Why the count is withheld, "" when it is shown (or not known here).
  std::string why(int year, const std::string& band, BandGroup g) const {
    auto i = find(year, band, g);
    return i ? cells_[*i].why : std::string();
  }
  bool total_small(long long total) const { return small(total, p_); }

 private:
  struct Cell {
    int year = 0;
    std::string band;
    BandGroup group = BandGroup::all;
    long long focus = 0, total = 0;
    bool published = false, headline = false;
    std::string why;
  };

  std::optional<std::size_t> add_band(const YearData& y, const std::string& name) {
    std::vector<std::size_t> parts;
    std::optional<std::size_t> whole;
    for (const auto& b : y.bands) {
      if (b.band != name) continue;
      auto c = cell(y.wres_year, name, b.group, b.bme, b.bme + b.white + b.unknown);
      if (b.group == BandGroup::all)
        whole = c;
      else
        parts.push_back(c);
    }
    if (parts.empty()) return whole;
    if (!whole) return add_sum(y.wres_year, name, BandGroup::all, parts);
    long long focus = 0, total = 0;
    for (std::size_t i : parts) focus += cells_[i].focus, total += cells_[i].total;
    if (focus == cells_[*whole].focus && total == cells_[*whole].total) sum(*whole, parts);
    return whole;
  }

  std::size_t add_sum(int year, const std::string& band, BandGroup g, const std::vector<std::size_t>& parts) {
    long long focus = 0, total = 0;
    for (std::size_t i : parts) focus += cells_[i].focus, total += cells_[i].total;
    std::size_t c = cell(year, band, g, focus, total);
    sum(c, parts);
    return c;
  }

  std::size_t cell(int year, const std::string& band, BandGroup g, long long focus, long long total) {
    if (auto i = find(year, band, g)) return *i;
    cells_.push_back({year, band, g, focus, total, false, false, ""});
    return cells_.size() - 1;
  }
  void sum(std::size_t total, std::vector<std::size_t> parts) { sums_.push_back({total, std::move(parts)}); }

  std::optional<std::size_t> find(int year, const std::string& band, BandGroup g) const {
    for (std::size_t i = 0; i < cells_.size(); ++i)
      if (cells_[i].year == year && cells_[i].band == band && cells_[i].group == g) return i;
    return std::nullopt;
  }

  // A count below min_count, or the rest of its band below it: withheld, and
  // what the wall says of it is what a reader knows of it (`a.lo`-`a.hi`).
  std::string primary_reason(const Cell& c, AuditCell& a) const {
    const long long m = p_.min_count;
    if (small(c.total, p_)) {
      a.lo = 0, a.hi = c.total;
      return fewer_than(p_.min_count, "staff in the band");
    }
    if (small(c.focus, p_)) {
      a.lo = 0, a.hi = std::min(m - 1, c.total);
      return fewer_than(p_.min_count, term_ + " staff");
    }
    if (small(c.total - c.focus, p_)) {
      a.lo = std::max(0LL, c.total - (m - 1)), a.hi = c.total;
      return fewer_than(p_.min_count, "staff who are not " + term_);
    }
    return "";
  }

  const PrivacySettings& p_;
  std::string term_;
  std::set<int> years_;
  std::vector<Cell> cells_;
  std::vector<AuditSum> sums_;
};

const IndicatorResult* workforce_of(const Snapshot& s) {
  for (const auto& r : s.indicators)
    if (r.metric == &info(IndicatorKey::workforce)) return &r;
  return nullptr;
}

void publish_snapshot_counts(BandAudit& audit, const Snapshot& s, const std::vector<YearData>& years) {
  auto add = [&](int year) {
    if (const YearData* y = find_year(years, year)) audit.add_year(*y);
  };
  if (const IndicatorResult* r = workforce_of(s); r && !r->figure_withheld()) {
    add(r->year);
    for (const auto& b : r->bands) audit.publish(r->year, b.band, b.group);
    if (r->senior) audit.publish(r->year, kSenior, BandGroup::all);
    for (const auto& h : r->history)
      if (!h.withheld) add(h.year), audit.publish(h.year, kWholeWorkforce, BandGroup::all, true);
  }
  if (!s.targets) return;
  const Targets& t = *s.targets;
  add(t.year);
  if (t.baseline_year) add(*t.baseline_year);
  for (const auto& b : t.bands) {
    audit.publish(t.year, b.band, t.group);
    if (!b.trajectory.empty() && t.baseline_year) audit.publish(*t.baseline_year, b.band, t.group);
  }
}

void apply_to_bands(const BandAudit& audit, IndicatorResult& r) {
  auto apply = [&](BandShare& b, const std::string& band) {
    b.withheld = audit.why(r.year, band, b.group);
    if (b.is_withheld()) b.focus = 0, b.focus_pct = 0, b.vs_overall_pts = 0;
    if (audit.total_small(b.total)) b.total_withheld = true, b.total = 0;
  };
  for (auto& b : r.bands) apply(b, b.band);
  if (r.senior) apply(*r.senior, kSenior);
}

void apply_to_targets(const BandAudit& audit, Targets& t) {
  for (auto& b : t.bands) {
    b.withheld = audit.why(t.year, b.band, t.group);
    if (b.is_withheld()) b.current = 0, b.needed = 0, b.on_path.reset(), b.trajectory.clear();
    if (t.baseline_year && !audit.why(*t.baseline_year, b.band, t.group).empty())
      b.on_path.reset(), b.trajectory.clear();
    if (audit.total_small(b.total)) b.total_withheld = true, b.total = 0, b.target = 0;
    if (b.is_withheld()) t.needed_withheld = true;
  }
  if (t.needed_withheld) t.needed = 0;
}

}  // namespace

void withhold_band_counts(Snapshot& s, const std::vector<YearData>& years, const PrivacySettings& p) {
  if (p.min_count <= 0) return;
  BandAudit audit(p, s.term);
  publish_snapshot_counts(audit, s, years);
  audit.run();
  for (auto& r : s.indicators)
    if (r.metric == &info(IndicatorKey::workforce)) apply_to_bands(audit, r);
  if (s.targets) apply_to_targets(audit, *s.targets);
}

}  // namespace wres
