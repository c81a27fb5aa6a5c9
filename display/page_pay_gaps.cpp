// The pay gaps page: a row for each pay gap the board reports (ethnicity,
// disability, sex), its mean and median as cards like every family's, and
// beside them the focus group's share of each pay quartile against its share
// of all four. A gap is named, not numbered; the key says how it is rated.
#include <algorithm>

#include "pages.hpp"

namespace display {

namespace {

// The reports the snapshot has, in the family's order: each with its mean and median.
struct GapRow {
  const wres::MetricSpec* mean = nullptr;
  const wres::MetricSpec* median = nullptr;
  const wres::IndicatorResult* with_quartiles = nullptr;
};

std::vector<GapRow> gap_rows(const wres::Snapshot& s) {
  std::vector<GapRow> rows;
  const auto& metrics = wres::pay_gap_family().metrics;
  for (std::size_t i = 0; i + 1 < metrics.size(); i += 2) {  // "<kind>.mean", "<kind>.median"
    const auto *mean = find_indicator(s, metrics[i]), *median = find_indicator(s, metrics[i + 1]);
    if (!mean && !median) continue;
    const wres::IndicatorResult* q = mean && !mean->bands.empty() ? mean : median;
    rows.push_back({&metrics[i], &metrics[i + 1], q && !q->bands.empty() ? q : nullptr});
  }
  return rows;
}

const char* const kQuartileNames[] = {"Lowest paid", "Lower middle", "Upper middle", "Highest paid"};

// Four bars, lowest paid at the top, each the focus group's share of the
// quarter, and a dashed line at its share of all four.
void quartile_bars(PageContext& p, const Rect& r, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  const double overall = ind.bands.front().focus_pct - ind.bands.front().vs_overall_pts;
  double top = overall;
  for (const auto& b : ind.bands) top = std::max(top, b.focus_pct);
  top = top > 0 ? top * 1.15 : 1.0;
  ImFont* f = c.fonts.small;
  float label_w = 0;
  for (const char* n : kQuartileNames) label_w = std::max(label_w, measure(f, n).x);
  label_w += s.gap * 0.6f;
  const float value_w = measure(f, "100.0%").x + s.gap * 0.4f, bar_w = r.w - label_w - value_w;
  const float row_h = r.h / 4, half = std::min(row_h * 0.3f, s.u * 14);
  const float x = r.x + label_w + bar_w * static_cast<float>(overall / top);
  for (float y = r.y; y < r.bottom(); y += s.u * 10)  // first, so that the figures are read over it
    c.dl->AddLine(v2(x, y), v2(x, std::min(y + s.u * 5, r.bottom())), colour::text, std::max(1.5f, s.u * 2));
  for (std::size_t i = 0; i < 4 && i < ind.bands.size(); ++i) {
    const float mid = r.y + row_h * (static_cast<float>(i) + 0.5f);
    text(c, f, v2(r.x, mid - f->FontSize / 2), colour::muted, kQuartileNames[i]);
    const float w = bar_w * static_cast<float>(ind.bands[i].focus_pct / top);
    c.dl->AddRectFilled(v2(r.x + label_w, mid - half), v2(r.x + label_w + w, mid + half), colour::silver, s.u * 3);
    const std::string v = percent_one_place(ind.bands[i].focus_pct);
    const ImVec2 at = v2(r.x + label_w + w + s.u * 6, mid - f->FontSize / 2), size = measure(f, v);
    c.dl->AddRectFilled(v2(at.x - s.u * 2, at.y), v2(at.x + size.x + s.u * 2, at.y + size.y), colour::panel);
    text(c, f, at, colour::text, v);
  }
}

void quartiles_panel(PageContext& p, const Rect& r, const wres::MetricSpec& m, const wres::IndicatorResult* ind) {
  Canvas& c = p.c;
  panel(c, r);
  Rect in = r.inset(c.s.gap * 0.9f, c.s.gap * 0.7f);
  const std::string who = ind ? wres::group_people(wres::focus_of(*ind, p.snap.term), m)
                              : wres::group_people(wres::focus_word(m, p.snap.term), m);
  text(c, c.fonts.body_bold, v2(in.x, in.y), colour::text, fit(c.fonts.body_bold, "Pay quartiles: " + who, in.w));
  float y = in.y + c.fonts.body_bold->FontSize * 1.3f;
  if (!ind) {
    text(c, c.fonts.body, v2(in.x, in.y + r.h * 0.4f), colour::faint, "No quartiles given");
    return;
  }
  if (ind->bands.front().is_withheld()) {  // withheld together: say why (compute/disclosure.hpp)
    text(c, c.fonts.heading, v2(in.x, y), colour::muted, "Withheld");
    for (const auto& l : wrap(c.fonts.small, ind->bands.front().withheld, in.w, 2))
      y += c.fonts.small->FontSize * 1.25f,
          text(c, c.fonts.small, v2(in.x, y + c.fonts.heading->FontSize), colour::muted, l);
    return;
  }
  const double overall = ind->bands.front().focus_pct - ind->bands.front().vs_overall_pts;
  const std::string note =
      "dashed line: " + percent_one_place(overall) + ", their share of all four quartiles together";
  const float note_h = c.fonts.tiny->FontSize * 1.3f;
  quartile_bars(p, Rect{in.x, y, in.w, in.bottom() - y - note_h}, *ind);
  text(c, c.fonts.tiny, v2(in.x, in.bottom() - c.fonts.tiny->FontSize), colour::muted, fit(c.fonts.tiny, note, in.w));
}

}  // namespace

// Rows of mean, median and quartiles (two rows each on a portrait wall, the
// quartiles under the cards); the RAG key under them.
void draw_pay_gaps(PageContext& p) {
  const auto rows = gap_rows(p.snap);
  int year = 0;
  for (const auto& i : p.snap.indicators)
    if (&i.family() == &wres::pay_gap_family()) year = std::max(year, i.year);
  float top = page_heading(p, p.area, "Pay gaps" + (year ? " to " + std::to_string(year) : std::string()));
  Canvas& c = p.c;
  auto key = wrap(c.fonts.tiny, wres::rules_key(wres::pay_gap_family(), p.snap.rules, p.snap.term), p.area.w, 3);
  const float kl = c.fonts.tiny->FontSize * 1.3f, key_h = kl * static_cast<float>(key.size());
  float ky = p.area.bottom() - key_h;
  for (const auto& l : key) text(c, c.fonts.tiny, v2(p.area.x, ky), colour::muted, l), ky += kl;
  Rect body = p.area.below(top);
  body.h -= key_h + c.s.gap * 0.5f;
  if (rows.empty()) return;
  const bool portrait = p.area.h > p.area.w;
  const int n = static_cast<int>(rows.size());
  auto cells = portrait ? grid(body, 2, n * 2, c.s.gap) : grid(body, 3, n, c.s.gap);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const GapRow& g = rows[i];
    const std::size_t at = portrait ? i * 4 : i * 3;
    draw_metric_card(p, cells[at], *g.mean, find_indicator(p.snap, *g.mean));
    draw_metric_card(p, cells[at + 1], *g.median, find_indicator(p.snap, *g.median));
    Rect q = cells[at + 2];
    if (portrait) q.w = cells[at + 3].right() - q.x;  // the quartiles take the row under the cards
    quartiles_panel(p, q, *g.mean, g.with_quartiles);
  }
}

}  // namespace display
