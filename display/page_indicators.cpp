// A family's page (indicators for the WRES, wdes for the WDES): each metric with its history as bars drawn with
// ImDrawList, the parity line, the four-fifths band, the reference group and a named comparator; under it the reason
// for its RAG, what qualifies it, every comparator with its year, and the date its data describe. A key of the rules
// closes the page.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "pages.hpp"
#include "wres/model/card_wording.hpp"

namespace display {

namespace {

struct Scaler {
  float bottom, height;
  double top_value;
  double low_value = 0;  // below 0 only for a pay gap in the focus group's favour
  float y(double v) const { return bottom - static_cast<float>((v - low_value) / (top_value - low_value)) * height; }
};

// The lowest the chart must reach: 0, or a negative pay gap's bar.
double chart_low(const wres::IndicatorResult& r) {
  double low = 0;
  for (const auto& h : r.history)
    if (!h.withheld) low = std::min(low, h.value);
  return low < 0 ? low * 1.12 : 0.0;
}

double chart_top(const wres::IndicatorResult& r, const wres::Rules& rules) {
  double top = 0;
  for (const auto& h : r.history) {
    top = std::max(top, h.value);
    if (h.ref_pct) top = std::max(top, *h.ref_pct);
    if (h.comparator) top = std::max(top, *h.comparator);
  }
  if (r.reference_share) top = std::max(top, *r.reference_share);
  if (r.spec().kind == wres::MetricKind::ratio) top = std::max(top, rules.ratio_high);
  return top > 0 ? top * 1.12 : 1.0;
}

void history_chart(PageContext& p, const Rect& r, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  const auto& h = ind.history;
  if (h.empty()) return;
  bool ratio = ind.spec().kind == wres::MetricKind::ratio;
  float label_h = c.fonts.tiny->FontSize * 1.2f;
  const wres::Rules& rules = p.snap.rules;
  Scaler sc{r.bottom() - label_h, r.h - label_h, chart_top(ind, rules), chart_low(ind)};
  ImDrawList* dl = c.dl;
  const float base = sc.y(0);  // bars stand on 0 (a negative pay gap hangs from it)
  if (ratio) {                 // the four-fifths band, then parity
    dl->AddRectFilled(v2(r.x, sc.y(rules.ratio_high)), v2(r.right(), sc.y(rules.ratio_low)),
                      with_alpha(colour::green, 0.16f));
    dashed_line(dl, r.x, r.right(), sc.y(1.0), colour::text, std::max(1.5f, s.u * 2), s.u * 8);
  }
  if (ind.reference_share) {
    dashed_line(dl, r.x, r.right(), sc.y(*ind.reference_share), colour::text, std::max(1.5f, s.u * 2), s.u * 8);
  }
  float slot = r.w / static_cast<float>(h.size());
  float bar_w = std::min(slot * 0.62f, s.u * 46);
  std::vector<ImVec2> white_pts;
  for (std::size_t i = 0; i < h.size(); ++i) {
    float cx = r.x + slot * (static_cast<float>(i) + 0.5f);
    bool last = i + 1 == h.size();
    std::string yr = std::to_string(h[i].year % 100);
    if (yr.size() < 2) yr = "0" + yr;
    float yw = measure(c.fonts.tiny, yr).x;
    text(c, c.fonts.tiny, v2(cx - yw / 2, sc.bottom + s.u * 3), last ? colour::text : colour::muted, "'" + yr);
    if (h[i].withheld) continue;  // withheld: no bar, no mark
    ImU32 col = last ? rag_look(ind.rag).colour : with_alpha(colour::muted, 0.55f);
    float top = sc.y(h[i].value);
    const bool up = top <= base;
    dl->AddRectFilled(v2(cx - bar_w / 2, std::min(top, base)), v2(cx + bar_w / 2, std::max(top, base)), col, s.u * 3,
                      up ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersBottom);
    if (h[i].value == 0)  // a zero is a figure too: mark it
      dl->AddLine(v2(cx - bar_w / 2, base - s.u), v2(cx + bar_w / 2, base - s.u), col, s.u * 3);
    if (h[i].ref_pct) white_pts.push_back(v2(cx, sc.y(*h[i].ref_pct)));
    if (h[i].comparator) draw_shape(dl, Shape::diamond, v2(cx, sc.y(*h[i].comparator)), s.u * 6, colour::yellow);
  }
  if (white_pts.size() >= 2)
    dl->AddPolyline(white_pts.data(), static_cast<int>(white_pts.size()), colour::text, 0, s.u * 2.5f);
  for (const auto& pt : white_pts) dl->AddCircleFilled(pt, s.u * 4.5f, colour::text, 16);
  dl->AddLine(v2(r.x, base), v2(r.right(), base), base < sc.bottom ? colour::text : colour::faint, std::max(1.0f, s.u));
}

// The all-member share by year in the "All" row of a voting share's chart: its
// own grey line to its latest figure, never drawn against the voting bar (issue 29.5).
void all_member_line(Canvas& c, float x, float w, float mid, float half, const wres::IndicatorResult& ind) {
  const auto& h = ind.all_member_history;
  double top = 0;
  for (const auto& pt : h) top = std::max(top, pt.value);
  top = top > 0 ? top : 1.0;
  const int span = std::max(1, h.back().year - h.front().year);
  std::vector<ImVec2> pts;
  for (const auto& pt : h)
    pts.push_back(v2(x + w * static_cast<float>(pt.year - h.front().year) / static_cast<float>(span),
                     mid + half - 2 * half * static_cast<float>(pt.value / top)));
  c.dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour::muted, 0, std::max(1.5f, c.s.u * 2));
  c.dl->AddCircleFilled(pts.back(), c.s.u * 3, colour::muted, 12);
}

// 9: the voting, executive and all-member shares as bars against the
// workforce share (dashed): the WRES quantity is the gap between them.
void members_chart(PageContext& p, const Rect& r, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  const bool line = ind.all_member_history.size() >= 2;
  const std::string all_label = line ? "All '" + std::to_string(ind.all_member_history.front().year % 100) + "-'" +
                                           std::to_string(ind.all_member_history.back().year % 100)
                                     : "All";
  struct Row {
    const char* name;
    std::optional<wres::BoardShare> share;
  };
  const Row rows[] = {{"Voting", ind.board_voting}, {"Exec", ind.board_exec}, {all_label.c_str(), ind.board_all}};
  std::optional<double> wf;
  for (const auto& row : rows)
    if (row.share && row.share->has_diff) wf = row.share->pct - row.share->diff_pts;
  double top = wf.value_or(0);
  for (const auto& row : rows)
    if (row.share) top = std::max(top, row.share->pct);
  top = top > 0 ? top * 1.1 : 1.0;
  ImFont* f = c.fonts.tiny;
  float label_w = std::max(measure(f, "Voting").x, measure(f, all_label).x) + s.gap * 0.5f,
        value_w = measure(f, "100.00%").x + s.gap * 0.5f;
  float row_h = r.h / 3, bar_w = r.w - label_w - value_w;
  for (int i = 0; i < 3; ++i) {
    float y = r.y + row_h * static_cast<float>(i), mid = y + row_h / 2;
    text(c, f, v2(r.x, mid - f->FontSize / 2), colour::muted, rows[i].name);
    if (!rows[i].share) continue;
    float w = bar_w * static_cast<float>(rows[i].share->pct / top);
    ImU32 col = i == 0 ? rag_look(ind.rag).colour : with_alpha(colour::muted, 0.55f);
    float half = std::min(row_h * 0.3f, s.u * 12);
    if (i == 2 && line)  // the years of all members as a line ending at this year's share
      all_member_line(c, r.x + label_w, w, mid, half, ind);
    else
      c.dl->AddRectFilled(v2(r.x + label_w, mid - half), v2(r.x + label_w + w, mid + half), col, s.u * 3);
    text(c, f, v2(r.x + label_w + w + s.u * 6, mid - f->FontSize / 2), colour::text,
         format_value(ind, rows[i].share->pct));
  }
  if (wf) {
    float x = r.x + label_w + bar_w * static_cast<float>(*wf / top);
    for (float y = r.y; y < r.bottom(); y += s.u * 10)
      c.dl->AddLine(v2(x, y), v2(x, std::min(y + s.u * 5, r.bottom())), colour::text, std::max(1.5f, s.u * 2));
  }
}

// The trend word's font under the figure: smaller rather than cut ("No earlier
// figure" on a narrow WDES card).
ImFont* word_font(Canvas& c, const std::string& word, float width) {
  ImFont* wf = c.fonts.body_bold;
  for (ImFont* f : {c.fonts.body, c.fonts.small})
    if (measure(wf, word).x > width) wf = f;
  return wf;
}

// The trend word under the figure (a narrow card), and beside it whether the
// change is significant, whole in the small font or the tiny one, else in its
// short form: the two are never parted, nothing is cut. Takes the noise off `rest`.
void word_under_figure(Canvas& c, const Rect& r, float y, const wres::IndicatorResult& ind, std::string& rest) {
  const std::string word = wres::trend_heading(ind), noise = wres::noise_word(ind);
  ImFont* wf = word_font(c, word, r.w);
  float ww = text(c, wf, v2(r.x, y), trend_look(ind.trend).colour, fit(wf, word, r.w));
  if (noise.empty() || rest.rfind(noise, 0) != 0) return;
  const std::string short_said = " \xC2\xB7 " + wres::noise_word_short(ind);
  std::string said = " \xC2\xB7 " + noise;
  ImFont* nf = nullptr;
  for (const std::string& s : {said, short_said})
    for (ImFont* f : {c.fonts.small, c.fonts.tiny})
      if (!nf && measure(f, s).x <= r.w - ww) nf = f, said = s;
  if (!nf) nf = c.fonts.tiny, said = short_said;
  text(c, nf, v2(r.x + ww, y + (c.fonts.body_bold->FontSize - nf->FontSize) * 0.7f), colour::muted,
       fit(nf, said, r.w - ww));
  rest.erase(0, noise.size());
  if (rest.rfind(" \xC2\xB7 ", 0) == 0) rest.erase(0, std::string(" \xC2\xB7 ").size());
}

void value_block(PageContext& p, const Rect& r, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  if (ind.figure_withheld()) {  // no number at all: say why (DESIGN 7.7)
    text(c, c.fonts.heading, v2(r.x, r.y), colour::muted, "Withheld");
    text(c, c.fonts.small, v2(r.x, r.y + c.fonts.heading->FontSize * 1.12f), colour::muted,
         fit(c.fonts.small, ind.withheld, r.w));
    return;
  }
  float vw = text(c, c.fonts.heading, v2(r.x, r.y), colour::text, format_value(ind, ind.value));
  Look trend = trend_look(ind.trend);
  float tx = r.x + vw + c.s.gap * 0.7f;
  float ty = r.y + (c.fonts.heading->FontSize - c.fonts.body_bold->FontSize) * 0.6f;
  // The trend word whole beside the figure, or, on a narrow card, under it: never cut.
  const std::string word = wres::trend_heading(ind);
  const bool beside = measure(c.fonts.body_bold, word).x <= r.right() - tx;
  if (beside) text(c, c.fonts.body_bold, v2(tx, ty), trend.colour, word);
  std::string rest = wres::trend_rest(ind);
  const std::string noise = wres::noise_word(ind);
  float y = r.y + c.fonts.heading->FontSize * 1.12f, lh = c.fonts.small->FontSize * 1.15f;
  if (!beside) {
    word_under_figure(c, r, y, ind, rest);
    y += c.fonts.body_bold->FontSize * 1.1f;
  }
  int room = static_cast<int>((r.bottom() - y + (lh - c.fonts.small->FontSize)) / lh);
  if (room <= 0 && beside) room = 1;  // as before: the figure's own line is always given
  if (room <= 0) return;
  ImFont* f = c.fonts.small;
  // On one line, the noise in its short form ("not significant") rather than cut; the key names the test.
  if (room < 2 && !noise.empty() && rest.rfind(noise, 0) == 0 && measure(f, rest).x > r.w)
    rest.replace(0, noise.size(), wres::noise_word_short(ind));
  auto lines = wrap_phrases(f, c.fonts.tiny, rest, r.w, std::min(2, room));
  for (const auto& l : lines) text(c, f, v2(r.x, y), colour::muted, l), y += f->FontSize * 1.15f;
}

// Title, then the date its data describe, then the RAG badge at the right.
void title_row(PageContext& p, const Rect& in, const std::string& title, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  Look rag = rag_look(ind.rag);
  ImFont* f = c.fonts.small;
  // A withheld figure has no rating to give, and its "Withheld" says so: no badge, and the title its room.
  const bool rated = !ind.figure_withheld();
  float rag_w = rated ? f->FontSize * 1.13f + measure(f, rag.word).x : 0.0f;  // as badge() lays it out
  float tw =
      text(c, c.fonts.body_bold, v2(in.x, in.y), colour::text, fit(c.fonts.body_bold, title, in.w - rag_w - c.s.gap));
  if (rated) badge(c, f, in.right() - rag_w, in.y + c.fonts.body_bold->FontSize / 2, rag);
  float dx = in.x + tw + c.s.gap * 0.6f, room = in.right() - rag_w - c.s.gap - dx;
  std::string date = wres::data_date_phrase(ind);
  if (measure(c.fonts.tiny, date).x <= room)
    text(c, c.fonts.tiny, v2(dx, in.y + (c.fonts.body_bold->FontSize - c.fonts.tiny->FontSize) * 0.7f), colour::faint,
         date);
}

// Under the chart, full width: the RAG reason, what qualifies the figure, every comparator.
struct Footer {
  std::vector<std::string> reason;
  ImFont* reason_font = nullptr;                    // small, or tiny where that keeps it on one line
  std::vector<std::pair<std::string, ImU32>> rows;  // tiny font
  float height = 0;
};

// A card shorter than its words (a banner or the twin's QR code takes the body's height):
// the qualifier's `q_rows` go first, then the comparators, then the reason's second line;
// never text on text. Returns the height the footer's lines take.
float trim(Footer& f, float room, std::size_t q_rows, float line, float tiny_line) {
  auto used = [&] {
    return line * static_cast<float>(f.reason.size()) + tiny_line * static_cast<float>(f.rows.size());
  };
  if (used() > room && q_rows > 0 && q_rows <= f.rows.size())
    f.rows.erase(f.rows.begin(), f.rows.begin() + static_cast<std::ptrdiff_t>(q_rows));
  while (used() > room && !f.rows.empty()) f.rows.pop_back();
  if (used() > room && f.reason.size() > 1) f.reason.resize(1);
  return used();
}

// `room`: the most the footer may take and leave the figure and its words their height.
Footer footer(PageContext& p, float w, float room, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  const float line = c.fonts.small->FontSize * 1.2f, tiny_line = c.fonts.tiny->FontSize * 1.22f;
  Footer f;
  ImU32 q_col;
  bool few_cases = false;
  std::string q = wres::card_qualifier(ind, p.snap.term, &few_cases);
  q_col = few_cases ? colour::orange : colour::muted;
  std::string comps = wres::comparators_line(ind);
  // Without comparators to name, a long reason takes two lines rather than be cut (the chart gives up a line).
  const bool fits = measure(c.fonts.small, ind.rag_reason).x <= w;
  f.reason_font = fits || measure(c.fonts.tiny, ind.rag_reason).x > w ? c.fonts.small : c.fonts.tiny;
  const bool long_reason = !fits && f.reason_font == c.fonts.small && comps.empty();
  f.reason = long_reason ? wrap(f.reason_font, ind.rag_reason, w, 2)
                         : std::vector<std::string>{fit(f.reason_font, ind.rag_reason, w)};
  // Two lines: what qualifies the figure, then the comparators; comparators
  // that need both lines take them, unless a few-cases warning must show.
  bool long_comps = measure(c.fonts.tiny, comps).x > w && !ind.small_numbers;
  std::size_t q_rows = 0;  // the first rows that are the qualifier's
  if (long_comps) {
    for (const auto& l : wrap(c.fonts.tiny, comps, w, 2)) f.rows.emplace_back(l, colour::muted);
  } else if (comps.empty() || (ind.comparators.empty() && measure(c.fonts.tiny, q).x > w)) {
    // No comparator to name: the qualifier has both lines rather than be cut.
    for (const auto& l : wrap(c.fonts.tiny, q, w, 2)) f.rows.emplace_back(l, q_col);
    q_rows = f.rows.size();
  } else {
    f.rows = {{fit(c.fonts.tiny, q, w), q_col}, {fit(c.fonts.tiny, comps, w), colour::muted}};
    q_rows = 1;
  }
  // The trust's own reading (notes.<key>), in its words, on a line of its own (a yes or no's note is its
  // qualifier); on a card too short for another line it takes the qualifier's, the figure's lesser words.
  auto height = [&] {
    return std::max(line + tiny_line * 2,
                    line * static_cast<float>(f.reason.size()) + tiny_line * static_cast<float>(f.rows.size()));
  };
  if (!ind.note.empty() && ind.spec().kind != wres::MetricKind::yes_no) {
    const std::string note = fit(c.fonts.tiny, "Note: " + ind.note, w);
    f.rows.emplace_back(note, colour::text);
    if (height() > room && q_rows > 0) {
      f.rows.pop_back();
      f.rows.erase(f.rows.begin(), f.rows.begin() + static_cast<std::ptrdiff_t>(q_rows));
      f.rows.insert(f.rows.begin(), {note, colour::text});
    }
  }
  const float used = trim(f, room, ind.small_numbers ? 0 : q_rows, line, tiny_line);
  f.height = height() <= room ? height() : used;
  return f;
}

void card(PageContext& p, const Rect& r, const wres::MetricSpec& info, const wres::IndicatorResult* ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap * 0.9f, s.gap * 0.7f);
  const std::string number(wres::printed_number(info));
  std::string title = number.empty() ? std::string(info.label) : number + "  " + std::string(info.label);
  if (!ind) {
    text(c, c.fonts.body_bold, v2(in.x, in.y), colour::muted, title);
    text(c, c.fonts.body, v2(in.x, in.y + r.h * 0.4f), colour::faint, "No data for this indicator");
    return;
  }
  title += wres::basis_suffix(*ind);
  title_row(p, in, title, *ind);
  // Under the title: the figure and its words on the left, the chart on the right;
  // then, full width, the RAG reason, what qualifies the figure, every comparator.
  float top = in.y + c.fonts.body_bold->FontSize * 1.3f;
  const float block_h = c.fonts.heading->FontSize * 1.12f + c.fonts.small->FontSize * 2.4f;
  // The least the figure needs: its own line and one line of its words (value_block always draws them).
  const float least = c.fonts.heading->FontSize * 1.12f + c.fonts.small->FontSize * 1.15f;
  const Footer foot = footer(p, in.w, in.bottom() - top - least - s.u * 4, *ind);
  float y = in.bottom() - foot.height;
  Rect middle{in.x, top, in.w, y - top - s.u * 4};
  // Tall cards (portrait) put the chart under the figure, wide ones beside it.
  auto [left, right] =
      middle.h > block_h * 2.5f
          ? middle.split_y(block_h / middle.h, s.u * 6)
          : middle.split_x(middle.w < s.u * 420 && info.kind != wres::MetricKind::board_gap ? 0.66f : 0.58f,
                           s.gap * 0.6f);
  value_block(p, left, *ind);
  if (right.h > s.u * 30) {
    if (info.kind == wres::MetricKind::board_gap && !ind->figure_withheld())
      members_chart(p, right, *ind);
    else if (info.kind != wres::MetricKind::yes_no)  // a yes or no has no height to chart
      history_chart(p, right, *ind);
  }
  const float line = c.fonts.small->FontSize * 1.2f, tiny_line = c.fonts.tiny->FontSize * 1.22f;
  y += (line - c.fonts.small->FontSize) * 0.5f;
  for (const auto& l : foot.reason)
    text(c, foot.reason_font, v2(in.x, y + (c.fonts.small->FontSize - foot.reason_font->FontSize) * 0.7f),
         rag_look(ind->rag).colour, l),
        y += line;
  for (const auto& [t, col] : foot.rows) text(c, c.fonts.tiny, v2(in.x, y), col, t), y += tiny_line;
}

bool has_kind(const wres::FamilySpec& f, wres::MetricKind k) {
  return std::any_of(f.metrics.begin(), f.metrics.end(), [k](const wres::MetricSpec& m) { return m.kind == k; });
}

void legend(PageContext& p, const wres::FamilySpec& fam, float right, float y) {
  Canvas& c = p.c;
  ImFont* f = c.fonts.tiny;
  float mid = y + f->FontSize / 2, x = right;
  auto item = [&](const std::string& word, auto draw_mark) {
    x -= measure(f, word).x;
    text(c, f, v2(x, y), colour::muted, word);
    x -= c.s.u * 26;
    draw_mark(v2(x + c.s.u * 10, mid));
    x -= c.s.gap;
  };
  item("comparator named on the tile",
       [&](ImVec2 at) { draw_shape(c.dl, Shape::diamond, at, c.s.u * 6, colour::yellow); });
  if (has_kind(fam, wres::MetricKind::survey_gap))
    item(std::string(fam.reference) + " staff",
         [&](ImVec2 at) { c.dl->AddCircleFilled(at, c.s.u * 5, colour::text, 16); });
  // The dashed line: parity for ratios, the reference share, the workforce for board gaps.
  std::string lines;
  auto add = [&](const std::string& what, wres::MetricKind k) {
    if (std::string n = wres::family_numbers(fam, k); !n.empty())
      lines += (lines.empty() ? "" : ", ") + what + " (" + n + ")";
  };
  add("parity", wres::MetricKind::ratio);
  if (!fam.share_reference.empty()) add(std::string(fam.share_reference), wres::MetricKind::share);
  add("workforce", wres::MetricKind::board_gap);
  if (!lines.empty())
    item(lines, [&](ImVec2 at) {
      dashed_line(c.dl, at.x - c.s.u * 12, at.x + c.s.u * 12, at.y, colour::text, std::max(1.5f, c.s.u * 2), c.s.u * 5);
    });
  if (has_kind(fam, wres::MetricKind::ratio))
    item("four-fifths band", [&](ImVec2 at) {
      c.dl->AddRectFilled(v2(at.x - c.s.u * 9, at.y - c.s.u * 7), v2(at.x + c.s.u * 9, at.y + c.s.u * 7),
                          with_alpha(colour::green, 0.3f));
    });
}

}  // namespace

void draw_metric_card(PageContext& p, const Rect& r, const wres::MetricSpec& m, const wres::IndicatorResult* ind) {
  card(p, r, m, ind);
}

// A family's page: a card per metric, in a grid sized from the family (three
// across up to nine metrics; more, five across on a landscape wall), its
// legend, and the rules in force under the cards.
void draw_family(PageContext& p, const wres::FamilySpec& fam, const std::string& heading) {
  int year = 0;
  for (const auto& i : p.snap.indicators)
    if (&i.family() == &fam) year = std::max(year, i.year);
  float top = page_heading(p, p.area, heading + (year ? " to " + std::to_string(year) : std::string()));
  legend(p, fam, p.area.right(), p.area.y + (p.c.fonts.heading->FontSize - p.c.fonts.tiny->FontSize) * 0.7f);
  // The rules in force, one line (two on a narrow screen) under the tiles.
  Canvas& c = p.c;
  auto key = wrap(c.fonts.tiny, wres::rules_key(fam, p.snap.rules, p.snap.term), p.area.w, 2);
  float key_h = c.fonts.tiny->FontSize * 1.3f * static_cast<float>(key.size());
  float ky = p.area.bottom() - key_h;
  for (const auto& l : key)
    text(c, c.fonts.tiny, v2(p.area.x, ky), colour::muted, l), ky += c.fonts.tiny->FontSize * 1.3f;
  Rect body = p.area.below(top);
  body.h -= key_h + p.c.s.gap * 0.5f;
  const auto& infos = fam.metrics;
  const int n = static_cast<int>(infos.size());
  const int cols = n <= 9 || p.area.h > p.area.w ? 3 : 5, rows = (n + cols - 1) / cols;
  auto cells = grid(body, cols, rows, p.c.s.gap);
  for (std::size_t i = 0; i < infos.size(); ++i) card(p, cells[i], infos[i], find_indicator(p.snap, infos[i]));
}

void draw_indicators(PageContext& p) { draw_family(p, wres::wres_family(), "Indicators over time"); }

}  // namespace display
