// [[year]]: one WRES year of indicator inputs. Besides types and ranges, this
// is where a figure that could not be computed is refused, with the field that
// makes it so: a zero denominator must never reach the wall as inf or NaN.
#include <algorithm>
#include <cctype>

#include "readers.hpp"
#include "suggest.hpp"

namespace wres::config {

namespace {

std::optional<Workforce> read_wres_workforce(TableReader& y) {
  auto t = y.child("workforce", Need::optional);
  if (!t) return std::nullopt;
  auto bme = t->count("bme", Need::required), white = t->count("white", Need::required);
  auto unknown = t->count("unknown", Need::optional);
  t->finish();
  if (!bme || !white) return std::nullopt;
  Workforce w{*bme, *white, unknown.value_or(0)};
  if (w.bme + w.white + w.unknown == 0) {
    t->error("workforce: bme + white + unknown is 0; the BME share needs at least one person");
    return std::nullopt;
  }
  return w;
}

std::optional<Recruitment> read_wres_recruitment(TableReader& y) {
  auto a = read_appointments(y, {"bme", "BME"}, {"white", "White"});
  if (!a) return std::nullopt;
  return Recruitment{a->focus_shortlisted, a->focus_appointed, a->reference_shortlisted, a->reference_appointed};
}

// Indicators 3 and 4 are rates over the workforce of the same year.
std::optional<GroupCounts> read_wres_cases(TableReader& y, const std::optional<Workforce>& w, const char* section,
                                           const char* suffix, bool divide_by_bme) {
  const CasesSpec spec{section, {"bme", "BME"}, {"white", "White"}, suffix, divide_by_bme, "year"};
  return read_group_cases(y, spec, w ? std::optional{GroupCounts{w->bme, w->white}} : std::nullopt);
}

std::optional<Disciplinary> read_disciplinary(TableReader& y, const std::optional<Workforce>& w) {
  auto c = read_wres_cases(y, w, "disciplinary", "_cases", false);
  return c ? std::optional{Disciplinary{c->focus, c->reference}} : std::nullopt;
}

std::optional<Training> read_training(TableReader& y, const std::optional<Workforce>& w) {
  auto c = read_wres_cases(y, w, "training", "_accessed", true);
  return c ? std::optional{Training{c->focus, c->reference}} : std::nullopt;
}

std::optional<Survey> read_survey(TableReader& y, const char* key) {
  auto t = y.child(key, Need::optional);
  if (!t) return std::nullopt;
  auto bp = t->number("bme_pct", Need::required, 0, 100);
  auto wp = t->number("white_pct", Need::required, 0, 100);
  auto bn = t->integer("bme_n", Need::optional, 1, kMaxCount);
  auto wn = t->integer("white_n", Need::optional, 1, kMaxCount);
  t->finish();
  if (!bp || !wp) return std::nullopt;
  return Survey{*bp, *wp, bn, wn};
}

// A pair like voting_bme/voting_white must be given together and not be empty.
bool read_member_pair(TableReader& t, const char* bme_key, const char* white_key, std::optional<long long>& bme,
                      std::optional<long long>& white) {
  bme = t.count(bme_key, Need::optional);
  white = t.count(white_key, Need::optional);
  if (t.get(bme_key) && t.get(white_key) && bme && white && *bme + *white == 0) {
    t.error_at(bme_key, "board." + std::string(bme_key) + " + " + white_key + " is 0; leave both out");
    return false;
  }
  if (static_cast<bool>(t.get(bme_key)) != static_cast<bool>(t.get(white_key))) {
    t.error(std::string("board: give both ") + bme_key + " and " + white_key + ", or neither");
    return false;
  }
  return true;
}

std::optional<BoardMembers> read_board_members(TableReader& y) {
  auto t = y.child("board", Need::optional);
  if (!t) return std::nullopt;
  auto b = t->count("bme", Need::required), w = t->count("white", Need::required);
  BoardMembers m;
  bool ok = read_member_pair(*t, "voting_bme", "voting_white", m.voting_bme, m.voting_white);
  ok = read_member_pair(*t, "exec_bme", "exec_white", m.exec_bme, m.exec_white) && ok;
  t->finish();
  if (!b || !w) return std::nullopt;
  if (*b + *w == 0) {
    t->error("board: bme + white is 0; the board share needs at least one member");
    return std::nullopt;
  }
  m.bme = *b, m.white = *w;
  return ok ? std::optional{m} : std::nullopt;
}

std::optional<std::string> band_name(TableReader& t) {
  auto name = t.text("band", Need::required);
  if (!name) return std::nullopt;
  const auto& known = pay_bands();
  if (std::find(known.begin(), known.end(), *name) != known.end()) return name;
  std::string msg = "bands.band: '" + *name + "' is not an Agenda for Change band or a medical grade";
  msg += suggestion(*name, known);
  t.error_at("band", msg);
  return std::nullopt;
}

std::optional<BandGroup> band_group(TableReader& t) {
  auto g = t.text("group", Need::optional);
  if (!g) return t.get("group") ? std::nullopt : std::optional{BandGroup::all};
  if (auto v = band_group_from_name(*g)) return v;
  t.error_at("group", "bands.group: unknown group '" + *g + "'; expected one of: all, clinical, non_clinical, medical");
  return std::nullopt;
}

std::vector<Band> read_bands(TableReader& y) {
  std::vector<Band> out;
  for (const toml::node& e : y.elements("bands")) {
    auto tt = e.as_table();
    if (!tt) {
      y.diags().error(loc(e),
                      "bands: expected { band = \"8A\", bme = N, white = N }, got " + std::string(type_word(e)));
      continue;
    }
    TableReader t(*tt, "bands", y.diags());
    auto name = band_name(t);
    auto group = band_group(t);
    auto b = t.count("bme", Need::required), w = t.count("white", Need::required);
    auto u = t.count("unknown", Need::optional);
    t.finish();
    if (!name || !group || !b || !w) continue;
    if (is_medical_grade(*name) && *group != BandGroup::medical) {
      t.error_at("band", "bands.band: '" + *name + "' is a medical grade; give it group = \"medical\"");
      continue;
    }
    bool dup = false;
    for (const auto& o : out) dup = dup || (o.band == *name && o.group == *group);
    if (dup) {
      t.error_at("band", "bands: band '" + *name + "' (group " + std::string(to_string(*group)) +
                             ") is listed twice in this year");
      continue;
    }
    out.push_back(Band{*name, *group, *b, *w, u.value_or(0)});
  }
  return out;
}

void read_published(TableReader& y, YearData& yd) {
  auto t = y.child("published", Need::optional);
  if (!t) return;
  for (const auto& m : wres_family().metrics) {
    if (m.kind == MetricKind::survey_gap) continue;
    bool pct = m.kind != MetricKind::ratio;
    if (auto v = t->number(m.key, Need::optional, 0, pct ? 100 : 1000)) yd.published[*wres_key(m)] = *v;
  }
  // Survey indicators have their own form without n's; say so rather than "unknown key".
  for (const auto& m : wres_family().metrics) {
    if (m.kind != MetricKind::survey_gap || !t->get(m.key)) continue;
    t->error_at(m.key, "published." + std::string(m.key) + ": survey figures go in " + std::string(m.key) +
                           " = { bme_pct = ..., white_pct = ... } (the n's are optional)");
  }
  t->finish();
}

}  // namespace

// The metric keys a comparator may carry. For a survey gap a bare key is the
// focus group's figure, as in `hba_public = 31.4`; writing it and <key>_<focus> is an error.
void read_comparator_values(TableReader& t, Comparator& c, const FamilySpec& f) {
  const std::string focus(f.focus_key), reference(f.reference_key);
  std::string who = f.focus.empty() ? focus : std::string(f.focus);
  if (f.focus.empty())
    std::transform(who.begin(), who.end(), who.begin(), [](unsigned char ch) { return std::toupper(ch); });
  for (const auto& m : f.metrics) {
    std::string base(m.key);
    if (m.kind == MetricKind::yes_no) continue;
    if (m.kind != MetricKind::survey_gap) {
      double hi = m.kind == MetricKind::ratio ? 1000 : 100;
      if (auto v = t.number(base, Need::optional, 0, hi)) c.values[base] = *v;
      continue;
    }
    auto bare = t.number(base, Need::optional, 0, 100);
    auto mine = t.number(base + "_" + focus, Need::optional, 0, 100);
    auto theirs = t.number(base + "_" + reference, Need::optional, 0, 100);
    if (bare && mine)
      t.error_at(base,
                 t.child_path(base) + ": give the " + who + " figure once, as " + base + " or " + base + "_" + focus);
    if (bare || mine) c.values[base + "_" + focus] = bare ? *bare : *mine;
    if (theirs) c.values[base + "_" + reference] = *theirs;
  }
}

namespace {

void read_national(TableReader& y, YearData& yd) {
  auto t = y.child("national", Need::optional);
  if (!t) return;
  Comparator c{"National", yd.wres_year, {}, t->where()};
  read_comparator_values(*t, c, wres_family());
  t->finish();
  for (const auto& o : yd.comparators)
    if (o.label == c.label) {
      t->error("national: a comparator labelled 'National' is also in comparators; keep one");
      return;
    }
  if (!c.values.empty()) yd.comparators.push_back(std::move(c));
}

}  // namespace

void read_comparators(TableReader& y, int year, std::vector<Comparator>& out, const FamilySpec& f) {
  for (const toml::node& e : y.elements("comparators")) {
    auto tt = e.as_table();
    if (!tt) {
      y.diags().error(
          loc(e), "comparators: expected { label = \"National (all trusts)\", year = 2023, recruitment = 1.59 }, got " +
                      std::string(type_word(e)));
      continue;
    }
    TableReader t(*tt, "comparators", y.diags());
    Comparator c{{}, year, {}, t.where()};
    auto label = t.text("label", Need::required);
    if (label && label->find_first_not_of(' ') == std::string::npos) {
      t.error_at("label", "comparators.label: must not be empty; the wall names every comparator");
      label.reset();
    }
    if (auto v = t.integer("year", Need::optional, 1990, 2200)) c.year = static_cast<int>(*v);
    read_comparator_values(t, c, f);
    t.finish();
    if (!label) continue;
    c.label = *label;
    bool dup = false;
    for (const auto& o : out) dup = dup || o.label == c.label;
    if (dup)
      t.error_at("label", "comparators: '" + c.label + "' is given twice in this year");
    else if (tt->size() == 1 + static_cast<std::size_t>(tt->contains("year")))  // only a label (and year)
      t.error("comparators: '" + c.label + "' gives no figure; add e.g. recruitment = 1.59");
    else if (!c.values.empty())
      out.push_back(std::move(c));
  }
}

std::optional<YearData> read_year(TableReader& t) {
  YearData y;
  y.where = t.where();
  const bool year = read_year_head(t, "wres_year", y.wres_year, y.as_at);
  y.survey_published = t.date("survey_published", Need::optional);
  y.survey_year = read_survey_year(t, year ? std::optional{y.wres_year} : std::nullopt);
  y.workforce = read_wres_workforce(t);
  y.recruitment = read_wres_recruitment(t);
  y.disciplinary = read_disciplinary(t, y.workforce);
  y.training = read_training(t, y.workforce);
  y.hba_public = read_survey(t, "hba_public");
  y.hba_staff = read_survey(t, "hba_staff");
  y.equal_opps = read_survey(t, "equal_opps");
  y.discrimination = read_survey(t, "discrimination");
  y.board = read_board_members(t);
  y.bands = read_bands(t);
  read_published(t, y);
  read_comparators(t, y.wres_year, y.comparators, wres_family());
  read_notes(t, y.notes, wres_family());
  read_national(t, y);
  t.finish();
  if (!year) return std::nullopt;
  return y;
}

}  // namespace wres::config
