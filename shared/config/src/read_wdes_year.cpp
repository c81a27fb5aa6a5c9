// [[wdes_year]]: one WDES year (DESIGN 8.2), the WDES family's reader.
// Besides types and ranges, a figure that could not be computed is refused
// here with the field that makes it so, as for [[year]].
#include "readers.hpp"

namespace wres::config {

namespace {

std::optional<DisabilityCounts> read_counts(TableReader& t) {
  auto d = t.count("disabled", Need::required), nd = t.count("non_disabled", Need::required);
  auto u = t.count("unknown", Need::optional);
  if (!d || !nd) return std::nullopt;
  return DisabilityCounts{*d, *nd, u.value_or(0)};
}

std::optional<DisabilityCounts> read_wdes_workforce(TableReader& y) {
  auto t = y.child("workforce", Need::optional);
  if (!t) return std::nullopt;
  auto c = read_counts(*t);
  t->finish();
  if (c && c->disabled + c->non_disabled + c->unknown == 0) {
    t->error("workforce: disabled + non_disabled + unknown is 0; the Disabled share needs at least one person");
    return std::nullopt;
  }
  return c;
}

// Clusters 1-4 are AfC bands, clinical or non-clinical apart; 5-7 are medical grades.
std::vector<WdesCluster> read_clusters(TableReader& y) {
  std::vector<WdesCluster> out;
  for (const toml::table* tt : y.tables("clusters", Need::optional)) {
    TableReader t(*tt, y.child_path("clusters"), y.diags());
    auto name = t.text("cluster", Need::required);
    auto group_name = t.text("group", Need::required);
    auto c = read_counts(t);
    t.finish();
    if (!name || !group_name || !c) continue;
    const bool medical = *name == "5" || *name == "6" || *name == "7";
    const bool afc = *name == "1" || *name == "2" || *name == "3" || *name == "4";
    auto group = band_group_from_name(*group_name);
    if (!medical && !afc) {
      t.error_at("cluster", t.child_path("cluster") + ": '" + *name +
                                "' is not a WDES cluster; expected \"1\"-\"4\" (AfC bands) or \"5\"-\"7\" (medical)");
      continue;
    }
    if (medical && group != BandGroup::medical) {
      t.error_at("group", t.child_path("group") + ": cluster " + *name + " is a medical grade; expected \"medical\"");
      continue;
    }
    if (afc && group != BandGroup::clinical && group != BandGroup::non_clinical) {
      t.error_at("group",
                 t.child_path("group") + ": cluster " + *name + " is asked for \"clinical\" or \"non_clinical\" staff");
      continue;
    }
    bool dup = false;
    for (const auto& o : out) dup = dup || (o.cluster == *name && o.group == *group);
    if (dup) {
      t.error_at("cluster", "clusters: cluster " + *name + " (" + *group_name + ") is given twice in this year");
      continue;
    }
    out.push_back({*name, *group, *c});
  }
  return out;
}

std::optional<WdesRecruitment> read_wdes_recruitment(TableReader& y) {
  auto a = read_appointments(y, {"disabled", "Disabled"}, {"non_disabled", "non-disabled"});
  if (!a) return std::nullopt;
  return WdesRecruitment{a->focus_shortlisted, a->focus_appointed, a->reference_shortlisted, a->reference_appointed};
}

// Metric 3: cases over the same year's workforce, each group within its headcount.
std::optional<WdesCases> read_capability(TableReader& y, const std::optional<DisabilityCounts>& w) {
  const CasesSpec spec{"capability", {"disabled", "Disabled"}, {"non_disabled", "non-disabled"}, "_cases", false,
                       "wdes_year"};
  auto c = read_group_cases(y, spec, w ? std::optional{GroupCounts{w->disabled, w->non_disabled}} : std::nullopt);
  return c ? std::optional{WdesCases{c->focus, c->reference}} : std::nullopt;
}

void read_surveys(TableReader& y, WdesYear& out) {
  for (const auto& m : wdes_family().metrics) {
    if (m.kind != MetricKind::survey_gap) continue;
    auto t = y.child(m.key, Need::optional);
    if (!t) continue;
    auto dp = t->number("disabled_pct", Need::required, 0, 100);
    auto np = t->number("non_disabled_pct", Need::required, 0, 100);
    auto dn = t->integer("disabled_n", Need::optional, 1, kMaxCount);
    auto nn = t->integer("non_disabled_n", Need::optional, 1, kMaxCount);
    t->finish();
    if (dp && np) out.surveys[std::string(m.key)] = WdesSurvey{*dp, *np, dn, nn};
  }
}

// 8 asks Disabled staff only: a non-disabled figure is a mistake, said as one.
std::optional<WdesAdjustments> read_adjustments(TableReader& y) {
  auto t = y.child("adjustments", Need::optional);
  if (!t) return std::nullopt;
  for (const char* other : {"non_disabled_pct", "non_disabled_n"})
    if (t->get(other))
      t->error_at(other,
                  t->child_path(other) + ": metric 8 asks Disabled staff only (adjustments made for them); remove it");
  auto dp = t->number("disabled_pct", Need::required, 0, 100);
  auto dn = t->integer("disabled_n", Need::optional, 1, kMaxCount);
  t->finish();
  if (!dp) return std::nullopt;
  return WdesAdjustments{*dp, dn};
}

std::optional<WdesEngagement> read_engagement(TableReader& y) {
  auto t = y.child("engagement", Need::optional);
  if (!t) return std::nullopt;
  auto d = t->number("disabled", Need::required, 0, 10), nd = t->number("non_disabled", Need::required, 0, 10);
  t->finish();
  if (!d || !nd) return std::nullopt;
  return WdesEngagement{*d, *nd};
}

std::optional<WdesVoice> read_voice(TableReader& y) {
  auto t = y.child("voice", Need::optional);
  if (!t) return std::nullopt;
  auto yes = t->boolean("yes", Need::required);
  auto note = t->text("note", Need::optional);
  t->finish();
  if (!yes) return std::nullopt;
  return WdesVoice{*yes, note.value_or("")};
}

std::optional<WdesBoard> read_board(TableReader& y) {
  auto t = y.child("board", Need::optional);
  if (!t) return std::nullopt;
  auto vd = t->count("voting_disabled", Need::required), vt = t->count("voting_total", Need::required);
  auto ed = t->count("exec_disabled", Need::optional), et = t->count("exec_total", Need::optional);
  t->finish();
  if (!vd || !vt) return std::nullopt;
  bool ok = true;
  if (*vt == 0)
    t->error_at("voting_total", t->child_path("voting_total") + ": is 0; a board has voting members"), ok = false;
  if (*vd > *vt)
    t->error_at("voting_disabled", t->child_path("voting_disabled") + ": " + std::to_string(*vd) +
                                       " is more than the " + std::to_string(*vt) + " voting"),
        ok = false;
  if (ed.has_value() != et.has_value())
    t->error(std::string("board: give exec_disabled and exec_total together")), ok = false;
  if (ed && et && *ed > *et)
    t->error_at("exec_disabled", t->child_path("exec_disabled") + ": " + std::to_string(*ed) + " is more than the " +
                                     std::to_string(*et) + " executive"),
        ok = false;
  if (!ok) return std::nullopt;
  return WdesBoard{*vd, *vt, ed, et};
}

void read_published(TableReader& y, WdesYear& out) {
  auto t = y.child("published", Need::optional);
  if (!t) return;
  for (const auto& m : wdes_family().metrics) {
    if (m.kind != MetricKind::ratio && m.kind != MetricKind::share && m.kind != MetricKind::board_gap) continue;
    if (auto v = t->number(m.key, Need::optional, 0, m.kind == MetricKind::ratio ? 1000 : 100))
      out.published[std::string(m.key)] = *v;
  }
  t->finish();
}

}  // namespace

std::optional<WdesYear> read_wdes_year(TableReader& t) {
  WdesYear y;
  y.where = t.where();
  const bool year = read_year_head(t, "wdes_year", y.wdes_year, y.as_at);
  y.survey_published = t.date("survey_published", Need::optional);
  y.survey_year = read_survey_year(t, year ? std::optional{y.wdes_year} : std::nullopt);
  y.workforce = read_wdes_workforce(t);
  y.clusters = read_clusters(t);
  y.recruitment = read_wdes_recruitment(t);
  y.capability = read_capability(t, y.workforce);
  read_surveys(t, y);
  y.adjustments = read_adjustments(t);
  y.engagement = read_engagement(t);
  y.voice = read_voice(t);
  y.board = read_board(t);
  read_published(t, y);
  read_comparators(t, y.wdes_year, y.comparators, wdes_family());
  read_notes(t, y.notes, wdes_family());
  t.finish();
  if (!year) return std::nullopt;
  return y;
}

}  // namespace wres::config
